import Testing
@testable import SurveyCore

/// A pattern, a text, and what Java's `find()` and `matches()` answer, unless `note` says why this engine differs.
struct RegexMatchCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let text: String
    let find: Bool
    let whole: Bool
    let note: String

    init(_ pattern: String, _ text: String, find: Bool, whole: Bool, _ note: String = "") {
        self.pattern = pattern
        self.text = text
        self.find = find
        self.whole = whole
        self.note = note
    }

    var testDescription: String {
        "/\(pattern)/ on \(text.debugDescription)" + (note.isEmpty ? "" : " — \(note)")
    }
}

/// Expectations were produced by running each row through Java 17's `java.util.regex`; the rows in
/// `javaCorners` whose note names a Java version are where this engine deliberately answers otherwise.
enum RegexMatchTables {
    static let literalsAndClasses: [RegexMatchCase] = [
        .init(#"abc"#, "abc", find: true, whole: true),
        .init(#"abc"#, "xabcx", find: true, whole: false),
        .init(#"abc"#, "ab", find: false, whole: false),
        .init(#"abc"#, "ABC", find: false, whole: false),
        .init(#"a.c"#, "abc", find: true, whole: true),
        .init(#"a.c"#, "a\nc", find: false, whole: false),
        .init(#"[abc]"#, "b", find: true, whole: true),
        .init(#"[abc]"#, "d", find: false, whole: false),
        .init(#"^[abc]+$"#, "cab", find: true, whole: true),
        .init(#"[a-z]"#, "Q", find: false, whole: false),
        .init(#"^[a-z]+$"#, "hello", find: true, whole: true),
        .init(#"^[a-zA-Z0-9]+$"#, "Ab9", find: true, whole: true),
        .init(#"[^abc]"#, "abc", find: false, whole: false),
        .init(#"[^abc]"#, "abcd", find: true, whole: false),
        .init(#"^[^0-9]+$"#, "abc", find: true, whole: true),
        .init(#"[]a]"#, "]", find: true, whole: true),
        .init(#"[^]a]"#, "b", find: true, whole: true),
        .init(#"[a-]"#, "-", find: true, whole: true),
        .init(#"[-a]"#, "-", find: true, whole: true),
        .init(#"[a-z-0]"#, "-", find: true, whole: true),
        .init(#"[\d-z]"#, "-", find: true, whole: true),
        .init(#"[\d-z]"#, "k", find: false, whole: false),
        .init(#"[a\-z]"#, "-", find: true, whole: true),
        .init(#"[a\]]"#, "]", find: true, whole: true),
        .init(#"[\\]"#, "\\", find: true, whole: true),
        .init(#"[.]"#, "x", find: false, whole: false),
        .init(#"[$^]"#, "^", find: true, whole: true),
        .init(#"[\x41-\x5A]"#, "Q", find: true, whole: true),
        .init(#"[\u3041-\u3093]"#, "ぬ", find: true, whole: true),
        .init(#"[^\d]"#, "5", find: false, whole: false),
        .init(#"[\D]"#, "a", find: true, whole: true),
        .init(#"[&a]"#, "&", find: true, whole: true),
        .init(#"[\s\S]"#, "\n", find: true, whole: true),
        .init(#"[^\n]"#, "\r", find: true, whole: true),
    ]
    static let escapes: [RegexMatchCase] = [
        .init(#"\d"#, "7", find: true, whole: true),
        .init(#"\d"#, "x", find: false, whole: false),
        .init(#"\D"#, "x", find: true, whole: true),
        .init(#"\w"#, "_", find: true, whole: true),
        .init(#"\w"#, "-", find: false, whole: false),
        .init(#"\W"#, "-", find: true, whole: true),
        .init(#"\s"#, " ", find: true, whole: true),
        .init(#"\s"#, "\u{B}", find: true, whole: true),
        .init(#"\S"#, " ", find: false, whole: false),
        .init(#"\t\n\r\f\a\e"#, "\t\n\r\u{C}\u{7}\u{1B}", find: true, whole: true),
        .init(#"\x41"#, "A", find: true, whole: true),
        .init(#"\x{3042}"#, "あ", find: true, whole: true),
        .init(#"\u3042"#, "あ", find: true, whole: true),
        .init(#"\uD83D\uDE00"#, "😀", find: true, whole: true),
        .init(#"\0101"#, "A", find: true, whole: true),
        .init(#"\0400"#, " 0", find: true, whole: true),
        .init(#"\cA"#, "\u{1}", find: true, whole: true),
        .init(#"\."#, "a", find: false, whole: false),
        .init(#"\."#, ".", find: true, whole: true),
        .init(#"\\"#, "\\", find: true, whole: true),
        .init(#"\/"#, "/", find: true, whole: true),
        .init(#"\-"#, "-", find: true, whole: true),
        .init(#"\(\)\[\]\{\}"#, "()[]{}", find: true, whole: true),
        .init(#"\*\+\?\|\^\$"#, "*+?|^$", find: true, whole: true),
        .init(#"\@"#, "@", find: true, whole: true),
        .init(#"\あ"#, "あ", find: true, whole: true),
        .init(#"\Qa.b\E"#, "a.b", find: true, whole: true),
        .init(#"\Qa.b\E"#, "axb", find: false, whole: false),
        .init(#"\Qab\E+"#, "abbb", find: true, whole: true),
        .init(#"\Qa.b"#, "a.b", find: true, whole: true),
        .init(#"}"#, "}", find: true, whole: true),
        .init(#"]"#, "]", find: true, whole: true),
    ]
    static let quantifiers: [RegexMatchCase] = [
        .init(#"^a*$"#, "", find: true, whole: true),
        .init(#"^a*$"#, "aaa", find: true, whole: true),
        .init(#"^a+$"#, "", find: false, whole: false),
        .init(#"^a+$"#, "aaa", find: true, whole: true),
        .init(#"^ab?c$"#, "ac", find: true, whole: true),
        .init(#"^ab?c$"#, "abbc", find: false, whole: false),
        .init(#"^x{0}y$"#, "y", find: true, whole: true),
        .init(#"^x{2}$"#, "x", find: false, whole: false),
        .init(#"^x{2}$"#, "xx", find: true, whole: true),
        .init(#"^x{2}$"#, "xxx", find: false, whole: false),
        .init(#"^x{2,}$"#, "x", find: false, whole: false),
        .init(#"^x{2,}$"#, "xxxxx", find: true, whole: true),
        .init(#"^x{2,3}$"#, "x", find: false, whole: false),
        .init(#"^x{2,3}$"#, "xx", find: true, whole: true),
        .init(#"^x{2,3}$"#, "xxx", find: true, whole: true),
        .init(#"^x{2,3}$"#, "xxxx", find: false, whole: false),
        .init(#"^x{0,0}$"#, "", find: true, whole: true),
        .init(#"x{2,3}"#, "xxxx", find: true, whole: false),
        .init(#"^x*?y$"#, "xxy", find: true, whole: true),
        .init(#"^x+?y$"#, "y", find: false, whole: false),
        .init(#"^x??y$"#, "y", find: true, whole: true),
        .init(#"^x{2,3}?$"#, "xxx", find: true, whole: true),
        .init(#"^(ab)*$"#, "ababab", find: true, whole: true),
        .init(#"^(ab)*$"#, "ababa", find: false, whole: false),
        .init(#"^(?:ab|cd){2}$"#, "abcd", find: true, whole: true),
        .init(#"^(a|b){3,}$"#, "ab", find: false, whole: false),
        .init(#"^()*$"#, "", find: true, whole: true),
        .init(#"^(a*)*$"#, "aaa", find: true, whole: true),
    ]
    static let alternationAndAnchors: [RegexMatchCase] = [
        .init(#"a|b|c"#, "c", find: true, whole: true),
        .init(#"ab|a"#, "a", find: true, whole: true),
        .init(#"^ab|cd$"#, "xcd", find: true, whole: false),
        .init(#"^ab|cd$"#, "abx", find: true, whole: false),
        .init(#"^ab|cd$"#, "xab", find: false, whole: false),
        .init(#"^(ab|cd)$"#, "xcd", find: false, whole: false),
        .init(#"x|ab"#, "xab", find: true, whole: false),
        .init(#"a|"#, "x", find: true, whole: false),
        .init(#"|a"#, "x", find: true, whole: false),
        .init(#"a||b"#, "c", find: true, whole: false),
        .init(#"^abc"#, "xabc", find: false, whole: false),
        .init(#"abc$"#, "abcx", find: false, whole: false),
        .init(#"a^b"#, "ab", find: false, whole: false),
        .init(#"a$b"#, "ab", find: false, whole: false),
        .init(#"\Aabc"#, "abc", find: true, whole: true),
        .init(#"x\Aabc"#, "xabc", find: false, whole: false),
        .init(#"abc\z"#, "abc", find: true, whole: true),
        .init(#"\bcat\b"#, "a cat!", find: true, whole: false),
        .init(#"\bcat\b"#, "concat", find: false, whole: false),
        .init(#"\Bcat"#, "concat", find: true, whole: false),
        .init(#"^*a"#, "a", find: true, whole: true),
    ]
    static let findVersusWhole: [RegexMatchCase] = [
        .init(#"b"#, "abc", find: true, whole: false),
        .init(#".*b.*"#, "abc", find: true, whole: true),
        .init(#"[0-9]{3}"#, "1234", find: true, whole: false),
        .init(#"^[0-9]{3}"#, "1234", find: true, whole: false),
        .init(#"[0-9]{3}$"#, "1234", find: true, whole: false),
        .init(#"a*"#, "", find: true, whole: true),
        .init(#"a*"#, "bbb", find: true, whole: false),
        .init(#""#, "", find: true, whole: true),
        .init(#""#, "abc", find: true, whole: false),
        .init(#"^$"#, "", find: true, whole: true),
        .init(#"^$"#, "a", find: false, whole: false),
        .init(#"$"#, "", find: true, whole: true),
    ]
    static let japanese: [RegexMatchCase] = [
        .init(#"^[ぁ-んァ-ヶー一-龠]+$"#, "やまだタロウ山田", find: true, whole: true),
        .init(#"^[ぁ-んァ-ヶー一-龠]+$"#, "やまだ taro", find: false, whole: false),
        .init(#"^[ぁ-ん]+$"#, "カタカナ", find: false, whole: false),
        .init(#"^[ァ-ヶー]+$"#, "カタカナー", find: true, whole: true),
        .init(#"^\d+$"#, "１２３", find: false, whole: false),
        .init(#"^\d+$"#, "123", find: true, whole: true),
        .init(#"^[０-９]+$"#, "１２３", find: true, whole: true),
        .init(#"."#, "あ", find: true, whole: true),
        .init(#"^...$"#, "東京都", find: true, whole: true),
        .init(#"^.{2}$"#, "東京都", find: false, whole: false),
        .init(#"\w"#, "あ", find: false, whole: false),
        .init(#"\W"#, "あ", find: true, whole: true),
        .init(#"\s"#, "\u{3000}", find: false, whole: false),
        .init(#"\h"#, "\u{3000}", find: true, whole: true),
        .init(#"[\h]"#, "\u{3000}", find: true, whole: true),
        .init(#"^[^\x00-\x7F]+$"#, "日本語", find: true, whole: true),
        .init(#"^[^\x00-\x7F]+$"#, "日本go", find: false, whole: false),
        .init(#"東京"#, "〒100-0014 東京都千代田区", find: true, whole: false),
        .init(#"^東京"#, "〒100-0014 東京都千代田区", find: false, whole: false),
        .init(#"^.$"#, "😀", find: true, whole: true),
        .init(#"[^a]"#, "😀", find: true, whole: true),
    ]
    static let surveyPatterns: [RegexMatchCase] = [
        .init(#"^[0-9]{3}-[0-9]{4}$"#, "100-0014", find: true, whole: true),
        .init(#"^[0-9]{3}-[0-9]{4}$"#, "1000014", find: false, whole: false),
        .init(#"^[0-9]{3}-[0-9]{4}$"#, "100-00145", find: false, whole: false),
        .init(#"^[0-9]{3}-[0-9]{4}$"#, "１００-００１４", find: false, whole: false),
        .init(#"^[0-9]{3}-[0-9]{4}$"#, "", find: false, whole: false),
        .init(#"^[A-Z]{2}-[0-9]{3}$"#, "AB-123", find: true, whole: true),
        .init(#"^[A-Z]{2}-[0-9]{3}$"#, "ab-123", find: false, whole: false),
        .init(#"^[A-Z]{2}-[0-9]{3}$"#, "ABC-123", find: false, whole: false),
        .init(#"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$"#, "taro@example.jp", find: true, whole: true),
        .init(#"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$"#, "taro@example", find: false, whole: false),
        .init(#"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$"#, "ta ro@example.jp", find: false, whole: false),
        .init(#"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"#, "a.b+c@x-y.co.jp", find: true, whole: true),
        .init(#"^0\d{1,4}-\d{1,4}-\d{4}$"#, "03-1234-5678", find: true, whole: true),
        .init(#"^\d{1,3}(,\d{3})*$"#, "1,234,567", find: true, whole: true),
        .init(#"^\d{1,3}(,\d{3})*$"#, "1,23,4567", find: false, whole: false),
        .init(#"^-?\d+(\.\d{1,2})?$"#, "-12.50", find: true, whole: true),
        .init(#"^-?\d+(\.\d{1,2})?$"#, "12.505", find: false, whole: false),
        .init(#"^(19|20)\d{2}$"#, "2023", find: true, whole: true),
        .init(#"^(19|20)\d{2}$"#, "1899", find: false, whole: false),
    ]
    static let javaCorners: [RegexMatchCase] = [
        .init(#"abc$"#, "abc\n", find: true, whole: false, #"Java's $ also matches before a final line terminator"#),
        .init(#"abc$"#, "abc\r\n", find: true, whole: false, #"...including a final \r\n"#),
        .init(#"abc$"#, "abc\u{2028}", find: true, whole: false, #"...and U+2028"#),
        .init(#"abc$"#, "abc\n\n", find: false, whole: false, #"but only the last one"#),
        .init(#"abc\r$"#, "abc\r\n", find: false, whole: false, #"never between \r and \n"#),
        .init(#"abc$\n"#, "abc\n", find: true, whole: true, #"$ before the final newline, which is then matched"#),
        .init(#"abc\Z"#, "abc\n", find: true, whole: false, #"\Z is $"#),
        .init(#"abc\z"#, "abc\n", find: false, whole: false, #"\z is the very end"#),
        .init(#"^$"#, "\n", find: true, whole: false, #"find at 0 before the only terminator"#),
        .init(#"a.c"#, "a\rc", find: false, whole: false, #". excludes \r as well as \n"#),
        .init(#"a.c"#, "a\u{85}c", find: false, whole: false, #". excludes U+0085"#),
        .init(#"a.c"#, "a\u{2028}c", find: false, whole: false, #". excludes U+2028"#),
        .init(#"a.c"#, "a\tc", find: true, whole: true),
        .init(#"\ba"#, "あa", find: true, whole: false, #"Java 19+ \b uses \w's ASCII word characters; Java 17 says false here"#),
        .init(#"\b\d{3}\b"#, "電話123番", find: true, whole: false, #"likewise; Java 17 treats 話 and 番 as word characters"#),
        .init(#"\bテスト\b"#, "テスト", find: false, whole: false, #"likewise; Java 17 says true"#),
        .init(#"(\b([a-c]*)){2}a"#, "ba", find: true, whole: true, #"an empty iteration may precede a non-empty one; Java's Loop stops after an empty iteration"#),
        .init(#"^(^[a-c]?){2}\s$"#, "b\r", find: true, whole: true, #"likewise; Java 17 says false"#),
        .init(#"a\Q\E*"#, "aaa", find: true, whole: true, #"empty \Q\E vanishes, as in Java"#),
        .init(#"\0377"#, "ÿ", find: true, whole: true, #"three-digit octal only up to \0377"#),
        .init(#"\c\"#, "\u{1C}", find: true, whole: true, #"\c takes any following character"#),
        .init(#"\uD83D"#, "😀", find: false, whole: false, #"a lone escaped surrogate matches nothing"#),
        .init(#"[\uD83D\uDE00]"#, "😀", find: true, whole: true, #"escaped surrogate pairs combine inside classes too"#),
        .init(#"^[\x{1F600}-\x{1F64F}]$"#, "😃", find: true, whole: true),
    ]
}

/// A pattern that cannot compile, and the offset and reason it must be reported with.
struct RegexErrorCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let offset: Int
    let reason: RegexSyntaxError.Reason

    init(_ pattern: String, _ offset: Int, _ reason: RegexSyntaxError.Reason) {
        self.pattern = pattern
        self.offset = offset
        self.reason = reason
    }

    var testDescription: String { "/\(pattern)/ → \(reason) at \(offset)" }
}

/// A pattern that makes backtracking engines take exponential time, against a 50,000-scalar text it does not match.
struct RegexPathologicalCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let unit: String
    let tail: String

    var text: String { String(repeating: unit, count: 50_000 / unit.count) + tail }
    var testDescription: String { "/\(pattern)/ on \(unit.debugDescription)×\(50_000 / unit.count) + \(tail.debugDescription)" }
}

@Suite("LinearRegex")
struct LinearRegexTests {
    private static func check(_ row: RegexMatchCase) throws {
        let regex = try LinearRegex(row.pattern)
        #expect(regex.matches(in: row.text) == row.find, "find()")
        #expect(regex.matchesWhole(row.text) == row.whole, "matches()")
    }

    @Test(arguments: RegexMatchTables.literalsAndClasses)
    func literalsAndClasses(_ row: RegexMatchCase) throws { try Self.check(row) }

    @Test(arguments: RegexMatchTables.escapes)
    func escapes(_ row: RegexMatchCase) throws { try Self.check(row) }

    @Test(arguments: RegexMatchTables.quantifiers)
    func quantifiers(_ row: RegexMatchCase) throws { try Self.check(row) }

    @Test(arguments: RegexMatchTables.alternationAndAnchors)
    func alternationAndAnchors(_ row: RegexMatchCase) throws { try Self.check(row) }

    @Test(arguments: RegexMatchTables.findVersusWhole)
    func findVersusWhole(_ row: RegexMatchCase) throws { try Self.check(row) }

    @Test(arguments: RegexMatchTables.japanese)
    func japanese(_ row: RegexMatchCase) throws { try Self.check(row) }

    @Test(arguments: RegexMatchTables.surveyPatterns)
    func surveyPatterns(_ row: RegexMatchCase) throws { try Self.check(row) }

    @Test(arguments: RegexMatchTables.javaCorners)
    func javaCorners(_ row: RegexMatchCase) throws { try Self.check(row) }

    static let errors: [RegexErrorCase] = [
        .init("(a", 0, .unbalancedParenthesis),
        .init("a)", 1, .unbalancedParenthesis),
        .init("((a)", 0, .unbalancedParenthesis),
        .init("(a))", 3, .unbalancedParenthesis),
        .init("x(?:a", 1, .unbalancedParenthesis),
        .init("[", 0, .unterminatedClass),
        .init("ab[c-", 2, .unterminatedClass),
        .init("[]", 0, .unterminatedClass),
        .init("[^]", 0, .unterminatedClass),
        .init("*a", 0, .nothingToRepeat),
        .init("a|+", 2, .nothingToRepeat),
        .init("(*a)", 1, .nothingToRepeat),
        .init("a**", 2, .nothingToRepeat),
        .init("a??*", 3, .nothingToRepeat),
        .init("{1}", 0, .nothingToRepeat),
        .init("a{1}{2}", 4, .nothingToRepeat),
        .init("a*{2}", 2, .nothingToRepeat),
        .init("[z-a]", 1, .invalidRange),
        .init(#"[a-\d]"#, 1, .invalidRange),
        .init("x[9-0]", 2, .invalidRange),
        .init(#"\q"#, 0, .invalidEscape("q")),
        .init(#"a\E"#, 1, .invalidEscape("E")),
        .init(#"\0"#, 0, .invalidEscape("0")),
        .init(#"\08"#, 0, .invalidEscape("0")),
        .init(#"\c"#, 0, .invalidEscape("c")),
        .init(#"\x4"#, 0, .invalidEscape("x")),
        .init(#"\x{110000}"#, 0, .invalidEscape("x")),
        .init(#"ab\u12G4"#, 2, .invalidEscape("u")),
        .init(#"[\b]"#, 1, .invalidEscape("b")),
        .init(#"[a\z]"#, 2, .invalidEscape("z")),
        .init(#"\"#, 0, .trailingBackslash),
        .init(#"[a\"#, 2, .trailingBackslash),
        .init("{", 0, .badRepetition),
        .init("{abc}", 0, .badRepetition),
        .init("a{", 1, .badRepetition),
        .init("a{,3}", 1, .badRepetition),
        .init("a{1,2", 1, .badRepetition),
        .init("a{ 1}", 1, .badRepetition),
        .init("a{3,2}", 1, .badRepetition),
        .init("(?=a)", 0, .unsupported("(?=")),
        .init("a(?!b)", 1, .unsupported("(?!")),
        .init("(?<=a)b", 0, .unsupported("(?<=")),
        .init("(?<!a)b", 0, .unsupported("(?<!")),
        .init("(?<n>a)", 0, .unsupported("(?<")),
        .init("(?>a)", 0, .unsupported("(?>")),
        .init("(?i)abc", 0, .unsupported("(?i")),
        .init("(?a)", 0, .unsupported("(?a")),
        .init("a*+", 1, .unsupported("*+")),
        .init("a{2}+", 3, .unsupported("}+")),
        .init(#"(a)\1"#, 3, .unsupported(#"\1"#)),
        .init(#"\k<n>"#, 0, .unsupported(#"\k"#)),
        .init(#"\p{L}"#, 0, .unsupported(#"\p"#)),
        .init(#"\R"#, 0, .unsupported(#"\R"#)),
        .init("[a-z&&[^b]]", 4, .unsupported("&&")),
        .init("[[a]]", 1, .unsupported("[")),
        .init(#"[\Qa\E]"#, 1, .unsupported(#"\Q"#)),
        .init(String(repeating: "a", count: 1_001), 1_000, .tooLong),
        .init("(a{1000}){1000}", 9, .tooComplex),
        .init("a{10000}", 1, .tooComplex),
        .init("a{5000}b{5000}", 8, .tooComplex),
        .init(String(repeating: "(", count: 101) + String(repeating: ")", count: 101), 100, .tooComplex),
    ]

    @Test(arguments: errors)
    func syntaxError(_ row: RegexErrorCase) {
        #expect(throws: RegexSyntaxError(offset: row.offset, reason: row.reason)) {
            try LinearRegex(row.pattern)
        }
    }

    static let pathological: [RegexPathologicalCase] = [
        .init(pattern: "(a+)+$", unit: "a", tail: "!"),
        .init(pattern: "(a|aa)*b", unit: "a", tail: ""),
        .init(pattern: "(a*)*b", unit: "a", tail: ""),
        .init(pattern: "(x+x+)+y", unit: "x", tail: ""),
        .init(pattern: "^(a|a?)+$", unit: "a", tail: "b"),
        .init(pattern: #"^(\w+\s?)*$"#, unit: "ab ", tail: "!"),
        .init(pattern: "^([ぁ-ん]+)+$", unit: "あ", tail: "x"),
        .init(pattern: "(.*a){12}b", unit: "a", tail: ""),
    ]

    /// These take seconds to years in a backtracking engine; here each is a few milliseconds.
    @Test(arguments: pathological)
    func pathologicalPatternsStayLinear(_ row: RegexPathologicalCase) throws {
        let regex = try LinearRegex(row.pattern)
        let text = row.text
        #expect(!regex.matches(in: text))
        #expect(!regex.matchesWhole(text))
    }

    @Test func limitsAreInclusive() throws {
        _ = try LinearRegex(String(repeating: "あ", count: 1_000))
        _ = try LinearRegex(String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100))
        // 9,999 copies plus the final match instruction: exactly the 10,000 allowed.
        let longest = try LinearRegex("a{9999}")
        #expect(longest.matchesWhole(String(repeating: "a", count: 9_999)))
        #expect(!longest.matchesWhole(String(repeating: "a", count: 9_998)))
    }

    @Test func messagesInBothLanguages() {
        let unbalanced = RegexSyntaxError(offset: 0, reason: .unbalancedParenthesis)
        #expect(unbalanced.messageEnglish == "unbalanced parenthesis")
        #expect(unbalanced.messageJapanese == "括弧の対応が取れていません")
        let lookahead = RegexSyntaxError(offset: 0, reason: .unsupported("(?="))
        #expect(lookahead.messageEnglish == "unsupported construct (?= (lookahead)")
        #expect(lookahead.messageJapanese == "対応していない構文です: (?=（先読み）")
        let backreference = RegexSyntaxError(offset: 0, reason: .unsupported(#"\1"#))
        #expect(backreference.messageEnglish.contains("backreference"))
        #expect(backreference.messageJapanese.contains("後方参照"))
        let escape = RegexSyntaxError(offset: 0, reason: .invalidEscape("q"))
        #expect(escape.messageEnglish == #"invalid escape sequence \q"#)

        let reasons: [RegexSyntaxError.Reason] = [
            .unbalancedParenthesis, .unterminatedClass, .nothingToRepeat, .invalidRange, .invalidEscape("q"),
            .trailingBackslash, .badRepetition, .unsupported("(?="), .tooLong, .tooComplex,
        ]
        let errors = reasons.map { RegexSyntaxError(offset: 0, reason: $0) }
        #expect(Set(errors.map(\.messageEnglish)).count == reasons.count)
        #expect(Set(errors.map(\.messageJapanese)).count == reasons.count)
    }

    @Test func equalityFollowsThePattern() throws {
        #expect(try LinearRegex("a+b") == LinearRegex("a+b"))
        #expect(try LinearRegex("a+b") != LinearRegex("a+c"))
        #expect(try LinearRegex("a+b").pattern == "a+b")
    }

    @Test func sharedAcrossTasks() async throws {
        let regex = try LinearRegex("^[0-9]{3}-[0-9]{4}$")
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<16 {
                group.addTask { regex.matches(in: index.isMultiple(of: 2) ? "100-0014" : "100-001") }
            }
            var collected: [Bool] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.filter { $0 }.count == 8)
    }
}
