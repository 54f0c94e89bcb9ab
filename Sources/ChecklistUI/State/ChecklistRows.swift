import ChecklistEngine

/// The visible lines of an account's step tree, given what is collapsed.
public struct ChecklistRow: Equatable, Sendable {
    public var step: Step
    public var depth: Int
    /// The parent offers alternatives (`any_of`): its children are "or" routes.
    public var inAlternative: Bool
}

extension ChecklistState {
    /// The rows of `platform` given what is collapsed: the laid-out rows when they are still
    /// those, else laid out now.
    public func rows(of platform: Platform) -> [ChecklistRow] {
        if let cache = rowsCache, cache.matches(platform, collapsed: collapsed) { return cache.rows }
        return Self.layOut(platform, collapsed: collapsed)
    }

    /// Lays the rows out once and keeps them with their positions, so a key and the frame
    /// after it neither walk the whole tree again nor search it for the selection (slow on a
    /// long list). `reduce` calls it after every action.
    mutating func cacheRows(of platform: Platform) {
        if let cache = rowsCache, cache.matches(platform, collapsed: collapsed) { return }
        rowsCache = ChecklistRowsCache(platform: platform, collapsed: collapsed, rows: Self.layOut(platform, collapsed: collapsed))
    }

    static func layOut(_ platform: Platform, collapsed: Set<String>) -> [ChecklistRow] {
        var rows: [ChecklistRow] = []
        func visit(_ steps: [Step], depth: Int, alternative: Bool) {
            for step in steps {
                rows.append(ChecklistRow(step: step, depth: depth, inAlternative: alternative))
                if !step.isLeaf, !collapsed.contains(step.id) {
                    visit(step.steps, depth: depth + 1, alternative: step.anyOf)
                }
            }
        }
        visit(platform.steps, depth: 0, alternative: false)
        return rows
    }

    /// The index of the selected row, or 0.
    public func selectedIndex(in rows: [ChecklistRow]) -> Int {
        guard let id = selectedStep else { return 0 }
        return index(ofStep: id, in: rows) ?? 0
    }

    /// Where step `id` is among `rows`, or nil when it is not visible.
    func index(ofStep id: String, in rows: [ChecklistRow]) -> Int? {
        if let position = rowsCache?.positions[id], rows.indices.contains(position), rows[position].step.id == id {
            return position
        }
        return rows.firstIndex { $0.step.id == id }
    }
}

/// Rows laid out for one platform and one set of collapsed steps, with each step's row.
/// Immutable, so states that share it stay independent values.
final class ChecklistRowsCache: Sendable {
    /// The platform's top-level steps: comparing arrays that share storage costs nothing, and
    /// a platform with other steps (another catalog) never matches.
    let steps: [Step]
    let platformID: String
    let collapsed: Set<String>
    let rows: [ChecklistRow]
    let positions: [String: Int]

    init(platform: Platform, collapsed: Set<String>, rows: [ChecklistRow]) {
        steps = platform.steps
        platformID = platform.id
        self.collapsed = collapsed
        self.rows = rows
        var positions: [String: Int] = [:]
        positions.reserveCapacity(rows.count)
        // Backwards, so the first row of a repeated id wins, with one hash a row.
        for index in rows.indices.reversed() { positions[rows[index].step.id] = index }
        self.positions = positions
    }

    func matches(_ platform: Platform, collapsed: Set<String>) -> Bool {
        platformID == platform.id && self.collapsed == collapsed && steps == platform.steps
    }
}
