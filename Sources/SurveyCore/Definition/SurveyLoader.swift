public import Foundation
import Yams

/// Loads `survey.yaml` and checks it the way a compiler checks code: every problem, each with its line and column.
public enum SurveyLoader {
    /// The result of checking a survey: the definition when it has no errors, and every diagnostic found.
    public struct Result: Sendable {
        /// The checked survey; nil when any diagnostic is an error.
        public var survey: SurveyDefinition?
        /// Errors and warnings, sorted by position.
        public var diagnostics: [Diagnostic]
    }

    /// Deepest nesting of groups inside groups accepted; deeper forms are unreadable and likely generated.
    public static let maximumItemDepth = 8

    static let topLevelKeys = ["id", "version", "title", "description", "languages", "deadline", "opens", "previous", "choice_lists", "sections",
                               "publisher"]
    static let sectionKeys = ["id", "title", "description", "relevant", "items"]

    /// Loads the survey file at `url`; `file` is the name used in messages (defaults to the path).
    public static func load(_ url: URL, file: String? = nil) -> Result {
        let (reader, root) = YAMLReader.open(url, file: file ?? url.path)
        return check(reader, root)
    }

    /// Loads survey YAML already in memory.
    public static func load(yaml: Data, file: String) -> Result {
        let (reader, root) = YAMLReader.parse(yaml, file: file)
        return check(reader, root)
    }

    private static func check(_ reader: YAMLReader, _ root: Node?) -> Result {
        guard let root else { return Result(survey: nil, diagnostics: reader.diagnostics) }
        var walker = SurveyWalker(reader: reader, symbols: SurveyWalker.collectSymbols(root))
        let survey = walker.walk(root)
        var diagnostics = reader.diagnostics
        // Cycles can be traced whenever every item kept the slot the first pass gave it, even if other problems exist.
        if let survey, survey.slots.allSatisfy({ walker.symbols[$0.item.id]?.slot == $0.index }) {
            let order = EvaluationOrder.compute(survey.slots, sections: survey.sections)
            diagnostics += order.diagnostics
            if !diagnostics.hasErrors {
                var checked = SurveyDefinition(id: survey.id, version: survey.version, title: survey.title,
                                               description: survey.description, languages: survey.languages,
                                               deadline: survey.deadline, choiceLists: survey.choiceLists,
                                               sections: survey.sections, evaluationOrder: order.order,
                                               publisher: survey.publisher)
                checked.previous = survey.previous
                checked.opens = survey.opens
                return Result(survey: checked, diagnostics: diagnostics.sortedByPosition())
            }
        }
        return Result(survey: nil, diagnostics: diagnostics.sortedByPosition())
    }
}
