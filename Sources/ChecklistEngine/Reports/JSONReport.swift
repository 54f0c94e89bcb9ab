import Foundation

/// The report as JSON: the `status --json` document (see `StatusDocument`), so one schema
/// serves scripts whichever command made the file.
public struct JSONReport: Sendable {
    public init() {}

    public func render(_ report: Report) throws -> Data {
        try StatusDocument(report: report).json() + Data("\n".utf8)
    }
}
