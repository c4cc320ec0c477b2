public import SurveyCore

/// The questionnaire as a paper form in Markdown (`chosa survey show`): numbered questions, answer spaces,
/// hints, and skip instructions written out in words, for an institution to circulate internally.
public struct PaperForm: Sendable {
    let survey: SurveyDefinition
    let language: Language
    let numbers: QuestionNumbers
    let wording: ConditionWording

    /// A form for `survey` in `language`.
    public init(survey: SurveyDefinition, language: Language) {
        self.survey = survey
        self.language = language
        self.numbers = QuestionNumbers(survey)
        self.wording = ConditionWording(survey: survey, numbers: numbers)
    }

    /// The whole form as Markdown.
    public func markdown() -> String {
        var lines: [String] = []
        lines.append("# \(survey.title.text(language))")
        lines.append("")
        lines.append(t(en: "Survey \(survey.id), version \(survey.version). Deadline: \(LetterDate.text(survey.deadline, .en)) (Japan time).",
                       ja: "調査ID \(survey.id)（版 \(survey.version)）。回答期限：\(LetterDate.text(survey.deadline, .ja))（日本時間）。"))
        if let description = survey.description {
            lines.append("")
            lines.append(description.text(language))
        }
        lines.append("")
        lines.append(t(en: "How to read this form: questions marked *(required)* must be answered when they apply. Skip instructions say when a question applies. Calculated figures are computed by the portal and are not shown here.",
                       ja: "記入にあたって：*（必須）* の設問は、対象となる場合に必ず回答してください。回答条件のある設問には、その条件を記しています。自動計算される数値はポータルで算出されるため、この用紙には含めていません。"))
        for (index, section) in survey.sections.enumerated() {
            lines.append("")
            lines.append("## \(index + 1). \(section.title.text(language))")
            if let description = section.description {
                lines.append("")
                lines.append(description.text(language))
            }
            if let relevant = section.relevant {
                lines.append("")
                lines.append("*\(wording.instruction(relevant, for: .section).text(language))*")
            }
            for item in section.items { render(item, into: &lines, indent: "") }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private func t(en: String, ja: String) -> String {
        Message(en: en, ja: ja).text(language)
    }

    private func render(_ item: Item, into lines: inout [String], indent: String) {
        switch ItemCodec.of(item.type).paper {
        case .none:
            return
        case .note:
            lines.append("")
            lines.append("\(indent)> \(item.text?.text(language) ?? "")")
            return
        case .heading:
            lines.append("")
            lines.append("\(indent)### \(item.text?.text(language) ?? item.id)")
            if let relevant = item.relevant {
                lines.append("")
                lines.append("\(indent)*\(wording.instruction(relevant).text(language))*")
            }
            for child in item.items { render(child, into: &lines, indent: indent) }
            return
        case .entries:
            renderRepeat(item, into: &lines, indent: indent)
            return
        case .markOne, .tickAny, .number, .line, .lines, .date, .attachment:
            break
        }
        lines.append("")
        lines.append("\(indent)**\(numbers.number(item.id) ?? "")** \(item.text?.text(language) ?? "")\(requiredMark(item))")
        if let relevant = item.relevant {
            lines.append("\(indent)*\(wording.instruction(relevant).text(language))*")
        }
        if let hint = item.hint {
            lines.append("\(indent)")
            lines.append("\(indent)> \(hint.text(language))")
        }
        lines.append("")
        lines += answerSpace(item).map { indent + $0 }
        if let message = item.constraintMessage {
            lines.append("")
            lines.append("\(indent)\(t(en: "Note:", ja: "注：")) \(message.text(language))")
        }
    }

    private func renderRepeat(_ item: Item, into lines: inout [String], indent: String) {
        lines.append("")
        lines.append("\(indent)**\(numbers.number(item.id) ?? "")** \(item.text?.text(language) ?? "")")
        if let relevant = item.relevant {
            lines.append("\(indent)*\(wording.instruction(relevant).text(language))*")
        }
        let limits: String = switch (item.minCount, item.maxCount) {
        case let (low?, high?): t(en: "One row each; at least \(low), at most \(high) rows.", ja: "1 件につき 1 行。\(low)〜\(high) 行。")
        case let (nil, high?): t(en: "One row each; at most \(high) rows.", ja: "1 件につき 1 行。最大 \(high) 行。")
        case let (low?, nil): t(en: "One row each; at least \(low) rows.", ja: "1 件につき 1 行。\(low) 行以上。")
        case (nil, nil): t(en: "One row each.", ja: "1 件につき 1 行。")
        }
        lines.append("\(indent)\(limits)")
        let columns = flattened(item.items).filter { $0.type != .calculate && $0.type != .note }
        lines.append("")
        lines.append(indent + "| " + columns.map { "\(numbers.number($0.id) ?? "") \($0.text?.text(language) ?? $0.id)\(requiredMark($0))".markdownCell }.joined(separator: " | ") + " |")
        lines.append(indent + "|" + columns.map { _ in "---|" }.joined())
        for _ in 0..<3 {
            lines.append(indent + "|" + columns.map { _ in "   |" }.joined())
        }
        let notes = columns.compactMap { column -> String? in
            var parts: [String] = []
            if let list = survey.choiceList(for: column) {
                parts.append(list.choices.map { $0.label.text(language) }.joined(separator: " / "))
            }
            if let relevant = column.relevant { parts.append(wording.instruction(relevant).text(language)) }
            if let message = column.constraintMessage { parts.append(message.text(language)) }
            guard !parts.isEmpty else { return nil }
            return "- \(numbers.number(column.id) ?? column.id): " + parts.joined(separator: " ")
        }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { indent + $0 }
        }
    }

    private func flattened(_ items: [Item]) -> [Item] {
        items.flatMap { $0.type == .group ? flattened($0.items) : [$0] }
    }

    private func requiredMark(_ item: Item) -> String {
        switch item.required {
        case .optional: ""
        case .always: t(en: " *(required)*", ja: " *（必須）*")
        case .when: t(en: " *(required in some cases)*", ja: " *（条件により必須）*")
        }
    }

    private func answerSpace(_ item: Item) -> [String] {
        let codec = ItemCodec.of(item.type)
        switch codec.paper {
        // One answer: an open circle to mark (○), as Japanese forms do; check boxes only where several may be ticked.
        case .markOne where codec.answer == .yesNo:
            return [t(en: "Mark one:", ja: "いずれかに○を付けてください："),
                    YesNo.choices.map { "\(Self.singleChoiceMark) \(t(en: $0.label.en, ja: $0.label.ja))" }.joined(separator: "　　")]
        case .markOne:
            let choices = survey.choiceList(for: item)?.choices ?? []
            return [t(en: "Mark one:", ja: "該当するもの一つに○を付けてください：")]
                + choices.map { "- \(Self.singleChoiceMark) \($0.label.text(language))" }
        case .tickAny:
            let choices = survey.choiceList(for: item)?.choices ?? []
            return [t(en: "Tick all that apply:", ja: "該当するものをすべて選択：")] + choices.map { "- [ ] \($0.label.text(language))" }
        case .number:
            return ["\(t(en: "Number:", ja: "数値：")) ________"]
        case .date:
            return [t(en: "Date (day month year): ____ ______ ______", ja: "令和　年　月　日")]
        case .line:
            return ["________________________________________"]
        case let .lines(count):
            return Array(repeating: "________________________________________________________________", count: count)
        case .attachment:
            let kinds = item.accept.isEmpty ? "" : " (" + item.accept.map(Self.mediaTypeName).joined(separator: ", ") + ")"
            return [t(en: "Attach the document to your response\(kinds).", ja: "回答に資料を添付してください\(kinds)。")]
        case .none, .note, .heading, .entries:
            return []
        }
    }

    /// The mark beside each option of a single-choice question.
    static let singleChoiceMark = "○"

    /// A short name for a media type as users know it (PDF, Word, …).
    static func mediaTypeName(_ mediaType: String) -> String {
        switch mediaType {
        case "application/pdf": "PDF"
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word"
        case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel"
        case "image/png": "PNG"
        case "image/jpeg": "JPEG"
        case "text/csv": "CSV"
        case "text/plain": "text"
        default: mediaType
        }
    }
}

extension String {
    /// Text safe inside a Markdown table cell: pipes escaped, line breaks flattened.
    var markdownCell: String {
        var escaped = ""
        for character in self {
            switch character {
            case "|": escaped += "\\|"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
