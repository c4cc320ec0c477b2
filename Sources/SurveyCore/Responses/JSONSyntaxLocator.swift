/// Finds where JSON text stops being valid, for messages: Foundation's decoders on Linux say only
/// "The given data was not valid JSON." Runs only after decoding failed, so it favours clarity over speed.
struct JSONSyntaxLocator {
    /// The first problem: 1-based line and column, and what was expected there.
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var expected: Message
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The first syntax problem in `bytes`, or nil when the text is valid JSON.
    static func locate(_ bytes: [UInt8]) -> Problem? {
        var locator = JSONSyntaxLocator(bytes)
        do {
            locator.skipSpace()
            try locator.value()
            locator.skipSpace()
            if locator.index < bytes.count { throw locator.problem(Message(en: "the end of the text", ja: "テキストの終わり")) }
            return nil
        } catch {
            return error as? Problem ?? locator.problem(Message(en: "valid JSON", ja: "正しい JSON"))
        }
    }

    private func problem(_ expected: Message) -> Problem {
        var line = 1
        var column = 1
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // count characters, not UTF-8 continuation bytes
                column += 1
            }
        }
        return Problem(line: line, column: column, expected: expected)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func expect(_ byte: UInt8, _ what: Message) throws {
        guard current == byte else { throw problem(what) }
        index += 1
    }

    private mutating func value() throws {
        depth += 1
        defer { depth -= 1 }
        // Deeper nesting than any response needs; stop before the stack does.
        guard depth < 512 else { throw problem(Message(en: "less deeply nested data", ja: "より浅い入れ子")) }
        let valueExpected = Message(en: "a value (object, list, string, number, true, false or null)",
                                    ja: "値（オブジェクト・配列・文字列・数値・true・false・null）")
        guard let byte = current else { throw problem(valueExpected) }
        switch byte {
        case UInt8(ascii: "{"):
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else { throw problem(Message(en: "a key in double quotes", ja: "二重引用符で囲んだキー")) }
                try string()
                skipSpace()
                try expect(UInt8(ascii: ":"), Message(en: "':' after the key", ja: "キーの後の「:」"))
                skipSpace()
                try value()
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "}"), Message(en: "',' or '}'", ja: "「,」か「}」"))
                return
            }
        case UInt8(ascii: "["):
            index += 1
            skipSpace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                skipSpace()
                try value()
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "]"), Message(en: "',' or ']'", ja: "「,」か「]」"))
                return
            }
        case UInt8(ascii: "\""):
            try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
        default:
            for word in ["true", "false", "null"] where bytes[index...].starts(with: Array(word.utf8)) {
                index += word.utf8.count
                return
            }
            throw problem(valueExpected)
        }
    }

    private mutating func string() throws {
        index += 1
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 2
            case 0..<0x20:
                throw problem(Message(en: "no raw control characters in a string (write \\n for a line break)",
                                      ja: "文字列中に制御文字を直接書かないこと（改行は \\n と書きます）"))
            default:
                index += 1
            }
        }
        throw problem(Message(en: "a closing '\"'", ja: "閉じる「\"」"))
    }

    private mutating func number() throws {
        let start = index
        let allowed = Set("+-0123456789.eE".utf8)
        while let byte = current, allowed.contains(byte) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let parsed = Double(text), parsed.isFinite else {
            index = start
            throw problem(Message(en: "a finite number", ja: "有限の数値"))
        }
    }
}

extension JSONSyntaxLocator.Problem: Error {}
