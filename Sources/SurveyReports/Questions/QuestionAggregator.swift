import SurveyCore

/// The true figures of one tabulated question: a count table for choices, a distribution for numbers.
public struct QuestionFigures: Sendable, Equatable {
    /// The question.
    public var question: ReportQuestion
    /// Counts by choice and group (base: institutions that answered), for `single` and `multiple`.
    public var table: CountTable?
    /// Quantiles by group, for `number` and `entries`.
    public var distribution: Distribution?
}

/// Counts every institution's answers to every tabulated question, by group: one pass over the institutions.
public enum QuestionAggregator {
    /// The figures of each of `input.questions`, in order; only institutions with answers count.
    public static func aggregate(_ input: ReportInput) -> [QuestionFigures] {
        let questions = input.questions
        guard !questions.isEmpty else { return [] }
        let rows = ReportGroup.rows
        let allRow = rows.count - 1
        var counts = questions.map { question in
            Array(repeating: Array(repeating: 0, count: question.choiceValues.count), count: rows.count)
        }
        var bases = Array(repeating: Array(repeating: 0, count: rows.count), count: questions.count)
        var numbers = Array(repeating: Array(repeating: [Double](), count: rows.count), count: questions.count)
        for institution in input.institutions {
            guard let answers = institution.answers else { continue }
            let row = institution.category.order
            for (index, answer) in answers.values.enumerated() where index < questions.count {
                guard let answer else { continue }
                for target in [row, allRow] {
                    switch answer {
                    case let .choices(chosen):
                        bases[index][target] += 1
                        for choice in chosen where choice < counts[index][target].count { counts[index][target][choice] += 1 }
                    case let .number(value):
                        numbers[index][target].append(value)
                    }
                }
            }
        }
        return questions.enumerated().map { index, question in
            let title = Message(en: question.text.text(.en), ja: question.text.text(.ja))
            switch question.kind {
            case .single, .multiple:
                let table = CountTable(
                    id: "question.\(question.id)", title: title, baseLabel: ReportText.answeredBase,
                    columns: zip(question.choiceValues, question.choiceLabels).map { TableColumn(code: $0, label: $1) },
                    counts: counts[index], bases: bases[index], partsSumToBase: question.kind == .single)
                return QuestionFigures(question: question, table: table, distribution: nil)
            case .number, .entries:
                let distribution = Distribution(id: "question.\(question.id)", title: title, counts: numbers[index].map(\.count),
                                                summaries: numbers[index].map(BoxSummary.of),
                                                uniform: numbers[index].map { values in values.min() == values.max() && !values.isEmpty })
                return QuestionFigures(question: question, table: nil, distribution: distribution)
            }
        }
    }
}
