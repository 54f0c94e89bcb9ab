import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// The fixture's accounts shared by two people: Instagram and Facebook are Marie's, the
/// Grand-mère Facebook account is Jeanne's, the rest name nobody.
enum HolderFixtures {
    static let progress: UserProgress = {
        var p = Fixtures.progress
        for (account, holder) in [("instagram", "Marie Dupont"), ("facebook-2", "Marie Dupont"), ("facebook", "Jeanne Dupont")] {
            do {
                try p.apply(.setHolder(account: account, holder: holder), catalog: Fixtures.catalog, at: Fixtures.now)
            } catch {
                fatalError("fixture holder \(holder) fails: \(error)")
            }
        }
        return p
    }()

    static func state(width: Int = 80, height: Int = 24, language: Language = .en) -> AppState {
        Fixtures.state(width: width, height: height, language: language, progress: progress)
    }
}

extension Screens {
    /// Two holders and the accounts that name nobody, each under their heading.
    static let holders: Screens.Builder = { width, height, language, unicode in
        var state = HolderFixtures.state(width: width, height: height, language: language)
        state.unicode = unicode
        _ = Reducer.reduce(&state, .clock(Fixtures.now))
        return state
    }
}

@Suite("Dashboard grouped by holder")
struct HolderGroupTests {
    @Test func oneHolderOrNoneKeepsThePlainList() {
        let plain = Fixtures.state()
        #expect(!plain.dashboardRows.isGrouped)
        #expect(plain.dashboardRows.rows.count == plain.evaluations.count)
        var one = Fixtures.progress
        for account in one.accounts.map(\.id) {
            _ = try? one.apply(.setHolder(account: account, holder: "Marie Dupont"), catalog: Fixtures.catalog, at: Fixtures.now)
        }
        #expect(!Fixtures.state(progress: one).dashboardRows.isGrouped)
    }

    @Test func eachHolderGetsAHeadingAndTheirAccountsTogether() throws {
        let state = HolderFixtures.state()
        let rows = state.dashboardRows.rows
        var headings: [String?] = []
        for row in rows {
            switch row {
            case .holder(let holder, let accounts):
                headings.append(holder)
                // Every account under a heading is that holder's.
                for index in accounts { #expect(DashboardRows.holder(of: state.evaluations[index].account) == holder) }
            case .account: break
            }
        }
        #expect(Set(headings) == ["Marie Dupont", "Jeanne Dupont", nil])
        #expect(headings.last == .some(nil), "the accounts that name nobody come last")
        #expect(rows.filter { if case .account = $0 { true } else { false } }.count == state.evaluations.count)
    }

    @Test func theHeadingSaysTheHoldersOwnSummary() {
        let en = Renderer.render(HolderFixtures.state()).text
        #expect(en.contains("Marie Dupont: 1 of 2 accounts opted out or covered"))
        #expect(en.contains("Jeanne Dupont: 0 of 1 account opted out or covered"))
        #expect(en.contains("No name given:"))
        let fr = Renderer.render(HolderFixtures.state(language: .fr)).text
        #expect(fr.contains("Marie Dupont\u{00A0}: 1 compte sur 2 opposé ou couvert"))
    }

    @Test func movingSkipsHeadingsAndTheFirstAccountShowsItsHeading() {
        var harness = Harness(HolderFixtures.state(width: 80, height: 12))
        let count = harness.state.evaluations.count
        var seen: [String] = []
        for _ in 0..<count {
            seen.append(harness.state.selectedAccount?.account.id ?? "none")
            harness.press(.down)
        }
        #expect(Set(seen).count == count, "every account is reached once, no heading is selected: \(seen)")
        harness.press(.home)
        #expect(harness.state.dashboard.top == 0, "the first heading stays in view above the first account")
        harness.press(.end)
        let last = harness.state.dashboardRows.row(ofAccount: harness.state.dashboard.selected)
        let visible = DashboardLayout(FrameLayout(harness.state)).listRows.count
        #expect(harness.state.dashboard.top <= last && last < harness.state.dashboard.top + visible)
    }

    @Test func aHostileHolderIsDrawnSafely() throws {
        var p = Fixtures.progress
        // Written straight into the file (the commands refuse it): the screen still shows no control character.
        let index = try #require(p.accounts.firstIndex { $0.id == "instagram" })
        p.accounts[index].holder = "Eve\u{1B}[2J\u{07}"
        let screen = Renderer.render(Fixtures.state(progress: p))
        #expect(!screen.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(screen.text.contains("Eve"))
    }
}
