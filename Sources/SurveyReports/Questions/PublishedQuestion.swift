public import SurveyCore

/// One tabulated question after disclosure control: its table of choices or its distribution.
public struct PublishedQuestion: Sendable, Equatable {
    /// The question.
    public var question: ReportQuestion
    /// Choices by group, for `single` and `multiple`.
    public var table: PublishedTable?
    /// Quantiles by group, for `number` and `entries`.
    public var distribution: PublishedDistribution?

    /// The published form of `figures` under `rules`. A choice table is controlled like the report's other tables,
    /// a multiple-answer table with a band for each answer every institution of a group gave; the number of
    /// institutions behind a distribution is controlled as a one-column table so no withheld group size can be
    /// recovered from the others.
    public init(_ figures: QuestionFigures, rules: DisclosureRules) {
        question = figures.question
        let totalRow = ReportGroup.rows.count - 1
        if let table = figures.table {
            let pattern = TableSuppression.apply(counts: table.counts, bases: table.bases, partsSumToBase: table.partsSumToBase,
                                                 totalRow: totalRow, rules: rules,
                                                 unanimity: figures.question.kind == .multiple ? .cell : .row)
            self.table = PublishedTable(table, pattern: pattern)
        } else {
            self.table = nil
        }
        if let distribution = figures.distribution {
            let pattern = TableSuppression.apply(counts: distribution.counts.map { _ in [] }, bases: distribution.counts,
                                                 partsSumToBase: false, totalRow: totalRow, rules: rules, unanimity: TableSuppression.Unanimity.none)
            self.distribution = PublishedDistribution(distribution, margin: pattern.bases, rules: rules)
        } else {
            self.distribution = nil
        }
    }
}
