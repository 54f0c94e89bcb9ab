import ChecklistEngine
import Foundation

/// What one theme file says: only the fields it sets, applied over the theme it extends.
public struct ThemePatch: Sendable, Hashable {
    /// Only the fields given; nil keeps what the base theme has.
    public struct StylePatch: Sendable, Hashable {
        public var foreground: ThemeColor?
        public var background: ThemeColor?
        public var bold: Bool?
        public var underline: Bool?
        public var reverse: Bool?
        public var dim: Bool?

        public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil,
                    bold: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil, dim: Bool? = nil) {
            self.foreground = foreground
            self.background = background
            self.bold = bold
            self.underline = underline
            self.reverse = reverse
            self.dim = dim
        }

        public func apply(to style: inout Theme.Style) {
            if let foreground { style.foreground = foreground }
            if let background { style.background = background }
            for (flag, attribute) in [(bold, Attributes.bold), (underline, .underline), (reverse, .reverse), (dim, .dim)] {
                guard let flag else { continue }
                if flag { style.attributes.insert(attribute) } else { style.attributes.remove(attribute) }
            }
        }
    }

    /// The theme this one patches, with where the file names it.
    public struct Parent: Sendable, Hashable {
        public var name: String
        public var line: Int
        public var column: Int
    }

    public var name: String?
    public var extends: Parent?
    public var roles: [Role: StylePatch]

    public init(name: String? = nil, extends: Parent? = nil, roles: [Role: StylePatch] = [:]) {
        self.name = name
        self.extends = extends
        self.roles = roles
    }

    public func apply(to theme: inout Theme) {
        for (role, patch) in roles { patch.apply(to: &theme[role]) }
    }

    static let fields = ["name", "extends", "roles"]
    static let styleFields = ["fg", "bg", "bold", "underline", "reverse", "dim"]

    /// Reads a theme file; the patch is nil only when nothing of it can be used.
    public static func parse(fileAt url: URL) -> (patch: ThemePatch?, issues: [CatalogIssue]) {
        parse(.file(url), name: url.path)
    }

    /// Reads theme text; `file` names it in issues.
    public static func parse(_ text: String, file: String) -> (patch: ThemePatch?, issues: [CatalogIssue]) {
        parse(.text(text), name: file)
    }

    private enum Source {
        case file(URL)
        case text(String)
    }

    // YAML nodes are only ever inferred here, never named: ChecklistUI reads YAML through
    // ChecklistEngine's YAMLReader and does not import the YAML library itself.
    private static func parse(_ source: Source, name: String) -> (patch: ThemePatch?, issues: [CatalogIssue]) {
        var reader = YAMLReader(file: name)
        let parsed = switch source {
        case .file(let url): reader.parseFile(at: url)
        case .text(let text): reader.parse(text)
        }
        guard let root = parsed, let fields = reader.mapping(root, field: "theme", known: Self.fields) else {
            return (nil, reader.issues)
        }
        var patch = ThemePatch()
        if let node = fields["name"] { patch.name = reader.string(node, field: "name").map { SafeText.line(String($0.prefix(64))) } }
        if let node = fields["extends"], let parent = reader.identifier(node, field: "extends") {
            patch.extends = Parent(name: parent, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        if let node = fields["roles"],
           let roles = reader.mapping(node, field: "roles", known: Role.allCases.map(\.rawValue)) {
            for role in Role.allCases {
                guard let roleNode = roles[role.rawValue] else { continue }
                let field = "roles.\(role.rawValue)"
                guard let style = reader.mapping(roleNode, field: field, known: Self.styleFields) else { continue }
                var stylePatch = StylePatch()
                for (key, keyPath) in [("fg", \StylePatch.foreground), ("bg", \StylePatch.background)] {
                    guard let node = style[key] else { continue }
                    stylePatch[keyPath: keyPath] = color(
                        reader.string(node, field: field + "." + key), field: field + "." + key,
                        line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reader: &reader)
                }
                let flags = [("bold", \StylePatch.bold), ("underline", \StylePatch.underline),
                             ("reverse", \StylePatch.reverse), ("dim", \StylePatch.dim)]
                for (key, keyPath) in flags {
                    guard let node = style[key] else { continue }
                    stylePatch[keyPath: keyPath] = reader.bool(node, field: field + "." + key)
                }
                patch.roles[role] = stylePatch
            }
        }
        let issues = reader.issues.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return (patch, issues)
    }

    private static func color(_ text: String?, field: String, line: Int, column: Int, reader: inout YAMLReader) -> ThemeColor? {
        guard let text else { return nil }
        guard let color = ThemeColor(name: text) else {
            reader.report(line: line, column: column, .badValue(field: field, value: SafeText.line(String(text.prefix(40))),
                                                                allowed: ThemeColor.names + ["0-255"]))
            return nil
        }
        return color
    }
}
