/// How each role looks: colours and attributes per `Role`, never per widget (as htop's schemes).
/// Loaded from YAML by `ThemeLoader`; `Theme.default` is built in so the app always has one.
public struct Theme: Sendable, Hashable {
    /// The look of one role.
    public struct Style: Sendable, Hashable {
        public var foreground: ThemeColor
        public var background: ThemeColor
        public var attributes: Attributes

        public init(foreground: ThemeColor = .default, background: ThemeColor = .default, attributes: Attributes = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }

        public static let plain = Style()
    }

    /// A role as the terminal draws it in one colour mode: nil colours mean "no colour".
    public struct Appearance: Sendable, Hashable {
        public var foreground: ThemeColor?
        public var background: ThemeColor?
        public var attributes: Attributes

        public init(foreground: ThemeColor?, background: ThemeColor?, attributes: Attributes) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    public var name: String
    /// Roles without an entry are drawn plain.
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style] = [:]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> Style {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// The role in `mode`. Without colour the role keeps its meaning through attributes
    /// (selection reversed, done bold...). With 8 colours, 256-colour values step down; should
    /// foreground and background land on the same colour, the text is made black or white
    /// so it stays readable.
    public func appearance(of role: Role, in mode: ColorMode) -> Appearance {
        let style = self[role]
        guard mode != .none else {
            return Appearance(foreground: nil, background: nil,
                              attributes: style.attributes.union(Self.monochromeAttributes(for: role)))
        }
        var foreground = style.foreground.steppedDown(to: mode)
        let background = style.background.steppedDown(to: mode)
        if let fg = foreground, fg == background, case .index(let value) = fg {
            let dark: Set<UInt8> = [0, 1, 4, 5, 8]
            foreground = dark.contains(value) ? .white : .black
        }
        return Appearance(foreground: foreground, background: background, attributes: style.attributes)
    }

    /// What carries each role's meaning when there is no colour (the `monochrome` theme too).
    public static func monochromeAttributes(for role: Role) -> Attributes {
        switch role {
        case .text, .border, .todo: return []
        case .dim, .progressTodo: return .dim
        case .title: return [.bold, .underline]
        case .heading, .done, .warning, .accent: return .bold
        case .selection, .statusBar, .progressDone: return .reverse
        case .error, .statusKey: return [.bold, .reverse]
        case .link: return .underline
        }
    }

    /// The built-in theme, the same as the shipped `default.yaml`: the terminal's own colours
    /// for text, basic colours for meaning, so it reads on dark and light backgrounds.
    public static let `default` = Theme(name: "default", styles: [
        .text: Style(),
        .dim: Style(foreground: .index(8)),
        .title: Style(attributes: .bold),
        .heading: Style(foreground: .cyan, attributes: .bold),
        .border: Style(foreground: .index(8)),
        .selection: Style(foreground: .black, background: .cyan),
        .done: Style(foreground: .green),
        .todo: Style(),
        .warning: Style(foreground: .yellow, attributes: .bold),
        .error: Style(foreground: .red, attributes: .bold),
        .link: Style(foreground: .cyan, attributes: .underline),
        .accent: Style(foreground: .magenta, attributes: .bold),
        .statusBar: Style(foreground: .black, background: .white),
        .statusKey: Style(foreground: .black, background: .cyan, attributes: .bold),
        .progressDone: Style(foreground: .green),
        .progressTodo: Style(foreground: .index(8)),
    ])
}
