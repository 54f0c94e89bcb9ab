import Foundation
import Testing
@testable import ChecklistEngine

/// The status rules: where an account stands, from the catalog and its ticks, at an injected `now`.
@Suite struct StatusRulesTests {
    let catalog: Catalog

    init() throws { catalog = try Fixtures.catalog() }

    func evaluate(_ progress: UserProgress, id: String, now: Date = Fixtures.t3, catalog: Catalog? = nil) throws -> AccountEvaluation {
        let evaluations = StatusEvaluator(catalog: catalog ?? self.catalog, now: now).evaluate(progress)
        return try #require(evaluations.first { $0.account.id == id })
    }

    func progress(_ changes: [(ProgressChange, Date)]) throws -> UserProgress {
        try Fixtures.progress(changes, catalog: catalog)
    }

    func add(_ platform: String, label: String? = nil) -> (ProgressChange, Date) {
        (.addAccount(platform: platform, label: label), Fixtures.t0)
    }

    func tick(_ account: String, _ step: String, at: Date = Fixtures.t1) -> (ProgressChange, Date) {
        (.tick(account: account, step: step, note: nil), at)
    }

    @Test func manyAccountsEvaluatedOnTwoCoresGiveTheOneByOneResultInOrder() throws {
        let catalog = try Fixtures.catalog()
        let platforms = catalog.platforms
        var accounts: [Account] = []
        var history: [HistoryEntry] = []
        for index in 0..<(StatusEvaluator.splitAbove * 2 + 37) {
            let platform = platforms[index % platforms.count]
            var account = Account(id: "a\(index)", platform: platform.id, created: Fixtures.t0)
            for (offset, step) in platform.allSteps.enumerated() where step.isLeaf && (index + offset) % 3 == 0 {
                // Every fifth tick was made against another version of its step.
                account.ticks[step.id] = Tick(at: Fixtures.days(Double(offset), after: Fixtures.t1), catalogRevision: catalog.revision,
                                              stepRevision: (index + offset) % 5 == 0 ? "old" : step.revision)
            }
            if index % 4 == 0 { history.append(HistoryEntry(at: Fixtures.t3, action: .note, account: account.id)) }
            accounts.append(account)
        }
        let evaluator = StatusEvaluator(catalog: catalog, now: Fixtures.days(400, after: Fixtures.t0))
        let together = evaluator.evaluate(UserProgress(accounts: accounts, history: history))
        let oneByOne = accounts.map { account in
            evaluator.evaluate(account, lastHistoryEntry: history.last { $0.account == account.id }?.at)
        }
        #expect(together == oneByOne)
        #expect(Set(together.map(\.status)).count >= 3, "the fixture covers several statuses")
    }

    @Test func aNewAccountIsNotStarted() throws {
        let e = try evaluate(try progress([add("instagram")]), id: "instagram")
        #expect(e.status == .notStarted)
        #expect(e.done == 0)
        #expect(e.total == 3)  // open-form, the any_of group, send; optional steps do not count
        #expect(e.reviewReasons.isEmpty)
    }

    @Test func oneRequiredStepDoneIsInProgress() throws {
        let e = try evaluate(try progress([add("instagram"), tick("instagram", "open-form")]), id: "instagram")
        #expect(e.status == .inProgress)
        #expect(e.done == 1)
        #expect(e.total == 3)
        #expect(e.steps["open-form"]?.done == true)
        #expect(e.steps["open-form"]?.doneAt == Fixtures.t1)
        #expect(e.steps["send"]?.done == false)
    }

    @Test func theSubmittedMilestoneMakesItSubmitted() throws {
        let e = try evaluate(try progress([add("instagram"), tick("instagram", "send")]), id: "instagram")
        #expect(e.status == .submitted)
        #expect(e.done == 1)
    }

    @Test func submittedMilestoneInsideAParentCounts() throws {
        let e = try evaluate(try progress([add("facebook"), tick("facebook", "sign-in"), tick("facebook", "submit")]), id: "facebook")
        #expect(e.status == .submitted)
        #expect(e.done == 2)
        #expect(e.total == 4)
    }

    @Test func everyRequiredStepDoneIsOptedOut() throws {
        let p = try progress([add("instagram"), tick("instagram", "open-form"), tick("instagram", "object-app"), tick("instagram", "send")])
        let e = try evaluate(p, id: "instagram")
        #expect(e.status == .optedOut)
        #expect(e.done == 3)
        #expect(e.total == 3)
        // The optional steps (a screenshot, the confirmation) were not needed.
        #expect(e.steps["keep-proof"]?.done == false)
        #expect(e.steps["confirmation"]?.done == false)
    }

