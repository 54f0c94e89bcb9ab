import Foundation
import Testing

/// Nothing leaves the machine: no network code in the sources, no shell, and links open only
/// through `xdg-open`, with the `https://` URL as its one argument.
@Suite struct NoNetworkTests {
    /// The package's `Sources/`, found from this file.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static func swiftFiles() throws -> [URL] {
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        return enumerator.compactMap { $0 as? URL }.filter { ["swift", "h", "c"].contains($0.pathExtension) }
    }

    @Test func theSourcesHoldNoNetworkAndNoShellCode() throws {
        let forbidden = [
            // Network
            "URLSession", "URLRequest", "FoundationNetworking", "import Network", "NWConnection", "NWListener", "CFSocket",
            "socket(", "connect(", "bind(", "listen(", "accept(", "sendto(", "recvfrom(", "getaddrinfo", "gethostbyname",
            "AF_INET", "curl",
            // A shell or another program run by name
            "/bin/sh", "bash", "system(", "popen(", "execv", "execl", "posix_spawn", "NSTask", "launchPath",
        ]
        let files = try Self.swiftFiles()
        #expect(files.count > 20, "found the sources at \(Self.sources.path)")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for word in forbidden where line.contains(word) {
                    found.append("\(file.lastPathComponent):\(number + 1): \(word)")
                }
            }
        }
        #expect(found.isEmpty, "network or shell code: \(found)")
        // The one program optout starts is xdg-open, in one place.
        let starters = try files.filter { try String(contentsOf: $0, encoding: .utf8).contains("Process()") }
        #expect(starters.map(\.lastPathComponent) == ["LinkOpener.swift"])
        let opener = try String(contentsOf: Self.sources.appendingPathComponent("ChecklistApp/LinkOpener.swift"), encoding: .utf8)
        #expect(opener.contains("url.hasPrefix(\"https://\")"), "only https:// links are opened")
        #expect(opener.contains("process.arguments = [url]"), "the URL is xdg-open's one argument")
    }

    @Test func aLinkOpensThroughXdgOpenWithTheURLAsItsOnlyArgument() throws {
        let sandbox = try TerminalSandbox()
        let bin = sandbox.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let record = sandbox.folder.appendingPathComponent("xdg-open.argv")
        let fake = bin.appendingPathComponent("xdg-open")
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" > '\(record.path).tmp'\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\" >> '\(record.path).tmp'; done\nmv '\(record.path).tmp' '\(record.path)'\n"
            .write(to: fake, atomically: true, encoding: .utf8)
        chmod(fake.path, 0o755)
        // A link full of what a shell would act on: it must arrive as one argument, untouched.
        let url = "https://example.com/form;touch${IFS}pwned?q=$(id)&x='y'|z"
        let catalog = sandbox.folder.appendingPathComponent("config/optout/catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        try CLITests.testgramYAML.replacingOccurrences(of: "url: https://example.com/form", with: "url: \"\(url)\"")
            .write(to: catalog.appendingPathComponent("testgram.yaml"), atomically: true, encoding: .utf8)
        let plain = try Sandbox()
        plain.environment["OPTOUT_DATA"] = sandbox.dataFile.path
        plain.environment["XDG_CONFIG_HOME"] = sandbox.folder.appendingPathComponent("config").path
        let added = try plain.run(["accounts", "add", "testgram"])
        #expect(added.status == 0, "\(added)")

        let session = try TmuxSession(arguments: ["open", "testgram"],
                                      environment: sandbox.environment(["PATH": bin.path + ":/usr/bin:/bin", "OPTOUT_RESOURCES": plain.resources.path]),
                                      folder: sandbox.folder)
        try session.waitFor("Open the form")
        try session.send("o")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: record.path), Date() < deadline { usleep(30_000) }
        let argv = try String(contentsOf: record, encoding: .utf8)
        #expect(argv == "1\n[\(url)]\n", "xdg-open got: \(argv)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent("pwned").path))
        try session.send("q")
        try session.waitForExit()
    }
}
