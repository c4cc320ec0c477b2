/// Text written by a survey author in each of the survey's languages, keyed by language code.
public struct LocalizedText: Sendable, Equatable, Hashable, Codable {
    /// Text by language code (`ja`, `en`, …).
    public var values: [String: String]

    /// Text from a language-code → text map.
    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The text in `language`, falling back to English, then Japanese, then any language present.
    public func text(_ language: Language) -> String {
        if let value = values[language.rawValue] { return value }
        if let value = values["en"] ?? values["ja"] { return value }
        return values.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// Both Japanese and English renderings as a `Message`.
    public var message: Message {
        Message(en: text(.en), ja: text(.ja))
    }

    public init(from decoder: any Decoder) throws {
        values = try [String: String](from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try values.encode(to: encoder)
    }
}
