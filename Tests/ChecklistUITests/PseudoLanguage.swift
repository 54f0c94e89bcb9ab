import Foundation
@testable import ChecklistEngine

/// A pseudo-language, as Android's pseudolocales: every English text with its letters
/// accented and made 40% longer with padding words, `{placeholders}` and line breaks kept,
/// so a layout that only fits English shows itself: "Tick the step" is
/// "Ţîçķ ţĥé šţéþ öñé ţŵö". A text without a letter (":", " · ") stays as it is: it is
/// punctuation, not words.
enum PseudoLanguage {
    static let accents: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let accented = Array("åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, accented))
    }()

    /// The padding, accented too, taken word by word until the text is 40% longer (enough
    /// of it for the longest text).
    static let padding = Array(repeating: "one two three four five six seven eight nine ten eleven twelve", count: 8)
        .joined(separator: " ").split(separator: " ").map { accent(String($0)) }

    static func accent(_ text: String) -> String {
        String(text.map { accents[$0] ?? $0 })
    }

    /// The text made pseudo: leading and trailing spaces (which join pieces) kept outside.
    static func text(_ text: String) -> String {
        guard text.contains(where: \.isLetter) else { return text }
        let lead = text.prefix { $0 == " " }
        let trail = text.reversed().prefix { $0 == " " }
        let core = text.dropFirst(lead.count).dropLast(trail.count)
        var out = ""
        var letters = 0
        var inPlaceholder = false
        for character in core {
            if character == "{" { inPlaceholder = true }
            if inPlaceholder {
                out.append(character)
            } else {
                out.append(accents[character] ?? character)
                if character.isLetter { letters += 1 }
            }
            if character == "}" { inPlaceholder = false }
        }
        let wanted = Int((Double(letters) * 0.4).rounded(.up))
        var added = 0
        for word in padding {
            guard added < wanted else { break }
            out += " " + word
            added += word.count + 1
        }
        return String(lead) + out + String(trail)
    }

    /// The English table with every text and plural form made pseudo.
    static let table: WordTable = {
        let english = WordTable.en
        let plurals = english.plurals.map { forms in
            PluralForms(word: forms.word, by: forms.by, zero: forms.zero.map(text), one: forms.one.map(text), two: forms.two.map(text),
                        few: forms.few.map(text), many: forms.many.map(text), other: text(forms.other))
        }
        return WordTable(code: "en", name: "Pseudo", pluralOne: english.pluralOne, texts: english.texts.map(text), plurals: plurals)
    }()

    /// Every text of the table, plural forms too: what the screen may show of it.
    static var allTexts: [String] {
        table.texts + table.plurals.flatMap { [$0.zero, $0.one, $0.two, $0.few, $0.many, $0.other].compactMap { $0 } }
    }

    /// A catalog file with its English texts (`en: ...` lines) made pseudo, quoted for YAML.
    static func catalogYAML(_ yaml: String) -> String {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let range = line.range(of: "en: "), line[..<range.lowerBound].allSatisfy({ $0 == " " || $0 == "-" }) else { return String(line) }
            let value = text(String(line[range.upperBound...]))
            return line[..<range.upperBound] + "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }.joined(separator: "\n")
    }

    /// Runs `body` with every `Words` reading the pseudo table.
    static func speaking<T>(_ body: () throws -> T) rethrows -> T {
        try Words.$substitute.withValue(table, operation: body)
    }
}
