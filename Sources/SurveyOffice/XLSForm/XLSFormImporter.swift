public import Foundation
public import SurveyCore

/// Turns an XLSForm (`survey`, `choices`, `settings` sheets) into chosa's `survey.yaml`.
///
/// The form is read into a draft, written as YAML in the form's order, and checked by `SurveyLoader`. A problem
/// the loader finds is traced back to the cell it came from; that part is left out and noted, and the check runs
/// again, so the YAML that comes out always loads. Everything left out or guessed is in `notes`.
public enum XLSFormImporter {
    /// What an import produced.
    public struct Result: Sendable {
        /// The text of `survey.yaml`; nil when the form could not be made into a survey at all.
        public var yaml: String?
        /// The checked survey the YAML defines.
        public var survey: SurveyDefinition?
        /// Everything left out or guessed, by cell, in the form's order of discovery.
        public var notes: [ImportNote]
        /// Loader problems that could not be traced to a cell (the survey did not load).
        public var diagnostics: [Diagnostic]

        /// True when some construct was left out because chosa cannot carry it.
        public var hasUnsupported: Bool { notes.contains { $0.severity == .unsupported } }
    }

    /// Imports `.xlsx` bytes; `source` names the file in the YAML's header comment and `fallbackID` is the survey id
    /// when the form has no usable `form_id`.
    public static func convert(xlsx: Data, source: String, fallbackID: String, fallbackDeadline: CivilDate,
                               limits: WorkbookLimits = .standard) throws(OfficeError) -> Result {
        convert(try WorkbookReader.read(xlsx, limits: limits), source: source, fallbackID: fallbackID, fallbackDeadline: fallbackDeadline)
    }

    /// Imports a workbook already read.
    public static func convert(_ workbook: Workbook, source: String, fallbackID: String, fallbackDeadline: CivilDate) -> Result {
        guard let surveySheet = workbook.sheet(named: "survey") else {
            let note = ImportNote(cell: source, Message(en: "the workbook has no 'survey' sheet, so it is not an XLSForm",
                                                        ja: "ワークブックに「survey」シートがないため、XLSForm ではありません"))
            return Result(yaml: nil, survey: nil, notes: [note], diagnostics: [])
        }
        var builder = XLSFormBuilder(survey: XLSFormTable(surveySheet), choices: workbook.sheet(named: "choices").map(XLSFormTable.init),
                                     settings: workbook.sheet(named: "settings").map(XLSFormTable.init))
        builder.resolveLanguages()
        let settings = builder.readSettings(fallbackID: XLSFormBuilder.sanitizedID(fallbackID, fallback: "imported-survey"),
                                            fallbackDeadline: fallbackDeadline)
        var choiceLists = builder.readChoices()
        let sections = builder.readSurvey(title: settings.title)
        // Lists that only fed questions read back as yes/no would be reported unused.
        let used = Set(sections.flatMap { allItems($0.items) }.compactMap(\.choices))
        choiceLists.removeAll { builder.yesNoLists.contains($0.id) && !used.contains($0.id) }
        var draft = DraftSurvey(id: settings.id, version: settings.version, title: settings.title, description: settings.description,
                                languages: builder.languages, deadline: settings.deadline, choiceLists: choiceLists, sections: sections)
        var notes = builder.notes
        return check(&draft, notes: &notes, source: source)
    }

    private static func allItems(_ items: [DraftSurvey.Item]) -> [DraftSurvey.Item] {
        items.flatMap { [$0] + allItems($0.items) }
    }

    /// Writes and loads the draft until it loads, leaving out each part the loader refuses.
    private static func check(_ draft: inout DraftSurvey, notes: inout [ImportNote], source: String) -> Result {
        let file = "survey.yaml"
        for _ in 0..<200 {
            let (yaml, origins) = SurveyYAMLWriter.write(draft, source: source)
            let loaded = SurveyLoader.load(yaml: Data(yaml.utf8), file: file)
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            if let survey = loaded.survey, errors.isEmpty {
                for warning in loaded.diagnostics {
                    notes.append(ImportNote(cell: cell(of: warning, origins: origins, draft: draft), warning.message, severity: .warning))
                }
                return Result(yaml: yaml, survey: survey, notes: notes, diagnostics: [])
            }
            // One part is left out per round: removing it shifts the lines and paths the other problems point at.
            var fixes: [(DraftOrigin, Diagnostic)] = []
            for error in errors {
                guard let line = error.position?.line, origins.indices.contains(line - 1) else { continue }
                fixes.append((origins[line - 1], error))
            }
            guard let fix = fixes.first(where: { if case .none = $0.0 { return false } else { return true } }) else {
                return Result(yaml: yaml, survey: nil, notes: notes, diagnostics: loaded.diagnostics)
            }
            let (origin, error) = fix
            let location = cell(of: error, origins: origins, draft: draft)
            let outcome = DraftRepair.leaveOut(origin, in: &draft)
            notes.append(ImportNote(cell: location, Message(en: "\(error.message.en); \(outcome.en)", ja: "\(error.message.ja)。\(outcome.ja)")))
        }
        let (yaml, _) = SurveyYAMLWriter.write(draft, source: source)
        return Result(yaml: yaml, survey: nil, notes: notes, diagnostics: SurveyLoader.load(yaml: Data(yaml.utf8), file: file).diagnostics)
    }

    /// The workbook cell a loader diagnostic traces back to, or the sheet when it traces nowhere.
    private static func cell(of diagnostic: Diagnostic, origins: [DraftOrigin], draft: DraftSurvey) -> String {
        guard let line = diagnostic.position?.line, origins.indices.contains(line - 1) else { return "survey" }
        return DraftRepair.cell(origins[line - 1], in: draft) ?? "survey"
    }
}
