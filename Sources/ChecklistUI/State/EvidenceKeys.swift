import ChecklistEngine
import Foundation

/// The `A` key's path field: Tab asks the run loop to complete the path, Enter to attach the
/// file (the loop copies it into the evidence folder, then records it on the step).
enum EvidenceKeys {
    static func ask(_ state: inout AppState) {
        guard let account = state.checklist?.accountID, let step = state.selectedChecklistRow?.step, step.isLeaf else { return }
        state.modal = .enterLabel(.attachPath(accountID: account, stepID: step.id), TextField(limit: maximumPathLength))
    }

    /// Longer than any path Linux opens (PATH_MAX is 4096).
    static let maximumPathLength = 4096

    static func entered(account: String, step: String, _ field: TextField, _ state: inout AppState) -> [AppEffect] {
        let path = field.text.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
            state.modal = nil
            return []
        }
        if let reason = state.readOnlyReason {
            state.message = .init(reason, .error)
            return []
        }
        state.modal = nil
        state.message = .init(state.text(.uiEvidenceAttaching, ["ellipsis": state.glyphs.ellipsis]))
        return [.attach(account: account, step: step, path: path)]
    }

    /// The completion the loop found, put in the field if the field still holds what was typed.
    static func completed(_ completion: PathCompletion, _ state: inout AppState) {
        guard case .enterLabel(let purpose, var field) = state.modal, case .attachPath = purpose, field.text == completion.typed else { return }
        field = TextField(completion.completed, limit: maximumPathLength)
        state.modal = .enterLabel(purpose, field)
        if completion.noMatch {
            state.message = .init(state.text(.uiEvidenceNoMatch, ["text": completion.typed]))
        } else if !completion.candidates.isEmpty {
            let shown = completion.candidates.prefix(8).joined(separator: "  ")
            state.message = .init(shown + (completion.candidates.count > 8 ? "  " + state.glyphs.ellipsis : ""))
        } else {
            state.message = nil
        }
    }
}
