public import Foundation
public import SurveyCore
import SurveyOffice
import SurveyStore

/// Offline answering (DESIGN §5.12): the draft as a workbook, and a filled workbook saved as the draft through the
/// same `save` as every other draft save, so its rules (deadline, validation, revisions) hold unchanged.
extension ResponseService {
    /// The caller's current draft as an `.xlsx` workbook in `language`, and the revision it holds.
    public func answerWorkbook(_ caller: Caller, language: Language) async throws(PortalError) -> (data: Data, revision: Int) {
        let loaded = try await survey()
        let institution = try institution(caller)
        let draft = try await draft(caller, survey: loaded.survey)
        let context = AnswerWorkbook.Context(institutionID: institution.id,
                                             institutionName: language == .ja ? institution.nameJa : institution.nameEn,
                                             revision: draft.revision, language: language)
        do {
            return (try WorkbookWriter.data(AnswerWorkbook.build(loaded.survey, context: context, answers: draft.answers)), draft.revision)
        } catch {
            throw PortalError.badRequest(error.message)
        }
    }

    /// Saves a filled workbook as the caller's draft over the revision it was downloaded at. Hostile or unreadable files
    /// are refused (400, or 413 over the size cap); wrong cells fail with 422 naming each cell; a stale revision
    /// fails with 409 and what others changed; nothing is saved unless everything is.
    public func saveWorkbook(_ caller: Caller, data: Data) async throws(PortalError) -> SaveResult {
        let loaded = try await survey()
        let reading: AnswerWorkbookReader.Reading
        do {
            reading = try AnswerWorkbookReader.read(data, survey: loaded.survey)
        } catch {
            switch error {
            case let .unreadable(.fileTooLarge(_, limit)): throw PortalError.tooLarge(limit: limit)
            case let .unreadable(problem): throw PortalError.badRequest(problem.message)
            case let .problems(problems):
                throw PortalError.invalidAnswers(problems.map {
                    ResponseProblem(path: $0.cell, itemID: $0.itemID, code: .invalidCell, $0.message)
                })
            }
        }
        guard reading.institution.id == caller.institution else {
            // Saving another institution's workbook as one's own draft is always a slip; its revision means nothing here.
            throw PortalError.invalidAnswers([ResponseProblem(path: reading.institution.cell, code: .wrongInstitution, Message(
                en: "this workbook was downloaded for institution '\(reading.institution.id)'; download your own",
                ja: "このブックは機関「\(reading.institution.id)」用にダウンロードされたものです。貴機関のブックをダウンロードしてください"))])
        }
        // Problems are named by the cell the respondent typed into rather than by answer path.
        func located(_ problems: [ResponseProblem]) -> [ResponseProblem] {
            problems.map { problem in
                var moved = problem
                moved.path = Self.cell(for: problem.path, in: reading.cells) ?? problem.path
                return moved
            }
        }
        do {
            var result = try await save(caller, answers: reading.answers, evidence: nil, baseRevision: reading.revision)
            result.problems = located(result.problems)
            return result
        } catch {
            guard case let .invalidAnswers(problems) = error else { throw error }
            throw PortalError.invalidAnswers(located(problems))
        }
    }

    /// The workbook cell for an answer path, or the nearest enclosing path's cell (`a[0].b` → `a[0]` → `a`).
    static func cell(for path: String, in cells: [String: String]) -> String? {
        var current = path
        while !current.isEmpty {
            if let cell = cells[current] { return cell }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            current = String(current[..<cut])
        }
        return nil
    }
}