    @Test func theConfirmedMilestoneAloneIsOptedOut() throws {
        let e = try evaluate(try progress([add("facebook"), tick("facebook", "confirmed")]), id: "facebook")
        #expect(e.status == .optedOut)
        #expect(e.done == 1)
        #expect(e.total == 4)

        let optionalConfirmation = try evaluate(try progress([add("instagram"), tick("instagram", "confirmation")]), id: "instagram")
        #expect(optionalConfirmation.status == .optedOut)
    }

    @Test func anAccountCoveredByALinkedOneIsCovered() throws {
        let p = try progress([add("facebook"), add("instagram"), (.setCoveredBy(account: "instagram", coveredBy: "facebook"), Fixtures.t1)])
        let e = try evaluate(p, id: "instagram")
        #expect(e.status == .covered)
        #expect(try evaluate(p, id: "facebook").status == .notStarted)
    }

    @Test func coveredWinsOverTicks() throws {
        let p = try progress([
            add("facebook"), add("instagram"), tick("instagram", "open-form"),
            (.setCoveredBy(account: "instagram", coveredBy: "facebook"), Fixtures.t1),
        ])
        #expect(try evaluate(p, id: "instagram").status == .covered)
    }

    @Test func aPlatformWithoutOptOutIsUnavailable() throws {
        let e = try evaluate(try progress([add("noopt")]), id: "noopt")
        #expect(e.status == .unavailable)
        #expect(e.done == 0)
        #expect(e.total == 0)
        #expect(e.status.isSettled)
    }

    // MARK: any_of and optional

    @Test func anAnyOfParentIsDoneWhenOneChildIs() throws {
        for route in ["object-app", "object-web"] {
            let e = try evaluate(try progress([add("instagram"), tick("instagram", route)]), id: "instagram")
            #expect(e.steps["object"]?.done == true, "route \(route)")
            #expect(e.steps["object"]?.doneAt == Fixtures.t1)
            #expect(e.done == 1)
        }
    }

    @Test func bothRoutesOfAnAnyOfCountOnce() throws {
        let e = try evaluate(try progress([add("instagram"), tick("instagram", "object-app"), tick("instagram", "object-web", at: Fixtures.t2)]), id: "instagram")
        #expect(e.done == 1)
        #expect(e.total == 3)
        #expect(e.steps["object"]?.doneAt == Fixtures.t2)
    }

    @Test func optionalStepsDoNotBlockOrCount() throws {
        let p = try progress([add("facebook"), tick("facebook", "fill-reason")])
        let e = try evaluate(p, id: "facebook")
        #expect(e.done == 0)
        #expect(e.total == 4)
        #expect(e.steps["form"]?.done == false)

        let all = try progress([
            add("facebook"), tick("facebook", "sign-in"), tick("facebook", "fill-email"), tick("facebook", "submit"),
            tick("facebook", "confirmed"),
        ])
        let done = try evaluate(all, id: "facebook")
        #expect(done.status == .optedOut)
        #expect(done.steps["form"]?.done == true)  // without the optional reason
        #expect(done.done == 4)
    }

    @Test func doneAndTotalCountNestedRequiredLeaves() throws {
        var changes = [add("facebook")]
        for (n, step) in ["sign-in", "fill-email", "submit", "confirmed"].enumerated() {
            changes.append(tick("facebook", step))
            let e = try evaluate(try progress(changes), id: "facebook")
            #expect(e.done == n + 1)
            #expect(e.total == 4)
        }
    }

    @Test func aParentsTimeIsItsLastChildsTime() throws {
        let p = try progress([add("facebook"), tick("facebook", "fill-email", at: Fixtures.t1), tick("facebook", "submit", at: Fixtures.t2)])
        let e = try evaluate(p, id: "facebook")
        #expect(e.steps["form"]?.doneAt == Fixtures.t2)
    }

    // MARK: needs-review

    @Test func aStepsRevisionChangesWithItsText() throws {
        let before = try Fixtures.platform(Fixtures.instagramYAML)
        let same = try Fixtures.platform(Fixtures.instagramYAML)
        #expect(before.revision == same.revision)
        #expect(before.step(id: "open-form")?.revision == same.step(id: "open-form")?.revision)

        let edited = try Fixtures.platform(Fixtures.instagramYAML.replacingOccurrences(of: "fr: Connectez-vous d'abord.", with: "fr: Connectez-vous avant tout."))
        #expect(edited.step(id: "open-form")?.revision != before.step(id: "open-form")?.revision)
        #expect(edited.step(id: "send")?.revision == before.step(id: "send")?.revision)
        #expect(edited.revision != before.revision)
        #expect(Catalog(platforms: [edited]).revision != Catalog(platforms: [before]).revision)
    }

