import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyReports
import SurveyStore

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

/// The snapshot hash, written in chunks on every core, is the hash of the snapshot's text, and the text keeps its
/// documented shape.
@Suite struct DataSnapshotTests {
    @Test func chunkedHashEqualsTheHashOfTheText() throws {
        let (_, rubric) = try ReportFixtures.realSurveyAndRubric()
        let sizes: [InstitutionCategory: Int] = [.nationalUniversity: 3_000, .privateUniversity: 6_000, .interUniversityInstitute: 17]
        for input in [ReportFixtures.input(rubric, sizes: sizes), try ReportFixtures.answeredInput()] {
            let text = DataSnapshot.text(input)
            let expected = CanonicalJSON.sha256(text)
            #expect(DataSnapshot.sha256(input) == expected)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == input.institutions.count + 1 && lines.last == "")
            let scored = try #require(lines.first { $0.contains("\tscored\t") })
            #expect(scored.split(separator: "\t").count >= 6)
            // Every scored line spells its card's domains and measures out as documented.
            for (institution, line) in zip(input.institutions, lines) {
                guard let card = institution.card else { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                #expect(fields[5] == card.domains.map { "\($0.id)=" + ($0.laxity.map(XPathValue.format) ?? "") }.joined(separator: ","))
                #expect(fields[6] == card.measures.map { "\($0.id)=\($0.status.rawValue)/\($0.evidence.rawValue)" }.joined(separator: ","))
            }
        }
    }
}
