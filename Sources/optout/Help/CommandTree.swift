import ArgumentParser
import Foundation

/// The commands and options as ArgumentParser itself describes them (`--experimental-dump-help`,
/// read through `_dumpHelp()`): the manual is generated from the same definitions as `--help`,
/// so the two cannot drift. Only the fields the manual uses are decoded.
struct CommandTree: Decodable {
    var commandName: String
    var superCommands: [String]?
    var shouldDisplay: Bool?
    var abstract: String?
    var discussion: String?
    var subcommands: [CommandTree]?
    var arguments: [Argument]?

    struct Argument: Decodable {
        var kind: Kind
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var preferredName: Name?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?
        var discussion: String?

        enum Kind: String, Decodable { case positional, option, flag }

        struct Name: Decodable, Hashable {
            var kind: String
            var name: String
            var spelled: String { kind == "short" ? "-" + name : kind == "long" ? "--" + name : "-" + name }
        }

        /// How the words file names it: `--json` for an option or flag, the value name for
        /// a positional argument (`account`).
        var key: String { kind == .positional ? (valueName ?? "") : preferredName?.spelled ?? "" }

        /// Every spelling, short first: `-o, --output`.
        var spellings: [String] { (names ?? []).sorted { $0.kind == "short" && $1.kind != "short" }.map(\.spelled) }
    }

    /// The whole tree of `command`.
    static func of<C: ParsableCommand>(_ command: C.Type) throws -> CommandTree {
        try JSONDecoder().decode(ToolDocument.self, from: Data(C._dumpHelp().utf8)).command
    }

    /// "accounts add": the path under the root, as the words file keys it ("optout" for the root).
    var path: String {
        let names = (superCommands ?? []).dropFirst() + [commandName]
        return superCommands == nil ? commandName : names.joined(separator: " ")
    }

    /// "optout accounts add": the command as typed.
    var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }

    /// The commands a person may type, depth first, without hidden ones (the built-in `help`,
    /// the manual's own generator).
    var visibleCommands: [CommandTree] {
        (subcommands ?? []).filter { $0.shouldDisplay ?? true }.flatMap { [$0] + $0.visibleCommands }
    }

    /// The arguments shown in help.
    var visibleArguments: [Argument] { (arguments ?? []).filter(\.shouldDisplay) }

    /// The commands whose help optout writes: the visible ones but ArgumentParser's own
    /// `help`, which takes the command's words and has none of its own.
    var documentedCommands: [CommandTree] {
        visibleCommands.filter { !($0.commandName == "help" && $0.superCommands?.count == 1) }
    }

    /// The subcommands shown in help, in order.
    var visibleSubcommands: [CommandTree] {
        (subcommands ?? []).filter { ($0.shouldDisplay ?? true) && !($0.commandName == "help" && $0.superCommands?.count == 1) }
    }

    /// The subcommand `name`, hidden ones too.
    func subcommand(named name: String) -> CommandTree? {
        subcommands?.first { $0.commandName == name }
    }

    /// The command at `path` under this one ([] is this one).
    func command(at path: [String]) -> CommandTree? {
        path.reduce(Optional(self)) { node, name in node?.subcommand(named: name) }
    }

    /// The option or flag spelled `spelling` (`--note`, `-o`).
    func argument(spelled spelling: String) -> Argument? {
        (arguments ?? []).first { $0.kind != .positional && $0.spellings.contains(spelling) }
    }

    /// Whether the command runs by itself (not only a group of subcommands).
    var isLeaf: Bool { (subcommands ?? []).allSatisfy { !($0.shouldDisplay ?? true) } }
}

/// The envelope of `_dumpHelp()`: `{"serializationVersion": 0, "command": {...}}`.
private struct ToolDocument: Decodable {
    var command: CommandTree
}
