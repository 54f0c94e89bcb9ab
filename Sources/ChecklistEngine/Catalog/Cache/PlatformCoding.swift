/// A platform in the catalog snapshot's binary form, and back. Every field of `Platform` and
/// `Step` but `origin`, which is the path the file is found at now, not where it was.
/// Enumerations are stored as their position in `allCases`: a snapshot is only read by the
/// very build that wrote it (`CatalogCache.build`), so positions cannot shift under it.
enum PlatformCoding {
    typealias Malformed = BinaryReader.Malformed

    static func encode(_ platform: Platform) -> [UInt8] {
        var writer = BinaryWriter(capacity: 256)
        writer.string(platform.id)
        encode(platform.name, &writer)
        writer.string(platform.vendor)
        optional(platform.group, &writer) { $1.string($0) }
        writer.byte(position(platform.kind))
        writer.count(platform.jurisdictions.count)
        for jurisdiction in platform.jurisdictions { writer.string(jurisdiction) }
        optional(platform.legalBasis, &writer, encode)
        optional(platform.deadline, &writer, encode)
        writer.byte(position(platform.effect))
        writer.byte(position(platform.confidence))
        encode(platform.lastVerified, &writer)
        optional(platform.recheckDays, &writer) { $1.count($0) }
        encode(platform.sources, &writer)
        encode(platform.summary, &writer)
        writer.count(platform.steps.count)
        for step in platform.steps { encode(step, &writer) }
        optional(platform.statement, &writer, encode)
        optional(platform.contact, &writer, encode)
        return writer.bytes
    }

    /// The platform, or `Malformed` when the bytes are not exactly one encoded platform.
    static func decode(_ bytes: ArraySlice<UInt8>) throws(Malformed) -> Platform {
        var reader = BinaryReader(bytes)
        let id = try reader.string()
        let name = try Self.name(&reader)
        let vendor = try reader.string()
        let group = try reader.flag() ? try reader.string() : nil
        let kind: PlatformKind = try value(&reader)
        let jurisdictions = try strings(&reader)
        let legalBasis = try reader.flag() ? try text(&reader) : nil
        let deadline = try reader.flag() ? try day(&reader) : nil
        let effect: Effect = try value(&reader)
        let confidence: Confidence = try value(&reader)
        let lastVerified = try day(&reader)
        var recheckDays: Int?
        if try reader.flag() {
            // The loader takes 1 to 100,000 days.
            let days = try reader.varint()
            guard (1...100_000).contains(days) else { throw Malformed() }
            recheckDays = Int(days)
        }
        let sources = try Self.sources(&reader)
        let summary = try text(&reader)
        let steps = try decodeSteps(&reader, depth: 1)
        let statement = try reader.flag() ? try Self.statement(&reader) : nil
        let contact = try reader.flag() ? try Self.contact(&reader) : nil
        guard reader.isAtEnd else { throw Malformed() }
        return Platform(
            id: id, name: name, vendor: vendor, group: group, kind: kind, jurisdictions: jurisdictions,
            legalBasis: legalBasis, deadline: deadline, effect: effect, confidence: confidence,
            lastVerified: lastVerified, recheckDays: recheckDays, sources: sources, summary: summary, steps: steps,
            statement: statement, contact: contact)
    }

    // MARK: Steps

    private struct StepFlags: OptionSet {
        let rawValue: UInt8
        static let anyOf = StepFlags(rawValue: 1)
        static let optional = StepFlags(rawValue: 2)
        static let detail = StepFlags(rawValue: 4)
        static let url = StepFlags(rawValue: 8)
        static let milestone = StepFlags(rawValue: 16)
        static let confidence = StepFlags(rawValue: 32)
        static let lastVerified = StepFlags(rawValue: 64)
    }

    private static func encode(_ step: Step, _ writer: inout BinaryWriter) {
        var flags: StepFlags = []
        if step.anyOf { flags.insert(.anyOf) }
        if step.optional { flags.insert(.optional) }
        if step.detail != nil { flags.insert(.detail) }
        if step.url != nil { flags.insert(.url) }
        if step.milestone != nil { flags.insert(.milestone) }
        if step.confidence != nil { flags.insert(.confidence) }
        if step.lastVerified != nil { flags.insert(.lastVerified) }
        writer.byte(flags.rawValue)
        writer.string(step.id)
        encode(step.title, &writer)
        if let detail = step.detail { encode(detail, &writer) }
        if let url = step.url { writer.string(url) }
        if let milestone = step.milestone { writer.byte(position(milestone)) }
        if let confidence = step.confidence { writer.byte(position(confidence)) }
        if let day = step.lastVerified { encode(day, &writer) }
        writer.count(step.fields.count)
        for field in step.fields { encode(field, &writer) }
        writer.count(step.steps.count)
        for child in step.steps { encode(child, &writer) }
    }

