import SurveyCore

/// `data/*.csv`: the open-data table behind every chart and table, in long form (one figure per line) with codes and
/// both languages' labels, and `data/codebook.csv` describing every column. UTF-8 with a byte-order mark so Excel
/// reads the Japanese correctly; written with `CSV`, so no cell can run as a spreadsheet formula.
public struct OpenData: Sendable {
    let report: PublishedReport

    /// The open data of `report`.
    public init(_ report: PublishedReport) {
        self.report = report
    }

    /// File name (under `data/`) → CSV text.
    public func files() -> [(name: String, text: String)] {
        [
            ("response.csv", CSV.document(header: Self.cellColumns, rows: rows(report.response), excel: true)),
            ("verdicts.csv", CSV.document(header: Self.cellColumns, rows: rows(report.verdicts), excel: true)),
            ("measures.csv", CSV.document(header: Self.measureColumns + Self.cellColumns, rows: measureRows(), excel: true)),
            ("laxity.csv", CSV.document(header: Self.distributionColumns, rows: distributionRows(), excel: true)),
            ("gaps.csv", CSV.document(header: Self.gapColumns, rows: gapRows(), excel: true)),
            ("questions.csv", CSV.document(header: Self.cellColumns, rows: report.questions.compactMap(\.table).flatMap(rows), excel: true)),
            ("question_figures.csv", CSV.document(header: Self.distributionColumns,
                                                  rows: distributionRows(report.questions.compactMap(\.distribution)), excel: true)),
            ("codebook.csv", CSV.document(header: Codebook.header,
                                          rows: Codebook.entries.map { $0.map(CSV.Field.text) }, excel: true)),
        ]
    }

    static let cellColumns = ["table", "group", "group_ja", "group_en", "column", "column_ja", "column_en",
                              "count", "percent", "band", "denominator", "flag", "mark"]
    static let measureColumns = ["measure_id", "measure_ja", "measure_en", "domain_id", "points", "critical"]
    static let distributionColumns = ["score", "score_ja", "score_en", "group", "group_ja", "group_en", "institutions"]
        + BoxSummary.codes + ["flag", "mark"]
    static let gapColumns = ["rank", "measure_id", "measure_ja", "measure_en", "domain_id", "points", "critical",
                             "not_met_count", "not_met_percent", "not_met_band", "not_met_flag",
                             "partial_count", "partial_percent", "partial_band", "partial_flag", "denominator"]

    private func number(_ value: Int?) -> CSV.Field {
        value.map { .number(Double($0)) } ?? .empty
    }

    private func rows(_ table: PublishedTable) -> [[CSV.Field]] {
        var rows: [[CSV.Field]] = []
        for (row, group) in table.groups.enumerated() {
            let groupFields: [CSV.Field] = [.text(group.code), .text(group.label.ja), .text(group.label.en)]
            for (column, cell) in table.cells[row].enumerated() {
                let label = table.columns[column].label
                rows.append([.text(table.id)] + groupFields + [.text(table.columns[column].code), .text(label.ja), .text(label.en)] + fields(cell))
            }
            rows.append([.text(table.id)] + groupFields + [.text("base"), .text(table.baseLabel.ja), .text(table.baseLabel.en)]
                + fields(table.bases[row]))
        }
        return rows
    }

    private func fields(_ cell: PublishedCell) -> [CSV.Field] {
        [number(cell.count), number(cell.percent), cell.band.map { .text($0.text) } ?? .empty, number(cell.denominator),
         .text(cell.disclosure.code), cell.disclosure.mark.map(CSV.Field.text) ?? .empty]
    }

    private func measureRows() -> [[CSV.Field]] {
        report.rubric.measures.flatMap { measure -> [[CSV.Field]] in
            guard let table = report.measures.first(where: { $0.id == "measure.\(measure.id)" }) else { return [] }
            let prefix: [CSV.Field] = [.text(measure.id), .text(measure.title.text(.ja)), .text(measure.title.text(.en)),
                                       .text(measure.domain), .number(Double(measure.points)), .text(measure.critical ? "true" : "false")]
            return rows(table).map { prefix + $0 }
        }
    }

    private func distributionRows(_ distributions: [PublishedDistribution]? = nil) -> [[CSV.Field]] {
        (distributions ?? [report.laxity] + report.domains).flatMap { distribution in
            distribution.groups.indices.map { row -> [CSV.Field] in
                let group = distribution.groups[row]
                let values: [CSV.Field] = distribution.summaries[row]?.values.map { .number(ReportNumbers.oneDecimal($0)) }
                    ?? Array(repeating: .empty, count: BoxSummary.codes.count)
                let disclosure = distribution.disclosures[row]
                return [.text(distribution.id), .text(distribution.title.ja), .text(distribution.title.en), .text(group.code),
                        .text(group.label.ja), .text(group.label.en), number(distribution.counts[row])] + values
                    + [.text(disclosure.code), disclosure.mark.map(CSV.Field.text) ?? .empty]
            }
        }
    }

    private func gapRows() -> [[CSV.Field]] {
        report.gaps.map { gap in
            [.number(Double(gap.rank)), .text(gap.measureID), .text(gap.title.ja), .text(gap.title.en), .text(gap.domainID),
             .number(Double(gap.points)), .text(gap.critical ? "true" : "false"),
             number(gap.notMet.count), number(gap.notMet.percent), gap.notMet.band.map { .text($0.text) } ?? .empty, .text(gap.notMet.disclosure.code),
             number(gap.partial.count), number(gap.partial.percent), gap.partial.band.map { .text($0.text) } ?? .empty, .text(gap.partial.disclosure.code),
             number(gap.notMet.denominator)]
        }
    }
}

/// Numbers as published: the same rounding for CSV, JSON and the tests that recompute them.
public enum ReportNumbers {
    /// `value` rounded to one decimal, half away from zero (as `Figures.oneDecimal` displays it).
    public static func oneDecimal(_ value: Double) -> Double {
        (value * 10).rounded(.toNearestOrAwayFromZero) / 10
    }
}
