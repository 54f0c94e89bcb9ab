import ChecklistEngine

/// One row of the binding table: which keys, in which views, do what. The same table
/// drives dispatch, the footer and the help screen (lazygit's shape).
public struct Binding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var views: Set<ViewKind>
    /// Shown in the footer of these views (the rest only in help).
    public var inFooter: Bool

    public init(_ keys: [Key], _ command: Command, in views: Set<ViewKind>, footer: Bool = false) {
        self.keys = keys
        self.command = command
        self.views = views
        self.inFooter = footer
    }
}

public enum Bindings {
    static let lists: Set<ViewKind> = [.dashboard, .checklist, .help, .chooseExport, .chooseCover]
    static let pickers: Set<ViewKind> = [.choosePlatform, .search, .chooseExport, .chooseCover]

    /// The one table. Order is the order of the footer and of the help screen.
    public static let table: [Binding] = [
        Binding([.up, .character("k")], .moveUp, in: lists, footer: false),
        Binding([.up], .moveUp, in: [.choosePlatform, .search]),
        Binding([.down, .character("j")], .moveDown, in: lists, footer: false),
        Binding([.down], .moveDown, in: [.choosePlatform, .search]),
        Binding([.pageUp], .pageUp, in: lists.union(pickers)),
        Binding([.pageDown], .pageDown, in: lists.union(pickers)),
        Binding([.home, .character("g")], .first, in: lists),
        Binding([.end, .character("G")], .last, in: lists),
        Binding([.home], .first, in: [.choosePlatform, .search]),
        Binding([.end], .last, in: [.choosePlatform, .search]),
        Binding([.enter, .right], .open, in: [.dashboard], footer: true),
        Binding([.enter, .right], .open, in: [.checklist]),
        Binding([.enter], .open, in: pickers.union([.enterLabel, .editNote]), footer: true),
        Binding([.character(" ")], .toggle, in: [.checklist], footer: true),
        Binding([.left, .escape], .back, in: [.checklist, .help], footer: true),
        Binding([.escape], .back, in: pickers.union([.enterLabel, .editNote]), footer: true),
        Binding([.character("a")], .addAccount, in: [.dashboard], footer: true),
        Binding([.character("n")], .editNote, in: [.checklist], footer: true),
        Binding([.character("o")], .openLink, in: [.checklist], footer: true),
        Binding([.character("y")], .copyLink, in: [.checklist]),
        Binding([.character("c")], .cover, in: [.checklist, .dashboard]),
        Binding([.character("i")], .toggleDetail, in: [.checklist], footer: true),
        Binding([.character("J")], .scrollDetailDown, in: [.checklist]),
        Binding([.character("K")], .scrollDetailUp, in: [.checklist]),
        Binding([.character("+")], .expandAll, in: [.checklist]),
        Binding([.character("-")], .collapseAll, in: [.checklist]),
        Binding([.character("m")], .review, in: [.checklist, .dashboard]),
        Binding([.character("r")], .relabel, in: [.checklist, .dashboard]),
        Binding([.character("d"), .delete], .removeAccount, in: [.dashboard, .checklist]),
        Binding([.character("/")], .search, in: [.dashboard, .checklist], footer: true),
        Binding([.character("e")], .export, in: [.dashboard, .checklist], footer: true),
        Binding([.character("u")], .undo, in: [.dashboard, .checklist], footer: true),
        Binding([.control("r"), .character("U")], .redo, in: [.dashboard, .checklist]),
        Binding([.character("y"), .enter], .confirm, in: [.confirm], footer: true),
        Binding([.character("n"), .escape], .cancel, in: [.confirm], footer: true),
        Binding([.left], .back, in: [.chooseExport, .chooseCover]),
        Binding([.character("?"), .function(1)], .help, in: [.dashboard, .checklist, .tooSmall], footer: true),
        Binding([.character("q")], .quit, in: Set(ViewKind.allCases).subtracting(ViewKind.allCases.filter(\.takesText)), footer: true),
        Binding([.control("c")], .quit, in: Set(ViewKind.allCases)),
    ]

    /// The command a key runs in a view, if any.
    public static func command(for key: Key, in view: ViewKind) -> Command? {
        table.first { $0.views.contains(view) && $0.keys.contains(key) }?.command
    }

    /// Every binding of a view, one per command, in table order (for help).
    public static func bindings(in view: ViewKind) -> [Binding] { merged[view] ?? [] }

    public static func footer(in view: ViewKind) -> [Binding] { footers[view] ?? [] }

    /// `bindings(in:)` of every view, merged once from the table (the footer asks on every frame).
    private static let merged: [ViewKind: [Binding]] = Dictionary(uniqueKeysWithValues: ViewKind.allCases.map { view in
        var result: [Binding] = []
        for binding in table where binding.views.contains(view) {
            if let index = result.firstIndex(where: { $0.command == binding.command }) {
                // Merge keys of a command bound on several rows (Up and k).
                for key in binding.keys where !result[index].keys.contains(key) { result[index].keys.append(key) }
                result[index].inFooter = result[index].inFooter || binding.inFooter
                continue
            }
            result.append(binding)
        }
        return (view, result)
    })

    private static let footers: [ViewKind: [Binding]] = merged.mapValues { $0.filter(\.inFooter) }

    /// A key as the footer and help name it.
    public static func name(of key: Key, unicode: Bool, language: Language) -> String {
        let fr = language == .fr
        switch key {
        case .character(" "): return fr ? "Espace" : "Space"
        case .character(let c): return String(c)
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .pageUp: return fr ? "PgPréc" : "PgUp"
        case .pageDown: return fr ? "PgSuiv" : "PgDn"
        case .home: return fr ? "Début" : "Home"
        case .end: return fr ? "Fin" : "End"
        case .enter: return fr ? "Entrée" : "Enter"
        case .escape: return fr ? "Échap" : "Esc"
        case .backspace: return fr ? "Retour" : "Backspace"
        case .delete: return fr ? "Suppr" : "Del"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .function(let n): return "F\(n)"
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        }
    }
}
