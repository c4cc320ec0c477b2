public import SurveyCore

/// A question the report tabulates, in questionnaire order: every yes/no, single and multiple choice, number and
/// repeat outside a repeat. Free text, dates, attachments, notes and calculations are not tabulated (text could
/// identify an institution; a calculation repeats what its questions already show).
public struct ReportQuestion: Sendable, Equatable {
    /// What is tabulated.
    public enum Kind: Sendable, Equatable {
        /// One answer from `choices` (yes/no or select one): counts and shares that add up to 100.
        case single
        /// Any number of `choices`: the share of institutions giving each.
        case multiple
        /// An integer or decimal: quantiles.
        case number
        /// A repeat: how many entries each institution listed, summarised by quantiles.
        case entries
    }

    /// The item id (open data only; never shown in the report's text).
    public var id: String
    /// What is tabulated.
    public var kind: Kind
    /// The printed number, e.g. `Q3.2`.
    public var number: String
    /// The question's text.
    public var text: LocalizedText
    /// Index of the section it belongs to.
    public var section: Int
    /// The values of the choices, for `single` and `multiple` (yes/no: `yes`, `no`).
    public var choiceValues: [String]
    /// The choices' labels, in the same order.
    public var choiceLabels: [Message]

    /// The tabulated questions of `survey`, in document order.
    public static func all(in survey: SurveyDefinition) -> [ReportQuestion] {
        let numbers = QuestionNumbers(survey)
        var questions: [ReportQuestion] = []
        for (sectionIndex, section) in survey.sections.enumerated() {
            func visit(_ items: [Item]) {
                for item in items {
                    if item.type == .group {
                        visit(item.items)
                        continue
                    }
                    guard let text = item.text else { continue }
                    let kind: Kind
                    var values: [String] = []
                    var labels: [Message] = []
                    switch item.type {
                    case .yesNo:
                        kind = .single
                        values = ["yes", "no"]
                        labels = YesNo.choices.map(\.label)
                    case .selectOne, .selectMultiple:
                        kind = item.type == .selectOne ? .single : .multiple
                        let choices = survey.choiceList(for: item)?.choices ?? []
                        values = choices.map(\.value)
                        labels = choices.map { Message(en: $0.label.text(.en), ja: $0.label.text(.ja)) }
                    case .integer, .decimal:
                        kind = .number
                    case .repeat:
                        kind = .entries
                    case .text, .longText, .date, .evidence, .note, .calculate, .group:
                        continue
                    }
                    questions.append(ReportQuestion(id: item.id, kind: kind, number: numbers.label(item.id), text: text,
                                                    section: sectionIndex, choiceValues: values, choiceLabels: labels))
                }
            }
            visit(section.items)
        }
        return questions
    }
}

/// One institution's answer to one `ReportQuestion`, as the report counts it.
public enum ReportAnswer: Sendable, Equatable {
    /// The positions of the chosen choices (one for a single choice).
    case choices([Int])
    /// A number, or a repeat's number of entries.
    case number(Double)
}

/// One institution's answers to the tabulated questions, by position in `ReportQuestion.all(in:)`; nil where the
/// question was not asked of it or not answered.
public struct ReportAnswers: Sendable, Equatable {
    /// Answers by question position.
    public var values: [ReportAnswer?]

    /// Answers from their values.
    public init(values: [ReportAnswer?]) {
        self.values = values
    }

    /// The answers an evaluated response gives to `questions`: only relevant, non-empty answers count; a choice value
    /// that is not on the list (a stale answer) is left out.
    public init(_ form: FormState, questions: [ReportQuestion]) {
        self.init(form, questions: questions, slots: Self.slots(of: questions, in: form.survey))
    }

    /// Where each of `questions` is in `survey` (nil for a question it lacks), to look answers up in many of its forms.
    public static func slots(of questions: [ReportQuestion], in survey: SurveyDefinition) -> [Int?] {
        questions.map { survey.slotIndex($0.id) }
    }

    /// As `init(_:questions:)`, with the questions' `slots(of:in:)` in the survey `form` answers, resolved once for
    /// every form of that survey (looking each id up in each form was as costly as scoring it).
    public init(_ form: FormState, questions: [ReportQuestion], slots: [Int?]) {
        values = zip(questions, slots).map { question, slot in
            guard let slot, form.isRelevant(slot: slot) else { return nil }
            switch question.kind {
            case .entries:
                return .number(Double(form.instances(ofSlot: slot)))
            case .single, .multiple:
                let value = form.value(slot: slot)
                guard !value.isEmpty else { return nil }
                let text = value.stringValue
                // One value (every single choice, most multiple ones) is looked up as it is, without splitting.
                if !text.utf8.contains(UInt8(ascii: " ")) {
                    return question.choiceValues.firstIndex(of: text).map { .choices([$0]) }
                }
                let chosen = text.split(separator: " ").compactMap { question.choiceValues.firstIndex(of: String($0)) }
                return chosen.isEmpty ? nil : .choices(chosen)
            case .number:
                let value = form.value(slot: slot)
                guard !value.isEmpty else { return nil }
                let number = value.numberValue
                return number.isFinite ? .number(number) : nil
            }
        }
    }
}
