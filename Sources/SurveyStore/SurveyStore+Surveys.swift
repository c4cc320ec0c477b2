import Foundation
import GRDB
import SurveyCore

extension SurveyStore {
    // MARK: - Writes

    /// Registers a checked survey and rubric as a version; loading the same texts again changes nothing.
    /// A survey that names a `previous` survey needs that survey loaded first, and its mapping must hold against it.
    /// Returns the version and whether it was new.
    public func registerSurvey(_ checked: CheckedSurvey, by actor: Actor) throws(StoreError) -> (version: SurveyVersionRecord, isNew: Bool) {
        let surveySha = CanonicalJSON.sha256(checked.surveyText)
        let rubricSha = CanonicalJSON.sha256(checked.rubricText)
        if let previous = checked.survey.previous {
            guard let loaded = try catalog().latestBySurvey[previous.surveyID] else {
                throw StoreError.previousSurvey([Diagnostic(at: previous.position, code: "previous-not-loaded", Message(
                    en: "previous survey '\(previous.surveyID)' is not loaded in this database; load it first with `chosa survey load`",
                    ja: "前回調査「\(previous.surveyID)」がこのデータベースに登録されていません。先に `chosa survey load` で登録してください"))])
            }
            let problems = previous.problems(current: checked.survey, previous: loaded.survey)
            guard problems.isEmpty else { throw StoreError.previousSurvey(problems) }
        }
        return try perform {
            try writer.write { db in
                if let existing = try SurveyVersionRecord.filter(Column("survey_sha256") == surveySha && Column("rubric_sha256") == rubricSha).fetchOne(db) {
                    return (existing, false)
                }
                var record = SurveyVersionRecord(id: nil, surveyId: checked.survey.id, label: checked.survey.version,
                                                 deadline: checked.survey.deadline.description, surveyYaml: checked.surveyText,
                                                 surveySha256: surveySha, rubricYaml: checked.rubricText, rubricSha256: rubricSha,
                                                 loadedAt: Timestamp.stored(actor.now), loadedBy: actor.name)
                try record.insert(db)
                try AuditLog.append(db, actor, action: "survey.load", entity: "survey_version", id: String(record.id ?? 0), after: .object([
                    "survey": .string(checked.survey.id), "version": .string(checked.survey.version), "rubric": .string(checked.rubric.id),
                    "survey_sha256": .string(surveySha), "rubric_sha256": .string(rubricSha),
                ]))
                return (record, true)
            }
        }
    }

    // MARK: - Reads

    /// Every registered version, oldest first.
    public func surveyVersions() throws(StoreError) -> [SurveyVersionRecord] {
        try perform { try writer.read { try SurveyVersionRecord.order(Column("id")).fetchAll($0) } }
    }

    /// Every registered version, loaded and checked.
    public func catalog() throws(StoreError) -> SurveyCatalog {
        var loaded: [LoadedSurvey] = []
        for record in try surveyVersions() {
            let result = CheckedSurvey.check(surveyYAML: Data(record.surveyYaml.utf8), surveyFile: "\(record.surveyId)/survey.yaml",
                                             rubricYAML: Data(record.rubricYaml.utf8), rubricFile: "\(record.surveyId)/rubric.yaml")
            guard let checked = result.checked, let id = record.id else {
                let detail = result.diagnostics.first { $0.severity == .error }?.description ?? "unknown problem"
                throw StoreError.storedDefinitionInvalid(surveyID: record.surveyId, detail: detail)
            }
            loaded.append(LoadedSurvey(versionID: id, survey: checked.survey, rubric: checked.rubric))
        }
        return SurveyCatalog(loaded)
    }
}
