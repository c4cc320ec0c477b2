import Foundation
import SurveyCore

/// `report.json`: every published figure with its table, group, column, denominator and disclosure flag, plus the
/// provenance and the rules. A withheld figure is present with `value: null`, so readers can see what was withheld.
public struct ReportJSON: Sendable {
    /// One figure.
    struct Figure: Encodable {
        var table: String
        var group: String
        var column: String
        /// `count`, `percent`, `base` or `quantile`.
        var kind: String
        var value: Double?
        var band: String?
        var denominator: Int?
        var suppressed: Bool
        var flag: String
        var mark: String?

        enum CodingKeys: String, CodingKey { case table, group, column, kind, value, band, denominator, suppressed, flag, mark }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(table, forKey: .table)
            try container.encode(group, forKey: .group)
            try container.encode(column, forKey: .column)
            try container.encode(kind, forKey: .kind)
            try container.encode(value, forKey: .value)
            try container.encodeIfPresent(band, forKey: .band)
            try container.encode(denominator, forKey: .denominator)
            try container.encode(suppressed, forKey: .suppressed)
            try container.encode(flag, forKey: .flag)
            try container.encodeIfPresent(mark, forKey: .mark)
        }
    }

    struct Label: Encodable {
        var code: String
        var ja: String
        var en: String
    }

    struct MeasureInfo: Encodable {
        var id: String
        var domain: String
        var ja: String
        var en: String
        var points: Int
        var critical: Bool
    }

    struct Document: Encodable {
        var survey: [String: String]
        var rubric: [String: String]
        var generatedAt: String
        var chosaVersion: String
        var dataSnapshotSHA256: String
        var rules: [String: String]
        var groups: [Label]
        var domains: [Label]
        var measures: [MeasureInfo]
        var gaps: [String]
        var figures: [Figure]

        enum CodingKeys: String, CodingKey {
            case survey, rubric, rules, groups, domains, measures, gaps, figures
            case generatedAt = "generated_at"
            case chosaVersion = "chosa_version"
            case dataSnapshotSHA256 = "data_snapshot_sha256"
        }
    }

    let report: PublishedReport

    /// The JSON of `report`.
    public init(_ report: PublishedReport) {
        self.report = report
    }

    /// Pretty-printed JSON text with sorted keys.
    public func render() throws -> String {
        let p = report.provenance
        let rules = report.rules
        let document = Document(
            survey: ["id": p.surveyID, "version": p.surveyVersion, "sha256": p.surveySHA256,
                     "title_ja": report.surveyTitle.text(.ja), "title_en": report.surveyTitle.text(.en)],
            rubric: ["id": p.rubricID, "version": p.rubricVersion, "sha256": p.rubricSHA256],
            generatedAt: p.generatedAtText, chosaVersion: p.chosaVersion, dataSnapshotSHA256: report.snapshotSHA256,
            rules: ["min_cell": String(rules.minimumCell),
                    "small_group": "a group with fewer than min_cell responding institutions publishes no figure; counts in larger groups are published",
                    "band": "a group whose institutions all share one answer or verdict shows bands of 10 × ceil(10 / group size) points (at most 50) instead of shares",
                    "percent_rounding": "whole percents; parts of one row by largest remainder with withheld parts pooled (adding to 100), other shares half up on the exact fraction",
                    "verdicts_margin_1": report.fragileVerdicts.map { "\($0.count) of \($0.scored)" } ?? "not computed",
                    "score_rounding": "one decimal, half away from zero",
                    "quantiles": "linear interpolation between order statistics (type 7); whiskers at p10 and p90"],
            groups: ReportGroup.rows.map { Label(code: $0.code, ja: $0.label.ja, en: $0.label.en) },
            domains: report.rubric.domains.map { Label(code: $0.id, ja: $0.title.text(.ja), en: $0.title.text(.en)) },
            measures: report.rubric.measures.map {
                MeasureInfo(id: $0.id, domain: $0.domain, ja: $0.title.text(.ja), en: $0.title.text(.en), points: $0.points, critical: $0.critical)
            },
            gaps: report.gaps.map(\.measureID),
            figures: figures())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    func figures() -> [Figure] {
        var figures: [Figure] = []
        for table in report.tables {
            for (row, group) in table.groups.enumerated() {
                for (column, cell) in table.cells[row].enumerated() {
                    let code = table.columns[column].code
                    figures.append(figure(table.id, group, code, "count", cell.count.map(Double.init), cell))
                    figures.append(figure(table.id, group, code, "percent", cell.percent.map(Double.init), cell))
                }
                let base = table.bases[row]
                figures.append(figure(table.id, group, "base", "base", base.count.map(Double.init), base))
            }
        }
        for distribution in [report.laxity] + report.domains + report.questions.compactMap(\.distribution) {
            for (row, group) in distribution.groups.enumerated() {
                let disclosure = distribution.disclosures[row]
                let hidden = distribution.counts[row] == nil
                figures.append(Figure(table: distribution.id, group: group.code, column: "institutions", kind: "base",
                                      value: distribution.counts[row].map(Double.init), band: nil, denominator: nil, suppressed: hidden,
                                      flag: hidden && !disclosure.isHidden ? "complementary" : disclosure.code,
                                      mark: hidden ? (disclosure.mark ?? "b") : nil))
                for (index, code) in BoxSummary.codes.enumerated() {
                    let value = distribution.summaries[row].map { ReportNumbers.oneDecimal($0.values[index]) }
                    figures.append(Figure(table: distribution.id, group: group.code, column: code, kind: "quantile", value: value,
                                          band: nil, denominator: distribution.counts[row], suppressed: disclosure.isHidden,
                                          flag: disclosure.code, mark: disclosure.mark))
                }
            }
        }
        return figures
    }

    private func figure(_ table: String, _ group: ReportGroup, _ column: String, _ kind: String, _ value: Double?, _ cell: PublishedCell) -> Figure {
        Figure(table: table, group: group.code, column: column, kind: kind, value: value, band: kind == "percent" ? cell.band?.text : nil,
               denominator: kind == "base" ? nil : cell.denominator,
               suppressed: value == nil && !(kind == "percent" && cell.denominator == 0 && !cell.disclosure.isHidden),
               flag: cell.disclosure.code, mark: cell.disclosure.mark)
    }
}
