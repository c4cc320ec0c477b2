import SurveyStore

/// Group commit for durable writes: requests that arrive while a transaction is committing wait and are written
/// together in the next one, so many concurrent saves share one fsync instead of queueing for one each. Every
/// request is still answered only after its own transaction has committed with `synchronous=FULL`.
actor GroupCommit<Input: Sendable, Output: Sendable> {
    typealias Outcome = Result<Output, StoreError>
    private let write: @Sendable ([Input]) throws(StoreError) -> [Outcome]
    private var pending: [(input: Input, continuation: CheckedContinuation<Outcome, Never>)] = []
    private var flushing = false
    /// The most requests one transaction carries, so one batch cannot hold the writer for long.
    private let batchLimit = 256

    init(_ write: @escaping @Sendable ([Input]) throws(StoreError) -> [Outcome]) {
        self.write = write
    }

    /// Writes `input` with whatever else is waiting, and returns its own outcome once committed.
    func submit(_ input: Input) async -> Outcome {
        await withCheckedContinuation { continuation in
            pending.append((input, continuation))
            if !flushing {
                flushing = true
                Task { await self.flush() }
            }
        }
    }

    private func flush() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(batchLimit))
            pending.removeFirst(batch.count)
            let write = self.write
            let inputs = batch.map(\.input)
            let outcomes: [Outcome]
            do {
                // Off the actor: new requests keep queueing while this batch commits.
                outcomes = try await BlockingWork.run { () throws(StoreError) in try write(inputs) }
            } catch {
                outcomes = Array(repeating: .failure(error), count: batch.count)
            }
            for (entry, outcome) in zip(batch, outcomes) { entry.continuation.resume(returning: outcome) }
        }
        flushing = false
    }
}
