public import Foundation
import GRDB
import SurveyCore

/// Imports response files (DESIGN §5.4) into the store. Each file is one transaction: any invalid response, unknown
/// institution, unloaded survey or conflicting `submission_id` imports nothing from that file, and every reason is
/// reported with its path. A `submission_id` seen before with the same content counts as already imported.
public struct ResponseImporter: Sendable {
    /// The store written to.
    public let store: SurveyStore
    /// The survey versions responses are checked against (the newest version of the survey each names).
    public let catalog: SurveyCatalog

    /// An importer for `store`, reading its survey versions once.
    public init(store: SurveyStore) throws(StoreError) {
        self.store = store
        self.catalog = try store.catalog()
    }

    /// A checked response waiting to be written.
    private struct Pending {
        var response: ResponseFile
        var content: SubmissionContent
        var version: LoadedSurvey
        var prefix: String
    }

    /// Imports the responses in `data` (one object or an array); `file` names it in the result.
    public func importFile(_ data: Data, file: String, by actor: Actor) -> FileImportResult {
        var result = FileImportResult(file: file, imported: 0, alreadyPresent: 0, verifications: 0, problems: [], warnings: [])
        let entries: [(response: ResponseFile?, problems: [ResponseProblem])]
        do {
            entries = try ResponseFile.read(data)
        } catch {
            result.problems.append(ImportProblem(path: "", error.message))
            return result
        }
        if entries.isEmpty {
            result.problems.append(ImportProblem(path: "", Message(en: "the file holds an empty list; nothing to import",
                                                                   ja: "ファイルが空の配列です。取り込む回答がありません")))
        }
        var pending: [Pending] = []
        for (index, entry) in entries.enumerated() {
            let prefix = entries.count > 1 ? "[\(index)]" : ""
            for problem in entry.problems {
                result.add(ImportProblem(path: problem.path, severity: problem.severity, problem.message))
            }
            guard let response = entry.response else { continue }
            if let checked = check(response, prefix: prefix, into: &result) { pending.append(checked) }
        }
        guard result.problems.isEmpty else { return result }
        do {
            try store.writer.write { db in
                var problems: [ImportProblem] = []
                for item in pending {
                    do {
                        switch try SurveyStore.record(db, item.response, content: item.content, version: item.version, source: .import,
                                                     draftRevision: nil, by: actor) {
                        case .recorded: result.imported += 1
                        case .alreadyRecorded: result.alreadyPresent += 1
                        }
                        for (measure, entry) in item.response.verification.sorted(by: { $0.key < $1.key }) {
                            if try SurveyStore.recordVerification(db, institution: item.response.institution, survey: item.version.survey.id,
                                                                  measure: measure,
                                                                  level: entry.level, note: entry.note, by: actor) {
                                result.verifications += 1
                            }
                        }
                    } catch let error as StoreError {
                        let field = if case .unknownInstitution = error { "institution" } else { "submission_id" }
                        problems.append(ImportProblem(path: Self.join(item.prefix, field), error.message))
                    }
                }
                // Rolls the whole file back when any response could not be written.
                if !problems.isEmpty { throw ImportRollback(problems: problems) }
            }
        } catch let rollback as ImportRollback {
            result.problems = rollback.problems
        } catch {
            result.problems = [ImportProblem(path: "", StoreError.database(SurveyStore.describe(error)).message)]
        }
        if !result.problems.isEmpty {
            result.imported = 0
            result.alreadyPresent = 0
            result.verifications = 0
        }
        return result
    }

    /// Checks one response before anything is written; nil (with problems added) when it cannot be imported.
    private func check(_ response: ResponseFile, prefix: String, into result: inout FileImportResult) -> Pending? {
        var usable = true
        func problem(_ path: String, _ message: Message) {
            result.add(ImportProblem(path: Self.join(prefix, path), message))
            usable = false
        }
        if response.submissionID == nil {
            problem("submission_id", Message(en: "'submission_id' is required to import a response (a UUID that identifies this submission)",
                                             ja: "回答の取込には「submission_id」（この提出を識別する UUID）が必要です"))
        }
        if (response.attestedBy ?? "").isEmpty {
            problem("attested_by", Message(en: "'attested_by' is required: the officer who attests the answers",
                                           ja: "「attested_by」（回答内容を証明する責任者）が必要です"))
        }
        let version: LoadedSurvey
        do {
            version = try catalog.latest(response.survey)
        } catch {
            problem("survey", error.message)
            return nil
        }
        // Constraints such as ". <= today()" are judged as of the day the response was submitted.
        let submitted = response.submittedAt.flatMap(Timestamp.parse)
        let today = CivilDate.inTokyo(secondsSinceEpoch: (submitted ?? Date()).timeIntervalSince1970)
        for found in version.validator.validate(response, today: today, mode: .submission).problems {
            let local = found.path == "survey" || found.path.hasPrefix("evidence.") ? found.path : "answers." + found.path
            if found.severity == .error {
                problem(local, found.message)
            } else {
                result.warnings.append(ImportProblem(path: Self.join(prefix, local), severity: .warning, found.message))
            }
        }
        for measure in response.verification.keys.sorted() {
            if let unknown = version.unknownMeasure(measure) { problem("verification.\(measure)", unknown.message) }
        }
        guard usable else { return nil }
        return Pending(response: response, content: SubmissionContent(response), version: version, prefix: prefix)
    }

    static func join(_ prefix: String, _ path: String) -> String {
        prefix.isEmpty ? path : (path.isEmpty ? prefix : "\(prefix).\(path)")
    }
}

/// Thrown inside the write transaction to roll a file back while carrying the reasons out.
private struct ImportRollback: Error {
    var problems: [ImportProblem]
}

extension FileImportResult {
    fileprivate mutating func add(_ problem: ImportProblem) {
        if problem.severity == .error { problems.append(problem) } else { warnings.append(problem) }
    }
}
