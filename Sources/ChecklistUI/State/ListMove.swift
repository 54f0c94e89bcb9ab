/// Moves a selection within `count` items by a command; nil when the command is no move.
enum ListMove {
    static func apply(_ command: Command, selected: Int, count: Int, page: Int) -> Int? {
        let last = max(0, count - 1)
        switch command {
        case .moveUp: return max(0, selected - 1)
        case .moveDown: return min(last, selected + 1)
        case .pageUp: return max(0, selected - max(1, page))
        case .pageDown: return min(last, selected + max(1, page))
        case .first: return 0
        case .last: return last
        default: return nil
        }
    }
}
