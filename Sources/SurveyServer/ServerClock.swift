public import Foundation

/// The server's source of the current time, passed in so tests can move past the deadline.
public struct ServerClock: Sendable {
    /// The current instant.
    public let now: @Sendable () -> Date

    /// A clock reading `now`.
    public init(_ now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system clock.
    public static let system = ServerClock { Date() }
}
