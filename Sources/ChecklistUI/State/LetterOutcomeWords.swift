import ChecklistEngine

/// The message each letter effect leaves, and the question when its file exists.
enum LetterOutcomeWords {
    static func apply(_ outcome: LetterOutcome, _ state: inout AppState) {
        let copy = state.keyName(.copyLetter, in: .letter)
        let save = state.keyName(.saveLetter, in: .letter)
        let sent = state.keyName(.markSent, in: .letter)
        // A message set with the effect (the mail link leaving the body out) stays in front.
        let earlier = state.message.map { $0.text + " " } ?? ""
        switch outcome {
        case .copied:
            state.message = .init(earlier + state.text(.uiLetterCopied, ["sent": sent]))
        case .notCopied:
            state.message = .init(state.text(.uiLetterNotCopied, ["save": save]), .error)
        case .saved(let path):
            state.message = .init(state.text(.uiLetterSaved, ["path": path, "sent": sent]))
        case .exists(let text, let name, let path):
            state.message = nil
            state.modal = .confirmLetterOverwrite(text: text, name: name, path: path)
        case .notSaved(let message):
            state.message = .init(message, .error)
        case .mailOpened:
            state.message = .init(earlier + state.text(.uiLetterMailOpened, ["sent": sent]))
        case .noMailProgram:
            state.message = .init(state.text(.uiLetterNoMailProgram, ["copy": copy, "save": save]), .error)
        }
    }
}
