import ChecklistEngine

/// Why a bound command cannot run now, as the sentence the user reads: the rules the binding
/// table points at, so the footer (which drops some keys while they cannot run) and dispatch
/// (which says why instead of running) agree.
enum DisabledReason {
    /// A platform that lists no step (no opt-out, or it says it does not train) has nothing to
    /// tick or annotate; the optional steps of one without an opt-out can be ticked.
    @Sendable static func nothingToTick(_ state: AppState) -> String? {
        guard state.page == .checklist, let platform = state.currentAccount?.platform, platform.steps.isEmpty else { return nil }
        return ProgressError.nothingToTick(platform: platform.name, kind: platform.kind, byLetter: platform.letterContact != nil)
            .message(in: state.language)
    }

    @Sendable static func noLink(_ state: AppState) -> String? {
        guard state.page == .checklist, state.linkOfSelectedStep == nil else { return nil }
        return state.text(.uiMessageThisStepHasNo)
    }

    @Sendable static func nothingToUndo(_ state: AppState) -> String? {
        state.undoStack.isEmpty ? state.text(.uiMessageNothingToUndo) : nil
    }

    @Sendable static func nothingToRedo(_ state: AppState) -> String? {
        state.redoStack.isEmpty ? state.text(.uiMessageNothingToRedo) : nil
    }

    @Sendable static func noAccount(_ state: AppState) -> String? {
        guard state.currentAccount == nil else { return nil }
        let add = state.keyName(.addAccount, in: .dashboard)
        return state.text(.uiMessageNoAccountYetPress, ["add": add])
    }

    @Sendable static func nothingToReview(_ state: AppState) -> String? {
        if let reason = noAccount(state) { return reason }
        guard state.currentAccount?.status != .needsReview else { return nil }
        return state.text(.uiMessageNothingToReviewOn)
    }

    @Sendable static func noCover(_ state: AppState) -> String? {
        if let reason = noAccount(state) { return reason }
        guard let account = state.currentAccount, state.coverChoices(for: account).isEmpty else { return nil }
        return state.text(.uiMessageNoLinkedAccountSame)
    }

    /// A letter needs an account on a platform that publishes a privacy contact.
    @Sendable static func noLetter(_ state: AppState) -> String? {
        if let reason = noAccount(state) { return reason }
        guard let platform = state.currentAccount?.platform else { return nil }
        guard platform.letterContact == nil else { return nil }
        return state.text(.uiLetterNoContact, ["name": platform.name(in: state.language)])
    }

    /// A file is proof of one step: a leaf the cursor is on.
    @Sendable static func noStepToAttachTo(_ state: AppState) -> String? {
        if let reason = nothingToTick(state) { return reason }
        guard state.page == .checklist, let step = state.selectedChecklistRow?.step, step.isLeaf else {
            return state.text(.uiEvidenceChooseAStep)
        }
        return nil
    }
}
