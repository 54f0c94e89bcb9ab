import Foundation
import Testing
@testable import ChecklistEngine

/// Where the progress file and the configuration live, from options and environment alone:
/// every case uses made-up paths, so no test looks at the real home directory.
@Suite struct DataLocationTests {
    @Test func theDataOptionWinsOverEverything() throws {
        let location = DataLocation(environment: ["HOME": "/h", "XDG_DATA_HOME": "/x", "OPTOUT_DATA": "/env/p.json"])
        #expect(try location.progressFile(option: "/opt/p.json").path == "/opt/p.json")
    }

    @Test func thenOPTOUT_DATA() throws {
        let location = DataLocation(environment: ["HOME": "/h", "XDG_DATA_HOME": "/x", "OPTOUT_DATA": "/env/p.json"])
        #expect(try location.progressFile(option: nil).path == "/env/p.json")
        #expect(try location.progressFile(option: "").path == "/env/p.json", "an empty option counts as none")
    }

    @Test func thenXDG_DATA_HOME() throws {
        let location = DataLocation(environment: ["HOME": "/h", "XDG_DATA_HOME": "/x/data", "OPTOUT_DATA": ""])
        #expect(try location.progressFile(option: nil).path == "/x/data/optout/progress.json")
    }

    @Test func thenTheHomeFolder() throws {
        let location = DataLocation(environment: ["HOME": "/home/marie"])
        #expect(try location.progressFile(option: nil).path == "/home/marie/.local/share/optout/progress.json")
        #expect(try location.configFolder().path == "/home/marie/.config/optout")
    }

    @Test func aRelativeXDGFolderIsIgnoredAsTheSpecSays() throws {
        let location = DataLocation(environment: ["HOME": "/home/marie", "XDG_DATA_HOME": "relative/data", "XDG_CONFIG_HOME": "cfg"])
        #expect(try location.progressFile(option: nil).path == "/home/marie/.local/share/optout/progress.json")
        #expect(try location.configFolder().path == "/home/marie/.config/optout")
    }

    @Test func theConfigFolderFollowsXDG_CONFIG_HOME() throws {
        let location = DataLocation(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c"])
        #expect(try location.configFolder().path == "/c/optout")
    }

    @Test func aTildeMeansHome() throws {
        let location = DataLocation(environment: ["HOME": "/home/marie", "OPTOUT_DATA": "~/optout.json"])
        #expect(try location.progressFile(option: nil).path == "/home/marie/optout.json")
        #expect(try location.progressFile(option: "~/elsewhere/p.json").path == "/home/marie/elsewhere/p.json")
    }

    @Test func noHomeAndNoXDGIsAClearError() {
        let location = DataLocation(environment: [:])
        #expect(throws: ProgressError.noHome) { try location.progressFile(option: nil) }
        #expect(throws: ProgressError.noHome) { try location.configFolder() }
        // ...unless the file is named.
        #expect((try? location.progressFile(option: "/p.json"))?.path == "/p.json")
        #expect((try? DataLocation(environment: ["XDG_DATA_HOME": "/x"]).progressFile(option: nil))?.path == "/x/optout/progress.json")
    }

    @Test func aRelativeDataPathIsTakenFromTheWorkingFolder() throws {
        let url = try DataLocation(environment: ["HOME": "/h"]).progressFile(option: "mine.json")
        #expect(url.path == FileManager.default.currentDirectoryPath + "/mine.json")
    }
}
