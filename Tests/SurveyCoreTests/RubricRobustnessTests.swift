import Foundation
import Testing
@testable import SurveyCore

/// Issue 11: no single optional attachment and no single non-critical answer turns an adequate institution
/// substandard under the real rubric.
@Suite("The real rubric: robust verdicts")
struct RubricRobustnessTests {
    /// Items a critical measure reads — in `applies`, `met`, `partial`, its evidence item and that item's conditions —
    /// followed through calculations.
    static func criticalItems(_ survey: SurveyDefinition, _ rubric: Rubric) -> Set<String> {
        var found: Set<String> = []
        var pending: [String] = []
        for measure in rubric.measures where measure.critical {
            let expressions = [measure.applies, measure.met, measure.partial].compactMap { $0 }
            pending += expressions.flatMap { $0.node.references.map(\.name) }
            if let evidence = measure.evidence, let item = survey.item(evidence) {
                pending.append(evidence)
                if let relevant = item.relevant { pending += relevant.node.references.map(\.name) }
                if case let .when(condition) = item.required { pending += condition.node.references.map(\.name) }
            }
        }
        while let id = pending.popLast() {
            guard found.insert(id).inserted, let item = survey.item(id) else { continue }
            if let calculation = item.calculation { pending += calculation.node.references.map(\.name) }
        }
        return found
    }

    /// Every other value of a top-level answer: the other of yes/no, each other choice, each choice toggled, zero for
    /// a number.
    static func alternatives(_ item: Item, _ current: JSONValue, _ survey: SurveyDefinition) -> [JSONValue] {
        let choices = item.choices.flatMap { id in survey.choiceLists.first { $0.id == id } }?.choices.map(\.value) ?? []
        switch item.type {
        case .yesNo:
            return current == .string("yes") ? [.string("no")] : [.string("yes")]
        case .selectOne:
            return choices.filter { .string($0) != current }.map(JSONValue.string)
        case .selectMultiple:
            guard case let .array(values) = current else { return [] }
            return choices.map { choice in
                values.contains(.string(choice)) ? .array(values.filter { $0 != .string(choice) }) : .array(values + [.string(choice)])
            }
        case .integer, .decimal:
            return current == .number(0) ? [] : [.number(0)]
        case .text, .longText, .date, .note, .calculate, .evidence, .group, .repeat:
            return []
        }
    }

    @Test func oneAttachmentOrOneNonCriticalAnswerNeverMakesAnAdequateInstitutionSubstandard() throws {
        let survey = try Fixtures.realSurvey()
        let rubric = try Fixtures.realRubric(survey)
        let scorer = Scorer(survey: survey, rubric: rubric)
        let validator = ResponseValidator(survey: survey)
        let responder = SyntheticResponder(survey: survey)
        let critical = Self.criticalItems(survey, rubric)
        var random = SeededGenerator(seed: 41)
        let today = ScoringTests.today
        func verdict(_ response: ResponseFile) -> Verdict? {
            let outcome = validator.validate(response, today: today)
            guard !outcome.problems.hasErrors else { return nil }
            return scorer.score(outcome.form, institution: response.institution).verdict
        }
        var adequate = 0
        var tried = 0
        for index in 0..<40 {
            let profile = SyntheticResponder.Profile(maturity: 0.9 + Double(index % 10) / 100, evidenceRate: 0.5, assured: critical)
            let response = responder.respond(institution: "R-\(index)", profile: profile, today: today, using: &random)
            guard verdict(response) == .adequate else { continue }
            adequate += 1
            for id in response.evidence.keys where survey.item(id)?.required == .optional {
                var dropped = response
                dropped.evidence[id] = nil
                tried += 1
                #expect(verdict(dropped) != .substandard, "R-\(index) without the attachment \(id)")
            }
            for slot in survey.slots where slot.repeatSlot == nil && !critical.contains(slot.item.id) {
                guard let current = response.answers[slot.item.id] else { continue }
                for alternative in Self.alternatives(slot.item, current, survey) {
                    var flipped = response
                    flipped.answers[slot.item.id] = alternative
                    guard let changed = verdict(flipped) else { continue }
                    tried += 1
                    #expect(changed != .substandard, "R-\(index) with \(slot.item.id) = \(alternative)")
                }
            }
        }
        #expect(adequate >= 8, "too few adequate institutions generated: \(adequate)")
        #expect(tried >= 200)
    }

    @Test func realQuestionnaireAsksForEveryCriticalDocument() throws {
        let survey = try Fixtures.realSurvey()
        let result = RubricLoader.load(Fixtures.realSurveyFolder.appendingPathComponent("rubric.yaml"), file: "rubric.yaml", survey: survey)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let rubric = try #require(result.rubric)
        let critical = rubric.measures.filter(\.critical)
        #expect((1...5).contains(critical.count), "critical measures should be few")
        for measure in critical {
            let slot = try #require(measure.evidence.flatMap { survey.slot($0) })
            #expect(ClaimedEvidenceCheck.isRequiredWhenClaimed(met: measure.met, applies: measure.applies, evidence: slot, in: survey),
                    "\(measure.id)")
        }
    }

    /// Japanese texts — questions, recommendations and the bases letters cite — give dates in the era (令和3年4月27日).
    @Test(arguments: ["survey.yaml", "rubric.yaml"])
    func japaneseTextsUseTheEra(_ file: String) throws {
        let text = try String(contentsOf: Fixtures.realSurveyFolder.appendingPathComponent(file), encoding: .utf8)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("ja:") {
            #expect(line.range(of: #"(19|20)\d\d年"#, options: .regularExpression) == nil, "\(file):\(index + 1)")
        }
    }
}
