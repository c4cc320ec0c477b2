public import Foundation
import Yams

/// Loads `rubric.yaml` against the survey it scores and reports every problem with its position (DESIGN §5.3):
/// measure expressions may read only real items, `evidence` must name an evidence item, points are 5, 3 or 1,
/// weights are positive, verdict and confidence rules use only their variables, and every text is in every language.
public enum RubricLoader {
    /// The checked rubric (nil when any diagnostic is an error) and every diagnostic, sorted by position.
    public struct Result: Sendable {
        /// The rubric, when it has no errors.
        public var rubric: Rubric?
        /// Errors and warnings.
        public var diagnostics: [Diagnostic]
    }

    /// Loads the rubric at `url`; `file` is the name used in messages.
    public static func load(_ url: URL, file: String, survey: SurveyDefinition) -> Result {
        let (reader, root) = YAMLReader.open(url, file: file)
        return check(reader, root, survey: survey)
    }

    /// Loads rubric YAML already in memory.
    public static func load(yaml: Data, file: String, survey: SurveyDefinition) -> Result {
        let (reader, root) = YAMLReader.parse(yaml, file: file)
        return check(reader, root, survey: survey)
    }

    private static func check(_ reader: YAMLReader, _ root: Node?, survey: SurveyDefinition) -> Result {
        guard let root else { return Result(rubric: nil, diagnostics: reader.diagnostics) }
        var walker = RubricWalker(reader: reader, survey: survey)
        let rubric = walker.walk(root)
        let diagnostics = reader.diagnostics.sortedByPosition()
        return Result(rubric: diagnostics.hasErrors ? nil : rubric, diagnostics: diagnostics)
    }
}
