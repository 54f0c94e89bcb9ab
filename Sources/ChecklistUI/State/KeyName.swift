import ChecklistEngine

extension Key {
    /// The key as the footer, the help screen and every sentence name it.
    public func displayName(unicode: Bool, language: Language) -> String {
        let words = Words(language)
        switch self {
        case .character(" "): return words.text(.uiKeyNameSpace)
        case .character(let c): return String(c)
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .pageUp: return words.text(.uiKeyNamePageUp)
        case .pageDown: return words.text(.uiKeyNamePageDown)
        case .home: return words.text(.uiKeyNameHome)
        case .end: return words.text(.uiKeyNameEnd)
        case .enter: return words.text(.uiKeyNameEnter)
        case .escape: return words.text(.uiKeyNameEscape)
        case .backspace: return words.text(.uiKeyNameBackspace)
        case .delete: return words.text(.uiKeyNameDelete)
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .function(let n): return "F\(n)"
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        }
    }
}
