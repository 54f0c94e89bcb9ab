import ChecklistEngine
import Foundation

/// Everything the full-screen view shows, as a value. Only `reduce` changes it.
public struct AppState: Sendable {
    public var catalog: Catalog
    /// The progress as last saved (or read); set through `setProgress` so evaluations follow.
    public private(set) var progress: UserProgress
    /// The status of every account, recomputed only when the progress or the clock changes.
    public private(set) var evaluations: [AccountEvaluation]
    /// The dashboard's rows over `evaluations`: holder headings once there is more than one holder.
    public private(set) var dashboardRows: DashboardRows
    public private(set) var now: Date
    public var language: Language
    /// Whether the terminal can show Unicode symbols; ASCII otherwise.
    public var unicode: Bool
    /// Why changes cannot be saved (another optout has the file), or nil.
    public var readOnlyReason: String?
    public var width: Int
    public var height: Int
    /// Times are shown in this zone (UTC in tests); files keep UTC.
    public var timeZone: TimeZone
    /// The zone's letters ("CEST"), read once from tzdata: times on screen name their zone.
    public var zoneLetters: ZoneLetters?
    /// A problem to show once at start (a broken theme or catalog file), in the message line.
    public var startupNotice: String?

    public var page: Page = .dashboard
    public var dashboard = ListPosition()
    public var checklist: ChecklistState?
    /// The open letter view, when `page` is `.letter`.
    public var letter: LetterViewState?
    /// What a letter needs beyond the catalog: the authorities and the user's country and Land.
    public var authorities: [Authority] = []
    /// Whether `authorities` was read (an empty list may be all there is).
    public var authoritiesLoaded = false
    public var country: String?
    public var region: String?
    /// Accounts whose missing holder or identifier the letter view asked for already: it asks once.
    public var askedForLetterDetails: Set<String> = []
    public var modal: Modal?

    /// Changes that undo what was done, newest last; redo holds what undo undid.
    public var undoStack: [ProgressChange] = []
    public var redoStack: [ProgressChange] = []
    public var message: Message?
    /// The keys, as a value: rebinding one changes every footer, help line and sentence naming it.
    public var bindings: BindingTable = .standard
    public var isQuitting = false

    public init(
        catalog: Catalog, progress: UserProgress, now: Date, language: Language, unicode: Bool,
        width: Int, height: Int, timeZone: TimeZone = .current, readOnlyReason: String? = nil
    ) {
        self.timeZone = timeZone
        self.zoneLetters = ZoneLetters(timeZone: timeZone)
        self.catalog = catalog
        self.progress = progress
        self.now = now
        self.evaluations = Self.evaluate(progress, catalog: catalog, now: now, timeZone: timeZone)
        self.dashboardRows = DashboardRows(evaluations)
        self.language = language
        self.unicode = unicode
        self.width = width
        self.height = height
        self.readOnlyReason = readOnlyReason
    }

    /// Dates and times said in the user's language and zone.
    public var dates: SpokenDate { SpokenDate(language, timeZone: timeZone, zoneLetters: .some(zoneLetters)) }

    public mutating func setProgress(_ progress: UserProgress) {
        self.progress = progress
        reevaluate()
    }

    /// The accounts' evaluations, what needs doing first (`AccountEvaluation.byUrgency`), each
    /// holder's together (`DashboardRows.grouped`).
    static func evaluate(_ progress: UserProgress, catalog: Catalog, now: Date, timeZone: TimeZone) -> [AccountEvaluation] {
        DashboardRows.grouped(AccountEvaluation.byUrgency(StatusEvaluator(catalog: catalog, now: now, timeZone: timeZone).evaluate(progress)))
    }

    /// Evaluates again; the dashboard's cursor stays on its account when the order changes.
    private mutating func reevaluate() {
        let selected = selectedAccount?.account.id
        evaluations = Self.evaluate(progress, catalog: catalog, now: now, timeZone: timeZone)
        dashboardRows = DashboardRows(evaluations)
        if let selected, let position = evaluations.firstIndex(where: { $0.account.id == selected }) {
            dashboard.selected = position
        }
    }

    /// Statuses follow the clock to the minute (re-check periods are days long): within the
    /// minute they were evaluated in, only the time moves. The run loop sends the clock once at
    /// start, right after the state was made, and that no longer evaluates every account twice.
    public mutating func setNow(_ now: Date) {
        let sameMinute = (now.timeIntervalSince1970 / 60).rounded(.down) == (self.now.timeIntervalSince1970 / 60).rounded(.down)
        self.now = now
        if !sameMinute { reevaluate() }
    }

