import SurveyCore

/// Turns published tables into the plain dictionaries the Mustache templates read, in one language. Each cell
/// carries its text and, when it is withheld or banded, its footnote mark.
struct TableView {
    let language: Language

    /// `{caption, headers: [{text}], rows: [{label, cells: [{text, mark, numeric}]}]}`.
    func table(caption: String, headers: [String], rows: [(label: String, cells: [[String: Any]])]) -> [String: Any] {
        [
            "caption": caption,
            "headers": headers.map { ["text": $0] },
            "rows": rows.map { row in ["label": row.label, "cells": row.cells] as [String: Any] },
        ]
    }

    /// A cell showing share and count: `34% (12)`, `12` when the base is withheld, a band, or `×`.
    func shareCell(_ cell: PublishedCell) -> [String: Any] {
        let text: String
        if let count = cell.count {
            text = cell.percent.map { "\($0)% (\(count))" } ?? "\(count)"
        } else {
            text = cell.percentText
        }
        return Self.cell(text, mark: cell.disclosure.mark)
    }

    /// A cell showing a count only.
    func countCell(_ cell: PublishedCell) -> [String: Any] {
        Self.cell(cell.countText, mark: cell.disclosure.mark)
    }

    /// A cell showing a share only.
    func percentCell(_ cell: PublishedCell) -> [String: Any] {
        Self.cell(cell.percentText, mark: cell.disclosure.mark)
    }

    static func cell(_ text: String, mark: String?) -> [String: Any] {
        var cell: [String: Any] = ["text": text]
        if let mark { cell["mark"] = mark }
        return cell
    }

    /// A count table with a share-and-count cell per part and the base last.
    func countTable(_ table: PublishedTable, caption: String) -> [String: Any] {
        let headers = [ReportText.category.text(language)] + table.columns.map { $0.label.text(language) } + [table.baseLabel.text(language)]
        let rows = table.groups.indices.map { row in
            (label: table.groups[row].label.text(language), cells: table.cells[row].map(shareCell) + [countCell(table.bases[row])])
        }
        return self.table(caption: caption, headers: headers, rows: rows)
    }

    /// The response table: the roster, each stage's count, and the response rate (submitted ÷ roster).
    func responseTable(_ table: PublishedTable, caption: String) -> [String: Any] {
        let submitted = table.columns.firstIndex { $0.code == "\(ResponseStatus.submitted)" } ?? 2
        let headers = [ReportText.category.text(language), table.baseLabel.text(language)] + table.columns.map { $0.label.text(language) }
            + [ReportText.responseRate.text(language)]
        let rows = table.groups.indices.map { row in
            (label: table.groups[row].label.text(language),
             cells: [countCell(table.bases[row])] + table.cells[row].map(countCell) + [percentCell(table.cells[row][submitted])])
        }
        return self.table(caption: caption, headers: headers, rows: rows)
    }

    /// A distribution's quantiles by group.
    func distributionTable(_ distribution: PublishedDistribution, caption: String) -> [String: Any] {
        let headers = [ReportText.category.text(language), ReportText.institutions.text(language)] + ReportText.quantiles.map { $0.text(language) }
        let rows = distribution.groups.indices.map { row in
            let mark = distribution.disclosures[row].mark
            let count = Self.cell(distribution.counts[row].map(String.init) ?? "×", mark: distribution.counts[row] == nil ? (mark ?? "b") : nil)
            let values = distribution.summaries[row]?.values.map { Self.cell(Figures.oneDecimal($0), mark: nil) }
                ?? Array(repeating: Self.cell(distribution.disclosures[row].isHidden ? "×" : "–", mark: mark), count: 5)
            return (label: distribution.groups[row].label.text(language), cells: [count] + values)
        }
        return table(caption: caption, headers: headers, rows: rows)
    }
}
