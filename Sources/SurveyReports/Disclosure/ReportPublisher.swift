import SurveyCore

/// Applies disclosure control to the report's true figures. The response table is controlled first; its
/// "scored" column is the group size of every other table, so that column's decisions are fixed there and imposed
/// on the measure and verdict tables — one group size is never shown in one table and hidden in another.
public enum ReportPublisher {
    /// How many gaps the report lists.
    public static let gapCount = 10

    /// The publishable report for `input` under `rules`. The four passes over the institutions (the tables, the
    /// per-question figures, the verdicts resting on one answer and the snapshot's hash) read the input only, so
    /// they run side by side, on every core.
    public static func publish(_ input: ReportInput, rules: DisclosureRules) -> PublishedReport {
        let parts = ParallelMap.run([
            { .aggregates(ReportAggregator.aggregate(input)) },
            { .questions(QuestionAggregator.aggregate(input).map { PublishedQuestion($0, rules: rules) }) },
            { .fragile(FragileVerdicts.of(input, rules: rules)) },
            { .snapshot(DataSnapshot.sha256(input)) },
        ] as [@Sendable () -> Pass])
        var aggregates: ReportAggregates?
        var questions: [PublishedQuestion] = []
        var fragile: FragileVerdicts?
        var snapshot = ""
        for part in parts {
            switch part {
            case let .aggregates(value): aggregates = value
            case let .questions(value): questions = value
            case let .fragile(value): fragile = value
            case let .snapshot(value): snapshot = value
            }
        }
        // Every pass returns its part; the fallback only keeps the compiler from needing a force unwrap.
        guard let aggregates else { return publish(ReportAggregator.aggregate(input), input: input, rules: rules) }
        return publish(aggregates, input: input, rules: rules, questions: questions, fragile: fragile, snapshot: snapshot)
    }

    /// The result of one pass over the institutions.
    private enum Pass: Sendable {
        case aggregates(ReportAggregates)
        case questions([PublishedQuestion])
        case fragile(FragileVerdicts?)
        case snapshot(String)
    }

    /// The publishable report from already computed `aggregates`.
    public static func publish(_ aggregates: ReportAggregates, input: ReportInput, rules: DisclosureRules) -> PublishedReport {
        publish(aggregates, input: input, rules: rules,
                questions: QuestionAggregator.aggregate(input).map { PublishedQuestion($0, rules: rules) },
                fragile: FragileVerdicts.of(input, rules: rules), snapshot: DataSnapshot.sha256(input))
    }

    private static func publish(_ aggregates: ReportAggregates, input: ReportInput, rules: DisclosureRules,
                                questions: [PublishedQuestion], fragile: FragileVerdicts?, snapshot: String) -> PublishedReport {
        let totalRow = ReportGroup.rows.count - 1
        let response = aggregates.response
        let responsePattern = TableSuppression.apply(counts: response.counts, bases: response.bases, partsSumToBase: false,
                                                     totalRow: totalRow, rules: rules)
        let scoredColumn = response.columns.firstIndex { $0.code == "\(ResponseStatus.scored)" } ?? (response.columns.count - 1)
        let margin = responsePattern.cells.map { $0[scoredColumn] }
        func control(_ table: CountTable) -> PublishedTable {
            let pattern = TableSuppression.apply(counts: table.counts, bases: table.bases, partsSumToBase: table.partsSumToBase,
                                                 totalRow: totalRow, rules: rules, fixedBases: margin)
            return PublishedTable(table, pattern: pattern)
        }
        let measures = aggregates.measures.map(control)
        return PublishedReport(
            provenance: input.provenance, surveyTitle: input.surveyTitle, rubric: input.rubric, rules: rules,
            response: PublishedTable(response, pattern: responsePattern), measures: measures,
            verdicts: control(aggregates.verdicts),
            laxity: PublishedDistribution(aggregates.laxity, margin: margin, rules: rules),
            domains: aggregates.domains.map { PublishedDistribution($0, margin: margin, rules: rules) },
            gaps: gaps(aggregates, published: measures, rubric: input.rubric),
            questions: questions,
            survey: input.survey,
            fragileVerdicts: fragile,
            snapshotSHA256: snapshot)
    }

    /// Measures ranked by how many institutions do not fully meet them (not met plus partly met), then by not met,
    /// then in rubric order; measures every institution meets are left out.
    static func gaps(_ aggregates: ReportAggregates, published: [PublishedTable], rubric: Rubric) -> [PublishedGap] {
        let all = ReportGroup.rows.count - 1
        let measures = rubric.measures
        var ranked: [(index: Int, gaps: Int, notMet: Int)] = []
        for (index, table) in aggregates.measures.enumerated() {
            let counts = table.counts[all]
            let gaps = counts[1] + counts[2]
            if gaps > 0 { ranked.append((index, gaps, counts[2])) }
        }
        ranked.sort { lhs, rhs in
            if lhs.gaps != rhs.gaps { return lhs.gaps > rhs.gaps }
            if lhs.notMet != rhs.notMet { return lhs.notMet > rhs.notMet }
            return lhs.index < rhs.index
        }
        return ranked.prefix(gapCount).enumerated().map { rank, entry in
            let measure = measures[entry.index]
            let row = published[entry.index].cells[all]
            return PublishedGap(rank: rank + 1, measureID: measure.id, domainID: measure.domain, title: measure.title.message,
                                points: measure.points, critical: measure.critical, notMet: row[2], partial: row[1])
        }
    }
}
