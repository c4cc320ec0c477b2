import SurveyCore

/// 判定の結果 and 領域別の状況: the verdicts and laxity by category, the domains, the measures and the gaps.
extension DocumentBuilder {
    private var separator: String { isJapanese ? "、" : ", " }

    func verdicts() -> ReportDocument.Chapter {
        let title = t(ReportText.verdictTitle)
        return ReportDocument.Chapter(id: "verdicts", title: title, blocks: [
            .paragraph(t(ReportText.verdictIntro)),
            .figure(stackedFigure(report.verdicts, id: "fig-verdict", title: title)),
            .heading(level: 3, id: "laxity", text: t(ReportText.laxityTitle)),
            .note(t(ReportText.laxityNote)),
            .figure(boxFigure(report.laxity, title: t(ReportText.laxityTitle))),
        ])
    }

    func domains() -> ReportDocument.Chapter {
        var blocks: [ReportDocument.Block] = [.paragraph(t(ReportText.domainsIntro))]
        // One chart of every domain for all institutions, then each domain's medians by category in one table.
        let rows = report.domains.map { (label: t($0.title), summary: $0.summaries[all]) }
        let chartTitle = t(ReportText.domainsTitle) + (isJapanese ? "（全機関）" : " (all institutions)")
        let alt = chartTitle + (isJapanese ? "。中央値：" : ". Medians: ")
            + rows.map { "\($0.label) \($0.summary.map { Figures.oneDecimal($0.median) } ?? "×")" }.joined(separator: separator)
        let svg = SVGChart.boxPlots(id: "chart-domains", title: chartTitle, description: alt, rows: rows,
                                    axisLabel: t(ReportText.domainLaxityAxis), withheldLabel: t(ReportText.withheld))
        blocks.append(.figure(ReportDocument.Figure(id: "fig-domains", svg: svg, alt: alt, table: domainMedianTable())))
        var children: [(id: String, label: String)] = []
        for (index, domain) in report.rubric.domains.enumerated() {
            let id = "domain-\(index + 1)"
            children.append((id, domain.title.text(language)))
            blocks.append(.heading(level: 3, id: id, text: domain.title.text(language)))
            blocks.append(.table(measureTable(domain, id: "measures.\(domain.id)")))
        }
        blocks.append(.heading(level: 3, id: "gaps", text: t(ReportText.gapsTitle)))
        blocks.append(.table(gapTable()))
        children.append(("gaps", t(ReportText.gapsTitle)))
        return ReportDocument.Chapter(id: "domains", title: t(ReportText.domainsChapterTitle), blocks: blocks, children: children)
    }

    /// Median domain laxity by domain (rows) and category (columns).
    func domainMedianTable() -> TableModel {
        let groups = report.laxity.groups
        let headers = [t(ReportText.domain)] + groups.map { t($0.label) }
        let rows = report.domains.map { domain in
            TableModel.Row(label: t(domain.title), cells: groups.indices.map { row in
                if let summary = domain.summaries[row] {
                    return TableModel.Cell(text: Figures.oneDecimal(summary.median), number: ReportNumbers.oneDecimal(summary.median))
                }
                return TableModel.Cell(text: domain.disclosures[row].isHidden ? "×" : "–", mark: domain.disclosures[row].mark)
            })
        }
        return TableModel(id: "domain_medians", title: t(ReportText.domainMediansTitle), headers: headers, rows: rows,
                          note: t(ReportText.domainMediansNote))
    }

    /// The share of institutions meeting each measure of `domain`, by category.
    func measureTable(_ domain: Rubric.Domain, id: String) -> TableModel {
        let groups = report.verdicts.groups
        let headers = [t(ReportText.measure), t(ReportText.points)] + groups.map { t($0.label) }
        let rows = domain.measures.compactMap { measure -> TableModel.Row? in
            guard let table = report.measures.first(where: { $0.id == "measure.\(measure.id)" }),
                  let met = table.columns.firstIndex(where: { $0.code == MeasureStatus.met.rawValue }) else { return nil }
            let points = String(measure.points) + (measure.critical ? t(ReportText.criticalMark) : "")
            return TableModel.Row(label: t(measure.title.message), cells: [TableModel.Cell(text: points, number: Double(measure.points))]
                + groups.indices.map { row in view.percentCell(table.cells[row][met]) })
        }
        return TableModel(id: id, title: t(ReportText.metShareTitle) + (isJapanese ? "：" : ": ") + domain.title.text(language),
                          headers: headers, rows: rows, note: t(ReportText.metShareNote))
    }

