import Foundation
import Testing

/// Golden files: compared byte for byte; rewritten instead when `OPTOUT_UPDATE_GOLDEN=1`.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["OPTOUT_UPDATE_GOLDEN"] == "1" }

    /// Where updates go: the source folder, not the copy in the test bundle.
    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// The copies SwiftPM put in the test bundle (`.copy("Golden")`).
    static var bundledFolder: URL? {
        Bundle.module.url(forResource: "Golden", withExtension: nil)
    }

    static func check(_ data: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            try data.write(to: sourceFolder.appendingPathComponent(name))
            return
        }
        guard let folder = bundledFolder,
              let expected = try? Data(contentsOf: folder.appendingPathComponent(name))
        else {
            Issue.record("Golden file \(name) is missing: run the tests with OPTOUT_UPDATE_GOLDEN=1 and review it.",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != data else { return }
        Issue.record(Comment(rawValue: "\(name) differs from its golden file: \(firstDifference(expected, data)). "
                + "If the change is intended, run with OPTOUT_UPDATE_GOLDEN=1 and review the diff."),
                     sourceLocation: sourceLocation)
    }

    /// The first line that differs, shown both ways.
    static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<end of file>"
            let b = index < new.count ? String(new[index]) : "<end of file>"
            if a != b { return "line \(index + 1): expected \(a.debugDescription), got \(b.debugDescription)" }
        }
        return "same lines, different bytes (\(expected.count) expected, \(actual.count) written)"
    }
}
