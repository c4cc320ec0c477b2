public import SurveyCore

/// Where things are in an offline-answer workbook: shared by the builder and the reader so both agree.
public struct AnswerWorkbookLayout: Sendable {
    /// Header of every section sheet, as the issue and the portal's help describe it.
    public static let sectionHeader = ["id", "question", "answer", "hint"]
    /// Defined name of the cover cell holding the draft's revision.
    public static let revisionName = "chosa_revision"
    /// Defined name of the cover cell holding the survey id.
    public static let surveyName = "chosa_survey"
    /// Defined name of the cover cell holding the institution id.
    public static let institutionName = "chosa_institution"
    /// The hidden sheet holding choice labels for drop-downs.
    public static let listsSheet = "lists"
    /// Rows of a repeat sheet before the first instance: item ids, then questions.
    public static let repeatHeaderRows = 2
    /// Separators accepted between labels of a multiple-choice answer.
    public static let multipleSeparators: Set<Character> = [";", "；", "\n"]

    /// The survey the workbook is for.
    public let survey: SurveyDefinition
    /// Sheet name of each section, by section id.
    public let sectionSheets: [String: String]
    /// Sheet name of each repeat, by repeat item id.
    public let repeatSheets: [String: String]

    /// The layout for `survey`: sheet names from section and repeat ids, cut to Excel's 31 characters and made unique.
    public init(survey: SurveyDefinition) {
        self.survey = survey
        var used: Set<String> = ["cover", Self.listsSheet]
        func unique(_ id: String) -> String {
            var name = Worksheet.safeName(id)
            var counter = 2
            while used.contains(name.lowercased()) {
                let suffix = "_\(counter)"
                name = String(Worksheet.safeName(id).prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            used.insert(name.lowercased())
            return name
        }
        var sections: [String: String] = [:]
        for section in survey.sections { sections[section.id] = unique(section.id) }
        var repeats: [String: String] = [:]
        for slot in survey.slots where slot.item.type == .repeat { repeats[slot.item.id] = unique(slot.item.id) }
        sectionSheets = sections
        repeatSheets = repeats
    }

    /// The defined name of a choice list's labels (`choices_` + list id; `choices__yes_no` for yes/no questions).
    public static func listName(_ listID: String?) -> String {
        "choices_" + (listID ?? "_yes_no")
    }

    /// The options of a select or yes/no item as (value, label in each language).
    public func options(for item: Item) -> [(value: String, label: LocalizedText)] {
        switch item.type {
        case .yesNo:
            return XLSFormExporter.yesNoLabels.map { ($0.value, LocalizedText(["ja": $0.label.ja, "en": $0.label.en])) }
        case .selectOne, .selectMultiple:
            return survey.choiceList(for: item)?.choices.map { ($0.value, $0.label) } ?? []
        case .integer, .decimal, .text, .longText, .date, .evidence, .note, .calculate, .repeat, .group:
            return []
        }
    }
}
