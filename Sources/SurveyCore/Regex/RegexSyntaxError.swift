/// A pattern that cannot be compiled: what is wrong and where (0-based offset in Unicode scalars).
public struct RegexSyntaxError: Error, Sendable, Equatable {
    /// Where the problem starts, counted in Unicode scalars from the start of the pattern.
    public let offset: Int
    /// What the problem is.
    public let reason: Reason

    /// Creates an error at `offset`.
    public init(offset: Int, reason: Reason) {
        self.offset = offset
        self.reason = reason
    }

    /// The kinds of problem a pattern can have.
    public enum Reason: Sendable, Equatable {
        /// A `(` without its `)`, or a `)` without its `(`.
        case unbalancedParenthesis
        /// A `[` without its closing `]`.
        case unterminatedClass
        /// A quantifier with nothing before it to repeat, or following another quantifier.
        case nothingToRepeat
        /// A class range whose end precedes its start, or whose end is a class such as `\d`.
        case invalidRange
        /// A backslash before a letter or digit with no meaning, or a malformed `\x`, `\u`, `\0` or `\c` escape.
        case invalidEscape(Character)
        /// A backslash as the last character of the pattern.
        case trailingBackslash
        /// A `{` that does not begin a well-formed `{n}`, `{n,}` or `{n,m}` with n ≤ m.
        case badRepetition
        /// Valid Java syntax this engine leaves out; the value is the construct as written, such as `(?=` or `\1`.
        case unsupported(String)
        /// The pattern exceeds ``LinearRegex/maximumPatternLength`` scalars.
        case tooLong
        /// Groups nest too deeply, or counted repetition makes the program too large.
        case tooComplex
    }

    /// English message, e.g. "unbalanced parenthesis".
    public var messageEnglish: String {
        switch reason {
        case .unbalancedParenthesis: "unbalanced parenthesis"
        case .unterminatedClass: "character class is not closed with ]"
        case .nothingToRepeat: "quantifier has nothing to repeat"
        case .invalidRange: "invalid range in character class"
        case .invalidEscape(let character): "invalid escape sequence \\\(character)"
        case .trailingBackslash: "pattern ends with a backslash"
        case .badRepetition: "invalid repetition {…}; write \\{ for a literal brace"
        case .unsupported(let construct):
            "unsupported construct \(construct) (\(Self.describe(construct).english))"
        case .tooLong: "pattern is longer than \(LinearRegex.maximumPatternLength) characters"
        case .tooComplex: "pattern is too complex (groups nested too deeply or repetition counts too large)"
        }
    }

    /// Japanese message, e.g. 「括弧の対応が取れていません」.
    public var messageJapanese: String {
        switch reason {
        case .unbalancedParenthesis: "括弧の対応が取れていません"
        case .unterminatedClass: "文字クラスが ] で閉じられていません"
        case .nothingToRepeat: "繰り返しの対象がありません"
        case .invalidRange: "文字クラスの範囲指定が正しくありません"
        case .invalidEscape(let character): "不正なエスケープです: \\\(character)"
        case .trailingBackslash: "パターンがバックスラッシュで終わっています"
        case .badRepetition: "繰り返し指定 {…} が正しくありません（波括弧そのものは \\{ と書きます）"
        case .unsupported(let construct):
            "対応していない構文です: \(construct)（\(Self.describe(construct).japanese)）"
        case .tooLong: "パターンが\(LinearRegex.maximumPatternLength)文字を超えています"
        case .tooComplex: "パターンが複雑すぎます（括弧の入れ子が深すぎるか、繰り返し回数が大きすぎます）"
        }
    }

    /// Names an unsupported construct in both languages, from the token the parser recorded.
    private static func describe(_ construct: String) -> (english: String, japanese: String) {
        switch construct {
        case "(?=", "(?!": return ("lookahead", "先読み")
        case "(?<=", "(?<!": return ("lookbehind", "後読み")
        case "(?<": return ("named group", "名前付きグループ")
        case "(?>": return ("atomic group", "アトミックグループ")
        case "\\k": return ("named backreference", "名前付き後方参照")
        case "\\p", "\\P": return ("Unicode property class", "Unicode プロパティ")
        case "[", "&&": return ("nested class or class intersection", "文字クラスの入れ子・積集合")
        case "*+", "++", "?+", "}+": return ("possessive quantifier", "強欲な量指定子")
        default: break
        }
        if construct.hasPrefix("\\"), let digit = construct.dropFirst().first, digit.isASCII, digit.isNumber {
            return ("backreference", "後方参照")
        }
        if construct.hasPrefix("(?"), let flag = construct.dropFirst(2).first, "idmsuxU-".contains(flag) {
            return ("inline flags", "インラインフラグ")
        }
        if construct.hasPrefix("(?") {
            return ("group construct", "グループ構文")
        }
        return ("escape sequence", "エスケープシーケンス")
    }
}
