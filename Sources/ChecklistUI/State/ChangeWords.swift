import ChecklistEngine

/// The status-bar sentence after a change reached the file.
enum ChangeWords {
    static func describe(_ change: ProgressChange, outcome: ChangeOutcome, origin: ChangeOrigin, state: AppState) -> String {
        let prefix: String
        switch origin {
        case .user: prefix = ""
        case .undo: prefix = state.text(.uiChangeUndone)
        case .redo: prefix = state.text(.uiChangeRedone)
        }
        // A removed account is no longer in the progress; its undo still holds it, label and all.
        var account = state.progress.account(id: outcome.account)
        if account == nil, case .restoreAccount(let removed) = outcome.inverse { account = removed }
        let platform = account.flatMap { state.catalog.platform(id: $0.platform) }
        // The label the user gave, else the platform's own name (not its id).
        let name = SafeText.line(account?.label ?? platform?.name(in: state.language) ?? account?.displayName ?? outcome.account)
        func title(_ step: String) -> String {
            guard let found = platform?.step(id: step) else { return step }
            // Quoted as each language quotes (as the engine's messages do).
            let text = found.title.text(in: state.language)
            return state.text(.uiChangeQuoted, ["text": text])
        }
        let text: String
        switch change {
        case .addAccount:
            let tick = state.keyName(.toggle, in: .checklist)
            if platform?.steps.isEmpty == true {
                text = platform?.kind == .noTraining ? state.text(.uiChangeAddedItSaysIt, ["name": name])
                    : platform?.letterContact != nil ? state.text(.uiLetterAddedNoSwitch, ["name": name])
                    : state.text(.uiChangeAddedItOffersNo, ["name": name])
            } else {
                text = state.text(.uiChangeAddedItsStepsAre, ["name": name, "tick": tick])
            }
        case .removeAccount:
            let undo = state.keyName(.undo, in: .dashboard)
            text = state.text(.uiChangeRemovedUndoes, ["name": name, "undo": undo])
        case .restoreAccount:
            text = state.text(.uiChangeIsBack, ["name": name])
        case .relabel:
            text = state.text(.uiChangeRenamedTo, ["name": name])
        case .tick(_, let step, _):
            text = state.text(.uiChangeTickedSaved, ["title": title(step)])
        case .untick(_, let step):
            text = state.text(.uiChangeUntickedSaved, ["title": title(step)])
        case .restoreTick(_, let step, let tick):
            text = tick == nil ? state.text(.uiChangeIsNotDone, ["title": title(step)])
                : state.text(.uiChangeIsDoneAgainWith, ["title": title(step)])
        case .setNote(_, let step, let note):
            text = note?.isEmpty == false ? state.text(.uiChangeNoteSavedOn, ["title": title(step)])
                : state.text(.uiChangeNoteRemovedFrom, ["title": title(step)])
        case .setCoveredBy(_, let cover):
            text = cover.map { state.text(.uiChangeIsCoveredBy, ["name": name, "cover": $0]) }
                ?? state.text(.uiChangeIsNoLongerCovered, ["name": name])
        case .markReviewed:
            text = state.text(.uiChangeReviewedItsTicksCount, ["name": name])
        case .setHolder(_, let holder):
            text = state.text(holder == nil ? .uiLetterHolderRemoved : .uiLetterHolderSaved, ["name": name])
        case .setIdentifier(_, let identifier):
            text = state.text(identifier == nil ? .uiLetterIdentifierRemoved : .uiLetterIdentifierSaved, ["name": name])
        case .attach(_, let step, _, _, _), .removeEvidence(_, let step, _), .restoreEvidence(_, let step, _, _):
            text = state.text(.uiEvidenceSaved, ["title": title(step)])
        case .sendLetter, .markExtended, .markAnswered, .restoreLetters:
            // What the letters are now, in the words of the status line.
            let standing = state.evaluation(ofAccount: outcome.account)?.letters.summary(in: state.language)
            text = state.text(.uiLetterLettersSaved, ["name": name]) + (standing.map { " " + state.text(.uiLetterNow, ["standing": $0]) } ?? "")
        }
        return prefix + text
    }
}
