import ChecklistEngine
import Foundation
import Testing

/// `optout export` run as a process, in a temporary folder that stands in for home, config,
/// data and the shipped catalog, so the real home is never read or written.
@Suite("optout export (command line)")
struct ExportCommandTests {
    /// One temporary world per test: its own home, catalog, progress file and working folder.
    struct Sandbox {
        let root: URL
        let work: URL
        let progressFile: URL
        let binary: URL

        static let catalogYAML = """
            id: instagram
            name: Instagram
            vendor: Meta
            group: meta
            kind: objection
            jurisdictions: [EU, EEA]
            legal_basis:
              en: "GDPR Article 21: the right to object"
              fr: "RGPD, article 21 : le droit d'opposition"
            deadline: 2025-05-27
            effect: prospective
            confidence: verified
            last_verified: 2025-05-20
            sources:
              - label: Meta newsroom
                url: https://about.fb.com/news/2025/04/making-ai-work-harder-for-europeans/
            summary:
              en: Meta trains its AI on public posts unless you object.
              fr: Meta entraîne son IA sur les publications publiques sauf opposition.
            steps:
              - id: send-objection
                title: {en: Send the objection form, fr: Envoyer le formulaire d'opposition}
                milestone: submitted
              - id: confirmation-email
                title: {en: Confirmation email received, fr: E-mail de confirmation reçu}
                milestone: confirmed

            """

        init() throws {
            binary = try Self.findBinary()
            root = FileManager.default.temporaryDirectory.appendingPathComponent("optout-export-\(UUID().uuidString)")
            work = root.appendingPathComponent("work")
            progressFile = root.appendingPathComponent("data/progress.json")
            let platforms = root.appendingPathComponent("resources/optout_OptOutCatalog.resources/Platforms")
            for folder in [work, platforms, root.appendingPathComponent("home"), root.appendingPathComponent("config"),
                           progressFile.deletingLastPathComponent()] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try Data(Self.catalogYAML.utf8).write(to: platforms.appendingPathComponent("instagram.yaml"))

            let loaded = CatalogLoader.load(text: Self.catalogYAML, file: "instagram.yaml")
            let platform = try #require(loaded.platform, "the test catalog does not load: \(loaded.issues)")
            let catalog = Catalog(platforms: [platform])
            var progress = UserProgress()
            try progress.apply(.addAccount(platform: "instagram", label: "@marie.perso"), catalog: catalog, at: Fixtures.time("2025-05-20T08:00:00Z"))
            try progress.apply(.addAccount(platform: "instagram", label: "Asso des amis"), catalog: catalog, at: Fixtures.time("2025-05-20T08:01:00Z"))
            try progress.apply(.tick(account: "instagram", step: "send-objection", note: "sent from the laptop"), catalog: catalog,
                               at: Fixtures.time("2025-05-21T19:42:00Z"))
            try ProgressCoding.encoder.encode(progress).write(to: progressFile)
        }

        /// Only what the program needs: nothing of the real environment leaks in.
        var environment: [String: String] {
            [
                "HOME": root.appendingPathComponent("home").path,
                "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                "XDG_DATA_HOME": root.appendingPathComponent("data-home").path,
                "OPTOUT_DATA": progressFile.path,
                "OPTOUT_RESOURCES": root.appendingPathComponent("resources").path,
                "OPTOUT_NOW": "2025-06-03T12:05:00Z",
                "TZ": "UTC",
                "LANG": "C.UTF-8",
                "PATH": "/usr/bin:/bin",
            ]
        }

        struct Result {
            var status: Int32
            var output: Data
            var error: String
            var text: String { String(decoding: output, as: UTF8.self) }
        }

        /// Runs the binary in `work`; output goes through files, so no pipe can fill and block.
        func run(_ arguments: [String]) throws -> Result {
            let outURL = root.appendingPathComponent("stdout-\(UUID().uuidString)")
            let errURL = root.appendingPathComponent("stderr-\(UUID().uuidString)")
            try Data().write(to: outURL)
            try Data().write(to: errURL)
            let out = try FileHandle(forWritingTo: outURL)
            let err = try FileHandle(forWritingTo: errURL)
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.environment = environment
            process.currentDirectoryURL = work
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try out.close()
            try err.close()
            return Result(status: process.terminationStatus, output: try Data(contentsOf: outURL),
                          error: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        }

        func files() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
        }

