import ChecklistEngine
import ChecklistUI

/// The full-screen keys as the manual page lists them, read from the binding table. The
/// one place that knows the table's shape: when a row changes form, only this file follows.
enum KeyReference {
    struct Row: Equatable {
        var keys: [String]
        var description: String
    }

    /// The views the page lists, in the order a person meets them.
    static var views: [ViewKind] { ViewKind.allCases.filter { !rows(in: $0, language: .en).isEmpty } }

    /// One row per command of the view: its keys (ASCII names, as a terminal's keycaps say
    /// them) and the sentence of the `?` screen.
    static func rows(in view: ViewKind, language: Language) -> [Row] {
        BindingTable.standard.bindings(in: view).map { binding in
            Row(keys: binding.keys.map { $0.displayName(unicode: false, language: language) },
                description: binding.help.text(in: language))
        }
    }
}
