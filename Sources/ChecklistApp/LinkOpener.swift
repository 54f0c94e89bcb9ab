import Foundation

/// Opens an `https://` link (in the browser) or a `mailto:` link (in the mail program) with
/// `xdg-open`, the URL passed as one argument (never through a shell) and its output kept off
/// the screen. Anything else is refused, and so is any space or control character.
public enum LinkOpener {
    public static func open(_ url: String) -> Bool {
        guard url.hasPrefix("https://") || url.hasPrefix("mailto:"), !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }),
              let opener = which("xdg-open")
        else { return false }
        let process = Process()
        process.executableURL = opener
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        return true
    }

    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
