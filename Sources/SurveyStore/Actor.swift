public import Foundation

/// Who makes a change and when, as recorded in the audit log. The clock is passed in, so the demo and tests
/// write the same rows every time.
public struct Actor: Sendable, Equatable {
    /// The analyst's or institution user's name, or a system name such as `import`.
    public var name: String
    /// When the change happens.
    public var now: Date

    /// An actor from its parts.
    public init(_ name: String, at now: Date) {
        self.name = name
        self.now = now
    }
}