        func remove() {
            try? FileManager.default.removeItem(at: root)
        }

        /// The `optout` SwiftPM built beside this test bundle.
        static func findBinary() throws -> URL {
            var folders: [URL] = []
            if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
            }
            folders.append(Bundle.main.bundleURL)
            folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
            for folder in folders {
                let candidate = folder.appendingPathComponent("optout")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
            throw Missing(folders: folders.map(\.path))
        }

        struct Missing: Error, CustomStringConvertible {
            var folders: [String]
            var description: String { "the optout binary is not beside the tests (looked in \(folders)): run 'swift build' first" }
        }
    }

    @Test("Without --output the report goes to optout-report-DAY.md here, readable by all (0644)")
    func defaultFileName() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["export"])
        #expect(result.status == 0, "\(result.error)")
        #expect(try sandbox.files() == ["optout-report-2025-06-03.md"])
        let file = sandbox.work.appendingPathComponent("optout-report-2025-06-03.md")
        #expect(result.text.contains(file.path), "the command says where the file went")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o644)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# AI training opt-out report\n"))
        #expect(text.contains("@marie.perso") && text.contains("sent from the laptop"))

        // Each format has its own extension, and --output may name a folder.
        for format in ["html", "json", "csv"] {
            let again = try sandbox.run(["export", "--format", format, "--output", sandbox.work.path])
            #expect(again.status == 0, "\(again.error)")
        }
        #expect(try sandbox.files() == ["optout-report-2025-06-03.csv", "optout-report-2025-06-03.html",
                                        "optout-report-2025-06-03.json", "optout-report-2025-06-03.md"])
    }

    @Test("--output - writes the report to standard output and no file")
    func standardOutput() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["export", "--format", "json", "--output", "-"])
        #expect(result.status == 0, "\(result.error)")
        #expect(try sandbox.files().isEmpty)
        let document = try ProgressCoding.decoder.decode(StatusDocument.self, from: result.output)
        #expect(document.accounts.map(\.id) == ["instagram", "instagram-2"])
        #expect(document.accounts.first?.status == .submitted)
        #expect(result.error.isEmpty)
    }

    @Test("An existing file is kept unless --force, with one clear sentence in the user's language")
    func refusesToOverwrite() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = sandbox.work.appendingPathComponent("optout-report-2025-06-03.md")
        try Data("keep me\n".utf8).write(to: file)

        let refused = try sandbox.run(["export"])
        #expect(refused.status == 1)
        #expect(refused.error.contains("already exists") && refused.error.contains("--force"))
        #expect(refused.error.split(separator: "\n").count == 1, "one sentence: \(refused.error)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")

        let french = try sandbox.run(["export", "--lang", "fr"])
        #expect(french.status == 1 && french.error.contains("existe déjà"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")

        let forced = try sandbox.run(["export", "--force"])
        #expect(forced.status == 0, "\(forced.error)")
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# AI training opt-out report"))

        // Never the progress file itself, even with --force.
        let clobber = try sandbox.run(["export", "--force", "--output", sandbox.progressFile.path])
        #expect(clobber.status == 1 && clobber.error.contains("progress file"))
        #expect(try ProgressCoding.decoder.decode(UserProgress.self, from: Data(contentsOf: sandbox.progressFile)).accounts.count == 2)
    }

    @Test("--redact numbers the labels and leaves out notes", arguments: ["markdown", "html", "json", "csv"])
    func redact(_ format: String) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["export", "--redact", "--format", format, "--output", "-", "--lang", "fr"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text.contains("Instagram 1") && result.text.contains("Instagram 2"))
        #expect(!result.text.contains("marie") && !result.text.contains("Asso des amis") && !result.text.contains("laptop"))
    }

    @Test("A wrong format is refused before anything is written")
    func badFormat() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["export", "--format", "pdf"])
        #expect(result.status != 0)
        #expect(result.error.contains("pdf"))
        #expect(try sandbox.files().isEmpty)
    }
}
