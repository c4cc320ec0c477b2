import Foundation
import SurveyCore
@testable import SurveyStore
import Testing

/// The byte writer against the first writer (`CanonicalJSONReference`), byte for byte: key order, escaping and
/// numbers, on random values with Japanese, control characters, text not in normal form C and nested arrays.
@Suite struct CanonicalJSONTests {
    @Test(arguments: 0..<8)
    func matchesTheFirstWriterByteForByte(_ seed: Int) {
        var random = RandomJSON(seed: UInt64(seed))
        for _ in 0..<150 {
            let value = random.value()
            let expected = CanonicalJSONReference.string(value)
            // Bytes, not `String ==`, which would accept text in another normal form.
            #expect(Array(CanonicalJSON.string(value).utf8) == Array(expected.utf8))
            #expect(CanonicalJSON.bytes(value) == Array(expected.utf8))
        }
    }

    @Test func writesTheDocumentedFormExactly() {
        let value = JSONValue.object([
            "b": .array([.number(1), .number(-2), .number(0.5), .null, .bool(true), .number(-0.0), .number(.nan)]),
            "a": .string("x\"\\\n\r\t\u{1}\u{1f}\u{7f}/日本"), "abcdefgh\u{0}": .number(9_007_199_254_740_992), "abcdefgh": .object([:]),
            "é": .number(1e-7), "e\u{301}x": .string(""), "Z": .array([]),
        ])
        let expected = #"{"Z":[],"a":"x\"\\\n\r\t\u0001\u001f\#u{7f}/日本","abcdefgh":{},"# +
            #""abcdefgh\u0000":9007199254740992.0,"b":[1,-2,0.5,null,true,0,null],"é":1e-07,"e\#u{301}x":""}"#
        #expect(Array(CanonicalJSON.string(value).utf8) == Array(expected.utf8))
    }

    @Test func hashesTheTextsBytes() {
        #expect(CanonicalJSON.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var random = RandomJSON(seed: 99)
        for _ in 0..<50 {
            let text = CanonicalJSONReference.string(random.value())
            #expect(CanonicalJSON.sha256(text) == CanonicalJSON.sha256(Data(text.utf8)))
            #expect(CanonicalJSON.sha256(text) == CanonicalJSON.sha256(Array(text.utf8)))
        }
    }

    @Test func submissionContentIsTheCanonicalTextOfAnswersAndEvidence() {
        var random = RandomJSON(seed: 3)
        let names = ["report.pdf", "規程.pdf", "a\"b.txt", "line\nbreak"]
        for round in 0..<100 {
            let answers = random.object(depth: 0)
            var evidence: [String: [ResponseFile.EvidenceFile]] = [:]
            for item in (RandomJSON.asciiKeys + RandomJSON.otherKeys).shuffled(using: &random.random).prefix(round % 6) {
                evidence[item] = (0..<(round % 3)).map { index in
                    ResponseFile.EvidenceFile(sha256: String(repeating: "ab", count: 32), name: names[(round + index) % names.count],
                                              size: index == 1 ? nil : round * 1000 + index,
                                              mediaType: index == 2 ? nil : "application/pdf")
                }
            }
            let expected = CanonicalJSONReference.string(.object([
                "answers": .object(answers),
                "evidence": .object(evidence.mapValues { .array($0.map(SubmissionContent.json)) }),
            ]))
            let content = SubmissionContent(answers: answers, evidence: evidence)
            #expect(Array(content.text.utf8) == Array(expected.utf8))
            #expect(content.sha256 == CanonicalJSON.sha256(Data(expected.utf8)))
        }
    }

