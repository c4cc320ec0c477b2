public import Foundation
public import SurveyCore
public import SurveyStore

/// Each institution's latest submission to one survey, as response files (DESIGN §5.4) or spreadsheet tables.
public struct ResponseExport: Sendable {
    /// One institution's latest submission.
    public struct Item: Sendable {
        /// The institution.
        public var institution: InstitutionRecord
        /// Its latest submission.
        public var submission: SubmissionRecord
        /// The submission as a response file, with current verifications.
        public var response: ResponseFile
    }

    /// The store read.
    public let store: SurveyStore
    /// Its survey versions.
    public let catalog: SurveyCatalog

    /// An export of `store`.
    public init(store: SurveyStore) throws(StoreError) {
        self.store = store
        self.catalog = try store.catalog()
    }

    /// Latest submissions to `surveyID` in institution-id order, with that survey's verifications.
    public func items(surveyID: String) throws(StoreError) -> [Item] {
        let rows = try store.latestSubmissionsWithVerifications(survey: surveyID)
        var items: [Item] = []
        for (institution, submission, verification) in rows {
            guard let version = catalog.versions[submission.surveyVersionId] else { continue }
            let response = try store.responseFile(submission, surveyID: version.survey.id, verification: verification)
            items.append(Item(institution: institution, submission: submission, response: response))
        }
        return items
    }

    /// A JSON array of response files that `chosa responses import` reads back unchanged.
    public func json(surveyID: String) throws(StoreError) -> Data {
        let values = try items(surveyID: surveyID).map { Self.json($0.response) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(JSONValue.array(values)) + Data("\n".utf8)
        } catch {
            throw StoreError.database("cannot encode the export: \(error)")
        }
    }

    /// The response-file shape of DESIGN §5.4; `verification` only when there is any.
    public static func json(_ response: ResponseFile) -> JSONValue {
        var fields: [String: JSONValue] = [
            "survey": .string(response.survey),
            "institution": .string(response.institution),
            "answers": .object(response.answers),
            "evidence": .object(response.evidence.mapValues { .array($0.map(SubmissionContent.json)) }),
        ]
        if let id = response.submissionID { fields["submission_id"] = .string(id) }
        if let time = response.submittedAt { fields["submitted_at"] = .string(time) }
        if let attested = response.attestedBy { fields["attested_by"] = .string(attested) }
        if !response.verification.isEmpty {
            fields["verification"] = .object(response.verification.mapValues { .object(["level": .string($0.level.rawValue), "note": .string($0.note)]) })
        }
        return .object(fields)
    }

    /// Spreadsheet tables for one survey (the newest loaded version's questionnaire gives the columns; each
    /// response is evaluated against the version it answered). Throws when the survey is not loaded.
    public func tables(surveyID: String) throws(StoreError) -> [SubmissionTable.Table] {
        let layout = try catalog.latest(surveyID)
        var entries: [SubmissionTable.Entry] = []
        for item in try items(surveyID: surveyID) {
            let version = catalog.versions[item.submission.surveyVersionId] ?? layout
            let day = CivilDate.inTokyo(secondsSinceEpoch: Double(item.submission.submittedEpochMs) / 1000)
            let form = version.validator.validate(item.response, today: day, mode: .submission).form
            let leading: [CSV.Field] = [.text(item.institution.id), .text(item.institution.nameJa), .text(item.institution.nameEn),
                                        .text(item.institution.category), .text(item.submission.submissionId),
                                        .text(item.submission.submittedAt), .text(item.submission.attestedBy)]
            entries.append(SubmissionTable.Entry(leading: leading, institution: item.institution.id, submissionID: item.submission.submissionId,
                                                 form: form, evidence: item.response.evidence))
        }
        return SubmissionTable(survey: layout.survey).tables(entries)
    }
}
