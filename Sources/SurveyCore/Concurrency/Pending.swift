import Dispatch
import Foundation

/// A value computed on another thread while the caller goes on; `value()` waits for it. The report loads the stored
/// survey while it looks at the folder it will write into, and scoring reads the next page of submissions while it
/// scores the current one. Hand-written for the same reason as `ParallelMap`: the code around it is synchronous.
/// `@unchecked Sendable` is safe: `result` is written once by the work before `done` is signalled and read only after
/// waiting on `done`.
package final class Pending<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Failure>?
    private var waited = false
    private let work: @Sendable () throws(Failure) -> Value

    /// Starts `work` at once on a thread of its own. Not on Dispatch's pool: the command itself and `ParallelMap`'s
    /// chunks already hold that pool's threads (one a core), and work queued behind them waited for the roster to be
    /// read before the survey could finish loading.
    package init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        self.work = work
        let thread = Thread { [self] in
            do throws(Failure) { result = .success(try work()) } catch { result = .failure(error) }
            done.signal()
        }
        thread.start()
    }

    /// Blocks until the work has finished, then returns its value or throws its error (every call the same).
    package func value() throws(Failure) -> Value {
        if !waited {
            done.wait()
            waited = true
        }
        // The work always stores a result before signalling; were it ever missing, the work is simply done again here.
        guard let result else { return try work() }
        return try result.get()
    }
}
