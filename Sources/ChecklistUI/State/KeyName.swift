import ChecklistEngine

extension Key {
    /// The key as the footer, the help screen and every sentence name it.
    public func displayName(unicode: Bool, language: Language) -> String {
        let fr = language == .fr
        switch self {
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
