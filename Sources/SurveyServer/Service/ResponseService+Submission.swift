import Foundation
import SurveyCore
public import SurveyStore

extension ResponseService {
    /// The longest attestation accepted.
    static let maximumAttestationLength = 300

    /// Submits the caller's current draft as a new, immutable submission. The same `submissionID` with the same
    /// attestation (and revision, when given) returns the first receipt with `created` false — even after the
    /// deadline — so a retried request never submits twice; the id reused for anything else is a conflict.
    public func submit(_ caller: Caller, submissionID rawID: String, attestedBy rawAttestation: String, expectedRevision: Int?,
                       source: SubmissionSource) async throws(PortalError) -> (receipt: Receipt, created: Bool) {
        guard let uuid = UUID(uuidString: rawID) else {
            throw PortalError.badRequest(Message(en: "submission_id must be a UUID, e.g. \(UUID().uuidString.lowercased())",
                                                 ja: "submission_id は UUID で指定してください（例：\(UUID().uuidString.lowercased())）"))
        }
        let submissionID = uuid.uuidString.lowercased()
        let attestedBy = rawAttestation.trimmingCharacters(in: .whitespacesAndNewlines)
        if let replay = try replay(submissionID, attestedBy: attestedBy, expectedRevision: expectedRevision, caller: caller) {
            return (replay, false)
        }
        guard !attestedBy.isEmpty, attestedBy.count <= Self.maximumAttestationLength,
              !attestedBy.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw PortalError.incomplete([ResponseProblem(path: "attested_by", code: .attestationRequired, Message(
                en: "Give the attesting officer's name and title (up to \(Self.maximumAttestationLength) characters).",
                ja: "確認した責任者の氏名と役職を記入してください（\(Self.maximumAttestationLength) 文字以内）。"))])
        }
        let loaded = try await survey()
        try requireOpen(loaded.survey, for: caller)
        let draft = try await self.draft(caller, survey: loaded.survey)
        if let expectedRevision, expectedRevision != draft.revision {
            throw stale(.staleRevision(current: draft.revision), caller: caller, survey: loaded.survey.id, base: expectedRevision)
        }
        let outcome = evaluate(caller, survey: loaded, answers: draft.answers, evidence: draft.evidence, mode: .submission)
        let errors = outcome.problems.filter { $0.severity == .error }
        guard errors.isEmpty else { throw PortalError.incomplete(errors) }
        let pruned = RelevantContent.prune(answers: draft.answers, evidence: draft.evidence, form: outcome.form)
        let now = clock.now()
        let response = ResponseFile(survey: loaded.survey.id, institution: caller.institution, submissionID: submissionID,
                                    submittedAt: Timestamp.tokyo(now), attestedBy: attestedBy, answers: pruned.answers, evidence: pruned.evidence)
        let submission = DraftSubmission(response: response, draftRevision: draft.revision, version: loaded, source: source,
                                         actor: Actor(caller.auditName, at: now))
        if case let .failure(error) = await submissions.submit(submission) {
            throw stale(error, caller: caller, survey: loaded.survey.id, base: draft.revision)
        }
        return (try receipt(submissionID, caller: caller), true)
    }

    /// The stored receipt when this is a replay of an earlier submission; a conflict when the id is taken otherwise.
    private func replay(_ id: String, attestedBy: String, expectedRevision: Int?, caller: Caller) throws(PortalError) -> Receipt? {
        guard let existing = try step({ () throws(StoreError) in try store.submission(id) }) else { return nil }
        guard existing.institutionId == caller.institution else { throw PortalError.submissionConflict(id: id) }
        let receipt = try self.receipt(id, caller: caller)
        guard receipt.attestedBy == attestedBy, expectedRevision == nil || expectedRevision == receipt.revision else {
            throw PortalError.submissionConflict(id: id)
        }
        return receipt
    }
}
