import Foundation
public import SurveyCore
public import SurveyStore

/// The one service layer behind the HTML portal and the JSON API: every read and write an institution makes
/// goes through here, so both speak the same rules — the deadline, validation, revisions and isolation (every
/// method takes the caller and touches only that institution's data).
public struct ResponseService: Sendable {
    /// The database.
    public let store: SurveyStore
    /// The time source; tests move it past the deadline.
    public let clock: ServerClock
    let surveys: SurveyProvider
    let drafts: GroupCommit<DraftSave, Int>
    let submissions: GroupCommit<DraftSubmission, RecordOutcome>

    /// A service over `store`, reading the time from `clock`.
    public init(store: SurveyStore, clock: ServerClock) {
        self.store = store
        self.clock = clock
        self.surveys = SurveyProvider(store: store)
        self.drafts = GroupCommit { (saves: [DraftSave]) throws(StoreError) in try store.saveDrafts(saves) }
        self.submissions = GroupCommit { (batch: [DraftSubmission]) throws(StoreError) in try store.recordDraftSubmissions(batch) }
    }

    /// What a save produced: the new revision and the problems that did not block it.
    public struct SaveResult: Sendable {
        /// The draft's revision after saving.
        public var revision: Int
        /// Constraint failures and warnings, saved anyway so work is never lost.
        public var problems: [ResponseProblem]
    }

    // MARK: - Reads

    /// Every loaded survey version (parsed once).
    public func catalog() async throws(PortalError) -> SurveyCatalog {
        try await surveys.catalog()
    }

    /// The survey institutions answer now.
    public func survey() async throws(PortalError) -> LoadedSurvey {
        try await surveys.current(today: today)
    }

    /// Today in Tokyo by the service's clock.
    public var today: CivilDate {
        CivilDate.inTokyo(secondsSinceEpoch: clock.now().timeIntervalSince1970)
    }

    /// The caller's last day to answer: the survey's deadline, or the later one an analyst gave its institution
    /// (`chosa extend`, DESIGN §5.9).
    public func deadline(_ survey: SurveyDefinition, for caller: Caller) throws(PortalError) -> CivilDate {
        let extended = try step { () throws(StoreError) in try store.deadlineExtension(institution: caller.institution, survey: survey.id) }
        return max(survey.deadline, extended?.until ?? survey.deadline)
    }

    /// Whether the caller's answers can change: today (Tokyo) is within the survey's window (DESIGN §5.10), up to the
    /// institution's own deadline.
    public func isOpen(_ survey: SurveyDefinition, for caller: Caller) throws(PortalError) -> Bool {
        let day = today
        let last = try deadline(survey, for: caller)
        return (survey.opens.map { $0 <= day } ?? true) && day <= last
    }

    /// Throws `notYetOpen` before the survey's window or `closed` after the caller's deadline.
    func requireOpen(_ survey: SurveyDefinition, for caller: Caller) throws(PortalError) {
        let day = today
        if let opens = survey.opens, day < opens { throw PortalError.notYetOpen(opens: opens) }
        let last = try deadline(survey, for: caller)
        guard day <= last else { throw PortalError.closed(deadline: last) }
    }

    /// The caller's institution record.
    public func institution(_ caller: Caller) throws(PortalError) -> InstitutionRecord {
        guard let record = try step({ () throws(StoreError) in try store.institution(caller.institution) }) else {
            throw PortalError.notFound(Message(en: "Your institution is no longer in the roster.", ja: "機関が名簿にありません。"))
        }
        return record
    }

