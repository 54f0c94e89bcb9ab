import ChecklistEngine
import Foundation

/// The dashboard's list as rows: the accounts, and once the accounts belong to more than one
/// person, a heading above each person's ("Marie Dupont: 3 of 5 accounts opted out").
/// Headings are not selectable; the selection stays an index into the evaluations, which
/// `grouped` keeps contiguous per holder.
public struct DashboardRows: Equatable, Sendable {
    public enum Row: Equatable, Sendable {
        /// A holder's heading over `accounts` (indices into the evaluations); nil is the accounts
        /// that name nobody.
        case holder(String?, accounts: Range<Int>)
        case account(Int)
    }

    public private(set) var rows: [Row]
    /// The row of each account, by its index in the evaluations.
    private var rowOfAccount: [Int]

    public init(_ evaluations: [AccountEvaluation]) {
        let holders = evaluations.map { Self.holder(of: $0.account) }
        let groups = Set(holders)
        guard groups.count > 1 else {
            rows = evaluations.indices.map(Row.account)
            rowOfAccount = Array(evaluations.indices)
            return
        }
        rows = []
        rowOfAccount = []
        var start = 0
        while start < holders.count {
            var end = start + 1
            while end < holders.count, holders[end] == holders[start] { end += 1 }
            rows.append(.holder(holders[start], accounts: start..<end))
            for index in start..<end {
                rowOfAccount.append(rows.count)
                rows.append(.account(index))
            }
            start = end
        }
    }

    public var isGrouped: Bool { rows.first.map { if case .holder = $0 { true } else { false } } ?? false }

    public func row(ofAccount index: Int) -> Int {
        rowOfAccount.indices.contains(index) ? rowOfAccount[index] : 0
    }

    /// Who an account belongs to, as the groups compare it: its holder without surrounding
    /// spaces, nil when blank.
    public static func holder(of account: Account) -> String? {
        let name = account.holder?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return name.isEmpty ? nil : name
    }

    /// The evaluations with each holder's accounts together: the groups in the order of their
    /// most urgent account, the accounts in their given order, unnamed accounts last.
    public static func grouped(_ evaluations: [AccountEvaluation]) -> [AccountEvaluation] {
        var order: [String?] = []
        var byHolder: [String?: [AccountEvaluation]] = [:]
        for evaluation in evaluations {
            let holder = holder(of: evaluation.account)
            if byHolder[holder] == nil { order.append(holder) }
            byHolder[holder, default: []].append(evaluation)
        }
        guard order.count > 1 else { return evaluations }
        let named = order.compactMap { $0 }.map(Optional.some)
        return (named + (byHolder[nil] == nil ? [] : [nil])).flatMap { byHolder[$0] ?? [] }
    }
}
