import Dispatch
import Foundation

/// Maps a pure function over a list on several threads, keeping the list's order. Scoring a stored submission is a
/// function of its inputs alone, so a page of cards is computed on every core while the database is read and
/// written on one thread. Hand-written because Dispatch offers only `concurrentPerform`, which returns nothing,
/// and neither the standard library nor the packages this project uses has a parallel map for synchronous code.
enum ParallelMap {
    /// `transform` of each element of `elements`, in order, computed in up to `workers` contiguous chunks at once;
    /// with one worker (or one element) simply `elements.map(transform)` on the calling thread.
    static func map<Element: Sendable, Output: Sendable>(_ elements: [Element], workers: Int,
                                                         _ transform: @escaping @Sendable (Element) -> Output) -> [Output] {
        let chunks = min(max(workers, 1), elements.count)
        guard chunks > 1 else { return elements.map(transform) }
        let collector = ChunkCollector<Output>(chunks: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (elements.count * chunk / chunks)..<(elements.count * (chunk + 1) / chunks)
            collector.store(elements[range].map(transform), chunk: chunk)
        }
        return collector.joined()
    }
}

/// Each chunk's outputs, stored by the thread that computed them and joined in chunk order once all are done.
/// `@unchecked Sendable` is safe: the only mutable state, `chunks`, is read and written only while holding `lock`.
private final class ChunkCollector<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Output]]

    init(chunks: Int) {
        self.chunks = Array(repeating: [], count: chunks)
    }

    func store(_ outputs: [Output], chunk: Int) {
        lock.withLock { chunks[chunk] = outputs }
    }

    func joined() -> [Output] {
        lock.withLock { chunks.flatMap { $0 } }
    }
}

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
