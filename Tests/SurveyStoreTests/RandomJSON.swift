import SurveyCore

/// Random JSON values for comparing writers and parsers: keys and strings mix ASCII ids that share long prefixes,
/// Japanese, characters that need escaping, and text not in Unicode normal form C; numbers cover integers, fractions,
/// the 2^53 boundary and values JSON cannot hold.
struct RandomJSON {
    var random: SeededGenerator

    static let asciiKeys = ["a", "b", "Z", "_", "0", "", "ab", "ab\u{0}", "abc", "abcdefgh", "abcdefgh\u{0}", "abcdefghi", "abcdefgg_z",
                            "researchers_total", "researchers_total_2", "researchers", "committee_members__export_control",
                            "committee_members__export", "committee_members", "gov_accountable_executive", "gov_", "a\"b",
                            "a\\b", "line\nbreak", "tab\t", "\u{1}", "\u{1f}", "\u{7f}", "~"]
    static let otherKeys = ["回答", "回答者", "機関", "é", "e\u{301}x", "\u{212B}", "😀", "ｶﾅ", "a\u{300}", "研究者総数", "Ω"]
    static let fragments = ["plain", "日本語の回答です", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{c}", "\u{1f}",
                            "\u{7f}", "/", "😀", "e\u{301}", " ", "\u{2028}", "ｶﾀｶﾅ", "a", "0", "</script>"]
    static let numbers: [Double] = [0, -0.0, 1, -1, 42, 2151, 0.5, -0.25, 52.6, 1e-7, 1e21, 9_007_199_254_740_991, 9_007_199_254_740_992,
                                    -9_007_199_254_740_993, 1.797_693_134_862_315_7e308, 5e-324, 123_456.789, 100.0 / 3, .nan, .infinity,
                                    -.infinity]

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    mutating func value(depth: Int = 0, finite: Bool = false) -> JSONValue {
        switch Int.random(in: 0..<(depth >= 4 ? 4 : 7), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2:
            let number = Self.numbers.randomElement(using: &random) ?? 0
            return .number(finite && !number.isFinite ? 7 : number)
        case 3: return .string(string())
        case 4: return .array((0..<Int.random(in: 0...5, using: &random)).map { _ in value(depth: depth + 1, finite: finite) })
        default: return .object(object(depth: depth, finite: finite))
        }
    }

    mutating func object(depth: Int, finite: Bool = false) -> [String: JSONValue] {
        // Half the objects have ASCII keys only (the byte-order path), half may have others (the String-order path).
        let keys = Bool.random(using: &random) ? Self.asciiKeys : Self.asciiKeys + Self.otherKeys
        var fields: [String: JSONValue] = [:]
        for _ in 0..<Int.random(in: 0...(depth == 0 ? 40 : 12), using: &random) {
            fields[keys.randomElement(using: &random) ?? "a"] = value(depth: depth + 1, finite: finite)
        }
        return fields
    }

    mutating func string() -> String {
        (0..<Int.random(in: 0...4, using: &random)).map { _ in Self.fragments.randomElement(using: &random) ?? "" }.joined()
    }
}
