import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What this machine lets a test do to build its case, each probed once, before the tests
/// that need it run (`.enabled(if:)`): a test whose case cannot be built is reported as
/// skipped, and one whose case can be built runs and must pass.
enum HostAbilities {
    static let isRoot = getuid() == 0

    /// Root can run the built optout as `nobody` through setpriv, and nobody reaches the
    /// binary and a sandbox in the temporary folder.
    static let canRunOptoutAsNobody: Bool = {
        guard isRoot, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
              let binary = OptOutBinary.url, let sandbox = try? Sandbox(),
              let probe = try? sandbox.runProgram("/usr/bin/setpriv", nobody + [binary.path, "--version"])
        else { return false }
        return probe.status == 0
    }()

    static let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups"]

    /// `chattr +i` works on the temporary folder's file system (it needs root, or
    /// CAP_LINUX_IMMUTABLE, and a file system with the flag), and then even root cannot write.
    static let canMakeFilesImmutable: Bool = {
        guard let sandbox = try? Sandbox(), FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") else { return false }
        let file = sandbox.root.appendingPathComponent("immutable")
        guard FileManager.default.createFile(atPath: file.path, contents: Data("x".utf8)),
              let set = try? sandbox.runProgram("/usr/bin/chattr", ["+i", file.path]), set.status == 0
        else { return false }
        defer { _ = try? sandbox.runProgram("/usr/bin/chattr", ["-i", file.path]) }
        let descriptor = open(file.path, O_WRONLY)
        if descriptor >= 0 { close(descriptor) }
        return descriptor < 0
    }()

    /// A tmpfs can be mounted (root, and a kernel and container that allow it).
    static let canMountTmpfs: Bool = {
        guard let sandbox = try? Sandbox() else { return false }
        let point = sandbox.root.appendingPathComponent("mount-probe")
        guard (try? FileManager.default.createDirectory(at: point, withIntermediateDirectories: false)) != nil,
              let mount = try? sandbox.runProgram("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", point.path]),
              mount.status == 0
        else { return false }
        _ = try? sandbox.runProgram("/usr/bin/umount", ["-l", point.path])
        return true
    }()
}
