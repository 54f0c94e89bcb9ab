import ChecklistEngine

extension BindingTable {
    static let lists: Set<ViewKind> = [.dashboard, .checklist, .help, .chooseExport, .chooseCover]
    static let pickers: Set<ViewKind> = [.choosePlatform, .search, .chooseExport, .chooseCover]
    static let fields: Set<ViewKind> = [.enterLabel, .editNote]
    static let pages: Set<ViewKind> = [.dashboard, .checklist]

    /// The keys optout ships with. Order is the order of the footer and of the help screen.
    public static let standard = BindingTable([
        Binding([.up, .character("k")], .moveUp, in: lists, label: .moveUpLabel, help: .moveUpHelp),
        Binding([.up], .moveUp, in: [.choosePlatform, .search], label: .moveUpLabel, help: .moveUpHelp),
        Binding([.down, .character("j")], .moveDown, in: lists, label: .moveDownLabel, help: .moveDownHelp),
        Binding([.down], .moveDown, in: [.choosePlatform, .search], label: .moveDownLabel, help: .moveDownHelp),
        Binding([.pageUp], .pageUp, in: lists.union(pickers), label: .pageUpLabel, help: .pageUpHelp),
        Binding([.pageDown], .pageDown, in: lists.union(pickers), label: .pageDownLabel, help: .pageDownHelp),
        Binding([.home, .character("g")], .first, in: lists, label: .firstLabel, help: .firstHelp),
        Binding([.end, .character("G")], .last, in: lists, label: .lastLabel, help: .lastHelp),
        Binding([.home], .first, in: [.choosePlatform, .search], label: .firstLabel, help: .firstHelp),
        Binding([.end], .last, in: [.choosePlatform, .search], label: .lastLabel, help: .lastHelp),
        Binding([.enter, .right], .open, in: [.dashboard], footer: true, label: .openLabel, help: .openHelp),
        Binding([.enter, .right], .open, in: [.checklist], label: .openLabel, help: .openHelp),
        Binding([.enter], .open, in: pickers.union(fields), footer: true, label: .openLabel, help: .openHelp),
        Binding([.character(" ")], .toggle, in: [.checklist], footer: true, label: .toggleLabel, help: .toggleHelp,
                staysInFooterWhenDisabled: false, disabledReason: DisabledReason.nothingToTick),
        Binding([.left, .escape], .back, in: [.checklist, .help], footer: true, label: .backLabel, help: .backHelp),
        Binding([.escape], .back, in: pickers.union(fields), footer: true, label: .backLabel, help: .backHelp),
        Binding([.character("a")], .addAccount, in: [.dashboard], footer: true, label: .addAccountLabel, help: .addAccountHelp),
        Binding([.character("n")], .editNote, in: [.checklist], footer: true, label: .editNoteLabel, help: .editNoteHelp,
                staysInFooterWhenDisabled: false, disabledReason: DisabledReason.nothingToTick),
        Binding([.character("o")], .openLink, in: [.checklist], footer: true, label: .openLinkLabel, help: .openLinkHelp,
                disabledReason: DisabledReason.noLink),
        Binding([.character("y")], .copyLink, in: [.checklist], label: .copyLinkLabel, help: .copyLinkHelp,
                disabledReason: DisabledReason.noLink),
        Binding([.character("c")], .cover, in: pages, label: .coverLabel, help: .coverHelp, disabledReason: DisabledReason.noCover),
        Binding([.character("i")], .toggleDetail, in: [.checklist], footer: true, label: .toggleDetailLabel, help: .toggleDetailHelp),
        Binding([.character("J")], .scrollDetailDown, in: [.checklist], label: .scrollDetailDownLabel, help: .scrollDetailDownHelp),
        Binding([.character("K")], .scrollDetailUp, in: [.checklist], label: .scrollDetailUpLabel, help: .scrollDetailUpHelp),
        Binding([.character("+")], .expandAll, in: [.checklist], label: .expandAllLabel, help: .expandAllHelp),
        Binding([.character("-")], .collapseAll, in: [.checklist], label: .collapseAllLabel, help: .collapseAllHelp),
        Binding([.character("m")], .review, in: pages, label: .reviewLabel, help: .reviewHelp, disabledReason: DisabledReason.nothingToReview),
        Binding([.character("r")], .relabel, in: pages, label: .relabelLabel, help: .relabelHelp, disabledReason: DisabledReason.noAccount),
        Binding([.character("d"), .delete], .removeAccount, in: pages, label: .removeAccountLabel, help: .removeAccountHelp,
                disabledReason: DisabledReason.noAccount),
        Binding([.character("/")], .search, in: pages, footer: true, label: .searchLabel, help: .searchHelp),
        Binding([.character("e")], .export, in: pages, footer: true, label: .exportLabel, help: .exportHelp),
        Binding([.character("u")], .undo, in: pages, footer: true, label: .undoLabel, help: .undoHelp,
                disabledReason: DisabledReason.nothingToUndo),
        Binding([.control("r"), .character("U")], .redo, in: pages, label: .redoLabel, help: .redoHelp,
                disabledReason: DisabledReason.nothingToRedo),
        Binding([.character("y"), .enter], .confirm, in: [.confirm], footer: true, label: .confirmLabel, help: .confirmHelp),
        Binding([.character("n"), .escape], .cancel, in: [.confirm], footer: true, label: .cancelLabel, help: .cancelHelp),
        Binding([.left], .back, in: [.chooseExport, .chooseCover], label: .backLabel, help: .backHelp),
        Binding([.character("?"), .function(1)], .help, in: pages.union([.tooSmall]), footer: true, label: .helpLabel, help: .helpHelp),
        Binding([.character("q")], .quit, in: Set(ViewKind.allCases.filter { !$0.takesText }), footer: true,
                label: .quitLabel, help: .quitHelp),
        Binding([.control("c")], .quit, in: Set(ViewKind.allCases), label: .quitLabel, help: .quitHelp),
    ])
}
