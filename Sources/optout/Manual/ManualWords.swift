import Foundation
import Yams

/// The words of the manual page in one language, from `man/LANG.yaml`: the page's own
/// sections. The help of the commands and options is not here: it is the words of `--help`,
/// in the language files (`Languages/LANG.yaml`, read through `HelpWords`).
struct ManualWords: Decodable {
    var language: String
    /// The centre of the page footer: "User Commands".
    var manual: String
    /// The NAME line after "optout -".
    var summary: String
    var headings: Headings
    var description: [String]
    /// A title for every full-screen view (ViewKind raw values).
    var views: [String: String]
    var keysIntro: String
    var files: [Entry]
    var environment: [Entry]
    var exitStatus: [Entry]
    var examples: [Example]
    var seeAlso: String

    struct Headings: Decodable {
        var name, synopsis, description, commands, options, keys, files, environment, exitStatus, examples, seeAlso: String
        enum CodingKeys: String, CodingKey {
            case name, synopsis, description, commands, options, keys, files, environment, examples
            case exitStatus = "exit_status", seeAlso = "see_also"
        }
    }

    /// Small words of the synopsis: `command`, `options`.
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
        case language, manual, summary, headings, phrases, description, views, files, environment, examples
        case keysIntro = "keys_intro", exitStatus = "exit_status", seeAlso = "see_also"
    }

    static func load(from url: URL) throws -> ManualWords {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try YAMLDecoder().decode(ManualWords.self, from: text)
    }
}
