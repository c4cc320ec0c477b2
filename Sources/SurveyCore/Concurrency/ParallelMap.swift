import Dispatch
import Foundation

/// Maps a pure function over a list on several threads, keeping the list's order. Scoring a stored submission is a
/// function of its inputs alone, so a page of cards is computed on every core while the database is read and
/// written on one thread; the report aggregates and renders its files side by side the same way. Hand-written
/// because Dispatch offers only `concurrentPerform`, which returns nothing, and neither the standard library nor the
/// packages this project uses has a parallel map for synchronous code.
package enum ParallelMap {
    /// `transform` of each element of `elements`, in order, computed in contiguous chunks on up to every core; with
    /// one worker (or one element) simply `elements.map(transform)` on the calling thread. There are up to four
    /// chunks a worker, taken by whichever core is free, so a core that finishes early (or was busy elsewhere) does
    /// not wait idle for the slowest chunk.
    package static func map<Element: Sendable, Output: Sendable>(_ elements: [Element], workers: Int,
                                                                 _ transform: @escaping @Sendable (Element) -> Output) -> [Output] {
        guard workers > 1, elements.count > 1 else { return elements.map(transform) }
        let chunks = min(workers * 4, elements.count)
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

extension ParallelMap {
    /// Runs unrelated pieces of work at once (on up to every core) and returns their results in order.
    package static func run<Output: Sendable>(_ jobs: [@Sendable () -> Output]) -> [Output] {
        map(Array(jobs.indices), workers: jobs.count) { jobs[$0]() }
    }
}