    /// The card's one serialiser writes canonical JSON (keys in order, numbers as the reference writes them) of the
    /// §5.5 shape, and `jsonValue` is that text read back.
    @Test func scoreCardsAreWrittenCanonicallyInTheirShape() throws {
        let checked = try StoreFixtures.checkedSurvey()
        let responder = SyntheticResponder(survey: checked.survey)
        let validator = ResponseValidator(survey: checked.survey)
        let scorer = Scorer(survey: checked.survey, rubric: checked.rubric)
        let today = checked.survey.deadline
        var random = SeededGenerator(seed: 11)
        let statuses: [MeasureStatus?] = [nil, .met, .partial, .notMet, .notApplicable]
        let levels: [EvidenceLevel?] = [nil, .e0, .e1, .e2, .e3]
        var optionalFields = Set<String>()
        for index in 0..<60 {
            let profile = SyntheticResponder.Profile(maturity: Double(index % 10) / 10, evidenceRate: 0.5)
            let response = responder.respond(institution: "S-\(index)", profile: profile, today: today, using: &random)
            // Reviews on some measures, so overrides, verified levels and their reasons appear in the cards.
            var reviews: [String: MeasureReview] = [:]
            for measure in checked.rubric.measures where Int.random(in: 0..<4, using: &random) == 0 {
                let status = statuses.randomElement(using: &random) ?? nil
                let evidence = levels.randomElement(using: &random) ?? nil
                reviews[measure.id] = MeasureReview(verifiedLevel: levels.randomElement(using: &random) ?? nil, verificationNote: "checked",
                                                    overrideStatus: status, overrideEvidence: evidence,
                                                    overrideReason: status == nil && evidence == nil ? nil : "理由 \"\(index)\"\n")
            }
            let card = scorer.score(validator.validate(response, today: today).form, institution: "S-\(index)", reviews: reviews)
            let expected = CanonicalJSONReference.string(card.jsonValue)
            #expect(Array(CanonicalJSON.string(card).utf8) == Array(expected.utf8))
            guard case let .object(fields) = card.jsonValue, case let .object(measures)? = fields["measures"],
                  case let .object(domains)? = fields["domains"] else {
                Issue.record("a card is not a JSON object with measures and domains")
                continue
            }
            #expect(fields["institution"] == .string("S-\(index)"))
            #expect(fields["laxity"] == .number(card.laxity))
            #expect(fields["verdict"] == .string(card.verdict.rawValue))
            #expect(fields["critical_unmet"] == .array(card.criticalUnmet.map(JSONValue.string)))
            #expect(Set(measures.keys) == Set(card.measures.map(\.id)))
            #expect(Set(domains.keys) == Set(card.domains.map(\.id)))
            for result in card.measures {
                guard case let .object(measure)? = measures[result.id] else { continue }
                #expect(measure["status"] == .string(result.status.rawValue))
                #expect(measure["kept"] == .number(result.kept))
                #expect(measure["points"] == .number(Double(result.points)))
            }
            for key in ["rule_status", "downgraded", "evidence_source", "override_reason"] where expected.contains("\"\(key)\"") {
                optionalFields.insert(key)
            }
        }
        #expect(optionalFields == ["rule_status", "downgraded", "evidence_source", "override_reason"])
    }

    @Test func readsBackWhatItWrites() throws {
        var random = RandomJSON(seed: 5)
        for _ in 0..<300 {
            let value = random.value(finite: true)
            let text = CanonicalJSON.string(value)
            #expect(try JSONValue.decode(text) == value)
            #expect(try JSONValue.decode(Data(text.utf8)) == value)
        }
        // A repeated key is refused (issue 16: "last wins" let a sender's two values be read differently), the same
        // key in nested objects is not; invalid UTF-8 and bad escapes are refused.
        #expect(throws: ResponseFileError.self) { try JSONValue.decode(#"{"a":1,"b":[{"a":[{"c":2}]}],"a":3}"#) }
        #expect(try JSONValue.decode(#"{"a":1,"b":[{"a":[{"c":2}]}]}"#) == .object(["a": .number(1), "b": .array([.object(["a": .array([.object(["c": .number(2)])])])])]))
        #expect(throws: ResponseFileError.self) { try JSONValue.decode(Data([0x22, 0xC3, 0x28, 0x22])) }
        #expect(throws: ResponseFileError.self) { try JSONValue.decode(#""\ud800""#) }
        #expect(try JSONValue.decode(#""\u00e9 \ud83d\ude00 é""#) == .string("é 😀 é"))
    }
}
