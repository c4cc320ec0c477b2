/// A sentence shown to a user, held in every language chosa speaks.
public struct Message: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The English sentence.
    public var en: String
    /// The Japanese sentence.
    public var ja: String

    /// A message from its English and Japanese wording.
    public init(en: String, ja: String) {
        self.en = en
        self.ja = ja
    }

    /// The sentence in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .ja: ja
        case .en: en
        }
    }

    /// The English sentence, for logs and debugging.
    public var description: String { en }
}
