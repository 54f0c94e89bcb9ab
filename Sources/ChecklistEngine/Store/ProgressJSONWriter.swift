import Foundation

/// Writes the progress file byte for byte as `ProgressCoding.encoder` (JSONEncoder: pretty,
/// sorted keys, slashes unescaped) does, straight into one pre-sized buffer.
struct ProgressJSONWriter: ~Copyable {
    private var out: OutputBytes

    init(capacity: Int) { out = OutputBytes(capacity: capacity) }

    /// The file's bytes; `newline` adds the final line break the store writes after JSON.
    static func encode(_ progress: UserProgress, newline: Bool) -> Data {
        var w = ProgressJSONWriter(capacity: 256 + progress.accounts.count * 600 + progress.history.count * 380)
        var top = w.open()
        w.key("accounts", level: 1, &top)
        var list = w.openList()
        // By index: `for in` copies each record (a retain and a release of every string in it).
        for index in progress.accounts.indices {
            w.item(level: 2, &list)
            w.account(progress.accounts[index], level: 2)
        }
        w.close(level: 1, list, "]")
        if let chain = progress.chain {
            w.key("chain", level: 1, &top)
            var fields = w.open()
            w.key("count", level: 2, &fields); w.integer(chain.count)
            w.key("head", level: 2, &fields); w.string(chain.head)
            w.close(level: 1, fields, "}")
        }
        w.key("history", level: 1, &top)
        list = w.openList()
        for index in progress.history.indices {
            w.item(level: 2, &list)
            w.entry(progress.history[index], level: 2)
        }
        w.close(level: 1, list, "]")
        w.key("schemaVersion", level: 1, &top)
        w.integer(progress.schemaVersion)
        w.close(level: 0, top, "}")
        if newline { w.out.append(UInt8(ascii: "\n")) }
        return w.out.data()
    }

    /// What an entry's hash is taken of (`HistoryChain`): the entry as the file writes it,
    /// at the top level and without its `hash`.
    static func canonical(_ entry: HistoryEntry) -> Data {
        var w = ProgressJSONWriter(capacity: 256)
        w.entry(entry, level: 0, withHash: false)
        return w.out.data()
    }

    // MARK: Layout

    /// An object or list opened: true until its first member.
    private mutating func open() -> Bool { out.append(UInt8(ascii: "{")); return true }
    private mutating func openList() -> Bool { out.append(UInt8(ascii: "[")); return true }

    private mutating func key(_ name: StaticString, level: Int, _ first: inout Bool) {
        item(level: level, &first)
        let length = name.utf8CodeUnitCount
        out.append(length: length + 5) { bytes in
            bytes[0] = UInt8(ascii: "\"")
            (bytes + 1).initialize(from: name.utf8Start, count: length)
            (bytes + 1 + length).initialize(from: Self.colon.utf8Start, count: 4)
        }
    }

    private static let colon: StaticString = "\" : "

    /// A line break and the indentation of every level the file has, to copy from in one go.
    private static let breaks: StaticString = "\n                                                                "

    private mutating func key(_ name: String, level: Int, _ first: inout Bool) {
        item(level: level, &first)
        string(name)
        out.append(" : ")
    }

