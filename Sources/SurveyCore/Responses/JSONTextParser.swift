import Foundation

/// A strict RFC 8259 parser straight from UTF-8 bytes to `JSONValue`. Hand-written because decoding through
/// `JSONDecoder` into this enum (trying each type in turn) capped response import at about 4,400 files per second;
/// this parser is several times faster. It is the only JSON grammar in chosa: anything that is not valid JSON
/// (including invalid UTF-8, unpaired surrogates, numbers too large for a double and an object naming a key
/// twice) fails with the byte offset where reading stopped and what was expected there.
struct JSONTextParser {
    /// Where and why the text is not valid JSON.
    struct Failure: Error, Equatable {
        /// Byte offset from the start of the text.
        var offset: Int
        /// 1-based line.
        var line: Int
        /// 1-based column, counted in characters.
        var column: Int
        /// What was expected at that place.
        var expected: Message
        /// The key an object named twice, when that is the problem.
        var duplicateKey: String?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// The first failure seen; the innermost reader records it, so callers unwinding do not overwrite it.
    private var failure: (offset: Int, expected: Message, duplicateKey: String?)?
    /// Members of the objects being read, one list per nesting depth, reused from object to object. Members are
    /// gathered first so each object's dictionary is created at its final size: growing it member by member
    /// rehashed every key several times, a sixth of reading a large response file.
    private var members: [[(String, JSONValue)]] = []

    static func parse(_ data: Data) -> Result<JSONValue, Failure> {
        data.withUnsafeBytes { raw in parse(raw.bindMemory(to: UInt8.self)) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, Failure> {
        var parser = JSONTextParser(bytes: bytes)
        // A byte-order mark, as some Windows editors write, is not part of the text.
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipSpace()
        if let value = parser.value() {
            parser.skipSpace()
            if parser.index == parser.bytes.count { return .success(value) }
            _ = parser.fail(Message(en: "the end of the text", ja: "テキストの終わり"))
        }
        return .failure(parser.located())
    }

    /// Records the first failure at the current index; returns nil so readers can `return fail(...)`.
    private mutating func fail(_ expected: Message, at offset: Int? = nil, duplicateKey: String? = nil) -> JSONValue? {
        if failure == nil { failure = (offset ?? index, expected, duplicateKey) }
        return nil
    }

    /// The failure with its line and column, computed only now that reading has stopped.
    private func located() -> Failure {
        let (offset, expected, key) = failure ?? (index, Message(en: "valid JSON", ja: "正しい JSON"), nil)
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // count characters, not UTF-8 continuation bytes
                column += 1
            }
        }
        return Failure(offset: offset, line: line, column: column, expected: expected, duplicateKey: key)
    }

    private static let valueExpected = Message(en: "a value (object, list, string, number, true, false or null)",
                                               ja: "値（オブジェクト・配列・文字列・数値・true・false・null）")
    private static let tooDeep = Message(en: "less deeply nested data", ja: "より浅い入れ子")

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    private mutating func value() -> JSONValue? {
        guard index < bytes.count else { return fail(Self.valueExpected) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return fail(Self.valueExpected)
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return fail(Self.valueExpected) }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return fail(Self.valueExpected) }
        index += count
        return value
    }

