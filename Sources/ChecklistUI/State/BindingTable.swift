import ChecklistEngine

/// The keys of the app as a value: the standard table, or one with keys rebound. The state
/// holds one, so every sentence that names a key asks it rather than spelling the key out.
public struct BindingTable: Sendable {
    /// The rows, in the order of the footer and of the help screen.
    public let rows: [Binding]
    /// `bindings(in:)` of every view, merged once from the rows (the footer asks on every frame).
    private let merged: [ViewKind: [Binding]]

    public init(_ rows: [Binding]) {
        self.rows = rows
        merged = Dictionary(uniqueKeysWithValues: ViewKind.allCases.map { view in
            var result: [Binding] = []
            for binding in rows where binding.views.contains(view) {
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
    }

    /// The row a key runs in a view, if any.
    public func binding(for key: Key, in view: ViewKind) -> Binding? {
        rows.first { $0.views.contains(view) && $0.keys.contains(key) }
    }

    /// The command a key runs in a view, if any.
    public func command(for key: Key, in view: ViewKind) -> Command? { binding(for: key, in: view)?.command }

    /// Every binding of a view, one per command, in table order (for help).
    public func bindings(in view: ViewKind) -> [Binding] { merged[view] ?? [] }

    /// The bindings of a view's footer, before any is disabled out of it.
    public func footer(in view: ViewKind) -> [Binding] { bindings(in: view).filter(\.inFooter) }

    /// The binding of `command` in `view` (merged over its rows).
    public func binding(of command: Command, in view: ViewKind) -> Binding? {
        bindings(in: view).first { $0.command == command }
    }

    /// The key a sentence names for `command` in `view`: `preferred` while it is still bound
    /// to it ("Esc closes", though ← closes too), else the first key bound.
    public func key(for command: Command, in view: ViewKind, preferring preferred: Key? = nil) -> Key? {
        guard let keys = binding(of: command, in: view)?.keys else { return nil }
        if let preferred, keys.contains(preferred) { return preferred }
        return keys.first
    }

    /// The same table with `command`'s keys in `views` replaced by `keys` (a user's own keys).
    public func rebinding(_ command: Command, in views: Set<ViewKind>? = nil, to keys: [Key]) -> BindingTable {
        BindingTable(rows.map { row in
            guard row.command == command, views.map({ !row.views.isDisjoint(with: $0) }) ?? true else { return row }
            var row = row
            row.keys = keys
            return row
        })
    }
}
