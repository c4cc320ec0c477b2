import Dispatch

/// Runs the store's synchronous database calls on a thread outside Swift's cooperative pool and suspends until
/// they finish. A write waits for the writer lock and an fsync; on the cooperative pool (one thread per core) that
/// wait would stall every other request, so validation and rendering could not overlap the disk.
enum BlockingWork {
    private static let queue = DispatchQueue(label: "chosa.store", qos: .userInitiated, attributes: .concurrent)

    static func run<T: Sendable, E: Error>(_ body: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            queue.async {
                do throws(E) {
                    continuation.resume(returning: .success(try body()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