    /// The caller's draft of `survey`. Without one, the latest submission's answers to the same survey at revision 0
    /// (a response imported from a file or sent through the API can then be amended in the portal without retyping
    /// it); else, in a new year, the latest submission to the previous survey carried over by its mapping
    /// (`PreviousSurvey.carry`); else an empty draft.
    public func draft(_ caller: Caller, survey: SurveyDefinition) async throws(PortalError) -> Draft {
        let stored = try step { () throws(StoreError) in try store.draft(institution: caller.institution, survey: survey.id) }
        if let stored { return stored }
        guard let latest = try step({ () throws(StoreError) in try store.latestSubmission(of: caller.institution, survey: survey.id) }) else {
            guard let carried = try await previousAnswers(caller, survey: survey) else { return .empty }
            return Draft(revision: 0, answers: carried.answers, evidence: carried.evidence, updatedBy: "")
        }
        let submitted = try step { () throws(StoreError) in try store.responseFile(latest, surveyID: survey.id, verification: [:]) }
        // Keep only answers the current questionnaire still asks, so the first save cannot fail on a retired item.
        let answers = submitted.answers.filter { survey.item($0.key) != nil }
        let evidence = submitted.evidence.filter { survey.item($0.key)?.type == .evidence }
        return Draft(revision: 0, answers: answers, evidence: evidence, updatedBy: "")
    }