    func gapTable() -> TableModel {
        let headers = [ReportText.rank, ReportText.measure, ReportText.domain, ReportText.points,
                       ReportText.heading(MeasureStatus.notMet.label), ReportText.heading(MeasureStatus.partial.label)].map(t)
        let domains = Dictionary(report.rubric.domains.map { ($0.id, $0.title.text(language)) }, uniquingKeysWith: { first, _ in first })
        let rows = report.gaps.map { gap in
            let points = String(gap.points) + (gap.critical ? t(ReportText.criticalMark) : "")
            return TableModel.Row(label: String(gap.rank), cells: [
                TableModel.Cell(text: t(gap.title), isText: true), TableModel.Cell(text: domains[gap.domainID] ?? "", isText: true),
                TableModel.Cell(text: points, number: Double(gap.points)), view.shareCell(gap.notMet), view.shareCell(gap.partial),
            ])
        }
        return TableModel(id: "gaps", title: t(ReportText.gapsTitle) + " — " + t(ReportGroup.all.label), headers: headers, rows: rows,
                          note: t(ReportText.gapsNote))
    }

    // MARK: figures

    func responseFigure() -> ReportDocument.Figure {
        let table = report.response
        let submitted = table.columns.firstIndex { $0.code == "\(ResponseStatus.submitted)" } ?? 2
        let rows = table.groups.indices.map { row in
            SVGChart.Row(label: t(table.groups[row].label),
                         segments: [SVGChart.Segment(percent: table.cells[row][submitted].percent, color: ChartPalette.blue,
                                                     label: t(ReportText.responseRate))])
        }
        let alt = t(ReportText.responseRate) + (isJapanese ? "（区分別）：" : " by category: ")
            + table.groups.indices.map { "\(t(table.groups[$0].label)) \(table.cells[$0][submitted].percentText)" }.joined(separator: separator)
        let svg = SVGChart.bars(id: "chart-response", title: t(ReportText.responseTitle), description: alt, rows: rows,
                                axisLabel: t(ReportText.responseRate) + " (%)", withheldLabel: t(ReportText.withheld))
        return ReportDocument.Figure(id: "fig-response", svg: svg, alt: alt, table: view.responseTable(table, caption: t(ReportText.responseTitle)))
    }

    private func color(_ code: String) -> String {
        switch code {
        case "met", Verdict.adequate.rawValue, "yes": ChartPalette.bluishGreen
        case "partial", Verdict.needsImprovement.rawValue: ChartPalette.orange
        case "not_met", Verdict.substandard.rawValue, "no": ChartPalette.vermillion
        default: ChartPalette.grey
        }
    }

    func stackedFigure(_ table: PublishedTable, id: String, title: String) -> ReportDocument.Figure {
        // Draw good news on the left: met before partly met before not met, adequate before substandard.
        let order = table.id == "verdict" ? Array(table.columns.indices.reversed()) : Array(table.columns.indices)
        let rows = table.groups.indices.map { row in
            SVGChart.Row(label: t(table.groups[row].label), segments: order.map { column in
                SVGChart.Segment(percent: table.cells[row][column].percent, color: color(table.columns[column].code),
                                 label: t(table.columns[column].label))
            })
        }
        let alt = title + (isJapanese ? "。区分別の機関の割合：" : ". Share of institutions by category: ")
            + table.groups.indices.map { row in
                t(table.groups[row].label) + (isJapanese ? " " : ": ")
                    + order.map { "\(t(table.columns[$0].label)) \(table.cells[row][$0].percentText)" }.joined(separator: separator)
            }.joined(separator: isJapanese ? "。" : "; ")
        let svg = SVGChart.bars(id: "chart-\(id)", title: title, description: alt, rows: rows,
                                axisLabel: t(ReportText.shareAxis), withheldLabel: t(ReportText.withheld))
        return ReportDocument.Figure(id: id, svg: svg, alt: alt, table: view.countTable(table, caption: title))
    }

    func boxFigure(_ distribution: PublishedDistribution, title: String) -> ReportDocument.Figure {
        let rows = distribution.groups.indices.map { (label: t(distribution.groups[$0].label), summary: distribution.summaries[$0]) }
        let alt = title + (isJapanese ? "の中央値（区分別）：" : ", median by category: ")
            + distribution.groups.indices.map { row in
                t(distribution.groups[row].label) + " " + (distribution.summaries[row].map { Figures.oneDecimal($0.median) } ?? "×")
            }.joined(separator: separator)
        let svg = SVGChart.boxPlots(id: "chart-\(distribution.id)", title: title, description: alt, rows: rows,
                                    axisLabel: t(ReportText.laxityTitle) + " (0–100)", withheldLabel: t(ReportText.withheld))
        return ReportDocument.Figure(id: "fig-\(distribution.id)", svg: svg, alt: alt,
                                     table: view.distributionTable(distribution, caption: title))
    }
}
