import Dispatch
import Synchronization

/// Work that runs on another core while this thread does something else: the full-screen
/// view reads the progress file while it loads the catalog. `value()` waits for it.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let outcome = Mutex<Result<Value, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { try work() }
            self.outcome.withLock { $0 = result }
            self.finished.signal()
        }
    }

    /// The work's value, or the error it threw, once it is done.
    func value() throws -> Value {
        finished.wait()
        finished.signal()  // a second call returns at once
        guard let result = outcome.withLock({ $0 }) else { preconditionFailure("signalled before a result was stored") }
        return try result.get()
    }
}
