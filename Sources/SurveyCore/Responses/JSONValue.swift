public import Foundation

/// Any JSON value, decoded without a schema so that a response file's mistakes can be described item by item.
public enum JSONValue: Sendable, Equatable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case let .bool(value): try container.encode(value)
        case let .number(value):
            // Whole numbers are written without a fraction so integers round-trip as integers.
            if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case let .string(value): try container.encode(value)
        case let .array(value): try container.encode(value)
        case let .object(value): try container.encode(value)
        }
    }

    /// The JSON type's name for messages ("a string", "a number", …).
    public var typeDescription: Message {
        switch self {
        case .null: Message(en: "null", ja: "null")
        case .bool: Message(en: "true/false", ja: "真偽値")
        case .number: Message(en: "a number", ja: "数値")
        case .string: Message(en: "a string", ja: "文字列")
        case .array: Message(en: "a list", ja: "配列")
        case .object: Message(en: "an object", ja: "オブジェクト")
        }
    }

    /// True for null, the empty string and the empty list: an unanswered item.
    public var isBlank: Bool {
        switch self {
        case .null: true
        case let .string(text): text.isEmpty
        case let .array(values): values.isEmpty
        default: false
        }
    }

    /// Decodes JSON text; throws `ResponseFileError` with a readable reason naming the line and column.
    public static func decode(_ data: Data) throws(ResponseFileError) -> JSONValue {
        try JSONTextParser.parse(data).mapError(ResponseFileError.init).get()
    }

    /// Decodes JSON text held in a string (such as content read back from a database) in place, without copying
    /// it into `Data` first; throws as `decode(_:)` does.
    public static func decode(_ text: String) throws(ResponseFileError) -> JSONValue {
        var text = text
        return try text.withUTF8 { JSONTextParser.parse($0) }.mapError(ResponseFileError.init).get()
    }
}

/// A response file that cannot be read at all (not JSON, too large, not UTF-8).
public struct ResponseFileError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: Message
    /// Byte offset of the syntax error, when the text is not valid JSON.
    public var offset: Int?
    /// The key an object named twice, when that is what is wrong.
    public var duplicateKey: String?

    /// An error with its message.
    public init(_ message: Message, offset: Int? = nil, duplicateKey: String? = nil) {
        self.message = message
        self.offset = offset
        self.duplicateKey = duplicateKey
    }

    init(_ failure: JSONTextParser.Failure) {
        self.init(Message(en: "not valid JSON: line \(failure.line), column \(failure.column) (byte \(failure.offset)): expected \(failure.expected.en)",
                          ja: "JSON として読めません：\(failure.line) 行 \(failure.column) 列（\(failure.offset) バイト目）に\(failure.expected.ja)が必要です"),
                  offset: failure.offset, duplicateKey: failure.duplicateKey)
    }
}
