import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyReports

/// report.json is written without `JSONEncoder` but keeps its layout: the same bytes `JSONEncoder` gives for the same
/// value (pretty-printed, keys sorted, slashes unescaped), hostile text included.
@Suite struct ReportJSONTests {
    static func encoded(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func sameBytesAsJSONEncoder() throws {
        let report = ReportPublisher.publish(try ReportOutputTests.hostileInput(), rules: DisclosureRules(minimumCell: 5))
        let document = ReportJSON(report).document()
        let text = try ReportJSON(report).render()
        #expect(text == (try Self.encoded(document)) + "\n")
        #expect(text.contains("\"value\" : null") && text.contains("\"figures\" : ["))
        let odd: JSONValue = .object(["a": .array([]), "b": .object([:]), "c": .array([.number(1.5), .number(2), .null, .number(1e21),
                                                                                        .number(100.0 / 3), .bool(true)]),
                                      "d": .string("a/b\u{2028}\"\n\u{1}\u{8}\u{C}\r\t é\\"), "Z": .string("upper"), "_": .null])
        let expected = try Self.encoded(odd)
        #expect(PrettyJSON.text(odd) == expected, "\(PrettyJSON.text(odd))\n----\n\(expected)")
    }
}
