/// The two starts a person types most, `optout` and `optout open ACCOUNT`, recognised without
/// ArgumentParser. Its parse reflects over every command and casts each property to find
/// the result, which in a binary carrying Foundation scans every protocol conformance on
/// each start. These two need nothing but the account; anything
/// else, even one more word or a dash, goes to ArgumentParser, which also words the errors.
enum QuickStart: Equatable {
    case dashboard
    case open(account: String)

    /// The start these arguments (without the program's name) ask for, or nil when only
    /// ArgumentParser may say what they mean.
    init?(arguments: [String]) {
        switch arguments.count {
        case 0:
            self = .dashboard
        case 2 where arguments[0] == "open":
            let account = arguments[1]
            // Options, "--", "help" and the empty string keep their meaning for the parser.
            guard !account.isEmpty, !account.hasPrefix("-"), account != "help" else { return nil }
            self = .open(account: account)
        default:
            return nil
        }
    }

    func run() throws {
        switch self {
        case .dashboard: try FullScreen.start(choices: GlobalChoices(), account: nil)
        case .open(let account): try FullScreen.start(choices: GlobalChoices(), account: account)
        }
    }
}
