/// A strict RFC 4180 reader for the tests: records end with CRLF, a field is either plain
/// (no quote, comma, CR or LF) or quoted with doubled inner quotes; anything else is an error.
enum CSVParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var index = 0
        var fieldStarted = false

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }

        while index < scalars.count {
            let scalar = scalars[index]
            if !fieldStarted && scalar == "\"" {
                // A quoted field runs to the closing quote; "" is one quote.
                index += 1
                while true {
                    guard let next = peek() else { throw Failure(description: "unterminated quoted field in record \(records.count + 1)") }
                    if next == "\"" {
                        if peek(1) == "\"" {
                            field.unicodeScalars.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.unicodeScalars.append(next)
                    index += 1
                }
                fieldStarted = true
                guard let after = peek(), after == "," || after == "\r" else {
                    throw Failure(description: "text after a closing quote in record \(records.count + 1)")
                }
                continue
            }
            switch scalar {
            case ",":
                record.append(field)
                field = ""
                fieldStarted = false
                index += 1
            case "\r":
                guard peek(1) == "\n" else { throw Failure(description: "a CR without LF in record \(records.count + 1)") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldStarted = false
                index += 2
            case "\n":
                throw Failure(description: "a bare LF ends record \(records.count + 1): records must end with CRLF")
            case "\"":
                throw Failure(description: "a quote inside an unquoted field in record \(records.count + 1)")
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
                index += 1
            }
        }
        guard record.isEmpty, field.isEmpty, !fieldStarted else {
            throw Failure(description: "the last record does not end with CRLF")
        }
        return records
    }
}
