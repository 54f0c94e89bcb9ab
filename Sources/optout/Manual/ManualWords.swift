import Foundation
import Yams

/// The words of the manual page in one language, from `man/LANG.yaml`: the page's own
/// sections and, for languages other than English, the translation of every command and
/// option help (English comes from the command definitions). One file per language, so
/// the words can later join the language files of the whole program.
struct ManualWords: Decodable {
    var language: String
    /// The centre of the page footer: "User Commands".
    var manual: String
    /// The NAME line after "optout -".
    var summary: String
    var headings: Headings
    var description: [String]
    /// Group names of `optout --help` (English, as in OptOut.swift) in this language.
    var groups: [String: String]?
    /// A title for every full-screen view (ViewKind raw values).
    var views: [String: String]
    var keysIntro: String
    var files: [Entry]
    var environment: [Entry]
    var exitStatus: [Entry]
    var examples: [Example]
    var seeAlso: String
    /// By command path ("optout", "accounts add"): `abstract`, `discussion`, and each
    /// argument by its key (`--label`, `account`).
    var commands: [String: [String: String]]?
    /// The options every command takes, by key (`--data`).
    var options: [String: String]?
    /// Value names (`file`) in this language.
    var values: [String: String]?

    struct Headings: Decodable {
        var name, synopsis, description, commands, options, keys, files, environment, exitStatus, examples, seeAlso: String
        enum CodingKeys: String, CodingKey {
            case name, synopsis, description, commands, options, keys, files, environment, examples
            case exitStatus = "exit_status", seeAlso = "see_also"
        }
    }

    /// Small words of the page: `default`, `one_of`, `command`, `options`, `arguments`.
    var phrases: [String: String]

    struct Entry: Decodable {
        var term: String
        var text: String
    }

    struct Example: Decodable {
        var text: String
        var command: String
    }

    enum CodingKeys: String, CodingKey {
        case language, manual, summary, headings, phrases, description, groups, views, files, environment, examples, commands, options, values
        case keysIntro = "keys_intro", exitStatus = "exit_status", seeAlso = "see_also"
    }

    static func load(from url: URL) throws -> ManualWords {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try YAMLDecoder().decode(ManualWords.self, from: text)
    }

    var translates: Bool { language != "en" }
}
