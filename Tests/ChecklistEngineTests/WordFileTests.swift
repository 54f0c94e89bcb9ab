import Foundation
import Testing
import Yams
@testable import ChecklistEngine

/// One language file as written: its texts by key, in the file's order.
private struct LanguageFile {
    enum Entry: Equatable {
        case text(String)
        case plural([String: String])
    }

    let code: String
    let pluralOne: [Int]
    let keys: [String]
    let entries: [String: Entry]

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Languages")

    static func all() throws -> [LanguageFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { try LanguageFile(code: String($0.dropLast(5))) }
    }

    init(code: String) throws {
        self.code = code
        let text = try String(contentsOf: Self.folder.appendingPathComponent(code + ".yaml"), encoding: .utf8)
        let mapping = try #require(try Yams.compose(yaml: text)?.mapping, "\(code).yaml is not a map")
        var keys: [String] = []
        var entries: [String: Entry] = [:]
        var pluralOne = [1]
        for (keyNode, value) in mapping {
            let key = try #require(keyNode.string)
            if key == "meta" {
                pluralOne = value.mapping?["plural-one"]?.sequence?.compactMap(\.int) ?? [1]
                continue
            }
            keys.append(key)
            if let forms = value.mapping {
                entries[key] = .plural(Dictionary(uniqueKeysWithValues: try forms.map { (try #require($0.key.string), try #require($0.value.string)) }))
            } else {
                entries[key] = .text(try #require(value.string, "\(code).yaml: \(key) is not a text"))
            }
        }
        self.keys = keys
        self.entries = entries
        self.pluralOne = pluralOne
    }
}

/// The `{names}` a text fills in.
private func placeholders(_ text: String) -> Set<String> {
    var names: Set<String> = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
        names.insert(String(rest[rest.index(after: open)..<close]))
        rest = rest[rest.index(after: close)...]
    }
    return names
}

/// The language files and the tables compiled from them (`scripts/generate-words`).
@Suite struct WordFileTests {
    private let files: [LanguageFile]
    private var english: LanguageFile { files.first { $0.code == "en" }! }

    init() throws {
        files = try LanguageFile.all()
        try #require(files.contains { $0.code == "en" }, "Languages/en.yaml names the keys")
    }

    @Test func theGeneratedTablesMatchTheFiles() throws {
        // The tables number the keys by family (ui, cli, report, help, the rest), each in the file's order.
        let families = ["ui", "cli", "report", "help"]
        let family = { (key: String) in families.first { key.hasPrefix($0 + ".") } ?? "other" }
        let byFamily = (families + ["other"]).flatMap { name in english.keys.filter { family($0) == name } }
        #expect(WordTable.keys == byFamily, "run scripts/generate-words")
        #expect(WordTable.all.map(\.code) == files.map(\.code), "run scripts/generate-words")
        for file in files {
            let table = try #require(WordTable.named(file.code), "no table for \(file.code).yaml: run scripts/generate-words")
            #expect(table.pluralOne == file.pluralOne, "\(file.code): run scripts/generate-words")
            for (index, key) in WordTable.keys.enumerated() {
                let plural = table.plurals.first { $0.word == index }
                switch file.entries[key] ?? english.entries[key] {
                case .text(let text):
                    #expect(table.texts[index] == text && plural == nil, "\(file.code): \(key): run scripts/generate-words")
                case .plural(let forms):
                    let compiled = plural.map { p in
                        ["by": p.by, "zero": p.zero, "one": p.one, "two": p.two, "few": p.few, "many": p.many, "other": p.other].compactMapValues { $0 }
                    }
                    #expect(compiled == forms && table.texts[index] == forms["other"], "\(file.code): \(key): run scripts/generate-words")
                case nil:
                    Issue.record("\(key) has no text")
                }
            }
        }
    }

    @Test func everyLanguageHasEveryKeyAndNoOther() {
        for file in files where file.code != "en" {
            let missing = english.keys.filter { file.entries[$0] == nil }
            let extra = file.keys.filter { english.entries[$0] == nil }
            #expect(missing.isEmpty, "\(file.code).yaml lacks \(missing.joined(separator: ", "))")
            #expect(extra.isEmpty, "\(file.code).yaml has keys English does not: \(extra.joined(separator: ", "))")
        }
    }

    @Test func translationsFillTheSamePlaceholdersAsEnglish() {
        for file in files where file.code != "en" {
            for key in english.keys {
                guard let reference = english.entries[key], let entry = file.entries[key] else { continue }
                let wanted: Set<String>
                switch reference {
                case .text(let text): wanted = placeholders(text)
                case .plural(let forms): wanted = placeholders(forms["other"] ?? "")
                }
                let texts: [String]
                switch entry {
                case .text(let text): texts = [text]
                case .plural(let forms): texts = Array(forms.filter { $0.key != "by" }.values)
                }
                for text in texts {
                    // A `one` form may say the number in words ("one account"): {count} is optional there.
                    let found = placeholders(text)
                    #expect(found.subtracting(["count"]) == wanted.subtracting(["count"]),
                            "\(file.code): \(key): placeholders \(found.sorted()) where English has \(wanted.sorted())")
                }
            }
        }
    }

    @Test func aKeyThatSaysANumberHasItsPluralForms() {
        for file in files {
            for key in english.keys {
                guard case .plural = english.entries[key] else { continue }
                guard case .plural(let forms) = file.entries[key] else {
                    if file.entries[key] != nil { Issue.record("\(file.code): \(key) needs plural forms (one, other)") }
                    continue
                }
                #expect(forms["other"] != nil, "\(file.code): \(key) lacks its 'other' form")
                if let by = forms["by"], case .plural(let reference) = english.entries[key] {
                    #expect(placeholders(reference["other"] ?? "").contains(by), "\(file.code): \(key): 'by: \(by)' names no placeholder")
                }
                #expect(file.pluralOne.isEmpty || forms["one"] != nil, "\(file.code): \(key) lacks its 'one' form")
            }
        }
    }

    @Test func placeholdersAreFilledByName() {
        #expect(Words.fill("{b} then {a}", ["a": 1, "b": "two"]) == "two then 1")
        #expect(Words.fill("{unknown} {a}", ["a": "x"]) == "{unknown} x")
        #expect(Words.fill("no braces", ["a": "x"]) == "no braces")
        #expect(Words.fill("{a", ["a": "x"]) == "{a")
    }

    @Test func aLanguageWithoutAFileReadsEnglish() {
        #expect(WordTable.named("xx") == nil)
        #expect(Words(languageCode: "xx").text(.uiKeyQuitLabel) == Words(.en).text(.uiKeyQuitLabel))
    }

    @Test func frenchSaysZeroInTheSingular() {
        #expect(WordTable.named("fr")?.pluralOne == [0, 1])
        #expect(WordTable.named("en")?.pluralOne == [1])
    }

    @Test func keysRoundTrip() {
        for word in Word.allCases { #expect(Word.named(word.key) == word) }
    }
}
