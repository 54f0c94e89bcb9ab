import Foundation
import Yams

/// Reads a YAML document field by field and collects every problem with its line and column,
/// instead of stopping at the first. Used for catalogs and themes.
public struct YAMLReader {
    public let file: String
    public private(set) var issues: [CatalogIssue] = []

    /// Files larger than this are refused before parsing.
    public static let maximumBytes = 2 * 1024 * 1024
    /// Nesting deeper than this (indentation or brackets) is refused before parsing,
    /// so a hostile file cannot exhaust the stack.
    public static let maximumNesting = 200

    /// The languages every text must have: English and French in a shipped file, English in
    /// a user's own.
    public var requiredLanguages: [Language] = [.en, .fr]
    /// When set, texts without one of the other languages are counted, for `catalog validate`.
    public var countsMissingTranslations = false
    public internal(set) var missingTranslations: [MissingTranslation] = []

    public init(file: String) { self.file = file }

    // MARK: Parsing

    /// Reads and parses a file; nil (with an issue) when it cannot be read or parsed.
    public mutating func parseFile(at url: URL) -> Node? {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? NSNumber, size.intValue > Self.maximumBytes {
                report(line: 1, column: 1, .tooLarge(limit: Self.maximumBytes))
                return nil
            }
            data = try Data(contentsOf: url)
        } catch {
            report(line: 1, column: 1, .unreadable(reason: Self.reason(error)))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            report(line: 1, column: 1, .notYAML(reason: "not UTF-8 text"))
            return nil
        }
        return parse(text)
    }

    public mutating func parse(_ text: String) -> Node? {
        if text.utf8.count > Self.maximumBytes {
            report(line: 1, column: 1, .tooLarge(limit: Self.maximumBytes))
            return nil
        }
        if let line = Self.lineNestedTooDeep(text) {
            report(line: line, column: 1, .tooDeep(limit: Self.maximumNesting))
            return nil
        }
        do {
            // No implicit typing: every plain scalar stays text (this reader types fields
            // itself, `bool` included). Yams's default resolver runs up to seven regular
            // expressions on every scalar, mapping keys included, which was most of the time
            // spent loading a catalog.
            guard let node = try Yams.compose(yaml: text, Resolver.basic) else {
                report(line: 1, column: 1, .empty)
                return nil
            }
            // An alias needs an anchor (`&name`) and a `*name`: without both characters there is
            // none, and the walk (a tenth of a large catalog's load) is skipped.
            if text.utf8.contains(UInt8(ascii: "&")), text.utf8.contains(UInt8(ascii: "*")),
               let alias = Self.firstAlias(in: node, text: text) {
                report(line: alias.line, column: alias.column, .aliasNotAllowed)
                return nil
            }
            return node
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                report(line: mark.line, column: mark.column, .notYAML(reason: problem))
            case .duplicatedKeysInMapping(let duplicates, _):
                report(line: 1, column: 1, .duplicateField(field: duplicates.joined(separator: ", ")))
            default:
                report(line: 1, column: 1, .notYAML(reason: SafeText.line(String(describing: error).prefix(200).description)))
            }
            return nil
        } catch {
            report(line: 1, column: 1, .notYAML(reason: SafeText.line(String(describing: error).prefix(200).description)))
            return nil
        }
    }

    /// Where the first alias (`*name`) is, or nil when there is none. Yams resolves an alias to
    /// the very node its anchor names, position included, so a node met a second time (same
    /// kind, same place) is an alias. The walk is in document order and stops at the first one:
    /// an anchor comes before its aliases, so an expanded tree (a "billion laughs") is never walked.
    static func firstAlias(in root: Node, text: String) -> (line: Int, column: Int)? {
        struct Place: Hashable {
            var line: Int
            var column: Int
            var kind: Int
            var text: String
        }
        var seen: Set<Place> = []
        var previous: Mark?
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            let place: Place?
            switch node {
            case .scalar(let scalar):
                // An empty value takes the place of the next token: it may share a position.
                place = scalar.string.isEmpty ? nil : scalar.mark.map { Place(line: $0.line, column: $0.column, kind: 0, text: scalar.string) }
            case .mapping(let mapping):
                place = mapping.mark.map { Place(line: $0.line, column: $0.column, kind: 1, text: "") }
            case .sequence(let sequence):
                place = sequence.mark.map { Place(line: $0.line, column: $0.column, kind: 2, text: "") }
            case .alias:
                return aliasPosition(after: previous, in: text)
            }
            if let place, !seen.insert(place).inserted {
                return aliasPosition(after: previous, in: text)
            }
            previous = node.mark ?? previous
            switch node {
            case .mapping(let mapping):
                for pair in mapping.reversed() {
                    stack.append(pair.value)
                    stack.append(pair.key)
                }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            default:
                break
            }
        }
        return nil
    }

    /// The first `*` that starts a token after `mark` (the node before the alias in the document).
    static func aliasPosition(after mark: Mark?, in text: String) -> (line: Int, column: Int) {
        let fallback = (line: mark?.line ?? 1, column: mark?.column ?? 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var index = fallback.line - 1
        var start = fallback.column - 1
        while index >= 0, index < lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            var i = max(0, start)
            while i < scalars.count {
                let before: Unicode.Scalar = i == 0 ? " " : scalars[i - 1]
                if scalars[i] == "#", before == " " { break }  // a comment
                if scalars[i] == "*", i + 1 < scalars.count, !" ,]}".unicodeScalars.contains(scalars[i + 1]),
                   " \t[{,".unicodeScalars.contains(before) {
                    return (index + 1, i + 1)
                }
                i += 1
            }
            index += 1
            start = 0
        }
        return fallback
    }

    /// The first line whose block indentation or bracket depth passes the limit.
    static func lineNestedTooDeep(_ text: String) -> Int? {
        var line = 1
        var depth = 0
        var indent = 0
        var atLineStart = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                indent = 0
                atLineStart = true
                continue
            case UInt8(ascii: " ") where atLineStart, UInt8(ascii: "-") where atLineStart:
                indent += 1
                if indent / 2 > maximumNesting { return line }
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumNesting { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
            atLineStart = false
        }
        return nil
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return SafeText.line(nsError.localizedDescription)
    }

    // MARK: Reporting

    public mutating func report(_ node: Node?, _ problem: CatalogIssue.Problem) {
        report(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, problem)
    }

    public mutating func report(line: Int, column: Int, _ problem: CatalogIssue.Problem) {
        issues.append(CatalogIssue(file: file, line: line, column: column, problem: problem))
    }

    // MARK: Typed reads

    /// A mapping's fields by name. Unknown names are reported with a suggestion; aliases
    /// are refused. The key nodes are kept for positions.
    public mutating func mapping(_ node: Node, field: String, known: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            if case .alias = node { report(node, .aliasNotAllowed) } else { report(node, .expectedMapping(field: field)) }
            return nil
        }
        var fields = Fields(node: node)
        for (keyNode, value) in mapping {
            guard let key = keyNode.string, case .scalar = keyNode else {
                report(keyNode, .expectedText(field: field))
                continue
            }
            if fields.values[key] != nil {
                report(keyNode, .duplicateField(field: key))
                continue
            }
            guard known.contains(key) else {
                report(keyNode, .unknownField(field: SafeText.line(key), suggestion: Self.closest(to: key, in: known)))
                continue
            }
            if case .alias = value {
                report(value, .aliasNotAllowed)
                continue
            }
            fields.values[key] = value
            fields.keys[key] = keyNode
        }
        return fields
    }

    /// The fields of one mapping, with the mapping itself for "missing field" positions.
    public struct Fields {
        public let node: Node
        public var values: [String: Node] = [:]
        public var keys: [String: Node] = [:]

        public subscript(name: String) -> Node? { values[name] }
    }

    public mutating func require(_ fields: Fields, _ name: String) -> Node? {
        guard let value = fields[name] else {
            report(fields.node, .missingField(field: name))
            return nil
        }
        return value
    }

    /// A single-line text; control characters are refused.
    public mutating func string(_ node: Node, field: String, multiline: Bool = false) -> String? {
        guard case .scalar(let scalar) = node else {
            report(node, .expectedText(field: field))
            return nil
        }
        let text = scalar.string
        let unsafe = text.unicodeScalars.contains { SafeText.isUnsafe($0) && !(multiline && $0 == "\n") }
        if unsafe {
            report(node, .controlCharacters(field: field))
            return nil
        }
        // Swift's own White_Space test, not Foundation's `trimmingCharacters`, which bridges
        // every string through NSString (a fifth of a catalog's load time).
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            report(node, .emptyText(field: field))
            return nil
        }
        return multiline ? Self.trimmed(text) : text
    }

    /// `text` without the white space (newlines included) at either end.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    public mutating func https(_ node: Node, field: String) -> String? {
        guard let text = string(node, field: field) else { return nil }
        guard text.hasPrefix("https://"), text.count > 8, !text.contains(" "),
              URL(string: text)?.host?.isEmpty == false
        else {
            report(node, .notHTTPS(field: field, value: SafeText.line(String(text.prefix(80)))))
            return nil
        }
        return text
    }

    public mutating func date(_ node: Node, field: String) -> CalendarDay? {
        guard let text = string(node, field: field) else { return nil }
        guard let day = CalendarDay(text) else {
            report(node, .badDate(field: field, value: SafeText.line(String(text.prefix(40)))))
            return nil
        }
        return day
    }

    public mutating func oneOf<Value: RawRepresentable & CaseIterable>(
        _ node: Node, field: String, as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let text = string(node, field: field) else { return nil }
        guard let value = Value(rawValue: text) else {
            report(node, .badValue(field: field, value: SafeText.line(String(text.prefix(40))),
                                   allowed: Value.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    public mutating func positiveInt(_ node: Node, field: String) -> Int? {
        guard let text = string(node, field: field) else { return nil }
        guard let value = Int(text), value > 0, value <= 100_000 else {
            report(node, .badNumber(field: field, value: SafeText.line(String(text.prefix(40)))))
            return nil
        }
        return value
    }

    /// YAML 1.1's booleans, as Yams's default resolver knows them: an unquoted `true`, `yes`,
    /// `on` (or `false`, `no`, `off`) in lower, capitalised or upper case, or an explicit `!!bool`.
    public mutating func bool(_ node: Node, field: String) -> Bool? {
        var value: Bool?
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.tag.description == Tag.Name.bool.rawValue {
            switch scalar.string {
            case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": value = true
            case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": value = false
            default: value = nil
            }
        }
        guard let value else {
            report(node, .badValue(field: field, value: SafeText.line(String((node.string ?? "").prefix(40))),
                                   allowed: ["true", "false"]))
            return nil
        }
        return value
    }

    public mutating func list(_ node: Node, field: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            if case .alias = node { report(node, .aliasNotAllowed) } else { report(node, .expectedList(field: field)) }
            return nil
        }
        return Array(sequence)
    }

    public mutating func identifier(_ node: Node, field: String) -> String? {
        guard let text = string(node, field: field) else { return nil }
        guard Self.isIdentifier(text) else {
            report(node, .badID(field: field, value: SafeText.line(String(text.prefix(60)))))
            return nil
        }
        return text
    }

    /// Lower-case ASCII letters, digits, `-`, `_` and `.`, starting with a letter or digit, at most 64.
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        func allowed(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }
        return allowed(first) && text.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// The known name nearest to a misspelt one, when it is close enough to be a typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars.prefix(64)), b = Array(b.unicodeScalars.prefix(64))
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
