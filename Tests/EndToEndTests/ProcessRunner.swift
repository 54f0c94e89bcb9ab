import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a finished command did.
struct CommandResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    var signalled: Bool

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }

    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }

    /// The JSON object on stdout.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        guard let dictionary = object as? [String: Any] else { throw RunnerError("stdout is not a JSON object: \(stdout)") }
        return dictionary
    }
}

struct RunnerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The built `optout` binary, found beside the test bundle.
enum OptOutBinary {
    static let url: URL? = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("optout")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }()
}

/// A home of its own for one test: temporary HOME, XDG folders, progress file, a user catalog
/// folder, and an empty "shipped" catalog, so nothing depends on the real home or on the
/// shipped platform files. Removed when the value goes away.
final class Sandbox: @unchecked Sendable {
    let root: URL
    var home: URL { root.appendingPathComponent("home") }
    var configHome: URL { root.appendingPathComponent("config") }
    var dataHome: URL { root.appendingPathComponent("data") }
    var catalogFolder: URL { configHome.appendingPathComponent("optout/catalog") }
    var progress: URL { root.appendingPathComponent("progress.json") }
    var resources: URL { root.appendingPathComponent("resources") }
    /// What every run gets; a test may change it.
    var environment: [String: String]

    init() throws {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("optout-e2e-\(UUID().uuidString)")
        environment = [:]
        let manager = FileManager.default
        for folder in [home, configHome, dataHome, catalogFolder, resources.appendingPathComponent("optout_OptOutCatalog.resources/Platforms")] {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        environment = [
            "PATH": "/usr/bin:/bin",
            "HOME": home.path,
            "XDG_CONFIG_HOME": configHome.path,
            "XDG_DATA_HOME": dataHome.path,
            "OPTOUT_DATA": progress.path,
            "OPTOUT_RESOURCES": resources.path,
            "OPTOUT_NOW": "2025-06-01T10:00:00Z",
            "LANG": "C.UTF-8",
        ]
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes a platform file into the user catalog folder.
    func addPlatform(_ name: String, _ yaml: String) throws {
        try yaml.write(to: catalogFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func write(_ text: String, to name: String) throws -> URL {
        let url = root.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Runs `optout` with `arguments`; `environment` entries set to nil are removed.
    func run(_ arguments: [String], environment changes: [String: String?] = [:], timeout: TimeInterval = 60) throws -> CommandResult {
        let binary = try #require(OptOutBinary.url, "the optout binary is built beside the tests")
        var environment = self.environment
        for (name, value) in changes { environment[name] = value }
        return try launch(binary, arguments, environment: environment, in: root, timeout: timeout)
    }
}

/// Runs a program to its end (killed after `timeout`), its output collected in files of `folder`.
func launch(
    _ program: URL, _ arguments: [String], environment: [String: String], in folder: URL, timeout: TimeInterval = 60
) throws -> CommandResult {
    let id = UUID().uuidString
    let outURL = folder.appendingPathComponent(".out-\(id)"), errURL = folder.appendingPathComponent(".err-\(id)")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(5_000) }
    if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        Issue.record("\(program.lastPathComponent) \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
    }
    process.waitUntilExit()
    try out.close()
    try err.close()
    return CommandResult(
        status: process.terminationStatus,
        stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
        signalled: process.terminationReason == .uncaughtSignal)
}
