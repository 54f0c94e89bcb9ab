import ChecklistEngine
import ChecklistUI
import Foundation

/// The three loaders that read files a user (or an attacker) controls: catalog files, theme
/// files and the progress file. Each is fed raw bytes and must return a platform, a theme or
/// progress, or a clean error: never crash, never hang.
enum FuzzTarget: String, CaseIterable {
    case catalog, theme, progress

    /// `OPTOUT_FUZZ_TARGET` names the loader; every loader in turn when it is unset.
    static var chosen: [FuzzTarget] {
        guard let name = ProcessInfo.processInfo.environment["OPTOUT_FUZZ_TARGET"], !name.isEmpty else { return allCases }
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("OPTOUT_FUZZ_TARGET is catalog, theme or progress, not '\(SafeText.line(name))'.\n".utf8))
            exit(2)
        }
        return [target]
    }

    /// A path no file is at, so the progress loader looks for no real backup.
    static let progressStore = ProgressStore(url: URL(fileURLWithPath: "/nonexistent/optout-fuzz/progress.json"))

    /// Runs the loader on `data`; true when it loaded something.
    @discardableResult
    func run(_ data: Data) -> Bool {
        switch self {
        case .catalog:
            // As the loader reads a file: UTF-8 text only.
            guard let text = String(data: data, encoding: .utf8) else { return false }
            let result = CatalogLoader.load(text: text, file: "fuzz.yaml")
            if let platform = result.platform {
                // Use what was loaded as the program would: revisions, steps, text for the screen.
                _ = platform.revision
                _ = platform.allSteps.map { SafeText.line($0.title.text(in: .fr)) }
                return true
            }
            _ = result.issues.map { $0.formatted(in: .fr) }
            return false
        case .theme:
            guard let text = String(data: data, encoding: .utf8) else { return false }
            let (patch, issues) = ThemePatch.parse(text, file: "fuzz.yaml")
            _ = issues.map { $0.formatted(in: .en) }
            guard let patch else { return false }
            var theme = Theme.default
            patch.apply(to: &theme)
            return true
        case .progress:
            let progress: UserProgress
            do {
                progress = try Self.progressStore.decode(data)
            } catch {
                _ = error.message(in: .fr)
                return false
            }
            // What a save would write must encode too.
            _ = try? ProgressCoding.encoder.encode(progress)
            return true
        }
    }
}
