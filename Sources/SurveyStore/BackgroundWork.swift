import Dispatch
import SurveyCore

/// One piece of work running on its own thread while the caller goes on; `wait()` returns its error, if any.
/// Scoring saves page N this way while it reads and scores page N + 1, so the writer's fsync no longer stalls
/// the cores. Hand-written for the same reason as `ParallelMap`: the code around it is synchronous.
final class BackgroundWork: @unchecked Sendable {
    // `failure` is written by the work before `done` is signalled and read only after waiting on `done`.
    private let done = DispatchSemaphore(value: 0)
    private var failure: StoreError?
    private var waited = false

    init(_ work: @escaping @Sendable () throws(StoreError) -> Void) {
        DispatchQueue.global().async { [self] in
            do throws(StoreError) { try work() } catch { failure = error }
            done.signal()
        }
    }

    /// Blocks until the work has finished and rethrows its error. Called once; later calls return at once.
    func wait() throws(StoreError) {
        if !waited {
            done.wait()
            waited = true
        }
        if let failure { throw failure }
    }
}
