import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The command line, run as a process on temporary files, with a test catalog of its own.
/// The catalog, language, progress-file and error commands, run as processes (the suite's
/// sandbox and helpers are in CLITests.swift).
extension CLITests {
    // MARK: The catalog

    @Test func catalogList() throws {
        let text = try succeed("catalog", "list").stdout
        #expect(text.contains("testgram"))
        #expect(text.contains("Testbook"))
        #expect(text.contains("3 platforms"))
        let json = try succeed("catalog", "list", "--json").json()
        let platforms = try #require(json["platforms"] as? [[String: Any]])
        #expect(Set(platforms.compactMap { $0["id"] as? String }) == ["testgram", "testbook", "nothing"])
        let testgram = try #require(platforms.first { $0["id"] as? String == "testgram" })
        #expect(testgram["name"] as? String == "Testgram")
        #expect(testgram["kind"] as? String == "objection")
        #expect(testgram["confidence"] as? String == "verified")
        #expect(testgram["group"] as? String == "testmeta")
        #expect(json["catalogRevision"] is String)
    }

    @Test func catalogShow() throws {
        let text = try succeed("catalog", "show", "testgram").stdout
        #expect(text.contains("Testgram (testgram)"))
        #expect(text.contains("[object-web] On the web"))
        #expect(text.contains("https://example.com/form"))
        #expect(text.contains("any one route will do"))

        let json = try succeed("catalog", "show", "testgram", "--json").json()
        for key in ["id", "name", "vendor", "group", "kind", "jurisdictions", "effect", "confidence", "last_verified",
                    "recheck_days", "sources", "summary", "steps"] {
            #expect(json.keys.contains(key), "missing \(key)")
        }
        #expect(json["last_verified"] as? String == "2025-05-01")
        #expect(json["recheck_days"] as? Int == 180)
        #expect((json["summary"] as? [String: String])?["fr"] == "Opposez-vous à l'entraînement sur vos publications.")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { $0["id"] as? String } == ["open-form", "object", "send", "keep-proof"])
        #expect(steps[1]["any_of"] as? Bool == true)
        #expect((steps[1]["steps"] as? [[String: Any]])?.map { $0["id"] as? String } == ["object-app", "object-web"])
        #expect((steps[0]["title"] as? [String: String]) == ["en": "Open the form", "fr": "Ouvrez le formulaire"])
        #expect(steps[2]["milestone"] as? String == "submitted")

        #expect(try fail("catalog", "show", "myspace").hasPrefix("optout: There is no platform 'myspace'"))
    }

