import Foundation
import SurveyCore
import SurveyServer
import SurveyStore

/// Issue 16's figure: the portal's section page for an institution with as many foreign-funding entries as the
/// questionnaire allows) — the whole draft validated, one page of entries rendered. Target: under 100 ms.
enum SectionViewBench {
    static func run(folder: String) async throws {
        let surveyData = try Data(contentsOf: URL(fileURLWithPath: folder + "/survey.yaml"))
        let rubricData = try Data(contentsOf: URL(fileURLWithPath: folder + "/rubric.yaml"))
        guard let checked = CheckedSurvey.check(surveyYAML: surveyData, surveyFile: "survey.yaml", rubricYAML: rubricData,
                                                rubricFile: "rubric.yaml").checked else {
            print("section-view: the survey or rubric has errors; run chosa survey check")
            return
        }
        let now = Date(timeIntervalSince1970: 1_697_760_000)  // 2023-10-20, before the deadline
        let store = try SurveyStore.inMemory()
        let actor = Actor("bench", at: now)
        _ = try store.registerSurvey(checked, by: actor)
        _ = try store.importRoster([RosterEntry(id: "B-1", nameJa: "架空機関", nameEn: "Fictional body", category: .nationalUniversity)], by: actor)
        // As many entries as the questionnaire allows (the issue measured 500 when it allowed 500).
        let most = checked.survey.item("foreign_funding")?.maxCount ?? 200
        let rows: [JSONValue] = (0..<most).map { index in
            .object(["funder_country": .string("china"), "funder_type": .string("government"), "agreement_count": .number(1),
                     "funding_amount_jpy": .number(Double(index + 1)), "agreements_reviewed": .number(1)])
        }
        _ = try store.saveDraft(institution: "B-1", survey: checked.survey.id,
                                answers: ["received_foreign_funding": .string("yes"), "foreign_funding": .array(rows)],
                                evidence: [:], baseRevision: 0, by: actor)
        let renderer = SectionPageRenderer(store: store, clock: ServerClock { now })
        var bytes = try await renderer.render(institution: "B-1", sectionID: "profile", rowPage: 1, language: .ja).utf8.count
        let views = 50
        let clock = ContinuousClock()
        let elapsed = try await clock.measure {
            for view in 0..<views {
                bytes = try await renderer.render(institution: "B-1", sectionID: "profile", rowPage: view % max(1, (most + 24) / 25) + 1, language: .ja).utf8.count
            }
        }
        let milliseconds = (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * 1000 / Double(views)
        print(String(format: "section-view    %8.1f ms per view of a %d-entry section (target < 100 ms: %@) — %d KB page, %d views",
                     milliseconds, most, milliseconds < 100 ? "met" : "NOT met", bytes / 1024, views))
    }
}
