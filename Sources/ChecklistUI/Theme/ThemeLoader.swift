import ChecklistEngine
import Foundation

/// Finds and reads theme files. A theme file is a patch over the theme it `extends` (the
/// built-in default when it names none), as in gitui; a chain of `extends` is followed
/// with cycle detection. Loading never fails: problems come back with the theme.
///
/// Lookup for a name: the user's folder first (so a user can override a shipped theme),
/// then the shipped themes, then the built-in default for `default`.
public struct ThemeLoader: Sendable {
    /// `$XDG_CONFIG_HOME/optout/themes`, or nil when the user has none.
    public var userFolder: URL?
    /// Shipped theme files by name.
    public var shipped: [String: URL]

    /// How long an `extends` chain may be before it is cut (a guard; cycles are found first).
    static let maximumChain = 32

    public init(userFolder: URL?, shipped: [String: URL]) {
        self.userFolder = userFolder
        self.shipped = shipped
    }

    /// `$XDG_CONFIG_HOME/optout/themes`, else `$HOME/.config/optout/themes`; nil with neither.
    /// A relative `XDG_CONFIG_HOME` is ignored, as the XDG specification asks.
    public static func userFolder(environment: [String: String]) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config, isDirectory: true).appendingPathComponent("optout/themes", isDirectory: true)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config/optout/themes", isDirectory: true)
        }
        return nil
    }

    /// Every theme name that can be asked for, sorted: user, shipped and `default`.
    public func availableNames() -> [String] {
        var names = Set(shipped.keys)
        names.insert(Theme.default.name)
        if let folder = userFolder,
           let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) {
            for file in files where file.pathExtension == "yaml" {
                let name = file.deletingPathExtension().lastPathComponent
                if YAMLReader.isIdentifier(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// The file that defines `name`, skipping files already in an `extends` chain.
    public func url(forTheme name: String, excluding visited: Set<URL> = []) -> URL? {
        guard YAMLReader.isIdentifier(name) else { return nil }  // never a path: no "../"
        if let folder = userFolder {
            let candidate = folder.appendingPathComponent(name + ".yaml").standardizedFileURL
            if !visited.contains(candidate), FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        if let candidate = shipped[name]?.standardizedFileURL, !visited.contains(candidate) { return candidate }
        return nil
    }

    /// The theme called `name`, or the default with the problems met.
    public func load(named name: String) -> ThemeLoadResult {
        guard let url = url(forTheme: name) else {
            if name == Theme.default.name { return ThemeLoadResult(theme: .default) }
            return ThemeLoadResult(theme: .default, issues: [.notFound(name: SafeText.line(String(name.prefix(64))), available: availableNames())],
                                   usedDefault: true)
        }
        // The shipped default file is the built-in default (a test holds them equal): no YAML
        // to parse on the most common start. A user's own default.yaml is still read.
        if name == Theme.default.name, url == shipped[name]?.standardizedFileURL { return ThemeLoadResult(theme: .default) }
        return load(from: url, name: name)
    }

    /// The theme in the file at `url` (for `--theme ./file.yaml` and `optout themes`).
    public func load(fileAt url: URL) -> ThemeLoadResult {
        load(from: url.standardizedFileURL, name: url.deletingPathExtension().lastPathComponent)
    }

    private func load(from url: URL, name: String) -> ThemeLoadResult {
        var issues: [ThemeIssue] = []
        var patches: [ThemePatch] = []
        var visited: Set<URL> = []
        var chain: [String] = [name]
        var next: URL? = url
        var usedDefault = false
        while let file = next, patches.count < Self.maximumChain {
            next = nil
            visited.insert(file)
            let parsed = ThemePatch.parse(fileAt: file)
            issues += parsed.issues.map(ThemeIssue.file)
            guard let patch = parsed.patch else {
                if patches.isEmpty { usedDefault = true }
                break
            }
            patches.append(patch)
            guard let parent = patch.extends else { break }
            if let parentURL = self.url(forTheme: parent.name, excluding: visited) {
                chain.append(parent.name)
                next = parentURL
            } else if chain.contains(parent.name) {
                issues.append(.cycle(file: file.path, line: parent.line, column: parent.column, chain: chain + [parent.name]))
            } else if parent.name != Theme.default.name {
                let problem = CatalogIssue.Problem.badValue(field: "extends", value: parent.name, allowed: availableNames())
                issues.append(.file(CatalogIssue(file: file.path, line: parent.line, column: parent.column, problem: problem)))
            }
        }
        var theme = Theme.default
        for patch in patches.reversed() { patch.apply(to: &theme) }
        theme.name = patches.first?.name ?? name
        return ThemeLoadResult(theme: usedDefault ? .default : theme, issues: issues, usedDefault: usedDefault)
    }
}