    @Test func aTickedStepChangedInTheCatalogNeedsReview() throws {
        let p = try progress([add("instagram"), tick("instagram", "open-form"), tick("instagram", "object-app"), tick("instagram", "send")])
        #expect(try evaluate(p, id: "instagram").status == .optedOut)

        let changed = try Fixtures.catalog([
            Fixtures.instagramYAML.replacingOccurrences(of: "en: Open the objection form", with: "en: Open the new objection form"),
            Fixtures.facebookYAML,
        ])
        let e = try evaluate(p, id: "instagram", catalog: changed)
        #expect(e.status == .needsReview)
        #expect(e.reviewReasons == [.stepChanged(step: "open-form")])
        #expect(e.steps["open-form"]?.changed == true)
        #expect(e.steps["send"]?.changed == false)
        #expect(e.reviewReasons[0].message(in: .en).contains("open-form"))
        #expect(e.reviewReasons[0].message(in: .fr).contains("a changé"))
    }

    @Test func aChangeToAnUntickedStepNeedsNoReview() throws {
        let p = try progress([add("instagram"), tick("instagram", "open-form")])
        let changed = try Fixtures.catalog([Fixtures.instagramYAML.replacingOccurrences(of: "en: Send the form", with: "en: Send it")])
        #expect(try evaluate(p, id: "instagram", catalog: changed).status == .inProgress)
    }

    @Test func aTickedStepRemovedFromTheCatalogNeedsReview() throws {
        let p = try progress([add("linkedin"), tick("linkedin", "open-settings"), tick("linkedin", "switch-off")])
        let removed = try Fixtures.catalog([
            Fixtures.linkedinYAML.replacingOccurrences(of: "  - id: open-settings\n    title: {en: Open the settings, fr: Ouvrez les réglages}\n", with: ""),
        ])
        #expect(removed.platform(id: "linkedin")?.step(id: "open-settings") == nil)
        let e = try evaluate(p, id: "linkedin", now: Fixtures.t1, catalog: removed)
        #expect(e.status == .needsReview)
        #expect(e.reviewReasons == [.stepRemoved(step: "open-settings")])

        // Reviewing accepts the catalog as it is now: the account is opted out again.
        var reviewed = p
        try reviewed.apply(.markReviewed(account: "linkedin"), catalog: removed, at: Fixtures.t2)
        let after = try evaluate(reviewed, id: "linkedin", now: Fixtures.t2, catalog: removed)
        #expect(after.status == .optedOut)
        #expect(reviewed.account(id: "linkedin")?.ticks["switch-off"]?.at == Fixtures.t1)
        // The tick of the removed step stays in the history as evidence.
        #expect(reviewed.history.contains { $0.action == .tick && $0.step == "open-settings" && $0.at == Fixtures.t1 })
    }

    @Test func anAccountWhosePlatformLeftTheCatalogNeedsReview() throws {
        let p = try progress([add("linkedin"), tick("linkedin", "switch-off")])
        let without = try Fixtures.catalog([Fixtures.instagramYAML])
        let e = try evaluate(p, id: "linkedin", catalog: without)
        #expect(e.status == .needsReview)
        #expect(e.platform == nil)
        #expect(e.reviewReasons == [.platformRemoved])
    }

    @Test func recheckDaysPassedNeedsReview() throws {
        // LinkedIn: recheck_days 90; both steps done at t1.
        let p = try progress([add("linkedin"), tick("linkedin", "open-settings"), tick("linkedin", "switch-off")])
        #expect(try evaluate(p, id: "linkedin", now: Fixtures.days(89, after: Fixtures.t1)).status == .optedOut)
        #expect(try evaluate(p, id: "linkedin", now: Fixtures.days(90, after: Fixtures.t1)).status == .optedOut)
        let late = try evaluate(p, id: "linkedin", now: Fixtures.days(91, after: Fixtures.t1))
        #expect(late.status == .needsReview)
        #expect(late.reviewReasons == [.recheckDue(days: 90, since: Fixtures.t1)])
    }

