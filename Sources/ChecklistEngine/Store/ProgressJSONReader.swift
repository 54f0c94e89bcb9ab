import Foundation

/// Reads the progress file when it has exactly the shape `ProgressJSONWriter` writes (any
/// order of keys, any JSON white space, any escapes): one pass over the bytes, names of
/// fields compared as bytes, no String made but for values. Anything else (an unknown or
/// repeated key, a null, a number not written as an integer, invalid UTF-8...) gives nil,
/// and Foundation's decoder reads the file and names what is wrong.
struct ProgressJSONReader {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var position = 0

    private init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    static func decode(_ data: Data) -> UserProgress? {
        data.withUnsafeBytes { raw -> UserProgress? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            var reader = ProgressJSONReader(base: base, count: raw.count)
            guard let progress = reader.progress() else { return nil }
            reader.skipSpace()
            return reader.position == reader.count ? progress : nil
        }
    }

    // MARK: Tokens

    /// A string as it stands in the file, between its quotes.
    struct Token {
        var start: Int
        var end: Int
        /// Holds a backslash.
        var escaped: Bool
        /// Every byte below 0x80: the bytes are valid UTF-8 with no check.
        var ascii: Bool
    }

    mutating func skipSpace() {
        var index = position
        while index < count {
            switch base[index] {
            case 0x20 where index + 8 <= count: index &+= JSONScan.leadingSpaces(base, at: index)  // an indentation at once
            case 0x20, 0x0A, 0x0D, 0x09: index &+= 1
            default: position = index; return
            }
        }
        position = index
    }

