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

    /// Rubric YAML parsed but not yet checked: the YAML can be parsed while the survey it is checked against loads.
    /// `@unchecked Sendable` is safe: the value is handed from the thread that parsed it to the one that checks it,
    /// and only that one uses it.
    public struct Parsed: @unchecked Sendable {
        fileprivate let reader: YAMLReader
        fileprivate let root: Node?
    }

    /// Parses rubric YAML already in memory, to be checked by `load(_:survey:)`.
    public static func parse(yaml: Data, file: String) -> Parsed {
        let (reader, root) = YAMLReader.parse(yaml, file: file)
        return Parsed(reader: reader, root: root)
    }

    /// Checks parsed rubric YAML against `survey`.
    public static func load(_ parsed: Parsed, survey: SurveyDefinition) -> Result {
        check(parsed.reader, parsed.root, survey: survey)
    }

    private static func check(_ reader: YAMLReader, _ root: Node?, survey: SurveyDefinition) -> Result {
        guard let root else { return Result(rubric: nil, diagnostics: reader.diagnostics) }
        var walker = RubricWalker(reader: reader, survey: survey)
        let rubric = walker.walk(root)
        let diagnostics = reader.diagnostics.sortedByPosition()
        return Result(rubric: diagnostics.hasErrors ? nil : rubric, diagnostics: diagnostics)
    }
}
