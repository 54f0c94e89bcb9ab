import Foundation

/// Where optout keeps its files, from the options and the environment (XDG base directories).
public struct DataLocation: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String]) { self.environment = environment }

    /// `--data FILE`, else `OPTOUT_DATA`, else `$XDG_DATA_HOME/optout/progress.json`,
    /// else `~/.local/share/optout/progress.json`.
    public func progressFile(option: String?) throws(ProgressError) -> URL {
        if let option, !option.isEmpty { return URL(fileURLWithPath: expand(option)) }
        if let value = environment["OPTOUT_DATA"], !value.isEmpty { return URL(fileURLWithPath: expand(value)) }
        return try base("XDG_DATA_HOME", fallback: ".local/share").appendingPathComponent("optout/progress.json")
    }

    /// `$XDG_CONFIG_HOME/optout`, else `~/.config/optout`.
    public func configFolder() throws(ProgressError) -> URL {
        try base("XDG_CONFIG_HOME", fallback: ".config").appendingPathComponent("optout")
    }

    /// `$XDG_CACHE_HOME/optout`, else `~/.cache/optout`: files optout can always rebuild
    /// (the parsed catalog), safe to delete.
    public func cacheFolder() throws(ProgressError) -> URL {
        try base("XDG_CACHE_HOME", fallback: ".cache").appendingPathComponent("optout")
    }

    /// The base directory spec ignores relative values.
    private func base(_ variable: String, fallback: String) throws(ProgressError) -> URL {
        if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
        guard let home = environment["HOME"], !home.isEmpty else { throw .noHome }
        return URL(fileURLWithPath: home).appendingPathComponent(fallback)
    }

    private func expand(_ path: String) -> String {
        if path == "~" { return environment["HOME"] ?? path }
        if path.hasPrefix("~/"), let home = environment["HOME"] { return home + path.dropFirst(1) }
        return path
    }
}
