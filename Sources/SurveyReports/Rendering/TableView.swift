import SurveyCore

/// Turns published tables into `TableModel`s in one language. Each cell carries its text and, when it is withheld
/// or banded, its footnote mark.
struct TableView {
    let language: Language

    private func t(_ message: Message) -> String { message.text(language) }

    /// A cell showing share and count: `34% (12)`, `12` when the base is withheld, a band, or `×`.
    func shareCell(_ cell: PublishedCell) -> TableModel.Cell {
        let text: String
        if let count = cell.count {
            text = cell.percent.map { "\($0)% (\(count))" } ?? "\(count)"
        } else {
            text = cell.percentText
        }
        return TableModel.Cell(text: text, number: cell.count.map(Double.init), mark: cell.disclosure.mark)
    }

    /// A cell showing a count only.
    func countCell(_ cell: PublishedCell) -> TableModel.Cell {
        TableModel.Cell(text: cell.countText, number: cell.count.map(Double.init), mark: cell.disclosure.mark)
    }

    /// A cell showing a share only.
    func percentCell(_ cell: PublishedCell) -> TableModel.Cell {
        TableModel.Cell(text: cell.percentText, number: cell.percent.map(Double.init), mark: cell.disclosure.mark)
    }

    /// A count table with a share-and-count cell per part and the base last.
    func countTable(_ table: PublishedTable, caption: String, id: String? = nil) -> TableModel {
        let headers = [t(ReportText.category)] + table.columns.map { t($0.label) } + [t(table.baseLabel)]
        let rows = table.groups.indices.map { row in
            TableModel.Row(label: t(table.groups[row].label), cells: table.cells[row].map(shareCell) + [countCell(table.bases[row])])
        }
        return TableModel(id: id ?? table.id, title: caption, headers: headers, rows: rows, note: t(ReportText.tableNote))
    }

    /// The response table: the roster, each stage's count, and the response rate (submitted ÷ roster).
    func responseTable(_ table: PublishedTable, caption: String) -> TableModel {
        let submitted = table.columns.firstIndex { $0.code == "\(ResponseStatus.submitted)" } ?? 2
        let headers = [t(ReportText.category), t(table.baseLabel)] + table.columns.map { t($0.label) } + [t(ReportText.responseRate)]
        let rows = table.groups.indices.map { row in
            TableModel.Row(label: t(table.groups[row].label),
                           cells: [countCell(table.bases[row])] + table.cells[row].map(countCell) + [percentCell(table.cells[row][submitted])])
        }
        return TableModel(id: table.id, title: caption, headers: headers, rows: rows, note: t(ReportText.marksNote))
    }

    /// A distribution's quantiles by group.
    func distributionTable(_ distribution: PublishedDistribution, caption: String, format: (Double) -> String = Figures.oneDecimal) -> TableModel {
        let headers = [t(ReportText.category), t(ReportText.institutions)] + ReportText.quantiles.map(t)
        let rows = distribution.groups.indices.map { row in
            let mark = distribution.disclosures[row].mark
            let count = TableModel.Cell(text: distribution.counts[row].map(String.init) ?? "×", number: distribution.counts[row].map(Double.init),
                                        mark: distribution.counts[row] == nil ? (mark ?? "b") : nil)
            let values = distribution.summaries[row]?.values.map { TableModel.Cell(text: format($0), number: ReportNumbers.oneDecimal($0)) }
                ?? Array(repeating: TableModel.Cell(text: distribution.disclosures[row].isHidden ? "×" : "–", mark: mark), count: 5)
            return TableModel.Row(label: t(distribution.groups[row].label), cells: [count] + values)
        }
        return TableModel(id: distribution.id, title: caption, headers: headers, rows: rows, note: t(ReportText.marksNote))
    }
}
