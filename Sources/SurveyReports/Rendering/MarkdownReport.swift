public import SurveyCore

/// `report.md`: the same chapters, tables and methodology as `index.html`, in Markdown for readers and diff tools
/// that do not render HTML (charts are represented by their tables). Every text goes through `Markup.markdown`.
public struct MarkdownReport: Sendable {
    let report: PublishedReport
    let language: Language

    /// The Markdown edition of `report` in `language`.
    public init(_ report: PublishedReport, language: Language) {
        self.report = report
        self.language = language
    }

    private func t(_ message: Message) -> String { Markup.markdown(message.text(language)) }

    /// The Markdown text.
    public func render() -> String {
        let p = report.provenance
        var lines = ["# " + t(ReportText.reportTitle), "", Markup.markdown(report.surveyTitle.text(language)), "", t(ReportText.coverNote), ""]
        lines.append("- \(t(Message(en: "Questionnaire", ja: "調査票"))): \(Markup.markdown(p.surveyID)) (\(Markup.markdown(p.surveyVersion)))")
        lines.append("- \(t(Message(en: "Rubric", ja: "評価基準"))): \(Markup.markdown(p.rubricID)) (\(Markup.markdown(p.rubricVersion)))")
        lines.append("- \(t(Message(en: "Generated", ja: "作成日時"))): \(p.generatedAtText)")
        var number = 0
        func chapter(_ title: Message) {
            number += 1
            lines += ["", "## \(number). " + t(title), ""]
        }
        let view = TableView(language: language)
        chapter(ReportText.responseTitle)
        lines += [t(ReportText.responseNote), ""] + table(view.responseTable(report.response, caption: ""))
        chapter(ReportText.verdictTitle)
        lines += table(view.countTable(report.verdicts, caption: ""))
        chapter(ReportText.laxityTitle)
        lines += [t(ReportText.laxityNote), ""] + table(view.distributionTable(report.laxity, caption: ""))
        chapter(ReportText.domainsTitle)
        for domain in report.domains {
            lines += ["### " + t(domain.title), ""] + table(view.distributionTable(domain, caption: "")) + [""]
        }
        chapter(ReportText.measuresTitle)
        for measure in report.rubric.measures {
            guard let published = report.measures.first(where: { $0.id == "measure.\(measure.id)" }) else { continue }
            let critical = measure.critical ? ", " + t(ReportText.critical) : ""
            lines += ["### " + t(published.title), "", "`\(measure.id)` — \(t(ReportText.points)) \(measure.points)\(critical)", ""]
            lines += table(view.countTable(published, caption: "")) + [""]
        }
        chapter(ReportText.gapsTitle)
        lines += [t(ReportText.gapsNote), ""]
        lines.append("| \(t(ReportText.rank)) | \(t(ReportText.measure)) | \(t(ReportText.points)) | \(t(MeasureStatus.notMet.label)) | \(t(MeasureStatus.partial.label)) |")
        lines.append("|---:|:---|---:|---:|---:|")
        for gap in report.gaps {
            let critical = gap.critical ? " (" + t(ReportText.critical) + ")" : ""
            lines.append("| \(gap.rank) | \(t(gap.title)) | \(gap.points)\(critical) | \(cellText(view.shareCell(gap.notMet))) | \(cellText(view.shareCell(gap.partial))) |")
        }
        lines += ["", t(ReportText.tableNote)]
        chapter(ReportText.methodologyTitle)
        for part in Methodology(report).parts {
            lines += ["### " + t(part.title), ""]
            for paragraph in part.paragraphs { lines += [t(paragraph), ""] }
            for item in part.items { lines.append("- " + t(item)) }
            if !part.items.isEmpty { lines.append("") }
        }
        lines += ["## " + t(ReportText.reproducibilityTitle), ""]
        lines.append("- survey.yaml SHA-256: `\(Markup.markdown(p.surveySHA256))`")
        lines.append("- rubric.yaml SHA-256: `\(Markup.markdown(p.rubricSHA256))`")
        lines.append("- \(t(Message(en: "Data snapshot SHA-256", ja: "集計データの SHA-256"))): `\(report.snapshotSHA256)`")
        lines.append("- \(t(Message(en: "Minimum cell size K", ja: "最小集計単位 K"))): \(report.rules.minimumCell)")
        lines.append("- \(t(Message(en: "Generated", ja: "作成日時"))): \(p.generatedAtText), chosa \(Markup.markdown(p.chosaVersion))")
        return lines.joined(separator: "\n") + "\n"
    }

    private func cellText(_ cell: [String: Any]) -> String {
        let text = Markup.markdown(cell["text"] as? String ?? "")
        guard let mark = cell["mark"] as? String else { return text }
        return text + " " + mark
    }

    /// A table context from `TableView` as a GitHub-flavoured Markdown table.
    private func table(_ context: [String: Any]) -> [String] {
        let headers = (context["headers"] as? [[String: String]] ?? []).map { Markup.markdown($0["text"] ?? "") }
        var lines = ["| " + headers.joined(separator: " | ") + " |", "|:---|" + String(repeating: "---:|", count: max(0, headers.count - 1))]
        for row in context["rows"] as? [[String: Any]] ?? [] {
            let cells = (row["cells"] as? [[String: Any]] ?? []).map(cellText)
            lines.append("| " + ([Markup.markdown(row["label"] as? String ?? "")] + cells).joined(separator: " | ") + " |")
        }
        return lines
    }
}
