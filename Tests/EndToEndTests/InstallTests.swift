import Foundation
import Testing

/// The Debian package and scripts/install (issue 16), on the debug binary built for the
/// tests: `scripts/package-deb --bin-dir` packages it (no release build in the tests), the
/// package is unpacked with `dpkg-deb -x`, and what it holds is run and checked there.
@Suite(.serialized) struct InstallTests {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func has(_ tool: String) -> Bool {
        ["/usr/bin", "/bin", "/usr/local/bin"].contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    static let canPackage = has("dpkg-deb") && has("dpkg-shlibdeps") && has("dpkg-architecture")

    /// The package built once for every test of the suite, unpacked: its root folder.
    static let unpacked: Result<URL, RunnerError> = {
        guard let binary = OptOutBinary.url else { return .failure(RunnerError("the optout binary is not built")) }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("optout-deb-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let built = try script("package-deb", ["--bin-dir", binary.deletingLastPathComponent().path, "--dynamic-ok", "--fast",
                                                   "--output", work.path], in: work)
            guard built.status == 0, let deb = built.stdout.split(separator: "\n").last.map(String.init) else {
                return .failure(RunnerError("scripts/package-deb failed:\n\(built)"))
            }
            let root = work.appendingPathComponent("root")
            let unpack = try launch(URL(fileURLWithPath: "/usr/bin/dpkg-deb"), ["-x", deb, root.path], environment: plainEnvironment, in: work)
            guard unpack.status == 0 else { return .failure(RunnerError("dpkg-deb -x failed:\n\(unpack)")) }
            return .success(root)
        } catch {
            return .failure(RunnerError("\(error)"))
        }
    }()

    static let plainEnvironment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"]

    static func script(_ name: String, _ arguments: [String], in folder: URL) throws -> CommandResult {
        var environment = plainEnvironment
        // The debug build's Swift runtime comes from the toolchain, on PATH for swift build.
        environment["PATH"] = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/bin"
        return try launch(checkout.appendingPathComponent("scripts/\(name)"), arguments, environment: environment, in: folder, timeout: 240)
    }

    /// A new user's home: nothing of optout in it yet, and no OPTOUT_RESOURCES, so the
    /// program must find its catalog from its own place.
    static func newUser(_ root: URL) throws -> [String: String] {
        let home = root.appendingPathComponent("home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return plainEnvironment.merging(["HOME": home.path, "OPTOUT_NOW": "2026-12-02T10:00:00Z"]) { $1 }
    }

    @Test(.enabled(if: canPackage, "dpkg-deb and dpkg-shlibdeps are installed (dpkg-dev)"), .timeLimit(.minutes(5)))
    func packageRunsForANewUser() throws {
        let root = try Self.unpacked.get()
        let optout = root.appendingPathComponent("usr/bin/optout")
        let environment = try Self.newUser(root)

        let version = try launch(optout, ["--version"], environment: environment, in: root)
        #expect(version.status == 0, "\(version)")
        #expect(version.stdout.hasPrefix("optout "), "\(version)")
        #expect(version.stdout.contains("catalog: revision "), "the catalog is found in ../share/optout: \(version)")

        let catalog = try launch(optout, ["catalog", "list"], environment: environment, in: root)
        #expect(catalog.status == 0, "\(catalog)")
        #expect(catalog.stdout.contains("instagram"), "\(catalog)")

        let authorities = try launch(optout, ["catalog", "authorities", "--country", "FR"], environment: environment, in: root)
        #expect(authorities.status == 0 && authorities.stdout.contains("CNIL"), "\(authorities)")

        let status = try launch(optout, ["status"], environment: environment, in: root)
        #expect(status.status == 0, "\(status)")
        #expect(status.stderr.isEmpty, "\(status)")

        for path in ["usr/share/optout/optout_OptOutCatalog.resources/Platforms/instagram.yaml",
                     "usr/share/optout/optout_OptOutThemes.resources/themes/default.yaml",
                     "usr/share/doc/optout/copyright", "usr/share/doc/optout/changelog.gz",
                     "usr/share/man/man1/optout.1.gz", "usr/share/man/fr/man1/optout.1.gz",
                     "usr/share/bash-completion/completions/optout", "usr/share/zsh/vendor-completions/_optout",
                     "usr/share/fish/vendor_completions.d/optout.fish"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path) is in the package")
        }
    }

    @Test(.enabled(if: canPackage && has("groff"), "dpkg-dev and groff are installed"), .timeLimit(.minutes(5)))
    func manualPagesRenderWithoutWarnings() throws {
        let root = try Self.unpacked.get()
        for page in ["usr/share/man/man1/optout.1.gz", "usr/share/man/fr/man1/optout.1.gz"] {
            let path = root.appendingPathComponent(page).path
            let shown = try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -dc '\(path)' | groff -ww -man -Tutf8 -P-cbou"],
                                       environment: Self.plainEnvironment, in: root)
            #expect(shown.status == 0 && shown.stderr.isEmpty, "groff -ww warns on \(page):\n\(shown.stderr)")
            for heading in page.contains("/fr/") ? ["COMMANDES", "TOUCHES", "FICHIERS", "ENVIRONNEMENT", "CODE DE RETOUR", "EXEMPLES"]
                : ["COMMANDS", "FULL-SCREEN KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
                #expect(shown.stdout.contains(heading), "\(page) has \(heading)")
            }
            // Generated from the command definitions and the binding table.
            #expect(shown.stdout.contains("optout accounts add"), "\(page) lists the commands")
            #expect(shown.stdout.contains("Ctrl-C"), "\(page) lists the keys")
        }
    }

    @Test(.enabled(if: canPackage && has("bash"), "dpkg-dev and bash are installed"), .timeLimit(.minutes(5)))
    func bashCompletionPassesBashN() throws {
        try syntaxCheck("bash", ["-n"], "usr/share/bash-completion/completions/optout")
    }

    @Test(.enabled(if: canPackage && has("zsh"), "dpkg-dev and zsh are installed"), .timeLimit(.minutes(5)))
    func zshCompletionPassesZshN() throws {
        try syntaxCheck("zsh", ["-n"], "usr/share/zsh/vendor-completions/_optout")
    }

    @Test(.enabled(if: canPackage && has("fish"), "dpkg-dev and fish are installed"), .timeLimit(.minutes(5)))
    func fishCompletionPassesFishNoExecute() throws {
        try syntaxCheck("fish", ["--no-execute"], "usr/share/fish/vendor_completions.d/optout.fish")
    }

    private func syntaxCheck(_ shell: String, _ check: [String], _ path: String) throws {
        let root = try Self.unpacked.get()
        let script = root.appendingPathComponent(path)
        let text = try String(contentsOf: script, encoding: .utf8)
        #expect(text.contains("---completion"), "\(path) calls optout back for accounts and steps")
        let result = try launch(URL(fileURLWithPath: "/usr/bin/env"), [shell] + check + [script.path], environment: Self.plainEnvironment, in: root)
        #expect(result.status == 0, "\(shell) \(check.joined(separator: " ")) \(path):\n\(result)")
    }

    /// The shell's completion calls optout back: accounts and the steps of the named account.
    @Test(.enabled(if: canPackage), .timeLimit(.minutes(5)))
    func completionCallsBackForAccountsAndSteps() throws {
        let root = try Self.unpacked.get()
        let optout = root.appendingPathComponent("usr/bin/optout")
        let environment = try Self.newUser(root)
        #expect(try launch(optout, ["accounts", "add", "instagram", "--label", "@marie"], environment: environment, in: root).status == 0)
        let accounts = try launch(optout, ["---completion", "tick", "--", "positional@0", "2", "0", "optout", "tick", ""],
                                      environment: environment, in: root)
        #expect(accounts.stdout.split(separator: "\n") == ["instagram", "@marie"], "\(accounts)")
        let steps = try launch(optout, ["---completion", "tick", "--", "positional@1", "3", "0", "optout", "tick", "@marie", ""],
                                   environment: environment, in: root)
        #expect(steps.stdout.split(separator: "\n").contains("ig-send-form"), "\(steps)")

        // bash's script expands every candidate (`compgen -W`): a label that would run a
        // command on Tab is not offered, only its account's id.
        #expect(try launch(optout, ["accounts", "add", "facebook", "--label", "$(touch pwned)"], environment: environment, in: root).status == 0)
        let hostile = try launch(optout, ["---completion", "tick", "--", "positional@0", "2", "0", "optout", "tick", ""],
                                 environment: environment, in: root)
        #expect(hostile.stdout.split(separator: "\n") == ["instagram", "facebook", "@marie"], "\(hostile)")
    }

    @Test(.timeLimit(.minutes(5)))
    func installThenUninstallLeavesTheFolderEmpty() throws {
        let binary = try #require(OptOutBinary.url, "the optout binary is built beside the tests")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("optout-install-\(UUID().uuidString)")
        let destdir = work.appendingPathComponent("stage")
        try FileManager.default.createDirectory(at: destdir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let arguments = ["--destdir", destdir.path, "--prefix", "/opt/optout"]

        let installed = try Self.script("install", arguments + ["--bin-dir", binary.deletingLastPathComponent().path], in: work)
        #expect(installed.status == 0, "\(installed)")
        #expect(installed.stdout.contains("\(destdir.path)/opt/optout/bin/optout"), "it says where the program went:\n\(installed.stdout)")
        let optout = destdir.appendingPathComponent("opt/optout/bin/optout")
        let version = try launch(optout, ["--version"], environment: try Self.newUser(work), in: work)
        #expect(version.stdout.contains("catalog: revision "), "found its catalog under the prefix: \(version)")

        // A file the last install put and this one does not (a platform dropped since) goes.
        let stale = "opt/optout/share/optout/optout_OptOutCatalog.resources/Platforms/dropped.yaml"
        let list = destdir.appendingPathComponent("opt/optout/share/optout/installed-files")
        try Data("id: dropped\n".utf8).write(to: destdir.appendingPathComponent(stale))
        let handle = try FileHandle(forWritingTo: list)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("f share/optout/optout_OptOutCatalog.resources/Platforms/dropped.yaml\n".utf8))
        try handle.close()
        let again = try Self.script("install", arguments + ["--bin-dir", binary.deletingLastPathComponent().path], in: work)
        #expect(again.status == 0, "\(again)")
        #expect(!FileManager.default.fileExists(atPath: destdir.appendingPathComponent(stale).path), "a reinstall removes what it no longer ships")

        let removed = try Self.script("install", arguments + ["--uninstall"], in: work)
        #expect(removed.status == 0, "\(removed)")
        let left = try FileManager.default.contentsOfDirectory(atPath: destdir.path)
        #expect(left.isEmpty, "left behind: \(left)")
    }
}