    /// The loader refuses trees deeper than `CatalogLoader.maximumStepDepth`; so does this, so a
    /// hostile snapshot cannot recurse deep enough to exhaust the stack.
    private static func decodeSteps(_ reader: inout BinaryReader, depth: Int) throws(Malformed) -> [Step] {
        let count = try reader.count(limit: Int.max)
        guard count > 0 else { return [] }
        guard depth <= CatalogLoader.maximumStepDepth else { throw Malformed() }
        var steps: [Step] = []
        steps.reserveCapacity(BinaryReader.reservation(for: count))
        for _ in 0..<count {
            let flags = StepFlags(rawValue: try reader.byte())
            guard flags.rawValue < 128 else { throw Malformed() }
            let id = try reader.string()
            let title = try text(&reader)
            let detail = flags.contains(.detail) ? try text(&reader) : nil
            let url = flags.contains(.url) ? try reader.string() : nil
            let milestone: Milestone? = flags.contains(.milestone) ? try value(&reader) : nil
            let confidence: Confidence? = flags.contains(.confidence) ? try value(&reader) : nil
            let lastVerified = flags.contains(.lastVerified) ? try day(&reader) : nil
            var fields: [LocalizedText] = []
            let fieldCount = try reader.count(limit: Int.max)
            if fieldCount > 0 {
                fields.reserveCapacity(BinaryReader.reservation(for: fieldCount))
                for _ in 0..<fieldCount { fields.append(try text(&reader)) }
            }
            let children = try decodeSteps(&reader, depth: depth + 1)
            steps.append(Step(id: id, title: title, detail: detail, url: url, steps: children,
                              anyOf: flags.contains(.anyOf), optional: flags.contains(.optional),
                              milestone: milestone, fields: fields, confidence: confidence, lastVerified: lastVerified))
        }
        return steps
    }

    // MARK: Name, statement, contact

    private static func encode(_ name: PlatformName, _ writer: inout BinaryWriter) {
        switch name {
        case .brand(let text):
            writer.byte(0)
            writer.string(text)
        case .phrase(let text):
            writer.byte(1)
            encode(text, &writer)
        }
    }

    private static func name(_ reader: inout BinaryReader) throws(Malformed) -> PlatformName {
        try reader.flag() ? .phrase(try text(&reader)) : .brand(try reader.string())
    }

    private static func encode(_ statement: Statement, _ writer: inout BinaryWriter) {
        writer.string(statement.quote)
        encode(statement.source, &writer)
        optional(statement.said, &writer, encode)
        writer.byte(position(statement.confidence))
    }

    private static func statement(_ reader: inout BinaryReader) throws(Malformed) -> Statement {
        let quote = try reader.string()
        let source = try Self.source(&reader)
        let said = try reader.flag() ? try day(&reader) : nil
        return Statement(quote: quote, source: source, said: said, confidence: try value(&reader))
    }

    private static func encode(_ contact: Contact, _ writer: inout BinaryWriter) {
        writer.string(contact.controller)
        optional(contact.email, &writer) { $1.string($0) }
        optional(contact.form, &writer) { $1.string($0) }
        writer.count(contact.postal.count)
        for line in contact.postal { writer.string(line) }
        writer.string(contact.country)
        optional(contact.authority, &writer) { $1.string($0) }
        writer.byte(contact.published ? 1 : 0)
        optional(contact.note, &writer, encode)
        encode(contact.lastVerified, &writer)
        writer.byte(position(contact.confidence))
        encode(contact.sources, &writer)
    }

    private static func contact(_ reader: inout BinaryReader) throws(Malformed) -> Contact {
        let controller = try reader.string()
        let email = try reader.flag() ? try reader.string() : nil
        let form = try reader.flag() ? try reader.string() : nil
        let postal = try strings(&reader)
        let country = try reader.string()
        let authority = try reader.flag() ? try reader.string() : nil
        let published = try reader.flag()
        let note = try reader.flag() ? try text(&reader) : nil
        let lastVerified = try day(&reader)
        let confidence: Confidence = try value(&reader)
        let sources = try Self.sources(&reader)
        return Contact(
            controller: controller, email: email, form: form, postal: postal, country: country, authority: authority,
            published: published, note: note, lastVerified: lastVerified, confidence: confidence, sources: sources)
    }

