import ArgumentParser
import SurveyStore

/// `--survey-id ID`: which survey (year) a database command reads or changes; default the most recently loaded
/// survey (DESIGN §5.10). The rule itself is `SurveyCatalog.selected`.
struct SurveyIDOption: ParsableArguments {
    @Option(name: .customLong("survey-id"), help: "Survey id (default: the most recently loaded survey). / 調査ID（省略時は最後に登録した調査）")
    var surveyID: String?

    /// The loaded survey chosen, from `catalog`.
    func selected(in catalog: SurveyCatalog) throws(StoreError) -> LoadedSurvey {
        try catalog.selected(surveyID)
    }
}
