public import SurveyCore
import SurveyReports

/// The workbook an institution downloads to answer offline: a cover sheet, one sheet per section
/// (`id | question | answer | hint`), one sheet per repeat, drop-downs showing choice labels, and only the answer
/// cells unlocked. `AnswerWorkbookReader` reads a filled copy back into answers.
public enum AnswerWorkbook {
    /// Who the workbook is for and which draft it holds.
    public struct Context: Sendable {
        /// The institution's id, e.g. `NU-001`.
        public var institutionID: String
        /// The institution's name in the workbook's language.
        public var institutionName: String
        /// The draft revision the answers come from; uploading the workbook saves over it.
        public var revision: Int
        /// The language of questions, hints and instructions.
        public var language: Language

        /// A context from its parts.
        public init(institutionID: String, institutionName: String, revision: Int, language: Language) {
            self.institutionID = institutionID
            self.institutionName = institutionName
            self.revision = revision
            self.language = language
        }
    }

    /// Extra empty rows offered below a repeat's instances (up to its maximum).
    static let spareRepeatRows = 20

    /// The workbook for `survey` holding `answers` (the draft's JSON answers).
    public static func build(_ survey: SurveyDefinition, context: Context, answers: [String: JSONValue]) -> Workbook {
        let layout = AnswerWorkbookLayout(survey: survey)
        let wording = ConditionWording(survey: survey, numbers: QuestionNumbers(survey))
        let numbers = QuestionNumbers(survey)
        var workbook = Workbook()
        workbook.sheets.append(cover(survey, context: context))
        let coverRef = "'cover'!"
        workbook.definedNames = [
            DefinedName(name: AnswerWorkbookLayout.revisionName, formula: coverRef + "$B$6"),
            DefinedName(name: AnswerWorkbookLayout.surveyName, formula: coverRef + "$B$7"),
            DefinedName(name: AnswerWorkbookLayout.institutionName, formula: coverRef + "$B$8"),
        ]
        var writer = SheetFiller(layout: layout, language: context.language, wording: wording, numbers: numbers)
        for section in survey.sections {
            var sheet = Worksheet(name: layout.sectionSheets[section.id] ?? section.id)
            sheet.append(AnswerWorkbookLayout.sectionHeader.map { Cell($0, bold: true) })
            var heading = [Cell("", bold: true), Cell(section.title.text(context.language), bold: true, wraps: true)]
            if let relevant = section.relevant {
                heading += [Cell.empty, Cell(wording.instruction(relevant, for: .section).text(context.language), wraps: true)]
            }
            sheet.append(heading)
            writer.fill(&sheet, items: section.items, answers: answers)
            sheet.columnWidths = [1: 24, 2: 60, 3: 36, 4: 48]
            sheet.isProtected = true
            sheet.frozenRows = 1
            workbook.sheets.append(sheet)
        }
        workbook.sheets += writer.repeatSheets
        workbook.sheets.append(lists(layout, language: context.language))
        workbook.definedNames += listNames(layout, language: context.language)
        return workbook
    }

    private static func cover(_ survey: SurveyDefinition, context: Context) -> Worksheet {
        let language = context.language
        func label(_ en: String, _ ja: String) -> Cell { Cell(Message(en: en, ja: ja).text(language), bold: true) }
        var sheet = Worksheet(name: "cover")
        sheet.append([Cell(survey.title.text(language), bold: true)])
        sheet.append([])
        sheet.append([label("Institution", "機関名"), Cell(context.institutionName)])
        sheet.append([label("Survey", "調査"), Cell("\(survey.id) (\(survey.version))")])
        sheet.append([label("Deadline (inclusive, Japan time)", "回答期限（当日まで、日本時間）"), Cell(.date(survey.deadline)),
                      Cell(LetterDate.text(survey.deadline, language))])
        sheet.append([label("Draft revision", "回答の版"), Cell(.number(Double(context.revision)))])
        sheet.append([label("Survey id", "調査ID"), Cell(survey.id)])
        sheet.append([label("Institution id", "機関ID"), Cell(context.institutionID)])
        sheet.append([])
        for line in instructions.flatMap({ [$0.ja, $0.en] }) where !line.isEmpty {
            sheet.append([Cell(line, wraps: true)])
        }
        sheet.columnWidths = [1: 100, 2: 40, 3: 24]
        sheet.isProtected = true
        return sheet
    }

