/// The groups `optout --help` lists the commands in, as OptOut.swift declares them (the
/// manual page uses the same groups).
struct HelpGroup: Equatable {
    /// The English name, as declared ("Keep the proof"); `HelpWords.group` says it.
    var name: String
    /// The names of its commands, in order ("export").
    var commands: [String]

    static var all: [HelpGroup] {
        OptOut.configuration.groupedSubcommands.map { group in
            HelpGroup(name: group.name, commands: group.subcommands.map { $0.configuration.commandName ?? $0._commandName })
        }
    }
}
