import SurveyCore

/// The report's chapters for one language: each chart with its text alternative and its data table, in the order
/// of the table of contents.
struct ReportCharts {
    /// One numbered chapter.
    struct Chapter {
        var id: String
        var number: Int
        var title: String
        var children: [(id: String, label: String)]
        var context: [String: Any]
    }

    let report: PublishedReport
    let language: Language

    private var view: TableView { TableView(language: language) }
    private func t(_ message: Message) -> String { message.text(language) }
    private var separator: String { language == .ja ? "、" : ", " }
    private var rowSeparator: String { language == .ja ? "。" : "; " }

    func chapters() -> [Chapter] {
        var chapters: [Chapter] = []
        func add(_ id: String, _ title: Message, note: Message? = nil, figures: [[String: Any]] = [], tables: [[String: Any]] = [],
                 parts: [[String: Any]] = [], tableNote: Message? = nil, children: [(id: String, label: String)] = []) {
            var context: [String: Any] = ["id": id, "number": chapters.count + 1, "title": t(title), "figures": figures,
                                          "tables": tables, "parts": parts]
            if let note { context["note"] = t(note) }
            if let tableNote { context["tableNote"] = t(tableNote) }
            chapters.append(Chapter(id: id, number: chapters.count + 1, title: t(title), children: children, context: context))
        }
        add("response", ReportText.responseTitle, note: ReportText.responseNote, figures: [responseFigure()], tableNote: ReportText.marksNote)
        add("verdicts", ReportText.verdictTitle, figures: [stackedFigure(report.verdicts, id: "verdict", heading: nil, detail: nil)],
            tableNote: ReportText.tableNote)
        add("laxity", ReportText.laxityTitle, note: ReportText.laxityNote, figures: [boxFigure(report.laxity, heading: nil)])
        add("domains", ReportText.domainsTitle, note: ReportText.laxityNote,
            figures: report.domains.map { boxFigure($0, heading: t($0.title)) })
        var children: [(id: String, label: String)] = []
        var figures: [[String: Any]] = []
        for domain in report.rubric.domains {
            for measure in domain.measures {
                guard let table = report.measures.first(where: { $0.id == "measure.\(measure.id)" }) else { continue }
                let id = "m-\(measure.id)"
                if measure.id == domain.measures.first?.id { children.append((id, domain.title.text(language))) }
                figures.append(stackedFigure(table, id: id, heading: table.title.text(language), detail: measureDetail(measure, domain)))
            }
        }
        add("measures", ReportText.measuresTitle, figures: figures, tableNote: ReportText.tableNote, children: children)
        add("gaps", ReportText.gapsTitle, note: ReportText.gapsNote, tables: [gapTable()], tableNote: ReportText.tableNote)
        add("methodology", ReportText.methodologyTitle, parts: Methodology(report).parts.map { part in
            [
                "id": part.id, "title": t(part.title), "paragraphs": part.paragraphs.map { ["text": t($0)] },
                "hasItems": !part.items.isEmpty,
                "items": part.items.enumerated().map { index, item in
                    var entry: [String: Any] = ["text": t(item)]
                    if index < part.itemIDs.count, let id = part.itemIDs[index] { entry["id"] = id }
                    return entry
                },
            ] as [String: Any]
        })
        return chapters
    }

    private func measureDetail(_ measure: Rubric.Measure, _ domain: Rubric.Domain) -> String {
        let critical = measure.critical ? separator + t(ReportText.critical) : ""
        return t(ReportText.domain) + (language == .ja ? "：" : ": ") + domain.title.text(language) + separator
            + t(ReportText.points) + (language == .ja ? "：" : " ") + String(measure.points) + critical
            + separator + "ID " + measure.id
    }

    private func responseFigure() -> [String: Any] {
        let table = report.response
        let submitted = table.columns.firstIndex { $0.code == "\(ResponseStatus.submitted)" } ?? 2
        let rows = table.groups.indices.map { row in
            SVGChart.Row(label: table.groups[row].label.text(language),
                         segments: [SVGChart.Segment(percent: table.cells[row][submitted].percent, color: ChartPalette.blue,
                                                     label: t(ReportText.responseRate))])
        }
        let alt = t(ReportText.responseRate) + (language == .ja ? "（区分別）：" : " by category: ")
            + table.groups.indices.map { "\(table.groups[$0].label.text(language)) \(table.cells[$0][submitted].percentText)" }
            .joined(separator: separator)
        let svg = SVGChart.bars(id: "chart-response", title: t(ReportText.responseTitle), description: alt, rows: rows,
                                axisLabel: t(ReportText.responseRate) + " (%)", withheldLabel: t(ReportText.withheld))
        return ["id": "fig-response", "svg": svg, "alt": alt, "table": view.responseTable(table, caption: t(ReportText.responseTitle))]
    }

