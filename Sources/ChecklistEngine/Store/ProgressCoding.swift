import Foundation

/// The JSON shape of the progress file: ISO 8601 UTC times, sorted keys, readable layout.
public enum ProgressCoding {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.string(date))
        }
        return encoder
    }

    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.date(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO 8601 time")
            }
            return date
        }
        return decoder
    }

    /// The progress as JSON: `encoder`'s bytes, written by hand (`ProgressJSONWriter`:
    /// Foundation's coders took about 30 ms each way for a file of 1,000 accounts, and a tick
    /// does both).
    public static func encode(_ progress: UserProgress) throws -> Data {
        ProgressJSONWriter.encode(progress, newline: false)
    }

    /// The progress file's bytes: `encode`'s JSON and a final line break, in one buffer.
    public static func encodeFile(_ progress: UserProgress) -> Data {
        ProgressJSONWriter.encode(progress, newline: true)
    }

    /// A short, safe description of a decoding error: what is wrong and where.
    public static func describe(_ error: Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return parts.isEmpty ? "the top level" : String(parts.drop { $0 == "." })
        }
        switch error {
        case DecodingError.dataCorrupted(let context):
            if context.codingPath.isEmpty { return "it is not valid JSON (truncated or damaged)" }
            return "bad value at \(path(context))"
        case DecodingError.keyNotFound(let key, let context):
            return "'\(key.stringValue)' is missing at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "unexpected kind of value at \(path(context))"
        default:
            return SafeText.line(String(describing: error).prefix(200).description)
        }
    }
}