    /// The caller's answers to the previous survey (last year's), carried onto `survey`'s item ids; nil for a survey
    /// without `previous`, or when the caller did not submit to it. The portal shows them beside each question.
    public func previousAnswers(_ caller: Caller, survey: SurveyDefinition) async throws(PortalError)
        -> (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]])? {
        guard let previous = survey.previous, let older = try await surveys.catalog().latestBySurvey[previous.surveyID] else { return nil }
        let record = try step { () throws(StoreError) in try store.latestSubmission(of: caller.institution, survey: previous.surveyID) }
        guard let record, let content = try? SubmissionContent.parse(record.content) else { return nil }
        return previous.carry(answers: content.answers, evidence: content.evidence, from: older.survey, into: survey)
    }

    /// The caller's status in `survey`: compares the draft with the latest submission's revision.
    public func status(_ caller: Caller, survey: String, draft: Draft) throws(PortalError) -> ResponseStatus {
        Self.status(draft: draft, latest: try receipts(caller, survey: survey).first)
    }

    /// The status from a draft and the latest receipt, when the caller already has them.
    public static func status(draft: Draft, latest: Receipt?) -> ResponseStatus {
        guard let latest else { return draft.revision == 0 ? .notStarted : .inProgress }
        guard draft.revision > 0 else { return .submitted }
        return latest.revision == draft.revision ? .submitted : .changedSinceSubmission
    }

    /// Validates answers and files as the caller's response, as of today.
    public func evaluate(_ caller: Caller, survey: LoadedSurvey, answers: [String: JSONValue],
                         evidence: [String: [ResponseFile.EvidenceFile]], mode: ResponseValidator.Mode) -> ResponseValidator.Outcome {
        let response = ResponseFile(survey: survey.survey.id, institution: caller.institution, answers: answers, evidence: evidence)
        return survey.validator.validate(response, today: today, mode: mode)
    }

    /// The caller's receipts for `survey`, newest first.
    public func receipts(_ caller: Caller, survey: String) throws(PortalError) -> [Receipt] {
        try step { () throws(StoreError) in try store.receipts(of: caller.institution, survey: survey) }
            .map { Receipt($0.submission, revision: $0.revision) }
    }

    /// One of the caller's receipts; any other institution's answers not found.
    public func receipt(_ id: String, caller: Caller) throws(PortalError) -> Receipt {
        try receipt(of: ownSubmission(id, caller: caller))
    }

    /// The answers and files of one of the caller's submissions.
    public func submittedContent(_ id: String, caller: Caller) throws(PortalError) -> (receipt: Receipt, answers: [String: JSONValue],
                                                                                     evidence: [String: [ResponseFile.EvidenceFile]], text: String) {
        let record = try ownSubmission(id, caller: caller)
        guard let content = try? SubmissionContent.parse(record.content) else { throw Self.noSuchSubmission }
        return (try receipt(of: record), content.answers, content.evidence, record.content)
    }

    /// The caller's submission with this id; another institution's is not found, exactly like a missing one.
    private func ownSubmission(_ id: String, caller: Caller) throws(PortalError) -> SubmissionRecord {
        let record = try step { () throws(StoreError) in try store.submission(id.lowercased()) }
        guard let record, record.institutionId == caller.institution else { throw Self.noSuchSubmission }
        return record
    }

    private func receipt(of record: SubmissionRecord) throws(PortalError) -> Receipt {
        Receipt(record, revision: record.draftRevision)
    }

    static let noSuchSubmission = PortalError.notFound(Message(en: "No such submission.", ja: "該当する提出はありません。"))

    // MARK: - Writes

    /// Saves answers (and, when given, the list of attached files) over revision `baseRevision`. Wrong shapes and
    /// unknown items fail with 422 and change nothing; a stale revision fails with 409 and lists what others
    /// changed; other problems come back with the saved revision.
    public func save(_ caller: Caller, answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]]?,
                     baseRevision: Int) async throws(PortalError) -> SaveResult {
        let loaded = try await survey()
        try requireOpen(loaded.survey, for: caller)
        let current = try await draft(caller, survey: loaded.survey)
        var files = current.evidence
        var fileProblems: [ResponseProblem] = []
        if let evidence {
            (files, fileProblems) = try checkHeld(evidence, caller: caller, survey: loaded.survey.id)
        }
        let outcome = evaluate(caller, survey: loaded, answers: answers, evidence: files, mode: .draft)
        let blocking = fileProblems + outcome.problems.filter { $0.severity == .error && $0.code.blocksDraftSave }
        guard blocking.isEmpty else { throw PortalError.invalidAnswers(blocking) }
        let save = DraftSave(institution: caller.institution, survey: loaded.survey.id, answers: answers, evidence: files,
                             baseRevision: baseRevision, actor: Actor(caller.auditName, at: clock.now()), base: current)
        switch await drafts.submit(save) {
        case let .success(revision):
            return SaveResult(revision: revision, problems: outcome.problems)
        case let .failure(error):
            throw stale(error, caller: caller, survey: loaded.survey.id, base: baseRevision)
        }
    }

    /// File references checked against what the caller uploaded, with size and type filled from the stored file.
    private func checkHeld(_ evidence: [String: [ResponseFile.EvidenceFile]], caller: Caller, survey: String)
        throws(PortalError) -> ([String: [ResponseFile.EvidenceFile]], [ResponseProblem]) {
        var checked: [String: [ResponseFile.EvidenceFile]] = [:]
        var problems: [ResponseProblem] = []
        for (item, files) in evidence {
            var kept: [ResponseFile.EvidenceFile] = []
            for (index, file) in files.enumerated() {
                guard let held = try step({ () throws(StoreError) in try store.heldEvidence(file.sha256, institution: caller.institution, survey: survey) }) else {
                    problems.append(ResponseProblem(path: "evidence.\(item)[\(index)]", itemID: item, code: .unknownFile, Message(
                        en: "no file with sha256 \(file.sha256) was uploaded by your institution; upload it to /api/v1/evidence/\(item) first",
                        ja: "sha256 \(file.sha256) のファイルは貴機関からアップロードされていません。先に /api/v1/evidence/\(item) へアップロードしてください")))
                    continue
                }
                kept.append(ResponseFile.EvidenceFile(sha256: held.sha256, name: Self.cleanFileName(file.name, mediaType: held.mediaType ?? ""),
                                                      size: held.size, mediaType: held.mediaType))
            }
            if !kept.isEmpty { checked[item] = kept }
        }
        return (checked, problems)
    }

    /// A stale-revision error with the changes others made since `base`; other store errors wrapped.
    func stale(_ error: StoreError, caller: Caller, survey: String, base: Int) -> PortalError {
        guard case let .staleRevision(current) = error else { return PortalError.from(error) }
        let changes = (try? store.draftChanges(institution: caller.institution, survey: survey, after: base)) ?? []
        return .staleRevision(current: current, changes: changes)
    }

    /// Runs a store write off the cooperative pool, wrapping its error.
    func offload<T: Sendable>(_ body: @escaping @Sendable () throws(StoreError) -> T) async throws(PortalError) -> T {
        do {
            return try await BlockingWork.run(body)
        } catch {
            throw PortalError.from(error)
        }
    }

    /// Runs a store call, wrapping its error.
    func step<T>(_ body: () throws(StoreError) -> T) throws(PortalError) -> T {
        do {
            return try body()
        } catch {
            throw PortalError.from(error)
        }
    }
}
