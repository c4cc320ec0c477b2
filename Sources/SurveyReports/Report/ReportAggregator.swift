import SurveyCore

/// Computes the report's true figures from a `ReportInput`: a pure function of its argument, one pass over the
/// institutions, so a roster of 100,000 takes well under a second.
public enum ReportAggregator {
    /// Every count and distribution of the report.
    public static func aggregate(_ input: ReportInput) -> ReportAggregates {
        let rows = ReportGroup.rows
        let allRow = rows.count - 1
        let rubricMeasures = input.rubric.measures
        let measureIndex = Dictionary(rubricMeasures.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let domainIDs = input.rubric.domains.map(\.id)
        let domainIndex = Dictionary(domainIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let statuses: [MeasureStatus] = [.met, .partial, .notMet, .notApplicable]
        let verdicts: [Verdict] = [.substandard, .needsImprovement, .adequate]

        var progress = Array(repeating: Array(repeating: 0, count: ResponseStatus.allCases.count - 1), count: rows.count)
        var roster = Array(repeating: 0, count: rows.count)
        var scored = Array(repeating: 0, count: rows.count)
        var measureCounts = Array(repeating: Array(repeating: Array(repeating: 0, count: statuses.count), count: rows.count),
                                  count: rubricMeasures.count)
        var verdictCounts = Array(repeating: Array(repeating: 0, count: verdicts.count), count: rows.count)
        var laxities = Array(repeating: [Double](), count: rows.count)
        var domainLaxities = Array(repeating: Array(repeating: [Double](), count: rows.count), count: domainIDs.count)

        for institution in input.institutions {
            let row = institution.category.order
            for target in [row, allRow] {
                roster[target] += 1
                for stage in ResponseStatus.allCases.dropFirst() where institution.status >= stage {
                    progress[target][stage.rawValue - 1] += 1
                }
            }
            guard let card = institution.card else { continue }
            for target in [row, allRow] {
                scored[target] += 1
                verdictCounts[target][verdicts.firstIndex(of: card.verdict) ?? 0] += 1
                laxities[target].append(card.laxity)
            }
            var counted = Array(repeating: false, count: rubricMeasures.count)
            for (position, result) in card.measures.enumerated() {
                let index = position < rubricMeasures.count && rubricMeasures[position].id == result.id ? position : measureIndex[result.id]
                guard let index, !counted[index] else { continue }
                counted[index] = true
                let column = statuses.firstIndex(of: result.status) ?? 2
                measureCounts[index][row][column] += 1
                measureCounts[index][allRow][column] += 1
            }
            // A measure the card lacks (scored with an older rubric) did not apply to the institution.
            for index in counted.indices where !counted[index] {
                measureCounts[index][row][3] += 1
                measureCounts[index][allRow][3] += 1
            }
            for domain in card.domains {
                guard let laxity = domain.laxity, let index = domainIndex[domain.id] else { continue }
                domainLaxities[index][row].append(laxity)
                domainLaxities[index][allRow].append(laxity)
            }
        }

        let response = CountTable(
            id: "response", title: ReportText.responseTitle, baseLabel: ResponseStatus.rostered.label,
            columns: ResponseStatus.allCases.dropFirst().map { TableColumn(code: "\($0)", label: $0.label) },
            counts: progress, bases: roster, partsSumToBase: false)
        let measures = rubricMeasures.enumerated().map { index, measure in
            CountTable(id: "measure.\(measure.id)", title: measure.title.message, baseLabel: ReportText.scoredBase,
                       columns: statuses.map { TableColumn(code: $0.rawValue, label: ReportText.heading($0.label)) },
                       counts: measureCounts[index], bases: scored, partsSumToBase: true)
        }
        let verdictTable = CountTable(
            id: "verdict", title: ReportText.verdictTitle, baseLabel: ReportText.scoredBase,
            columns: verdicts.map { TableColumn(code: $0.rawValue, label: ReportText.heading($0.label)) },
            counts: verdictCounts, bases: scored, partsSumToBase: true)
        let laxity = Distribution(id: "laxity", title: ReportText.laxityTitle, counts: laxities.map(\.count),
                                  summaries: laxities.map(BoxSummary.of))
        let domains = input.rubric.domains.enumerated().map { index, domain in
            Distribution(id: "domain.\(domain.id)", title: domain.title.message, counts: domainLaxities[index].map(\.count),
                         summaries: domainLaxities[index].map(BoxSummary.of))
        }
        return ReportAggregates(response: response, measures: measures, verdicts: verdictTable, laxity: laxity, domains: domains)
    }
}
