import ChecklistEngine
import Foundation

/// What the letter view's text fields save: the holder, then the identifier it asks next,
/// and the day a letter went out.
enum LetterDetails {
    static func entered(_ purpose: Modal.LabelPurpose, _ field: TextField, _ state: inout AppState) -> [AppEffect] {
        let text = field.text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .holder(let account, let thenIdentifier):
            state.modal = thenIdentifier
                ? .enterLabel(.identifier(accountID: account),
                              TextField(state.progress.account(id: account)?.identifier ?? "", limit: UserProgress.maximumPersonalLength))
                : nil
            // Empty skips: what was there stays (removing is `accounts set --holder ""`).
            guard !text.isEmpty, text != state.progress.account(id: account)?.holder else { return [] }
            return Reducer.change(.setHolder(account: account, holder: text), &state)
        case .identifier(let account):
            state.modal = nil
            guard !text.isEmpty, text != state.progress.account(id: account)?.identifier else { return [] }
            return Reducer.change(.setIdentifier(account: account, identifier: text), &state)
        case .letterDay(let account, let kind):
            guard let day = CalendarDay(text) else {
                state.message = .init(state.text(.uiLetterDayUnreadable, ["text": SafeText.line(String(text.prefix(20)))]), .error)
                return []
            }
            state.modal = nil
            return Reducer.change(.sendLetter(account: account, kind: kind, on: day), &state)
        case .newAccount, .relabel, .attachPath:
            return []
        }
    }
}