    /// What the cover tells respondents, in both languages whatever the workbook's language.
    static let instructions: [Message] = [
        Message(en: "How to answer offline:", ja: "オフラインでの回答方法："),
        Message(en: "1. Type answers in the yellow cells of the 'answer' column on each section sheet; choose from the drop-down lists where offered. Other cells are locked.",
                ja: "1. 各セクションのシートの「answer」列の黄色のセルに回答を入力してください。選択肢がある設問はプルダウンから選んでください。その他のセルは編集できません。"),
        Message(en: "2. For several choices, separate the labels with semicolons (;). Write dates as YYYY-MM-DD.",
                ja: "2. 複数選択の設問は、選択肢をセミコロン（;）で区切って入力してください。日付は YYYY-MM-DD の形式で入力してください。"),
        Message(en: "3. Entries of a list (e.g. agreements) go on their own sheet, one row per entry.",
                ja: "3. 協定等の一覧は、専用のシートに 1 行 1 件で入力してください。"),
        Message(en: "4. Upload the workbook in the portal (or PUT /api/v1/response.xlsx). It is saved as your draft; nothing is submitted until you submit in the portal.",
                ja: "4. ポータルからこのブックをアップロードしてください（API の場合は PUT /api/v1/response.xlsx）。一時保存として取り込まれ、ポータルで提出するまで提出にはなりません。"),
        Message(en: "5. If someone saved the draft after this workbook was downloaded, the upload is refused and lists their changes; download a fresh workbook and copy your answers into it.",
                ja: "5. ダウンロード後に他の担当者が回答を保存した場合、アップロードは受け付けられず、変更された設問が表示されます。最新のブックをダウンロードし、回答を転記してください。"),
        Message(en: "Evidence files are attached in the portal, not in this workbook. Do not change the id column or the sheet names.",
                ja: "証憑ファイルはこのブックではなくポータルで添付してください。id 列とシート名は変更しないでください。"),
    ]

    private static func lists(_ layout: AnswerWorkbookLayout, language: Language) -> Worksheet {
        var sheet = Worksheet(name: AnswerWorkbookLayout.listsSheet)
        sheet.visibility = .hidden
        sheet.isProtected = true
        for (column, list) in listColumns(layout, language: language).enumerated() {
            for (row, label) in list.labels.enumerated() {
                while sheet.rows.count <= row { sheet.rows.append([]) }
                while sheet.rows[row].count < column { sheet.rows[row].append(.empty) }
                sheet.rows[row].append(Cell(label))
            }
        }
        return sheet
    }

    /// Each list's labels in `language`; yes/no first, then the survey's lists.
    static func listColumns(_ layout: AnswerWorkbookLayout, language: Language) -> [(name: String, labels: [String])] {
        var columns = [(AnswerWorkbookLayout.listName(nil), XLSFormExporter.yesNoLabels.map { $0.label.text(language) })]
        for list in layout.survey.choiceLists {
            columns.append((AnswerWorkbookLayout.listName(list.id), list.choices.map { $0.label.text(language) }))
        }
        return columns
    }

    private static func listNames(_ layout: AnswerWorkbookLayout, language: Language) -> [DefinedName] {
        listColumns(layout, language: language).enumerated().map { column, list in
            let letters = CellReference.letters(column + 1)
            return DefinedName(name: list.name, formula: "'\(AnswerWorkbookLayout.listsSheet)'!$\(letters)$1:$\(letters)$\(max(list.labels.count, 1))")
        }
    }
}
