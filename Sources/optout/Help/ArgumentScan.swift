/// What a command line names, read the way ArgumentParser reads it but only as far as the
/// help and the usage errors need: the command (`accounts add`), the first word where a
/// command was expected but none has that name, and `--lang`. ArgumentParser still parses;
/// this only finds what to say when it stopped before any command ran.
struct ArgumentScan: Equatable {
    /// The command's names under the root (`["accounts", "add"]`; `[]` for the root).
    var path: [String] = []
    /// The first word where a command was expected that names none (`frob` in `optout frob`).
    var unknownCommand: String?
    /// The first option that neither the command nor the root has (`--bogus`).
    var unknownOption: String?
    /// The value of `--lang`, as typed.
    var lang: String?

    init(arguments: [String], root: CommandTree) {
        var node = root
        var words = arguments[...]
        // `optout help accounts add` asks for the help of `accounts add`.
        if words.first == "help" { words = words.dropFirst() }
        var positionals = 0
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            if word == "--" { break }
            if word.hasPrefix("-"), word.count > 1 {
                let spelling = String(word.prefix { $0 != "=" })
                let joined = spelling.count < word.count
                let value = joined ? String(word.dropFirst(spelling.count + 1)) : (index < words.endIndex ? words[index] : nil)
                let argument = node.argument(spelled: spelling) ?? root.argument(spelled: spelling)
                if argument == nil, unknownOption == nil { unknownOption = spelling }
                let takesValue = argument?.kind == .option
                if spelling == "--lang" { lang = value }
                if takesValue, !joined { index += 1 }
                continue
            }
            if positionals == 0, let sub = node.subcommand(named: word) {
                node = sub
                path.append(word)
            } else {
                if positionals == 0, !node.isLeaf, unknownCommand == nil { unknownCommand = word }
                positionals += 1
            }
        }
    }
}
