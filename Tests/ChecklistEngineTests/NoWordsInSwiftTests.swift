import Foundation
import Testing

/// Words live in Languages/*.yaml: a Swift file that picks a text by language again
/// (`fr ? "…" : "…"`, `case (.x, .fr): "…"`) would have to be edited for every new language.
@Suite struct NoWordsInSwiftTests {
    /// The one place left on purpose: `--lang`'s refusal names the languages, which the
    /// "locale" work changes (it joins the language files then).
    private static let allowed: Set<String> = ["optout/GlobalOptions.swift"]

    @Test func noSwiftFileChoosesTextByLanguage() throws {
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let pattern = try Regex(#"(\bfr|== \.fr)\s*\?\s*"|, \.fr\)\s*:\s*"|\bsay\("|\bpick\(""#)
        var offenders: [String] = []
        let paths = try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        #expect(paths.count > 100, "the sources were not found at \(sources.path)")
        for path in paths where !Self.allowed.contains(path) {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(pattern) {
                offenders.append("\(path):\(number + 1)")
            }
        }
        #expect(offenders.isEmpty, "words chosen in Swift (move them to Languages/*.yaml): \(offenders.joined(separator: ", "))")
    }
}
