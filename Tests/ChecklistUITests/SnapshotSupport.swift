import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// Screen snapshots as text files, compared exactly. `OPTOUT_UPDATE_SNAPSHOTS=1` rewrites
/// them instead (then review the diff by eye before committing).
///
/// The files live in `Tests/Snapshots/ChecklistUITests/`, outside the test target's folder:
/// inside it SwiftPM warns about files that are neither sources nor declared resources, and
/// the package builds with zero warnings and without touching Package.swift.
enum Snapshots {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ChecklistUITests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Snapshots")
        .appendingPathComponent("ChecklistUITests")

    static var updating: Bool { ProcessInfo.processInfo.environment["OPTOUT_UPDATE_SNAPSHOTS"] == "1" }

    static func file(_ name: String) -> URL { folder.appendingPathComponent(name + ".txt") }

    /// Compares `screen` with the stored snapshot `name`, after checking the invariants every
    /// screen must hold.
    static func check(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        ScreenInvariants.check(screen, context: name, sourceLocation: sourceLocation)
        let actual = screen.text + "\n"
        let url = file(name)
        if updating {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let old = try? String(contentsOf: url, encoding: .utf8)
                if old != actual { try actual.write(to: url, atomically: true, encoding: .utf8) }
            } catch {
                Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(url.path): run the tests once with OPTOUT_UPDATE_SNAPSHOTS=1, then review it",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(Comment(rawValue: diff(expected: expected, actual: actual, name: name, path: url.path)),
                         sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, with a caret under the first differing column and the
    /// screen framed so trailing spaces and the right edge show.
    static func diff(expected: String, actual: String, name: String, path: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = "snapshot '\(name)' differs from \(path)\n(OPTOUT_UPDATE_SNAPSHOTS=1 rewrites it)\n"
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : "<none>"
            let b = index < new.count ? new[index] : "<none>"
            guard a != b else { continue }
            let common = zip(a, b).prefix { $0 == $1 }.map { String($0.0) }.joined()
            out += String(format: "line %2d\n", index + 1)
            out += "  - |" + a + "|\n"
            out += "  + |" + b + "|\n"
            out += "     " + String(repeating: " ", count: TextWidth.of(common)) + "^\n"
        }
        out += "actual screen:\n" + new.map { "  |" + $0 }.joined(separator: "\n")
        return out
    }
}

/// What every rendered screen must hold, whatever its size or language.
enum ScreenInvariants {
    static func check(_ screen: Screen, context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in problems(in: screen) {
            Issue.record("\(context): \(problem)", sourceLocation: sourceLocation)
        }
    }

    static func problems(in screen: Screen) -> [String] {
        var problems: [String] = []
        for (row, line) in screen.lines.enumerated() {
            let width = TextWidth.of(line)
            if width > screen.width { problems.append("row \(row) is \(width) columns wide on a \(screen.width)-column screen: \(line)") }
            if width < screen.width {
                // A continuation cell without its wide character, or a zero-width cell.
                problems.append("row \(row) is only \(width) columns wide (a cell lost its character): \(line)")
            }
        }
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if let bad = cell.text.unicodeScalars.first(where: SafeText.isUnsafe) {
                    problems.append("cell \(x),\(y) holds control character U+\(String(bad.value, radix: 16, uppercase: true))")
                }
                if cell.isContinuation {
                    if x == 0 || TextWidth.of(screen[x - 1, y].text) != 2 || screen[x - 1, y].isContinuation {
                        problems.append("cell \(x),\(y) is a continuation without a wide character before it")
                    }
                    continue
                }
                let width = TextWidth.of(cell.text)
                if cell.text.count != 1 { problems.append("cell \(x),\(y) holds \(cell.text.count) characters: \(cell.text.debugDescription)") }
                if width == 2 {
                    if x + 1 >= screen.width || !screen[x + 1, y].isContinuation {
                        problems.append("wide character \(cell.text) at \(x),\(y) is not followed by its continuation cell")
                    }
                } else if width != 1 {
                    problems.append("cell \(x),\(y) is \(width) columns wide: \(cell.text.debugDescription)")
                }
            }
        }
        return problems
    }
}
