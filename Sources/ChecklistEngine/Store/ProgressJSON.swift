import Foundation

/// The progress file written and read by hand, byte for byte as `ProgressCoding`'s
/// JSONEncoder writes it (pretty, sorted keys, slashes unescaped): Foundation's coders took
/// about 30 ms each way for a file of 1,000 accounts, and a tick does both. Anything unusual
/// (a control character in a text; on reading, anything but the shape written here) returns
/// nil, and Foundation's coder does the work, with its error messages.
enum ProgressJSON {
    // MARK: Writing

    static func encode(_ progress: UserProgress) -> Data? {
        var w = Writer()
        w.bytes.reserveCapacity(256 + progress.accounts.count * 600 + progress.history.count * 200)
        var top = w.open()
        w.key("accounts", level: 1, &top)
        var list = w.openList()
        for account in progress.accounts {
            w.item(level: 2, &list)
            w.account(account, level: 2)
        }
        w.close(level: 1, list, "]")
        w.key("history", level: 1, &top)
        list = w.openList()
        for entry in progress.history {
            w.item(level: 2, &list)
            w.entry(entry, level: 2)
        }
        w.close(level: 1, list, "]")
        w.key("schemaVersion", level: 1, &top)
        w.bytes.append(contentsOf: String(progress.schemaVersion).utf8)
        w.close(level: 0, top, "}")
        return w.failed ? nil : Data(w.bytes)
    }

    private struct Writer {
        var bytes: [UInt8] = []
        var failed = false

        mutating func append(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        static let spaces: StaticString = "                                "

        mutating func indent(_ level: Int) {
            var count = 2 * level
            while count > 0 {
                let chunk = min(count, Self.spaces.utf8CodeUnitCount)
                bytes.append(contentsOf: UnsafeBufferPointer(start: Self.spaces.utf8Start, count: chunk))
                count -= chunk
            }
        }

        /// An object or list opened: true until its first member.
        mutating func open() -> Bool { bytes.append(UInt8(ascii: "{")); return true }
        mutating func openList() -> Bool { bytes.append(UInt8(ascii: "[")); return true }

        mutating func key(_ name: StaticString, level: Int, _ first: inout Bool) {
            item(level: level, &first)
            bytes.append(UInt8(ascii: "\""))
            append(name)
            append("\" : ")
        }

        mutating func key(_ name: String, level: Int, _ first: inout Bool) {
            item(level: level, &first)
            string(name)
            append(" : ")
        }

        mutating func item(level: Int, _ first: inout Bool) {
            append(first ? "\n" : ",\n")
            first = false
            indent(level)
        }

        /// An empty object or list is written `{` blank line `}`, as JSONEncoder does.
        mutating func close(level: Int, _ first: Bool, _ bracket: Unicode.Scalar) {
            append(first ? "\n\n" : "\n")
            indent(level)
            bytes.append(UInt8(ascii: bracket))
        }

        mutating func string(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                // Most texts need no escape: copied whole.
                if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                    bytes.append(contentsOf: utf8)
                } else {
                    escape(utf8)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case UInt8(ascii: "\n"): append("\\n")
                case UInt8(ascii: "\r"): append("\\r")
                case UInt8(ascii: "\t"): append("\\t")
                case 0..<0x20: failed = true  // other control characters: Foundation's spelling
                default: bytes.append(byte)
                }
            }
        }

