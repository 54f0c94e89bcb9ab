import Foundation
import OptOutThemes

/// The shipped themes as this test process finds them: `ThemeFiles` takes the environment
/// as a parameter, and the tests give it their own.
extension ThemeFiles {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }
    static var folder: URL? { folder(environment: environment) }
    static var names: [String] { names(environment: environment) }
    static var urls: [String: URL] { urls(environment: environment) }
    static func url(named name: String) -> URL? { url(named: name, environment: environment) }
    static func contents(named name: String) -> String? { contents(named: name, environment: environment) }
}