    private mutating func object() -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { return fail(Self.tooDeep) }
        let start = index
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object([:])
        }
        let level = depth - 1
        while members.count <= level { members.append([]) }
        members[level].removeAll(keepingCapacity: true)
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                return fail(Message(en: "a key in double quotes", ja: "二重引用符で囲んだキー"))
            }
            guard let key = string() else { return nil }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return fail(Message(en: "':' after the key", ja: "キーの後の「:」")) }
            index += 1
            skipSpace()
            guard let element = value() else { return nil }
            members[level].append((key, element))
            skipSpace()
            guard index < bytes.count else { return fail(Message(en: "',' or '}'", ja: "「,」か「}」")) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { return fail(Message(en: "',' or '}'", ja: "「,」か「}」")) }
            index += 1
            let object = Dictionary(members[level], uniquingKeysWith: { first, _ in first })
            // A key named twice is ambiguous (which value did the sender mean?), so it is refused, not resolved.
            guard object.count == members[level].count else { return duplicate(in: members[level], objectStart: start) }
            return .object(object)
        }
    }

    /// Fails naming the first key that occurs twice among `members`.
    private mutating func duplicate(in members: [(String, JSONValue)], objectStart: Int) -> JSONValue? {
        var seen: Set<String> = []
        let key = members.first { !seen.insert($0.0).inserted }?.0 ?? ""
        return fail(Message(en: "each key at most once in an object (\"\(key)\" is repeated)",
                            ja: "オブジェクト内でキーは一度だけ（「\(key)」が重複しています）"), at: objectStart, duplicateKey: key)
    }

    private mutating func array() -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { return fail(Self.tooDeep) }
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipSpace()
            guard let element = value() else { return nil }
            elements.append(element)
            skipSpace()
            guard index < bytes.count else { return fail(Message(en: "',' or ']'", ja: "「,」か「]」")) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "]") else { return fail(Message(en: "',' or ']'", ja: "「,」か「]」")) }
            index += 1
            return .array(elements)
        }
    }

    /// A string starting at the opening quote; the plain stretch between escapes is validated as UTF-8 in one go,
    /// and a string without escapes (nearly all of them) is made from its bytes directly.
    private mutating func string() -> String? {
        index += 1
        var start = index
        var highBits: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let plain = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                // ASCII needs no validation, and `String(decoding:)` is specialised for it; the generic
                // `String(validating:)` looked up type metadata on every call, a tenth of reading stored content.
                if highBits < 0x80 { return String(decoding: plain, as: UTF8.self) }
                guard let text = String(validating: plain, as: UTF8.self) else { return failText(Self.utf8Expected, at: start) }
                return text
            }
            if byte < 0x20 { return failText(Self.controlExpected) }
            if byte == UInt8(ascii: "\\") { break }
            highBits |= byte
            index += 1
        }
        var result = ""
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard append(start, index, to: &result) else { return failText(Self.utf8Expected, at: start) }
                index += 1
                return result
            }
            if byte < 0x20 { return failText(Self.controlExpected) }
            if byte == UInt8(ascii: "\\") {
                guard append(start, index, to: &result) else { return failText(Self.utf8Expected, at: start) }
                let escapeStart = index
                guard let scalar = escape() else { return failText(Self.escapeExpected, at: escapeStart) }
                result.unicodeScalars.append(scalar)
                start = index
                continue
            }
            index += 1
        }
        return failText(Message(en: "a closing '\"'", ja: "閉じる「\"」"))
    }

    private mutating func failText(_ expected: Message, at offset: Int? = nil) -> String? {
        _ = fail(expected, at: offset)
        return nil
    }

    private static let controlExpected = Message(en: "no raw control characters in a string (write \\n for a line break)", ja: "文字列中に制御文字を直接書かないこと（改行は \\n と書きます）")
    private static let utf8Expected = Message(en: "UTF-8 text", ja: "UTF-8 のテキスト")
    private static let escapeExpected = Message(en: "a valid escape (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits, surrogates paired)",
                                                ja: "正しいエスケープ（\\\"・\\\\・\\n・\\u と16進4桁など。サロゲートは対で）")


    private func append(_ start: Int, _ end: Int, to result: inout String) -> Bool {
        guard end > start else { return true }
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) else { return false }
        result += text
        return true
    }

    /// The character of an escape sequence starting at the backslash; surrogate pairs are joined, lone ones refused.
    private mutating func escape() -> Unicode.Scalar? {
        guard index + 1 < bytes.count else { return nil }
        let kind = bytes[index + 1]
        index += 2
        switch kind {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let high = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
                index += 2
                guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        default:
            return nil
        }
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// A number in JSON's grammar; small integers are computed directly, others parsed as a double.
    private mutating func number() -> JSONValue? {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { return fail(Self.numberExpected) }
        var integer: Int64 = 0
        var digits = 0
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            digits = 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) {
                if digits < 18 { integer = integer * 10 + Int64(bytes[index] - UInt8(ascii: "0")) }
                digits += 1
                index += 1
            }
        }
        var simple = digits < 18
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            simple = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { return fail(Self.numberExpected) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            simple = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { return fail(Self.numberExpected) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if simple { return .number(negative ? -Double(integer) : Double(integer)) }
        guard let parsed = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)),
              parsed.isFinite else { return fail(Self.numberExpected, at: start) }
        return .number(parsed)
    }

    private static let numberExpected = Message(en: "a finite number", ja: "有限の数値")

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
