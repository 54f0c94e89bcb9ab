/// The views a key can be bound in; the binding table names them.
public enum ViewKind: String, CaseIterable, Sendable, Hashable {
    case dashboard
    case checklist
    case letter
    case choosePlatform
    case enterLabel
    case help
    case search
    case confirm
    case editNote
    case chooseExport
    case chooseCover
    case tooSmall

    /// Views where printable keys are typed into a text field rather than bound.
    public var takesText: Bool {
        switch self {
        case .choosePlatform, .enterLabel, .search, .editNote: true
        default: false
        }
    }
}
