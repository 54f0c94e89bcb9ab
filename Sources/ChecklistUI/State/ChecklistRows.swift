import ChecklistEngine

/// The visible lines of an account's step tree, given what is collapsed.
public struct ChecklistRow: Equatable, Sendable {
    public var step: Step
    public var depth: Int
    /// The parent offers alternatives (`any_of`): its children are "or" routes.
    public var inAlternative: Bool
}

extension ChecklistState {
    public func rows(of platform: Platform) -> [ChecklistRow] {
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
        return rows.firstIndex { $0.step.id == id } ?? 0
    }
}