        mutating func date(_ date: Date) {
            let seconds = date.timeIntervalSince1970.rounded(.down)
            guard Timestamp.fastRange.contains(seconds) else { return string(Timestamp.string(date)) }
            bytes.append(UInt8(ascii: "\""))
            Timestamp.appendFast(Int64(seconds), to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }

        mutating func account(_ a: Account, level: Int) {
            var first = open()
            if let coveredBy = a.coveredBy { key("coveredBy", level: level + 1, &first); string(coveredBy) }
            key("created", level: level + 1, &first); date(a.created)
            key("id", level: level + 1, &first); string(a.id)
            if let label = a.label { key("label", level: level + 1, &first); string(label) }
            key("notes", level: level + 1, &first)
            var notes = open()
            for (step, note) in a.notes.sorted(by: { $0.key < $1.key }) {
                key(step, level: level + 2, &notes)
                string(note)
            }
            close(level: level + 1, notes, "}")
            key("platform", level: level + 1, &first); string(a.platform)
            if let reviewed = a.reviewed { key("reviewed", level: level + 1, &first); date(reviewed) }
            key("ticks", level: level + 1, &first)
            var ticks = open()
            for (step, tick) in a.ticks.sorted(by: { $0.key < $1.key }) {
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

        mutating func entry(_ e: HistoryEntry, level: Int) {
            var first = open()
            key("account", level: level + 1, &first); string(e.account)
            key("action", level: level + 1, &first); string(e.action.rawValue)
            key("at", level: level + 1, &first); date(e.at)
            if let detail = e.detail { key("detail", level: level + 1, &first); string(detail) }
            if let platform = e.platform { key("platform", level: level + 1, &first); string(platform) }
            if let step = e.step { key("step", level: level + 1, &first); string(step) }
            close(level: level, first, "}")
        }
    }

    // MARK: Reading

    /// The progress, when `data` is exactly the shape written above (any order of keys and any
    /// white space); nil otherwise.
    static func decode(_ data: Data) -> UserProgress? {
        data.withUnsafeBytes { raw -> UserProgress? in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            guard let progress = reader.progress() else { return nil }
            reader.skipSpace()
            return reader.position == reader.bytes.count ? progress : nil
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        mutating func expect(_ byte: UInt8) -> Bool {
            skipSpace()
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// Calls `field` for each key of an object; false when the object is malformed or
        /// `field` refuses a key.
        mutating func object(_ field: (inout Reader, String) -> Bool) -> Bool {
            guard expect(UInt8(ascii: "{")) else { return false }
            if expect(UInt8(ascii: "}")) { return true }
            repeat {
                guard let name = string(), expect(UInt8(ascii: ":")), field(&self, name) else { return false }
            } while expect(UInt8(ascii: ","))
            return expect(UInt8(ascii: "}"))
        }

        mutating func list(_ element: (inout Reader) -> Bool) -> Bool {
            guard expect(UInt8(ascii: "[")) else { return false }
            if expect(UInt8(ascii: "]")) { return true }
            repeat {
                guard element(&self) else { return false }
            } while expect(UInt8(ascii: ","))
            return expect(UInt8(ascii: "]"))
        }

        /// A string with the escapes the writer makes (and `\/`); nil for others.
        mutating func string() -> String? {
            guard expect(UInt8(ascii: "\"")) else { return nil }
            let start = position
            var plain = true
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    let text: String
                    if plain {
                        guard let valid = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self) else { return nil }
                        text = valid
                    } else {
                        guard let unescaped = Self.unescape(UnsafeBufferPointer(rebasing: bytes[start..<position])) else { return nil }
                        text = unescaped
                    }
                    position += 1
                    return text
                }
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "\\") {
                    plain = false
                    position += 1
                }
                position += 1
            }
            return nil
        }

        static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var index = 0
            while index < raw.count {
                let byte = raw[index]
                guard byte == UInt8(ascii: "\\") else {
                    out.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < raw.count else { return nil }
                switch raw[index + 1] {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
                default: return nil  // \u, \b, \f: Foundation's reader handles them
                }
                index += 2
            }
            return String(validating: out, as: UTF8.self)
        }

        mutating func date() -> Date? { string().flatMap(Timestamp.fastDate) }

        mutating func integer() -> Int? {
            skipSpace()
            let start = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            guard position > start, position - start < 10 else { return nil }
            return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
        }

        mutating func progress() -> UserProgress? {
            var version: Int?, accounts: [Account]?, history: [HistoryEntry]?
            let ok = object { reader, name in
                switch name {
                case "schemaVersion": guard version == nil else { return false }; version = reader.integer(); return version != nil
                case "accounts":
                    guard accounts == nil else { return false }
                    var items: [Account] = []
                    guard reader.list({ reader in
                        guard let account = reader.account() else { return false }
                        items.append(account)
                        return true
                    }) else { return false }
                    accounts = items
                    return true
                case "history":
                    guard history == nil else { return false }
                    var items: [HistoryEntry] = []
                    guard reader.list({ reader in
                        guard let entry = reader.entry() else { return false }
                        items.append(entry)
                        return true
                    }) else { return false }
                    history = items
                    return true
                default: return false
                }
            }
            guard ok, let version, let accounts, let history else { return nil }
            var progress = UserProgress(accounts: accounts, history: history)
            progress.schemaVersion = version
            return progress
        }

        mutating func account() -> Account? {
            var id: String?, platform: String?, label: String?, created: Date?, coveredBy: String?, reviewed: Date?
            var ticks: [String: Tick]?, notes: [String: String]?
            let ok = object { reader, name in
                switch name {
                case "id": guard id == nil else { return false }; id = reader.string(); return id != nil
                case "platform": guard platform == nil else { return false }; platform = reader.string(); return platform != nil
                case "label": guard label == nil else { return false }; label = reader.string(); return label != nil
                case "coveredBy": guard coveredBy == nil else { return false }; coveredBy = reader.string(); return coveredBy != nil
                case "created": guard created == nil else { return false }; created = reader.date(); return created != nil
                case "reviewed": guard reviewed == nil else { return false }; reviewed = reader.date(); return reviewed != nil
                case "notes":
                    guard notes == nil else { return false }
                    var values: [String: String] = [:]
                    guard reader.object({ reader, step in
                        guard let note = reader.string(), values[step] == nil else { return false }
                        values[step] = note
                        return true
                    }) else { return false }
                    notes = values
                    return true
                case "ticks":
                    guard ticks == nil else { return false }
                    var values: [String: Tick] = [:]
                    guard reader.object({ reader, step in
                        guard let tick = reader.tick(), values[step] == nil else { return false }
                        values[step] = tick
                        return true
                    }) else { return false }
                    ticks = values
                    return true
                default: return false
                }
            }
            guard ok, let id, let platform, let created, let ticks, let notes else { return nil }
            return Account(id: id, platform: platform, label: label, created: created, coveredBy: coveredBy,
                           ticks: ticks, notes: notes, reviewed: reviewed)
        }

        mutating func tick() -> Tick? {
            var at: Date?, catalogRevision: String?, stepRevision: String?
            let ok = object { reader, name in
                switch name {
                case "at": guard at == nil else { return false }; at = reader.date(); return at != nil
                case "catalogRevision": guard catalogRevision == nil else { return false }; catalogRevision = reader.string(); return catalogRevision != nil
                case "stepRevision": guard stepRevision == nil else { return false }; stepRevision = reader.string(); return stepRevision != nil
                default: return false
                }
            }
            guard ok, let at, let catalogRevision, let stepRevision else { return nil }
            return Tick(at: at, catalogRevision: catalogRevision, stepRevision: stepRevision)
        }

        mutating func entry() -> HistoryEntry? {
            var at: Date?, action: HistoryEntry.Action?, account: String?, platform: String?, step: String?, detail: String?
            let ok = object { reader, name in
                switch name {
                case "at": guard at == nil else { return false }; at = reader.date(); return at != nil
                case "action": guard action == nil else { return false }; action = reader.string().flatMap(HistoryEntry.Action.init(rawValue:)); return action != nil
                case "account": guard account == nil else { return false }; account = reader.string(); return account != nil
                case "platform": guard platform == nil else { return false }; platform = reader.string(); return platform != nil
                case "step": guard step == nil else { return false }; step = reader.string(); return step != nil
                case "detail": guard detail == nil else { return false }; detail = reader.string(); return detail != nil
                default: return false
                }
            }
            guard ok, let at, let action, let account else { return nil }
            return HistoryEntry(at: at, action: action, account: account, platform: platform, step: step, detail: detail)
        }
    }
}