    public enum Page: Equatable, Sendable {
        case dashboard
        case checklist
        case letter
    }

    /// A selection and the first visible row of a list.
    public struct ListPosition: Equatable, Sendable {
        public var selected = 0
        public var top = 0
        public init() {}
    }

    public struct Message: Equatable, Sendable {
        public enum Kind: Sendable { case info, error }
        public var text: String
        public var kind: Kind
        public init(_ text: String, _ kind: Kind = .info) {
            self.text = text
            self.kind = kind
        }
    }

    /// The view keys are dispatched to: the modal if any, else the page; too small wins.
    public var view: ViewKind {
        if width < Layout.minimumWidth || height < Layout.minimumHeight {
            if case .help = modal { return .help }
            return .tooSmall
        }
        if let modal { return modal.view }
        switch page {
        case .dashboard: return .dashboard
        case .checklist: return .checklist
        case .letter: return .letter
        }
    }

    public func evaluation(ofAccount id: String) -> AccountEvaluation? {
        evaluations.first { $0.account.id == id }
    }

    /// The account under the cursor on the dashboard.
    public var selectedAccount: AccountEvaluation? {
        evaluations.indices.contains(dashboard.selected) ? evaluations[dashboard.selected] : nil
    }

    /// The account the current page is about: the open checklist's, else the dashboard's selection.
    public var currentAccount: AccountEvaluation? {
        if page == .checklist, let id = checklist?.accountID { return evaluation(ofAccount: id) }
        if page == .letter, let id = letter?.accountID { return evaluation(ofAccount: id) }
        return selectedAccount
    }
}

/// The open checklist of one account.
public struct ChecklistState: Equatable, Sendable {
    public var accountID: String
    /// Steps folded by the user; everything else is expanded so no step hides in a menu.
    public var collapsed: Set<String> = []
    public var selectedStep: String?
    public var top = 0
    /// On narrow terminals the detail pane replaces the tree while this is on.
    public var showsDetail = false
    /// How many lines of the detail pane are scrolled out of view (J and K).
    public var detailTop = 0
    /// The visible rows as last laid out (see `ChecklistRows.swift`): derived, not state, so
    /// equality ignores it.
    var rowsCache: ChecklistRowsCache?

    public init(accountID: String) { self.accountID = accountID }

    public static func == (lhs: ChecklistState, rhs: ChecklistState) -> Bool {
        lhs.accountID == rhs.accountID && lhs.collapsed == rhs.collapsed && lhs.selectedStep == rhs.selectedStep
            && lhs.top == rhs.top && lhs.showsDetail == rhs.showsDetail && lhs.detailTop == rhs.detailTop
    }
}

/// An overlay that takes the keys until it closes.
public enum Modal: Equatable, Sendable {
    case choosePlatform(PlatformPicker)
    case enterLabel(LabelPurpose, TextField)
    case help(of: ViewKind, top: Int)
    case search(SearchState)
    case confirmRemove(accountID: String)
    case confirmOverwrite(ExportFormat, path: String)
    /// The letter's file exists: replace it with `text`?
    case confirmLetterOverwrite(text: String, name: String, path: String)
    case editNote(accountID: String, stepID: String, TextField)
    case chooseExport(selected: Int)
    case chooseCover(accountID: String, choices: [String?], selected: Int)

    public var view: ViewKind {
        switch self {
        case .choosePlatform: .choosePlatform
        case .enterLabel: .enterLabel
        case .help: .help
        case .search: .search
        case .confirmRemove, .confirmOverwrite, .confirmLetterOverwrite: .confirm
        case .editNote: .editNote
        case .chooseExport: .chooseExport
        case .chooseCover: .chooseCover
        }
    }

    public enum LabelPurpose: Equatable, Sendable {
        case newAccount(platform: String)
        case relabel(accountID: String)
        /// Who the account belongs to, asked by the letter view; `thenIdentifier` asks that next.
        case holder(accountID: String, thenIdentifier: Bool)
        /// What the platform knows the account by, asked by the letter view.
        case identifier(accountID: String)
        /// The day a letter went out, typed as YYYY-MM-DD.
        case letterDay(accountID: String, kind: Letter.Kind)
        /// The path of a file to attach to a step as evidence (Tab completes it).
        case attachPath(accountID: String, stepID: String)
    }
}
