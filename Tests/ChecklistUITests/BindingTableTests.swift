import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: The binding table

@Suite("Binding table")
struct BindingTableTests {
    @Test(arguments: ViewKind.allCases)
    func noKeyIsBoundTwiceInOneView(_ view: ViewKind) {
        var seen: [Key: Command] = [:]
        for binding in BindingTable.standard.rows where binding.views.contains(view) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(view): \(key) is bound to \(seen[key].map { "\($0)" } ?? "") and \(binding.command)")
                seen[key] = binding.command
            }
        }
    }

    @Test func everyCommandIsInTheHelpOfSomeView() {
        var explained: Set<Command> = []
        for view in ViewKind.allCases {
            var state = harness(in: view).state
            state.width = 200
            state.height = 80
            state.modal = .help(of: view, top: 0)
            let text = Renderer.render(state).text
            for binding in BindingTable.standard.rows where text.contains(binding.help.text(in: .en)) {
                explained.insert(binding.command)
            }
        }
        #expect(Set(Command.allCases).subtracting(explained).map(\.rawValue).sorted() == [])
    }

    @Test(arguments: ViewKind.allCases)
    func helpListsEveryBindingOfItsView(_ view: ViewKind) {
        var state = Fixtures.state(width: 200, height: 80)
        state.modal = .help(of: view, top: 0)
        let text = Renderer.render(state).text
        for binding in BindingTable.standard.bindings(in: view) {
            #expect(text.contains(binding.help.text(in: .en)), "\(view): \(binding.command)")
            for key in binding.keys {
                #expect(text.contains(key.displayName(unicode: true, language: .en)), "\(view): \(key)")
            }
        }
    }

    /// The footer, as drawn, shows only keys of the current view, each with its command's word.
    @Test(arguments: ViewKind.allCases, [Language.en, .fr])
    func footerListsOnlyBindingsOfTheCurrentView(_ view: ViewKind, language: Language) {
        let state = harness(in: view, language: language).state
        #expect(state.view == view)
        let footer = Renderer.render(state).lines.last ?? ""
        let allowed = Set(BindingTable.standard.footer(in: view).compactMap { binding in
            binding.keys.first.map { $0.displayName(unicode: true, language: language) + " " + binding.label.text(in: language) }
        })
        let shown = footer.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if view != .tooSmall { #expect(!shown.isEmpty, "\(view): empty footer") }
        for entry in shown {
            #expect(allowed.contains(entry), "\(view) \(language): footer shows '\(entry)'")
        }
        for binding in BindingTable.standard.footer(in: view) { #expect(binding.views.contains(view)) }
    }

    @Test func everyBindingDispatchesToItsCommand() {
        for binding in BindingTable.standard.rows {
            for view in binding.views {
                for key in binding.keys {
                    #expect(BindingTable.standard.command(for: key, in: view) == binding.command, "\(key) in \(view)")
                }
            }
        }
    }

    /// Every command, in every view it is bound in, by every one of its keys, does something
    /// from a state where it can: it changes the state or asks for an effect.
    @Test func everyBoundKeyDoesSomethingInEveryViewItIsBoundIn() {
        for binding in BindingTable.standard.rows {
            for view in binding.views {
                for key in binding.keys {
                    var h = prepared(view, for: binding.command)
                    #expect(h.state.view == view)
                    let before = Observed(h.state)
                    let effects = Reducer.reduce(&h.state, .key(key))
                    #expect(Observed(h.state) != before || !effects.isEmpty, "\(key) (\(binding.command)) in \(view) did nothing")
                }
            }
        }
    }

    /// A state in `view` where `command` has something to do (a selection in the middle of
    /// its list, something collapsed to expand...).
    func prepared(_ view: ViewKind, for command: Command) -> Harness {
        var h = harness(in: view)
        switch view {
        case .dashboard, .help, .choosePlatform, .chooseExport:
            h.press(.down)
        case .checklist:
            // Instagram, its route group folded, on the objection step (a top-level leaf).
            h.press(.c("-"), .down)
            if command == .collapseAll { h.press(.c("+")) }
            if command == .scrollDetailUp { h.press(.c("J")) }
        case .search:
            h.type("form")
            h.press(.down)
        case .letter:
            // The reminder, scrolled a little: it can go up and down.
            h.press(.down, .down)
        case .chooseCover:
            // Facebook without label is covered by Instagram: three choices, the middle one current.
            h = Harness()
            h.press(.down, .down, .c("c"))
        default:
            break
        }
        return h
    }
}
