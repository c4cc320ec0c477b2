import Foundation
import Testing
@testable import SurveyCore

/// survey.yaml's optional `publisher` block: read when present, absent otherwise, and checked like every other key.
@Suite struct PublisherTests {
    static func yaml(_ publisher: String) -> Data {
        Data("""
        id: t
        version: "1"
        title: {ja: テスト, en: Test}
        languages: [ja, en]
        deadline: 2023-10-31
        \(publisher)
        sections:
          - id: s
            title: {ja: 節, en: Section}
            items:
              - {id: q, type: yes_no, text: {ja: 問, en: Question}}
        """.utf8)
    }

    @Test func readsEveryFieldOfThePublisher() throws {
        let result = SurveyLoader.load(yaml: Self.yaml("""
        publisher:
          organisation: {ja: 内閣府, en: Cabinet Office}
          office: {ja: 科学技術・イノベーション推進事務局, en: "Science, Technology and Innovation Secretariat"}
          officer_title: {ja: 参事官, en: Counsellor}
          officer_name: {ja: 山田太郎, en: Taro Yamada}
          contact: {ja: "03-0000-0000", en: "+81 3 0000 0000"}
        """), file: "survey.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let publisher = try #require(result.survey?.publisher)
        #expect(publisher.organisation.text(.ja) == "内閣府")
        #expect(publisher.office?.text(.en) == "Science, Technology and Innovation Secretariat")
        #expect(publisher.officerTitle?.text(.ja) == "参事官")
        #expect(publisher.officerName?.text(.en) == "Taro Yamada")
        #expect(publisher.contact?.text(.ja) == "03-0000-0000")
    }

    @Test func theBlockIsOptional() throws {
        let result = SurveyLoader.load(yaml: Self.yaml(""), file: "survey.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.survey).publisher == nil)
    }

    @Test(arguments: [
        ("publisher:\n  office: {ja: 課, en: Division}", "missing-key"),
        ("publisher:\n  organisation: {ja: 内閣府, en: Cabinet Office}\n  officer: {ja: 課長, en: Director}", "unknown-key"),
        ("publisher:\n  organisation: {ja: 内閣府}", "missing-translation"),
    ])
    func aBadBlockIsReportedWhereItIs(publisher: String, code: String) {
        let result = SurveyLoader.load(yaml: Self.yaml(publisher), file: "survey.yaml")
        #expect(result.survey == nil)
        let diagnostic = result.diagnostics.first { $0.code == code }
        #expect(diagnostic != nil, "\(result.diagnostics.map(\.code))")
        #expect((diagnostic?.position?.line ?? 0) >= 6, "reported at line \(diagnostic?.position?.line ?? 0)")
    }
}
