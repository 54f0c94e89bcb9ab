import Synchronization

/// Revisions computed once and shared by the copies of an outline, which never change.
final class StepRevisionMemo: Sendable {
    private let values: Mutex<[String?]>

    init(count: Int) { values = Mutex(Array(repeating: nil, count: count)) }

    func value(at position: Int, compute: () -> String) -> String {
        if let known = values.withLock({ $0[position] }) { return known }
        let computed = compute()  // outside the lock; two threads at worst hash it twice
        values.withLock { $0[position] = computed }
        return computed
    }
}
