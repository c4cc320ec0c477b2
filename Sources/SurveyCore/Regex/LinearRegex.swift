// TEMPORARY compile stub; replaced by the helper's engine.
public struct LinearRegex: Sendable, Equatable {
    public let pattern: String
    public init(_ pattern: String) throws(RegexSyntaxError) { self.pattern = pattern }
    public func matches(in text: String) -> Bool { false }
    public func matchesWhole(_ text: String) -> Bool { false }
}
public struct RegexSyntaxError: Error, Sendable, Equatable {
    public let offset: Int
    public var messageEnglish: String { "" }
    public var messageJapanese: String { "" }
}
