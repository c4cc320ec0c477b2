import SurveyCore

/// One piece of work running on its own thread while the caller goes on; `wait()` returns its error, if any.
/// Scoring saves page N this way while it reads and scores page N + 1, so the writer's fsync no longer stalls
/// the cores.
typealias BackgroundWork = Pending<Void, StoreError>

extension Pending where Value == Void {
    /// Blocks until the work has finished and rethrows its error.
    func wait() throws(Failure) {
        try value()
    }
}

/// One page of institutions to score, read on another thread while the caller scores the page before it, so the
/// cores are not left idle while SQLite reads. `value()` waits for it: nil when there are no more institutions.
typealias PageFetch = Pending<ScoringPage?, StoreError>