    mutating func expect(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < count, base[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func token() -> Token? {
        guard expect(UInt8(ascii: "\"")) else { return nil }
        let start = position
        var escaped = false
        var ascii = true
        while true {
            position = JSONScan.plainRun(base, from: position, to: count, stopAtHigh: true)
            guard position < count else { return nil }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return Token(start: start, end: position - 1, escaped: escaped, ascii: ascii)
            }
            if byte < 0x20 { return nil }  // JSON wants control characters escaped
            if byte == UInt8(ascii: "\\") {
                escaped = true
                position += 2  // the escaped byte is no end of the string; `unescape` checks it
            } else {
                ascii = false
                position += 1
            }
        }
    }

    func raw(_ token: Token) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + token.start, count: token.end - token.start)
    }

    /// Whether the token is the field name `name` (no name of the file needs an escape).
    func token(_ token: Token, is name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        guard !token.escaped, token.end - token.start == length else { return false }
        return memcmp(base + token.start, name.utf8Start, length) == 0
    }

    func text(_ token: Token) -> String? {
        if token.escaped { return ProgressJSONText.unescape(raw(token)) }
        return ProgressJSONText.string(raw(token), ascii: token.ascii)
    }

    mutating func string() -> String? { token().flatMap(text) }

    /// A field's name and its colon.
    mutating func member() -> Token? {
        guard let name = token(), expect(UInt8(ascii: ":")) else { return nil }
        return name
    }

    /// Opens an object or a list: whether a member follows (false when it is empty); nil when
    /// `open` is not next.
    mutating func open(_ open: UInt8, _ close: UInt8) -> Bool? {
        guard expect(open) else { return nil }
        return !expect(close)
    }

    /// After a member: true when another follows, false when `close` ends them, else nil.
    mutating func next(_ close: UInt8) -> Bool? {
        if expect(UInt8(ascii: ",")) { return true }
        return expect(close) ? false : nil
    }

    /// A time as the writer writes it, read in place: its 20 bytes between quotes, checked
    /// one by one; others (which Foundation may still read) give nil.
    mutating func date() -> Date? {
        skipSpace()
        let length = Timestamp.fastLength
        guard position + length + 2 <= count, base[position] == UInt8(ascii: "\""),
              base[position + length + 1] == UInt8(ascii: "\""),
              let date = Timestamp.fastDate(utf8: UnsafeBufferPointer(start: base + position + 1, count: length))
        else { return nil }
        position += length + 2
        return date
    }

    /// A small non-negative integer, as JSON writes it (no leading zero).
    mutating func integer() -> Int? {
        skipSpace()
        let start = position
        var value = 0
        while position < count, base[position] >= UInt8(ascii: "0"), base[position] <= UInt8(ascii: "9"), position - start < 10 {
            value = value * 10 + Int(base[position] - UInt8(ascii: "0"))
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits < 10, digits == 1 || base[start] != UInt8(ascii: "0") else { return nil }
        return value
    }

    /// The action a token names, compared as bytes (a String per entry cost more than the rest
    /// of the entry).
    func action(named token: Token) -> HistoryEntry.Action? {
        guard !token.escaped else { return nil }
        for (name, action) in Self.actions where name.count == token.end - token.start {
            let same = name.withUnsafeBufferPointer { name in
                name.baseAddress.map { memcmp(base + token.start, $0, name.count) == 0 } ?? false
            }
            if same { return action }
        }
        return nil
    }

    private static let actions = HistoryEntry.Action.allCases.map { (Array($0.rawValue.utf8), $0) }

    // MARK: Collections

    mutating func list<Element>(_ element: (inout ProgressJSONReader) -> Element?) -> [Element]? {
        guard var more = open(UInt8(ascii: "["), UInt8(ascii: "]")) else { return nil }
        var items: [Element] = []
        while more {
            guard let item = element(&self), let next = next(UInt8(ascii: "]")) else { return nil }
            items.append(item)
            more = next
        }
        return items
    }

    /// An object keyed by step: a repeated step gives nil (Foundation says which).
    mutating func map<Value>(_ value: (inout ProgressJSONReader) -> Value?) -> [String: Value]? {
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        var values: [String: Value] = [:]
        while more {
            guard let name = member(), let key = text(name), let item = value(&self),
                  values.updateValue(item, forKey: key) == nil,
                  let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        return values
    }

    // MARK: Records

    mutating func progress() -> UserProgress? {
        var version: Int?, accounts: [Account]?, history: [HistoryEntry]?, chain: ChainHead?
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        while more {
            guard let name = member() else { return nil }
            if token(name, is: "accounts") {
                guard accounts == nil, let items = list({ $0.account() }) else { return nil }
                accounts = items
            } else if token(name, is: "chain") {
                guard chain == nil, let value = chainHead() else { return nil }
                chain = value
            } else if token(name, is: "history") {
                guard history == nil, let items = list({ $0.entry() }) else { return nil }
                history = items
            } else if token(name, is: "schemaVersion") {
                guard version == nil, let value = integer() else { return nil }
                version = value
            } else {
                return nil
            }
            guard let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        guard let version, let accounts, let history else { return nil }
        // As written: the chain is checked by `optout verify`, never made up here.
        return UserProgress(schemaVersion: version, accounts: accounts, history: history, chain: chain)
    }

    mutating func chainHead() -> ChainHead? {
        var count: Int?, head: String?
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        while more {
            guard let name = member() else { return nil }
            if token(name, is: "count") {
                guard count == nil, let value = integer() else { return nil }
                count = value
            } else if token(name, is: "head") {
                guard head == nil, let value = string() else { return nil }
                head = value
            } else {
                return nil
            }
            guard let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        guard let count, let head else { return nil }
        return ChainHead(count: count, head: head)
    }

    mutating func account() -> Account? {
        var id: String?, platform: String?, label: String?, created: Date?, coveredBy: String?, reviewed: Date?
        var ticks: [String: Tick]?, notes: [String: String]?, holder: String?, identifier: String?, letters: [Letter]?
        var evidence: [String: [Evidence]]?
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        while more {
            guard let name = member() else { return nil }
            if token(name, is: "id") {
                guard id == nil, let value = string() else { return nil }
                id = value
            } else if token(name, is: "platform") {
                guard platform == nil, let value = string() else { return nil }
                platform = value
            } else if token(name, is: "label") {
                guard label == nil, let value = string() else { return nil }
                label = value
            } else if token(name, is: "created") {
                guard created == nil, let value = date() else { return nil }
                created = value
            } else if token(name, is: "ticks") {
                guard ticks == nil, let value = map({ $0.tick() }) else { return nil }
                ticks = value
            } else if token(name, is: "notes") {
                guard notes == nil, let value = map({ $0.string() }) else { return nil }
                notes = value
            } else if token(name, is: "coveredBy") {
                guard coveredBy == nil, let value = string() else { return nil }
                coveredBy = value
            } else if token(name, is: "reviewed") {
                guard reviewed == nil, let value = date() else { return nil }
                reviewed = value
            } else if token(name, is: "holder") {
                guard holder == nil, let value = string() else { return nil }
                holder = value
            } else if token(name, is: "identifier") {
                guard identifier == nil, let value = string() else { return nil }
                identifier = value
            } else if token(name, is: "letters") {
                guard letters == nil, let items = list({ $0.letter() }) else { return nil }
                letters = items
            } else if token(name, is: "evidence") {
                guard evidence == nil, let value = map({ $0.list({ $0.evidence() }) }) else { return nil }
                evidence = value
            } else {
                return nil
            }
            guard let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        guard let id, let platform, let created, let ticks, let notes else { return nil }
        // A file from before letters or evidence existed has none.
        return Account(id: id, platform: platform, label: label, created: created, coveredBy: coveredBy,
                       ticks: ticks, notes: notes, reviewed: reviewed, holder: holder, identifier: identifier, letters: letters ?? [],
                       evidence: evidence ?? [:])
    }

    mutating func tick() -> Tick? {
        var at: Date?, catalogRevision: String?, stepRevision: String?
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        while more {
            guard let name = member() else { return nil }
            if token(name, is: "at") {
                guard at == nil, let value = date() else { return nil }
                at = value
            } else if token(name, is: "catalogRevision") {
                guard catalogRevision == nil, let value = string() else { return nil }
                catalogRevision = value
            } else if token(name, is: "stepRevision") {
                guard stepRevision == nil, let value = string() else { return nil }
                stepRevision = value
            } else {
                return nil
            }
            guard let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        guard let at, let catalogRevision, let stepRevision else { return nil }
        return Tick(at: at, catalogRevision: catalogRevision, stepRevision: stepRevision)
    }

    mutating func entry() -> HistoryEntry? {
        var at: Date?, action: HistoryEntry.Action?, account: String?, platform: String?, step: String?, detail: String?
        var previous: String?, hash: String?
        var letter: Letter.Kind?, day: CalendarDay?, evidence: String?
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        while more {
            guard let name = member() else { return nil }
            if token(name, is: "account") {
                guard account == nil, let value = string() else { return nil }
                account = value
            } else if token(name, is: "action") {
                guard action == nil, let value = token().flatMap(action(named:)) else { return nil }
                action = value
            } else if token(name, is: "at") {
                guard at == nil, let value = date() else { return nil }
                at = value
            } else if token(name, is: "platform") {
                guard platform == nil, let value = string() else { return nil }
                platform = value
            } else if token(name, is: "step") {
                guard step == nil, let value = string() else { return nil }
                step = value
            } else if token(name, is: "detail") {
                guard detail == nil, let value = string() else { return nil }
                detail = value
            } else if token(name, is: "previous") {
                guard previous == nil, let value = string() else { return nil }
                previous = value
            } else if token(name, is: "hash") {
                guard hash == nil, let value = string() else { return nil }
                hash = value
            } else if token(name, is: "letter") {
                guard letter == nil, let value = string().flatMap(Letter.Kind.init(rawValue:)) else { return nil }
                letter = value
            } else if token(name, is: "day") {
                guard day == nil, let value = self.day() else { return nil }
                day = value
            } else if token(name, is: "evidence") {
                guard evidence == nil, let value = string() else { return nil }
                evidence = value
            } else {
                return nil
            }
            guard let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        guard let at, let action, let account else { return nil }
        return HistoryEntry(at: at, action: action, account: account, platform: platform, step: step, detail: detail,
                            letter: letter, day: day, evidence: evidence, previous: previous, hash: hash)
    }
}
