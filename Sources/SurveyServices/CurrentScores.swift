public import Foundation
public import SurveyCore
public import SurveyStore

/// The score cards as the record stands now: every institution's latest submission to one survey, scored with
/// its version's rubric and the analysts' current reviews of that survey. The report, `chosa compare` and the
/// letters read cards through here, so none of them can contradict the record (DESIGN §3).
public enum CurrentScores {
    /// Cards by institution id, computed on every core a page at a time; nothing is written.
    public static func cards(store: SurveyStore, catalog: SurveyCatalog, survey: String) throws(StoreError) -> [String: StoredScore] {
        var cards: [String: StoredScore] = [:]
        try store.scoreLatestSubmissions(survey: survey, catalog: catalog, save: false, by: Actor("chosa", at: .distantPast)) {
            cards[$0.institution.id] = $0
        }
        return cards
    }
}
