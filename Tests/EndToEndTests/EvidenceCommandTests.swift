import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `optout attach`, `evidence list/remove`, and what `verify` and `doctor` say of the
/// evidence folder, through the real binary on temporary folders.
@Suite struct EvidenceCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        sandbox.environment["TZ"] = "UTC"
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
        let added = try sandbox.run(["accounts", "add", "testgram"])
        #expect(added.status == 0, "\(added)")
    }

    var folder: URL { sandbox.root.appendingPathComponent("evidence") }

    func files() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() }

    static let email = """
        From: =?UTF-8?B?TWV0YSDDqXF1aXBl?= <noreply@meta.com>\r
        To: marie@example.com\r
        Date: Tue, 3 Jun 2025 09:12:44 +0200\r
        Subject: Your objection\r
         request\r
        Message-ID: <1@meta.example>\r
        \r
        We received your objection.\r

        """

    func attach(_ arguments: String...) throws -> CommandResult { try sandbox.run(["attach"] + arguments) }

    @Test func anEmailWithTickIsKeptAndTicksTheStepAtItsDate() throws {
        let mail = try sandbox.write(Self.email, to: "confirmation.eml")
        // Two days after the email: an email dated after "now" would be ticked now.
        sandbox.environment["OPTOUT_NOW"] = "2025-06-05T10:00:00Z"
        let result = try attach("testgram", "send", mail.path, "--tick", "--note", "from Meta")
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result)")
        let hash = try #require(lines.first)
        #expect(hash.count == 64 && hash.allSatisfy(\.isHexDigit))
        #expect(lines[1] == "confirmation.eml, \(Self.email.utf8.count) bytes, message/rfc822: Meta équipe <noreply@meta.com>, 3 Jun 2025 07:12, Your objection request")
        #expect(lines[2].hasPrefix("Attached to step send of testgram. Ticked at the email's date, 3 June 2025, 07:12 UTC."), "\(lines[2])")
        // Stored under its hash, 0600 in a 0700 folder; the original stays where it was.
        #expect(files() == [hash])
        #expect(FileManager.default.fileExists(atPath: mail.path))
        #expect(try mode(folder.path) == 0o700)
        #expect(try mode(folder.appendingPathComponent(hash).path) == 0o600)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: sandbox.progress)) as? [String: Any]
        let account = try #require((json?["accounts"] as? [[String: Any]])?.first)
        #expect(((account["ticks"] as? [String: Any])?["send"] as? [String: Any])?["at"] as? String == "2025-06-03T07:12:44Z")
        #expect((account["notes"] as? [String: String])?["send"] == "from Meta")
        let record = try #require(((account["evidence"] as? [String: Any])?["send"] as? [[String: Any]])?.first)
        #expect(record["sha256"] as? String == hash)
        #expect(record["mediaType"] as? String == "message/rfc822")
        let verify = try sandbox.run(["verify"])
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.stdout.hasSuffix("; 1 evidence file intact.\n"), "\(verify)")
        let list = try sandbox.run(["evidence", "list"])
        #expect(list.stdout.contains("  send  Send the form\n    \(hash.prefix(12))  confirmation.eml, "), "\(list)")
        let listed = try sandbox.run(["evidence", "list", "testgram", "--json"]).json()
        let step = try #require(((listed["accounts"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])?.first)
        let file = try #require((step["evidence"] as? [[String: Any]])?.first)
        #expect((file["email"] as? [String: Any])?["to"] as? String == "marie@example.com")
    }

    @Test func withoutAnEmailDateTheTickIsNow() throws {
        let shot = try sandbox.write("a plain note kept as proof\n", to: "note.txt")
        let result = try attach("testgram", "send", shot.path, "--tick")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Ticked now, 1 June 2025, 10:00 UTC."), "\(result)")
    }

    @Test func everyRefusalIsOneSentenceAndRecordsNothing() throws {
        let before = try Data(contentsOf: sandbox.progress)
        let target = try sandbox.write("target\n", to: "target.txt")
        let link = sandbox.root.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let pipe = sandbox.root.appendingPathComponent("pipe")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let big = sandbox.root.appendingPathComponent("big.bin")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        #expect(truncate(big.path, off_t(26 * 1024 * 1024)) == 0, "a sparse file of 26 MiB")
        let mailbox = try sandbox.write("From a@b Mon Jun  2 10:00:00 2025\nFrom: a@b\nSubject: one\n\nhi\n\nFrom a@b Mon Jun  2 11:00:00 2025\nFrom: a@b\nSubject: two\n\nho\n", to: "box.mbox")
        let cases: [(String, String)] = [
            (sandbox.root.appendingPathComponent("missing.eml").path, "There is no file"),
            (link.path, "is a symbolic link"),
            (pipe.path, "is a named pipe"),
            (sandbox.root.path, "is a folder"),
            (big.path, "is larger than 25 MiB"),
            ("/dev/null", "is a device"),
            (mailbox.path, "mailbox"),
        ]
        for (path, words) in cases {
            let result = try attach("testgram", "send", path, "--tick")
            #expect(result.status == 1, "\(path): \(result)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(words), "\(path): \(result.stderr)")
            #expect(try Data(contentsOf: sandbox.progress) == before, "\(path): the progress file is untouched")
            #expect(files().isEmpty, "\(path): nothing stored: \(files())")
        }
        // Refused by the change itself: nothing is stored either.
        let fine = try sandbox.write("fine\n", to: "fine.txt")
        for arguments in [["nobody", "send", fine.path], ["testgram", "no-such-step", fine.path], ["testgram", "object", fine.path, "--tick"]] {
            let result = try sandbox.run(["attach"] + arguments)
            #expect(result.status == 1 && result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result)")
            #expect(try Data(contentsOf: sandbox.progress) == before)
            #expect(files().isEmpty)
        }
    }

    @Test func theSameFileTwiceOnAStepIsRefusedAndOnAnotherStepStoredOnce() throws {
        let mail = try sandbox.write(Self.email, to: "confirmation.eml")
        #expect(try attach("testgram", "send", mail.path).status == 0)
        let once = try Data(contentsOf: sandbox.progress)
        let again = try attach("testgram", "send", mail.path)
        #expect(again.status == 1)
        #expect(again.stderr.contains("is already attached to step send of testgram"), "\(again)")
        #expect(try Data(contentsOf: sandbox.progress) == once)
        #expect(try attach("testgram", "keep-proof", mail.path).status == 0)
        #expect(files().count == 1)
        #expect(try sandbox.run(["verify"]).stdout.hasSuffix("; 1 evidence file intact.\n"))
    }

    @Test func oneByteChangedInAFileIsNamedByVerify() throws {
        let mail = try sandbox.write(Self.email, to: "confirmation.eml")
        let hash = try #require(try attach("testgram", "send", mail.path).stdout.split(separator: "\n").first.map(String.init))
        let stored = folder.appendingPathComponent(hash)
        var bytes = try Data(contentsOf: stored)
        bytes[bytes.count - 3] ^= 0x01
        try bytes.write(to: stored)
        let result = try sandbox.run(["verify"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "The evidence file confirmation.eml of step send of testgram was changed: its bytes no longer have the hash it was attached with (SHA-256 \(hash.prefix(12))…).\n")
        let json = try sandbox.run(["verify", "--json"])
        #expect(json.status == 1)
        let problem = try #require(try json.json()["problem"] as? [String: Any])
        #expect(problem["kind"] as? String == "evidence-file-changed")
        #expect(problem["evidence"] as? String == hash)
        try FileManager.default.removeItem(at: stored)
        let missing = try sandbox.run(["verify"])
        #expect(missing.status == 1)
        #expect(missing.stdout.hasPrefix("The evidence file confirmation.eml of step send of testgram is missing from "), "\(missing)")
        let doctor = try sandbox.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("is missing from"), "\(doctor)")
    }

    @Test func removingKeepsTheHistoryAndDeletesOnlyWhatNothingRefersTo() throws {
        let mail = try sandbox.write(Self.email, to: "confirmation.eml")
        let hash = try #require(try attach("testgram", "send", mail.path).stdout.split(separator: "\n").first.map(String.init))
        #expect(try attach("testgram", "keep-proof", mail.path).status == 0)
        let first = try sandbox.run(["evidence", "remove", "testgram", "send", String(hash.prefix(8))])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.contains("its file stays, as another step still refers to it"), "\(first)")
        #expect(files() == [hash])
        let second = try sandbox.run(["evidence", "remove", "testgram", "keep-proof", hash.uppercased()])
        #expect(second.status == 0, "\(second)")
        #expect(second.stdout.contains("its file was deleted from"), "\(second)")
        #expect(files().isEmpty)
        let text = try String(contentsOf: sandbox.progress, encoding: .utf8)
        #expect(text.components(separatedBy: "\"evidence\" : \"\(hash)\"").count == 5, "two attached and two removed entries keep the hash")
        #expect(text.contains("\"action\" : \"evidence-removed\""))
        let verify = try sandbox.run(["verify"])
        #expect(verify.status == 0, "\(verify)")
        let none = try sandbox.run(["evidence", "remove", "testgram", "send", "1234567"])
        #expect(none.status == 1 && none.stderr.contains("at least 8"), "\(none)")
        #expect(try sandbox.run(["evidence", "list"]).stdout.hasPrefix("No evidence kept yet"))
    }

    @Test func doctorSaysWhatIsLeftOverAndRemovesItWhenAsked() throws {
        let mail = try sandbox.write(Self.email, to: "confirmation.eml")
        let hash = try #require(try attach("testgram", "send", mail.path).stdout.split(separator: "\n").first.map(String.init))
        // What a crash between the copy and the record leaves: a file nothing names, and a
        // temporary copy whose writer is gone.
        let orphan = String(repeating: "e", count: 64)
        try Data("orphan".utf8).write(to: folder.appendingPathComponent(orphan))
        try Data("half".utf8).write(to: folder.appendingPathComponent(".tmp-999999-12"))
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let doctor = try sandbox.run(["doctor"])
        #expect(doctor.stdout.contains("holds 2 files no step refers to"), "\(doctor)")
        #expect(doctor.stdout.contains("optout doctor --remove-leftovers deletes them"), "\(doctor)")
        #expect(doctor.stdout.contains("1 file optout did not write (notes.txt)"), "\(doctor)")
        let repair = try sandbox.run(["doctor", "--remove-leftovers"])
        #expect(repair.stdout.contains("Deleted 2 files no step referred to"), "\(repair)")
        #expect(files() == [hash, "notes.txt"].sorted())
        #expect(try sandbox.run(["verify"]).status == 0)
    }

    func mode(_ path: String) throws -> mode_t {
        var info = stat()
        #expect(stat(path, &info) == 0)
        return info.st_mode & 0o777
    }
}