    @Test func catalogValidateAGoodFile() throws {
        let good = try sandbox.write(Self.testgramYAML, to: "good.yaml")
        // English and French are there: valid, with a warning a language for the others.
        let result = try run("catalog", "validate", good.path)
        #expect(result.status == 0 && result.stdout == "1 file valid.\n")
        let warnings = result.stderr.split(separator: "\n")
        #expect(warnings.count == 4 && warnings.allSatisfy { $0.contains(": warning: ") && $0.hasSuffix("English is shown instead") },
                "\(result.stderr)")
        #expect(try succeed("catalog", "validate", "--user", good.path).stdout == "1 file valid.\n", "one's own file: no warning")
        let two = try sandbox.write(Self.testbookYAML, to: "two.yaml")
        #expect(try succeed("catalog", "validate", "--user", good.path, two.path).stdout == "2 files valid.\n")
    }

    @Test func catalogValidateABadFile() throws {
        let bad = try sandbox.write(Self.testgramYAML
            .replacingOccurrences(of: "confidence: verified", with: "confidance: verified")
            .replacingOccurrences(of: "last_verified: 2025-05-01", with: "last_verified: 2025-02-30")
            .replacingOccurrences(of: "url: https://example.com/form", with: "url: http://example.com/form"), to: "bad.yaml")
        let result = try run("catalog", "validate", bad.path)
        #expect(result.status == 1)
        let lines = result.stderrLines
        #expect(lines.contains("\(bad.path):8:1: unknown field 'confidance'; did you mean 'confidence'?"))
        #expect(lines.contains("\(bad.path):1:1: missing required field 'confidence'"))
        #expect(lines.contains("\(bad.path):9:16: 'last_verified' must be a YYYY-MM-DD date (found '2025-02-30')"))
        #expect(lines.contains("\(bad.path):19:10: 'url' must be an https:// address (found 'http://example.com/form')"))
        #expect(lines.last == "4 problems found.")
        #expect(!result.stderr.contains("Fatal error"))

        // French, and a file that does not exist.
        let french = try run("catalog", "validate", bad.path, "missing.yaml", "--lang", "fr")
        #expect(french.status == 1)
        #expect(french.stderrLines.contains("\(bad.path):8:1: champ inconnu « confidance » ; vouliez-vous dire « confidence » ?"))
        #expect(french.stderrLines.contains { $0.hasPrefix("missing.yaml:1:1: le fichier ne peut pas être lu") })
        #expect(french.stderrLines.last == "5 problèmes trouvés.")

        let syntax = try sandbox.write("id: x\nname: a: b\n", to: "syntax.yaml")
        let syntaxResult = try run("catalog", "validate", syntax.path)
        #expect(syntaxResult.status == 1)
        #expect(syntaxResult.stderrLines.first?.hasPrefix("\(syntax.path):2:8: not valid YAML") == true)
    }

    @Test func aBrokenUserCatalogFileIsReportedAndSkipped() throws {
        try sandbox.addPlatform("broken.yaml", Self.testbookYAML.replacingOccurrences(of: "id: testbook", with: "id: broken\nconfidance: x"))
        let result = try run("catalog", "list", "--json")
        #expect(result.status == 0)
        #expect(result.stderr.contains("broken.yaml:2:1: unknown field 'confidance'"))
        #expect(result.stderr.contains("skipped until they are fixed"))
        let platforms = try #require(try result.json()["platforms"] as? [[String: Any]])
        #expect(!platforms.contains { $0["id"] as? String == "broken" })
    }

    @Test func theShippedCatalogIsFoundBesideTheBinary() throws {
        // Without OPTOUT_RESOURCES: the bundle built with optout. Its content is not tested here.
        let result = try run("catalog", "list", "--json", environment: ["OPTOUT_RESOURCES": nil])
        #expect(result.status == 0, "\(result)")
        let platforms = try #require(try result.json()["platforms"] as? [[String: Any]])
        #expect(platforms.contains { $0["id"] as? String == "testgram" }, "user files add platforms")
    }

    // MARK: Languages

    /// A wrong --country is refused in the language --lang names, not only LANG's.
    @Test func aBadCountryIsSaidInTheLanguageOfTheOption() throws {
        // A usage error: ArgumentParser's own lines follow the sentence (issue 13, part 5).
        let german = try run("status", "--country", "XX", "--lang", "de", environment: ["LANG": "C"])
        #expect(german.status != 0 && german.stderr.contains("nicht „XX“"), "\(german.stderr)")
        let french = try run("status", "--country", "XX", environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status != 0 && french.stderr.contains("pas « XX »"), "\(french.stderr)")
    }

    @Test func frenchByOptionByEnvironmentAndByConfig() throws {
        #expect(try succeed("accounts", "add", "testgram", "--lang", "fr").stdout == "Compte testgram ajouté.\n")
        #expect(try succeed("accounts", "add", "testbook", environment: ["LANG": "fr_FR.UTF-8"]).stdout == "Compte testbook ajouté.\n")
        let status = try succeed("status", environment: ["LANG": "fr_FR.UTF-8"]).stdout
        #expect(status.contains("STATUT"))
        #expect(status.contains("pas commencé"))
        #expect(try fail("tick", "nobody", "send", environment: ["LANG": "fr_FR.UTF-8"])
            == "optout: Aucun compte « nobody » : « optout accounts list » montre les comptes suivis.")
        // --lang wins over LANG.
        #expect(try succeed("status", "--lang", "en", environment: ["LANG": "fr_FR.UTF-8"]).stdout.contains("STATUS"))
        // The config file too.
        try "language: fr\n".write(to: sandbox.configHome.appendingPathComponent("optout/config.yaml"), atomically: true, encoding: .utf8)
        #expect(try succeed("status").stdout.contains("STATUT"))
        let show = try succeed("catalog", "show", "testgram").stdout
        #expect(show.contains("Ouvrez le formulaire"))
    }

    // MARK: The progress file

    @Test func aBrokenProgressFileIsLeftUntouched() throws {
        let broken = Data("{\"schemaVersion\": 1, \"accounts\": [{\"id\": \"tes".utf8)
        try broken.write(to: sandbox.progress)
        for command in [["accounts", "add", "testgram"], ["tick", "testgram", "send"], ["status"], ["accounts", "list", "--json"]] {
            let result = try sandbox.run(command)
            #expect(result.status == 1, "\(command): \(result)")
            #expect(result.stderrLines.count == 1)
            #expect(result.stderr.contains(sandbox.progress.path))
            #expect(result.stderr.contains("left it untouched"))
            #expect(try Data(contentsOf: sandbox.progress) == broken)
        }
        let newer = Data("{\"schemaVersion\": 99, \"accounts\": []}".utf8)
        try newer.write(to: sandbox.progress)
        let line = try fail("accounts", "add", "testgram")
        #expect(line.contains("newer optout"))
        #expect(try Data(contentsOf: sandbox.progress) == newer)
    }

    @Test func theDataOptionAfterTheSubcommand() throws {
        let other = sandbox.root.appendingPathComponent("elsewhere/mine.json")
        try succeed("accounts", "add", "testgram", "--data", other.path)
        #expect(FileManager.default.fileExists(atPath: other.path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.progress.path))
        let json = try succeed("status", "--data", other.path, "--json").json()
        #expect((json["accounts"] as? [[String: Any]])?.count == 1)
        #expect(try succeed("status").stdout.contains("No accounts tracked yet"), "OPTOUT_DATA is another file")
    }

    @Test func theDefaultPlaceIsPrivate() throws {
        try succeed("accounts", "add", "testgram", environment: ["OPTOUT_DATA": nil])
        let file = sandbox.dataHome.appendingPathComponent("optout/progress.json")
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(Self.mode(file) == 0o600)
        #expect(Self.mode(file.deletingLastPathComponent()) == 0o700)
        // Without XDG_DATA_HOME: under HOME.
        try succeed("accounts", "add", "testgram", environment: ["OPTOUT_DATA": nil, "XDG_DATA_HOME": nil])
        let home = sandbox.home.appendingPathComponent(".local/share/optout/progress.json")
        #expect(Self.mode(home) == 0o600)
        #expect(Self.mode(home.deletingLastPathComponent()) == 0o700)
    }

    @Test func noHomeIsAClearError() throws {
        let line = try fail("accounts", "add", "testgram", environment: ["OPTOUT_DATA": nil, "XDG_DATA_HOME": nil, "HOME": nil])
        #expect(line.contains("--data"))
    }

    static func mode(_ url: URL) -> mode_t {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    @Test func twoProcessesTickingAtOnceLoseNothing() throws {
        let count = 24
        try sandbox.addPlatform("many.yaml", Self.manyYAML(count))
        try succeed("accounts", "add", "many")
        let failures = Failures()
        let group = DispatchGroup()
        let sandbox = self.sandbox
        for half in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for n in stride(from: half + 1, through: count, by: 2) {
                    do {
                        let result = try sandbox.run(["tick", "many", "s\(n)"])
                        if result.status != 0 { failures.add("s\(n): \(result)") }
                    } catch {
                        failures.add("s\(n): \(error)")
                    }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let account = try #require((try succeed("status", "--json").json()["accounts"] as? [[String: Any]])?.first)
        #expect(account["done"] as? Int == count)
        #expect(account["status"] as? String == "opted-out")
        let history = try #require(try progressJSON()["history"] as? [[String: Any]])
        #expect(history.filter { $0["action"] as? String == "tick" }.count == count)
    }

    @Test func aHeldLockMakesTheCommandWaitThenSayWhoHoldsIt() throws {
        try succeed("accounts", "add", "testgram")
        let before = try Data(contentsOf: sandbox.progress)
        let lock = sandbox.progress.path + ".lock"
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "exec 9>>\"$1\" && flock -x 9 && echo locked && exec sleep 60", "sh", lock]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        defer {
            kill(holder.processIdentifier, SIGKILL)
            holder.waitUntilExit()
        }
        #expect(String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("locked"))
        let started = Date()
        let line = try fail("tick", "testgram", "send")
        let waited = Date().timeIntervalSince(started)
        #expect(line.contains("is in use"), "\(line)")
        #expect(!line.contains("pid"), "the optout that added the account is gone: it is not named (\(line))")
        #expect(line.contains("The progress file \(sandbox.progress.path) is in use"), "\(line)")
        #expect(waited >= 2, "it waited a few seconds for the lock (\(waited) s)")
        #expect(try Data(contentsOf: sandbox.progress) == before)

        // Once the holder is killed, the lock is free again.
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        try succeed("tick", "testgram", "send")
    }

    // MARK: Errors

    @Test func usageErrorsExitNonZeroWithoutATrace() throws {
        let badLang = try run("status", "--lang", "pt")
        #expect(badLang.status != 0)
        #expect(badLang.stderr.contains("--lang takes en, fr, de, es, it or nl, not 'pt'."))
        #expect(!badLang.stderr.contains("Fatal error"))
        let unknown = try run("frobnicate")
        #expect(unknown.status != 0)
        #expect(!unknown.stderr.contains("Fatal error"))
    }
}
