import ArgumentParser
import Testing
@testable import optout

/// `optout` and `optout open ACCOUNT` start without ArgumentParser: for every argument list
/// the quick path takes, the parser would have run the same command with default options;
/// every other list still goes to the parser.
@Suite struct QuickStartTests {
    @Test(arguments: [[], ["open", "instagram"], ["open", "Grand-mère"], ["open", "@marie"], ["open", "open"],
                      ["open", "a b"], ["open", "status"]])
    func theQuickPathRunsWhatTheParserWould(arguments: [String]) throws {
        let start = try #require(QuickStart(arguments: arguments))
        let parsed = try OptOut.parseAsRoot(arguments)
        let defaults = GlobalChoices()
        switch start {
        case .dashboard:
            let root = try #require(parsed as? OptOut)
            #expect(root.options.choices == defaults)
        case .open(let account):
            let open = try #require(parsed as? OpenCommand)
            #expect(open.account == account)
            #expect(open.options.choices == defaults)
        }
    }

    @Test(arguments: [["open"], ["open", ""], ["open", "-h"], ["open", "--help"], ["open", "--", "x"], ["open", "help"],
                      ["open", "x", "--lang", "fr"], ["--lang", "fr"], ["--version"], ["help"], ["status"],
                      ["open", "x", "y"], ["Open", "x"], ["--no-color"]])
    func everythingElseGoesToTheParser(arguments: [String]) {
        #expect(QuickStart(arguments: arguments) == nil)
    }
}
