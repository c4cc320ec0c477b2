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

/// One page of institutions to score, read on another thread while the caller scores the page before it, so the
/// cores are not left idle while SQLite reads. `page()` waits for it and returns it, or its error.
final class PageFetch: @unchecked Sendable {
    // `result` is written by the read before `done` is signalled and read only after waiting on `done`.
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<ScoringPage?, StoreError> = .success(nil)
    private var waited = false

    init(_ read: @escaping @Sendable () throws(StoreError) -> ScoringPage?) {
        DispatchQueue.global().async { [self] in
            do throws(StoreError) { result = .success(try read()) } catch { result = .failure(error) }
            done.signal()
        }
    }

    /// Blocks until the page has been read; nil when there are no more institutions.
    func page() throws(StoreError) -> ScoringPage? {
        if !waited {
            done.wait()
            waited = true
        }
        return try result.get()
    }
}