    private mutating func item(level: Int, _ first: inout Bool) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        lineBreak(level: level)
    }

    /// A line break and `2 * level` spaces.
    @inline(__always)
    private mutating func lineBreak(level: Int) {
        let length = 1 + 2 * level
        if length <= Self.breaks.utf8CodeUnitCount {
            out.append(UnsafeBufferPointer(start: Self.breaks.utf8Start, count: length))
        } else {
            out.append(UInt8(ascii: "\n"))
            out.append(repeating: UInt8(ascii: " "), count: 2 * level)
        }
    }

    /// An empty object or list is written `{` blank line `}`, as JSONEncoder does.
    private mutating func close(level: Int, _ first: Bool, _ bracket: Unicode.Scalar) {
        if first { out.append(UInt8(ascii: "\n")) }
        lineBreak(level: level)
        out.append(UInt8(ascii: bracket))
    }

    // MARK: Values

    private mutating func integer(_ value: Int) {
        var text = String(value)
        text.withUTF8 { out.append($0) }
    }

    private mutating func string(_ text: String) {
        // The bytes in place when the string has them contiguous (a native string always
        // does): no copy of the string, so no retain and release around each one.
        let direct: Void? = text.utf8.withContiguousStorageIfAvailable { string(utf8: $0) }
        if direct == nil {
            var text = text
            text.withUTF8 { string(utf8: $0) }
        }
    }

    private mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        out.reserve(utf8.count + 2)
        out.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape (most texts are one run) are copied whole.
        if let base = utf8.baseAddress {
            var runStart = 0
            while true {
                let runEnd = JSONScan.plainRun(base, from: runStart, to: utf8.count, stopAtHigh: false)
                out.append(UnsafeBufferPointer(start: base + runStart, count: runEnd - runStart))
                guard runEnd < utf8.count else { break }
                escape(base[runEnd])
                runStart = runEnd + 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// JSONEncoder's spelling: the short escapes JSON has, else `\u00XX` in lower-case hex.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): out.append("\\\"")
        case UInt8(ascii: "\\"): out.append("\\\\")
        case 0x08: out.append("\\b")
        case 0x09: out.append("\\t")
        case 0x0A: out.append("\\n")
        case 0x0C: out.append("\\f")
        case 0x0D: out.append("\\r")
        default:
            let hex: StaticString = "0123456789abcdef"
            out.append("\\u00")
            out.append(hex.utf8Start[Int(byte >> 4)])
            out.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    private mutating func date(_ date: Date) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard Timestamp.fastRange.contains(seconds) else { return string(Timestamp.string(date)) }
        out.append(length: Timestamp.fastLength + 2) { bytes in
            bytes[0] = UInt8(ascii: "\"")
            Timestamp.writeFast(Int64(seconds), to: bytes + 1)
            bytes[Timestamp.fastLength + 1] = UInt8(ascii: "\"")
        }
    }

    /// A dictionary's entries in JSONEncoder's order of keys: by their UTF-8 bytes (not by
    /// String's `<`, which compares canonical forms).
    private static func sorted<Value>(_ dictionary: [String: Value]) -> [(key: String, value: Value)] {
        dictionary.sorted { a, b in utf8Precedes(a.key, b.key) }
    }

    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0, let left = x.baseAddress, let right = y.baseAddress {
                    let order = memcmp(left, right, common)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
    }

    // MARK: Records

    private mutating func account(_ a: Account, level: Int) {
        var first = open()
        if let coveredBy = a.coveredBy { key("coveredBy", level: level + 1, &first); string(coveredBy) }
        key("created", level: level + 1, &first); date(a.created)
        key("evidence", level: level + 1, &first)
        var steps = open()
        for (step, files) in Self.sorted(a.evidence) {
            key(step, level: level + 2, &steps)
            var list = openList()
            for file in files {
                item(level: level + 3, &list)
                evidence(file, level: level + 3)
            }
            close(level: level + 2, list, "]")
        }
        close(level: level + 1, steps, "}")
        if let holder = a.holder { key("holder", level: level + 1, &first); string(holder) }
        key("id", level: level + 1, &first); string(a.id)
        if let identifier = a.identifier { key("identifier", level: level + 1, &first); string(identifier) }
        if let label = a.label { key("label", level: level + 1, &first); string(label) }
        key("letters", level: level + 1, &first)
        var letters = openList()
        for letter in a.letters {
            item(level: level + 2, &letters)
            self.letter(letter, level: level + 2)
        }
        close(level: level + 1, letters, "]")
        key("notes", level: level + 1, &first)
        var notes = open()
        for (step, note) in Self.sorted(a.notes) {
            key(step, level: level + 2, &notes)
            string(note)
        }
        close(level: level + 1, notes, "}")
        key("platform", level: level + 1, &first); string(a.platform)
        if let reviewed = a.reviewed { key("reviewed", level: level + 1, &first); date(reviewed) }
        key("ticks", level: level + 1, &first)
        var ticks = open()
        for (step, tick) in Self.sorted(a.ticks) {
            key(step, level: level + 2, &ticks)
            var fields = open()
            key("at", level: level + 3, &fields); date(tick.at)
            key("catalogRevision", level: level + 3, &fields); string(tick.catalogRevision)
            key("stepRevision", level: level + 3, &fields); string(tick.stepRevision)
            close(level: level + 2, fields, "}")
        }
        close(level: level + 1, ticks, "}")
        close(level: level, first, "}")
    }

    private mutating func letter(_ l: Letter, level: Int) {
        var first = open()
        if let answered = l.answeredOn { key("answeredOn", level: level + 1, &first); string(answered.description) }
        if let extended = l.extendedOn { key("extendedOn", level: level + 1, &first); string(extended.description) }
        key("kind", level: level + 1, &first); string(l.kind.rawValue)
        if let note = l.note { key("note", level: level + 1, &first); string(note) }
        key("sentOn", level: level + 1, &first); string(l.sentOn.description)
        close(level: level, first, "}")
    }

    private mutating func evidence(_ e: Evidence, level: Int) {
        var first = open()
        key("added", level: level + 1, &first); date(e.added)
        if let email = e.email {
            key("email", level: level + 1, &first)
            var fields = open()
            if let date = email.date { key("date", level: level + 2, &fields); self.date(date) }
            if let from = email.from { key("from", level: level + 2, &fields); string(from) }
            if let subject = email.subject { key("subject", level: level + 2, &fields); string(subject) }
            if let to = email.to { key("to", level: level + 2, &fields); string(to) }
            close(level: level + 1, fields, "}")
        }
        key("mediaType", level: level + 1, &first); string(e.mediaType.rawValue)
        key("name", level: level + 1, &first); string(e.name)
        key("sha256", level: level + 1, &first); string(e.sha256)
        key("size", level: level + 1, &first); integer(e.size)
        close(level: level, first, "}")
    }

    /// Every field of the entry, in key order; `withHash: false` for what the hash seals.
    private mutating func entry(_ e: HistoryEntry, level: Int, withHash: Bool = true) {
        var first = open()
        key("account", level: level + 1, &first); string(e.account)
        key("action", level: level + 1, &first); string(e.action.rawValue)
        key("at", level: level + 1, &first); date(e.at)
        if let day = e.day { key("day", level: level + 1, &first); string(day.description) }
        if let detail = e.detail { key("detail", level: level + 1, &first); string(detail) }
        if let evidence = e.evidence { key("evidence", level: level + 1, &first); string(evidence) }
        if withHash, let hash = e.hash { key("hash", level: level + 1, &first); string(hash) }
        if let letter = e.letter { key("letter", level: level + 1, &first); string(letter.rawValue) }
        if let platform = e.platform { key("platform", level: level + 1, &first); string(platform) }
        if let previous = e.previous { key("previous", level: level + 1, &first); string(previous) }
        if let step = e.step { key("step", level: level + 1, &first); string(step) }
        close(level: level, first, "}")
    }
}
