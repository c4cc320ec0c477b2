public import Foundation
public import SurveyCore

/// Reads a filled offline-answer workbook back into a draft's answers: labels mapped back to choice values,
/// dates and numbers typed, every problem named by sheet and cell (`profile!C3: 整数を入力してください`).
public enum AnswerWorkbookReader {
    /// A problem in one cell (or sheet).
    public struct CellProblem: Sendable, Equatable {
        /// `sheet!C3`, or a sheet name alone.
        public var cell: String
        /// The item the cell answers, when there is one.
        public var itemID: String?
        /// What is wrong, in both languages.
        public var message: Message

        /// A problem from its parts.
        public init(cell: String, itemID: String?, _ message: Message) {
            self.cell = cell
            self.itemID = itemID
            self.message = message
        }
    }

    /// Why a workbook gave no answers.
    public enum Failure: Error, Sendable, Equatable {
        /// The file itself was refused (size, zip bomb, macros, not a workbook).
        case unreadable(OfficeError)
        /// The workbook was read but some cells are wrong; nothing should be saved.
        case problems([CellProblem])
    }

    /// What a workbook holds.
    public struct Reading: Sendable {
        /// The draft revision the workbook was downloaded at: the base of the save.
        public var revision: Int
        /// The institution the workbook was downloaded for, and the cell that names it.
        public var institution: (id: String, cell: String)
        /// The answers, as the JSON API takes them.
        public var answers: [String: JSONValue]
        /// The cell each answer path (`staff_count`, `agreements[0].partner`, `agreements`) was read from.
        public var cells: [String: String]
    }

    /// Reads `.xlsx` bytes for `survey`, refusing hostile files first.
    public static func read(_ data: Data, survey: SurveyDefinition, limits: WorkbookLimits = .standard) throws(Failure) -> Reading {
        let workbook: Workbook
        do {
            workbook = try WorkbookReader.read(data, limits: limits)
        } catch {
            throw .unreadable(error)
        }
        return try read(workbook, survey: survey)
    }

    /// Reads a workbook already opened.
    public static func read(_ workbook: Workbook, survey: SurveyDefinition) throws(Failure) -> Reading {
        var state = ReadingState(workbook: workbook, layout: AnswerWorkbookLayout(survey: survey))
        let revision = state.revision()
        state.checkSurvey()
        for section in survey.sections { state.readSection(section) }
        guard state.problems.isEmpty, let revision else { throw .problems(state.problems) }
        return Reading(revision: revision, institution: state.institution(), answers: state.answers, cells: state.cells)
    }

    /// The cell a defined name such as `'cover'!$B$6` points at.
    static func target(of formula: String) -> (sheet: String, cell: CellReference)? {
        guard let bang = formula.lastIndex(of: "!") else { return nil }
        var sheet = String(formula[..<bang])
        if sheet.hasPrefix("'"), sheet.hasSuffix("'"), sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        guard let cell = CellReference(formula[formula.index(after: bang)...]) else { return nil }
        return (sheet, cell)
    }
}
