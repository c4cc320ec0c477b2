import SurveyCore

/// `report.json`: every published figure with its table, group, column, denominator and disclosure flag, plus the
/// provenance and the rules. A withheld figure is present with `value: null`, so readers can see what was withheld.
public struct ReportJSON: Sendable {
    /// One figure.
    struct Figure {
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

        /// The figure's object: `value` and `denominator` always present (null when withheld), `band` and `mark` only
        /// when there is one.
        var json: JSONValue {
            var fields: [String: JSONValue] = [
                "table": .string(table), "group": .string(group), "column": .string(column), "kind": .string(kind),
                "value": value.map(JSONValue.number) ?? .null, "denominator": denominator.map { .number(Double($0)) } ?? .null,
                "suppressed": .bool(suppressed), "flag": .string(flag),
            ]
            if let band { fields["band"] = .string(band) }
            if let mark { fields["mark"] = .string(mark) }
            return .object(fields)
        }
    }

    let report: PublishedReport

    /// The JSON of `report`.
    public init(_ report: PublishedReport) {
        self.report = report
    }

    /// Pretty-printed JSON text with sorted keys.
    public func render() throws -> String {
        PrettyJSON.text(document()) + "\n"
    }

    /// The whole document as a JSON value.
    func document() -> JSONValue {
        let p = report.provenance
        let rules = report.rules
        func strings(_ fields: [String: String]) -> JSONValue { .object(fields.mapValues(JSONValue.string)) }
        func label(_ code: String, _ ja: String, _ en: String) -> JSONValue {
            .object(["code": .string(code), "ja": .string(ja), "en": .string(en)])
        }
        return .object([
            "survey": strings(["id": p.surveyID, "version": p.surveyVersion, "sha256": p.surveySHA256,
                               "title_ja": report.surveyTitle.text(.ja), "title_en": report.surveyTitle.text(.en)]),
            "rubric": strings(["id": p.rubricID, "version": p.rubricVersion, "sha256": p.rubricSHA256]),
            "generated_at": .string(p.generatedAtText), "chosa_version": .string(p.chosaVersion),
            "data_snapshot_sha256": .string(report.snapshotSHA256),
            "rules": strings([
                "min_cell": String(rules.minimumCell),
                "small_group": "a group with fewer than min_cell responding institutions publishes no figure; counts in larger groups are published",
                "band": "a group whose institutions all share one answer or verdict shows bands of 10 × ceil(10 / group size) points (at most 50) instead of shares",
                "percent_rounding": "whole percents; parts of one row by largest remainder with withheld parts pooled (adding to 100), other shares half up on the exact fraction",
                "verdicts_margin_1": report.fragileVerdicts.map { "\($0.count) of \($0.scored)" } ?? "not computed",
                "score_rounding": "one decimal, half away from zero",
                "quantiles": "linear interpolation between order statistics (type 7); whiskers at p10 and p90"]),
            "groups": .array(ReportGroup.rows.map { label($0.code, $0.label.ja, $0.label.en) }),
            "domains": .array(report.rubric.domains.map { label($0.id, $0.title.text(.ja), $0.title.text(.en)) }),
            "measures": .array(report.rubric.measures.map {
                .object(["id": .string($0.id), "domain": .string($0.domain), "ja": .string($0.title.text(.ja)),
                         "en": .string($0.title.text(.en)), "points": .number(Double($0.points)), "critical": .bool($0.critical)])
            }),
            "gaps": .array(report.gaps.map { .string($0.measureID) }),
            "figures": .array(figures().map(\.json)),
        ])
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