    @Test func recheckAppliesToSubmittedButNotToUnfinishedAccounts() throws {
        let submitted = try progress([add("instagram"), tick("instagram", "send")])
        #expect(try evaluate(submitted, id: "instagram", now: Fixtures.days(181, after: Fixtures.t1)).status == .needsReview)
        let started = try progress([add("instagram"), tick("instagram", "open-form")])
        #expect(try evaluate(started, id: "instagram", now: Fixtures.days(400, after: Fixtures.t1)).status == .inProgress)
        // Facebook has no recheck_days: never due by time.
        let facebook = try progress([add("facebook"), tick("facebook", "confirmed")])
        #expect(try evaluate(facebook, id: "facebook", now: Fixtures.days(4000, after: Fixtures.t1)).status == .optedOut)
    }

    @Test func markReviewedClearsACatalogChangeAndKeepsTheTickTimes() throws {
        var p = try progress([add("instagram"), tick("instagram", "open-form"), tick("instagram", "object-web", at: Fixtures.t2), tick("instagram", "send", at: Fixtures.t2)])
        let before = try #require(p.account(id: "instagram")?.ticks)
        let changed = try Fixtures.catalog([Fixtures.instagramYAML.replacingOccurrences(of: "en: On the web", with: "en: On the website")])
        #expect(try evaluate(p, id: "instagram", catalog: changed).status == .needsReview)

        try p.apply(.markReviewed(account: "instagram"), catalog: changed, at: Fixtures.t3)
        let e = try evaluate(p, id: "instagram", catalog: changed)
        #expect(e.status == .optedOut)
        let after = try #require(p.account(id: "instagram")?.ticks)
        #expect(Set(after.keys) == Set(before.keys))
        for (step, tick) in before {
            #expect(after[step]?.at == tick.at, "tick time of \(step)")
            #expect(after[step]?.catalogRevision == changed.revision)
        }
        #expect(after["object-web"]?.stepRevision == changed.platform(id: "instagram")?.step(id: "object-web")?.revision)
        #expect(p.account(id: "instagram")?.reviewed == Fixtures.t3)
        #expect(p.history.last?.action == .review)
    }

    @Test func markReviewedRestartsTheRecheckClock() throws {
        var p = try progress([add("linkedin"), tick("linkedin", "open-settings"), tick("linkedin", "switch-off")])
        let due = Fixtures.days(100, after: Fixtures.t1)
        #expect(try evaluate(p, id: "linkedin", now: due).status == .needsReview)
        try p.apply(.markReviewed(account: "linkedin"), catalog: catalog, at: due)
        #expect(try evaluate(p, id: "linkedin", now: due).status == .optedOut)
        #expect(try evaluate(p, id: "linkedin", now: Fixtures.days(91, after: due)).status == .needsReview)
        #expect(p.account(id: "linkedin")?.ticks["switch-off"]?.at == Fixtures.t1)
    }

    @Test func coveredAndUnavailableAreNeverNeedsReview() throws {
        let p = try progress([
            add("facebook"), add("instagram"), tick("instagram", "open-form"),
            (.setCoveredBy(account: "instagram", coveredBy: "facebook"), Fixtures.t1), add("noopt"),
        ])
        let changed = try Fixtures.catalog([
            Fixtures.instagramYAML.replacingOccurrences(of: "en: Open the objection form", with: "en: Open it"),
            Fixtures.facebookYAML, Fixtures.nooptYAML,
        ])
        #expect(try evaluate(p, id: "instagram", catalog: changed).status == .covered)
        #expect(try evaluate(p, id: "noopt", catalog: changed).status == .unavailable)
    }

    @Test func lastChangeCountsAnUntick() throws {
        let p = try progress([add("linkedin"), tick("linkedin", "switch-off"), (.untick(account: "linkedin", step: "switch-off"), Fixtures.t2)])
        let e = try evaluate(p, id: "linkedin")
        #expect(e.status == .notStarted)
        #expect(e.lastChange == Fixtures.t2)
    }

    @Test func everyStatusHasWordsInBothLanguagesAndASymbol() {
        for status in AccountStatus.allCases {
            #expect(!status.label(in: .en).isEmpty)
            #expect(!status.label(in: .fr).isEmpty)
            #expect(status.label(in: .en) != status.label(in: .fr) || status == .submitted)
            #expect(!status.symbol(unicode: false).isEmpty)
            let ascii = status.symbol(unicode: false).allSatisfy { $0.isASCII }
            #expect(ascii)
        }
        #expect(AccountStatus.allCases.map(\.rawValue) == [
            "not-started", "in-progress", "submitted", "overdue", "opted-out", "covered", "needs-review", "unavailable", "not-trained",
        ])
    }
}