    // MARK: Small values

    private static func encode(_ source: Source, _ writer: inout BinaryWriter) {
        writer.string(source.label)
        writer.string(source.url)
    }

    private static func encode(_ sources: [Source], _ writer: inout BinaryWriter) {
        writer.count(sources.count)
        for source in sources { encode(source, &writer) }
    }

    private static func source(_ reader: inout BinaryReader) throws(Malformed) -> Source {
        Source(label: try reader.string(), url: try reader.string())
    }

    private static func sources(_ reader: inout BinaryReader) throws(Malformed) -> [Source] {
        let count = try reader.count(limit: 10_000)
        var sources: [Source] = []
        sources.reserveCapacity(BinaryReader.reservation(for: count))
        for _ in 0..<count { sources.append(try source(&reader)) }
        return sources
    }

    private static func strings(_ reader: inout BinaryReader) throws(Malformed) -> [String] {
        let count = try reader.count(limit: 10_000)
        var values: [String] = []
        values.reserveCapacity(BinaryReader.reservation(for: count))
        for _ in 0..<count { values.append(try reader.string()) }
        return values
    }

    private static func encode(_ text: LocalizedText, _ writer: inout BinaryWriter) {
        writer.count(text.values.count)
        // In language order, so the same platform always gives the same bytes.
        for language in Language.allCases {
            guard let value = text.values[language] else { continue }
            writer.byte(position(language))
            writer.string(value)
        }
    }

    private static func text(_ reader: inout BinaryReader) throws(Malformed) -> LocalizedText {
        let count = try reader.count(limit: Language.allCases.count)
        // Catalog texts have one or two languages: a dictionary literal of that size is built at
        // once, where `reserveCapacity` and inserts cost a fifth of the whole decoding.
        switch count {
        case 0:
            return LocalizedText([:])
        case 1:
            let language: Language = try value(&reader)
            return LocalizedText([language: try reader.string()])
        case 2:
            let first: Language = try value(&reader)
            let firstText = try reader.string()
            let second: Language = try value(&reader)
            let secondText = try reader.string()
            guard first != second else { throw Malformed() }
            return LocalizedText([first: firstText, second: secondText])
        default:
            var values: [Language: String] = [:]
            for _ in 0..<count {
                let language: Language = try value(&reader)
                guard values.updateValue(try reader.string(), forKey: language) == nil else { throw Malformed() }
            }
            return LocalizedText(values)
        }
    }

    private static func encode(_ day: CalendarDay, _ writer: inout BinaryWriter) {
        writer.count(day.year)
        writer.byte(UInt8(truncatingIfNeeded: day.month))
        writer.byte(UInt8(truncatingIfNeeded: day.day))
    }

    private static func day(_ reader: inout BinaryReader) throws(Malformed) -> CalendarDay {
        let year = try reader.varint()
        let month = try reader.byte()
        let dayOfMonth = try reader.byte()
        // `CalendarDay` checks the year's range and the month's length.
        guard year <= 9999, let day = CalendarDay(year: Int(year), month: Int(month), day: Int(dayOfMonth)) else {
            throw Malformed()
        }
        return day
    }

    private static func position<Value: CaseIterable & Equatable>(_ value: Value) -> UInt8 {
        UInt8(truncatingIfNeeded: Value.allCases.firstIndex(of: value).map { Value.allCases.distance(from: Value.allCases.startIndex, to: $0) } ?? 0)
    }

    private static func value<Value: CaseIterable>(_ reader: inout BinaryReader) throws(Malformed) -> Value {
        let cases = Value.allCases
        let index = Int(try reader.byte())
        guard index < cases.count else { throw Malformed() }
        return cases[cases.index(cases.startIndex, offsetBy: index)]
    }

    private static func optional<Value>(_ value: Value?, _ writer: inout BinaryWriter,
                                        _ body: (Value, inout BinaryWriter) -> Void) {
        guard let value else {
            writer.byte(0)
            return
        }
        writer.byte(1)
        body(value, &writer)
    }
}

extension BinaryReader {
    /// A byte that must be 0 or 1: whether an optional value follows.
    mutating func flag() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }
}
