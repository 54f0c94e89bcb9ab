import ChecklistEngine

/// The role that colours a status (the word and symbol carry it without colour).
enum StatusStyle {
    static func role(of status: AccountStatus) -> Role {
        switch status {
        case .optedOut, .covered: .done
        case .submitted: .accent
        case .inProgress, .notStarted: .todo
        case .needsReview, .overdue: .warning
        case .unavailable, .notTrained: .dim
        }
    }
}
