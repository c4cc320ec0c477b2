import Foundation
import SurveyCore
import Testing

/// The one JSON grammar (issue 16, finding 9): where a document is malformed, and keys named twice refused.
@Suite struct JSONParserTests {
    @Test func aKeyNamedTwiceIsRefusedWithWhereAndWhich() throws {
        let text = "{\n  \"a\": 1,\n  \"b\": {\"x\": 1, \"x\": 2}\n}"
        do {
            _ = try JSONValue.decode(Data(text.utf8))
            Issue.record("a repeated key was accepted")
        } catch {
            #expect(error.duplicateKey == "x")
            #expect(error.offset == 19)
            #expect(error.message.en.contains("line 3, column 8"))
            #expect(error.message.en.contains("\"x\" is repeated"))
        }
        // The same key in sibling objects is fine.
        #expect(try JSONValue.decode(Data("[{\"x\": 1}, {\"x\": 2}]".utf8)) == .array([.object(["x": .number(1)]), .object(["x": .number(2)])]))
    }

    @Test(arguments: [
        ("{\"a\": }", 1, 7, "a value"),
        ("[1, 2", 1, 6, "',' or ']'"),
        ("{\"a\" 1}", 1, 6, "':' after the key"),
        ("\"tab\there\"", 1, 5, "no raw control characters"),
        ("[1e999]", 1, 2, "a finite number"),
        ("{\"a\": 1} x", 1, 10, "the end of the text"),
        ("\"\\ud800\"", 1, 2, "a valid escape"),
        ("\n\n  nul", 3, 3, "a value"),
    ] as [(String, Int, Int, String)])
    func malformedDocumentsSayWhere(_ text: String, _ line: Int, _ column: Int, _ expected: String) {
        do {
            _ = try JSONValue.decode(Data(text.utf8))
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.message.en.contains("line \(line), column \(column)"), "\(error.message.en)")
            #expect(error.message.en.contains(expected), "\(error.message.en)")
            #expect(error.duplicateKey == nil)
        }
    }

    @Test func invalidUTF8AndDeepNestingAreRefused() {
        #expect(throws: ResponseFileError.self) { try JSONValue.decode(Data([0x22, 0xFF, 0xFE, 0x22])) }
        #expect(throws: ResponseFileError.self) { try JSONValue.decode(Data((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)) }
        #expect(throws: ResponseFileError.self) { try JSONValue.decode("{\"a\": 1, \"a\": 1}") }
    }
}

/// Formula guard (issue 16, finding 8): what a spreadsheet would run is prefixed with `'`.
@Suite struct CSVFormulaGuardTests {
    @Test(arguments: ["=1+1", " =1+1", "＝1+1", "\n=1+1", "\u{200B}=1+1", "\"=1+1", "\u{3000}+1", "＋1", "－1", "＠SUM(A1)",
                      "\t=1", "\r=1", "\u{FEFF}=1+1", "\u{202E}=1+1", "\u{00A0}@x", "-1+1"])
    func formulasAreNeutralised(_ text: String) {
        #expect(CSV.neutralised(text) == "'" + text)
    }

    @Test(arguments: ["1+1", "abc", "ab=c", "", " ", "日本語", "'hello", "e=mc2"])
    func plainTextIsLeftAlone(_ text: String) {
        #expect(CSV.neutralised(text) == text)
    }

    @Test func aQuotedFormulaStaysDistinctFromAFormula() {
        #expect(CSV.neutralised("=1+1") == "'=1+1")
        #expect(CSV.neutralised("'=1+1") == "''=1+1")
        #expect(CSV.cell(.text("=1+1")) != CSV.cell(.text("'=1+1")))
        #expect(CSV.cell(.text("\n=1+1")) == "\"'\n=1+1\"")
    }
}