    private func color(_ code: String) -> String {
        switch code {
        case "met", Verdict.adequate.rawValue: ChartPalette.bluishGreen
        case "partial", Verdict.needsImprovement.rawValue: ChartPalette.orange
        case "not_met", Verdict.substandard.rawValue: ChartPalette.vermillion
        default: ChartPalette.grey
        }
    }

    private func stackedFigure(_ table: PublishedTable, id: String, heading: String?, detail: String?) -> [String: Any] {
        // Draw good news on the left: met before partly met before not met, adequate before substandard.
        let order = table.id == "verdict" ? Array(table.columns.indices.reversed()) : Array(table.columns.indices)
        let rows = table.groups.indices.map { row in
            SVGChart.Row(label: table.groups[row].label.text(language), segments: order.map { column in
                SVGChart.Segment(percent: table.cells[row][column].percent, color: color(table.columns[column].code),
                                 label: table.columns[column].label.text(language))
            })
        }
        let title = heading ?? t(table.title)
        let alt = title + (language == .ja ? "。区分別の機関の割合：" : ". Share of institutions by category: ")
            + table.groups.indices.map { row in
                table.groups[row].label.text(language) + (language == .ja ? " " : ": ")
                    + order.map { "\(table.columns[$0].label.text(language)) \(table.cells[row][$0].percentText)" }.joined(separator: separator)
            }.joined(separator: rowSeparator)
        let svg = SVGChart.bars(id: "chart-\(id)", title: title, description: alt, rows: rows,
                                axisLabel: (language == .ja ? "機関の割合 (%)" : "Share of institutions (%)"), withheldLabel: t(ReportText.withheld))
        var figure: [String: Any] = ["id": id, "svg": svg, "alt": alt, "table": view.countTable(table, caption: title)]
        if let heading { figure["heading"] = heading }
        if let detail { figure["detail"] = detail }
        return figure
    }

    private func boxFigure(_ distribution: PublishedDistribution, heading: String?) -> [String: Any] {
        let title = heading ?? t(distribution.title)
        let rows = distribution.groups.indices.map { (label: distribution.groups[$0].label.text(language), summary: distribution.summaries[$0]) }
        let alt = title + (language == .ja ? "の中央値（区分別）：" : ", median by category: ")
            + distribution.groups.indices.map { row in
                distribution.groups[row].label.text(language) + " " + (distribution.summaries[row].map { Figures.oneDecimal($0.median) } ?? "×")
            }.joined(separator: separator)
        let svg = SVGChart.boxPlots(id: "chart-\(distribution.id)", title: title, description: alt, rows: rows,
                                    axisLabel: t(ReportText.laxityTitle) + " (0–100)", withheldLabel: t(ReportText.withheld))
        var figure: [String: Any] = ["id": "fig-\(distribution.id)", "svg": svg, "alt": alt,
                                     "table": view.distributionTable(distribution, caption: title)]
        if let heading { figure["heading"] = heading }
        return figure
    }

    private func gapTable() -> [String: Any] {
        let headers = [ReportText.rank, ReportText.measure, ReportText.domain, ReportText.points,
                       ReportText.heading(MeasureStatus.notMet.label), ReportText.heading(MeasureStatus.partial.label)].map(t)
        let domains = Dictionary(report.rubric.domains.map { ($0.id, $0.title.text(language)) }, uniquingKeysWith: { first, _ in first })
        let rows = report.gaps.map { gap in
            let points = String(gap.points) + (gap.critical ? " (" + t(ReportText.critical) + ")" : "")
            return (label: String(gap.rank), cells: [
                TableView.cell(gap.title.text(language), mark: nil), TableView.cell(domains[gap.domainID] ?? gap.domainID, mark: nil),
                TableView.cell(points, mark: nil), view.shareCell(gap.notMet), view.shareCell(gap.partial),
            ])
        }
        return view.table(caption: t(ReportText.gapsTitle) + " — " + t(ReportGroup.all.label), headers: headers, rows: rows)
    }
}
