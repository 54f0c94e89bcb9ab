import Dispatch
import Foundation

/// Runs work on a thread of its own and waits for it at most a budget, so a hang is reported
/// when the budget runs out rather than when (if ever) the work returns. A thread cannot be
/// stopped from outside: work that overran keeps its thread, and the caller should stop
/// handing out more.
enum Deadline {
    enum Outcome<Value: Sendable>: Sendable {
        case finished(Result<Value, any Error>)
        case overran
    }

    /// The stack of the main thread on Linux, so deep nesting fails here exactly as it would
    /// in optout.
    static let stackSize = 8 << 20

    static func run<Value: Sendable>(within budget: Duration, _ work: @escaping @Sendable () throws -> Value) -> Outcome<Value> {
        let result = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.set(Result { try work() })
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        let (seconds, attoseconds) = budget.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        guard done.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success, let value = result.value else { return .overran }
        return .finished(value)
    }

    private final class ResultBox<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Result<Value, any Error>?

        func set(_ value: Result<Value, any Error>) { lock.withLock { stored = value } }
        var value: Result<Value, any Error>? { lock.withLock { stored } }
    }
}
