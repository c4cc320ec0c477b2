import Foundation

/// Bar charts and box plots as inline SVG, written by hand: no chart package exists on this machine's Swift
/// mirror, and the report must be one self-contained file that needs no script to read. Every chart has
/// `role="img"`, a `<title>` and a `<desc>` (its text alternative), labelled axes, and is followed in the report by
/// the table of its figures. All text passes through `Markup.escape`.
public enum SVGChart {
    /// One coloured part of a bar; `percent` nil means withheld.
    public struct Segment: Sendable, Equatable {
        /// Share in whole percents, or nil.
        public var percent: Int?
        /// Fill colour.
        public var color: String
        /// What the part is, for the legend.
        public var label: String

        /// A segment from its parts.
        public init(percent: Int?, color: String, label: String) {
            self.percent = percent
            self.color = color
            self.label = label
        }
    }

    /// One bar: a row label and its parts.
    public struct Row: Sendable, Equatable {
        /// Row label (group name).
        public var label: String
        /// Parts, left to right.
        public var segments: [Segment]

        /// A row from its parts.
        public init(label: String, segments: [Segment]) {
            self.label = label
            self.segments = segments
        }
    }

    static let width = 380.0
    static let left = 6.0
    static let plotWidth = 360.0
    /// Each row: its label on a line of its own (so long Japanese category names never crowd the bars), then the bar.
    static let rowHeight = 46.0
    static let labelHeight = 20.0
    static let barHeight = 18.0
    static let top = 4.0
    static let fontSize = 13.0

    /// Horizontal bars of shares (0–100 %). With several segments the bars are stacked and whatever the published
    /// parts leave of 100 % is drawn as one light-grey "withheld" part; with one segment, a plain bar with its value.
    /// The shares of a stacked bar add up to 100 (largest-remainder rounding), so the parts fill the bar exactly.
    public static func bars(id: String, title: String, description: String, rows: [Row], axisLabel: String, withheldLabel: String) -> String {
        let stacked = (rows.first?.segments.count ?? 0) > 1
        let plotHeight = Double(rows.count) * rowHeight
        var entries = rows.first?.segments.map { ($0.label, $0.color) } ?? []
        if stacked, rows.contains(where: { $0.segments.contains { $0.percent == nil } }) { entries.append((withheldLabel, ChartPalette.withheld)) }
        let legendLines = stacked ? legendLayout(entries).count : 0
        let legendTop = top + plotHeight + 50
        let height = legendTop + Double(legendLines) * 22 + 4
        var svg = open(id: id, height: height, title: title, description: description)
        svg += grid(plotHeight: plotHeight, axisLabel: axisLabel)
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            svg += text(x: left, y: y + 14, anchor: "start", row.label)
            let barY = y + labelHeight + 2
            var x = left
            var shown = 0
            for segment in row.segments {
                guard let percent = segment.percent else { continue }
                let w = plotWidth * Double(percent) / 100
                if w > 0 {
                    svg += "<rect x=\"\(f(x))\" y=\"\(f(barY))\" width=\"\(f(w))\" height=\"\(f(barHeight))\" fill=\"\(segment.color)\"><title>\(Markup.escape(segment.label)): \(percent)%</title></rect>"
                    if stacked, w >= 34 { svg += text(x: x + w / 2, y: barY + 13.5, anchor: "middle", "\(percent)%", fill: segment.color == ChartPalette.blue ? "#ffffff" : nil) }
                }
                x += w
                shown += percent
            }
            let missing = row.segments.contains { $0.percent == nil }
            if missing, stacked, shown < 100 {
                let w = plotWidth * Double(100 - min(100, shown)) / 100
                svg += "<rect x=\"\(f(x))\" y=\"\(f(barY))\" width=\"\(f(w))\" height=\"\(f(barHeight))\" fill=\"\(ChartPalette.withheld)\"><title>\(Markup.escape(withheldLabel))</title></rect>"
                if w >= 20 { svg += text(x: x + w / 2, y: barY + 13.5, anchor: "middle", "×") }
            } else if !stacked {
                let label = missing ? "× " + withheldLabel : "\(shown)%"
                let inside = plotWidth * Double(shown) / 100 > plotWidth - 60
                svg += text(x: inside ? x - 4 : x + 4, y: barY + 13.5, anchor: inside ? "end" : "start", label, fill: inside ? "#ffffff" : nil)
            }
        }
        if stacked {
            for (line, lineEntries) in legendLayout(entries).enumerated() {
                svg += legend(lineEntries, y: legendTop + Double(line) * 22 + 12)
            }
        }
        return svg + "</svg>"
    }

    /// Horizontal box plots on a 0–100 scale: whiskers from the 10th to the 90th percentile, a box from the first to the
    /// third quartile, and a thick median line. A row without a summary is labelled as withheld.
    public static func boxPlots(id: String, title: String, description: String, rows: [(label: String, summary: BoxSummary?)],
                                axisLabel: String, withheldLabel: String) -> String {
        let plotHeight = Double(rows.count) * rowHeight
        let height = top + plotHeight + 48
        var svg = open(id: id, height: height, title: title, description: description)
        svg += grid(plotHeight: plotHeight, axisLabel: axisLabel)
        func px(_ value: Double) -> Double { left + plotWidth * min(100, max(0, value)) / 100 }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            svg += text(x: left, y: y + 14, anchor: "start", row.label)
            let barY = y + labelHeight + 2
            let mid = barY + barHeight / 2
            guard let s = row.summary else {
                svg += text(x: left + 4, y: barY + 13.5, anchor: "start", "× " + withheldLabel)
                continue
            }
            let summary = "P10 \(Figures.oneDecimal(s.p10)), Q1 \(Figures.oneDecimal(s.q1)), \(Figures.oneDecimal(s.median)), Q3 \(Figures.oneDecimal(s.q3)), P90 \(Figures.oneDecimal(s.p90))"
            svg += "<g><title>\(Markup.escape(row.label)): \(summary)</title>"
            svg += "<line x1=\"\(f(px(s.p10)))\" y1=\"\(f(mid))\" x2=\"\(f(px(s.p90)))\" y2=\"\(f(mid))\" stroke=\"\(ChartPalette.blue)\" stroke-width=\"1.5\"/>"
            for end in [s.p10, s.p90] {
                svg += "<line x1=\"\(f(px(end)))\" y1=\"\(f(mid - 6))\" x2=\"\(f(px(end)))\" y2=\"\(f(mid + 6))\" stroke=\"\(ChartPalette.blue)\" stroke-width=\"1.5\"/>"
            }
            svg += "<rect x=\"\(f(px(s.q1)))\" y=\"\(f(barY + 1))\" width=\"\(f(max(1, px(s.q3) - px(s.q1))))\" height=\"\(f(barHeight - 2))\" fill=\"\(ChartPalette.skyBlue)\" stroke=\"\(ChartPalette.blue)\"/>"
            svg += "<line x1=\"\(f(px(s.median)))\" y1=\"\(f(barY))\" x2=\"\(f(px(s.median)))\" y2=\"\(f(barY + barHeight))\" stroke=\"#000000\" stroke-width=\"3\"/></g>"
        }
        return svg + "</svg>"
    }

    static func open(id: String, height: Double, title: String, description: String) -> String {
        let safe = Markup.escape(id)
        return "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" aria-labelledby=\"\(safe)-title \(safe)-desc\">"
            + "<title id=\"\(safe)-title\">\(Markup.escape(title))</title><desc id=\"\(safe)-desc\">\(Markup.escape(description))</desc>"
    }

    static func grid(plotHeight: Double, axisLabel: String) -> String {
        var svg = ""
        for tick in stride(from: 0, through: 100, by: 20) {
            let x = left + plotWidth * Double(tick) / 100
            svg += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(top + plotHeight))\" stroke=\"#d8d8d8\" stroke-width=\"1\"/>"
            svg += text(x: min(max(x, left + 8), left + plotWidth - 12), y: top + plotHeight + 16, anchor: "middle", "\(tick)")
        }
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(top + plotHeight))\" stroke=\"#333333\"/>"
        svg += text(x: left + plotWidth / 2, y: top + plotHeight + 40, anchor: "middle", axisLabel)
        return svg
    }

    /// The legend's entries split into lines that fit the chart's width.
    static func legendLayout(_ entries: [(String, String)]) -> [[(String, String)]] {
        var lines: [[(String, String)]] = [[]]
        var x = left
        for entry in entries {
            let w = 22 + textWidth(entry.0) + 14
            if x + w > width, let last = lines.last, !last.isEmpty {
                lines.append([])
                x = left
            }
            lines[lines.count - 1].append(entry)
            x += w
        }
        return lines
    }

    /// The width of `content` at the chart's font size, estimated generously (CJK full width, Latin about 0.6 em).
    static func textWidth(_ content: String) -> Double {
        content.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? fontSize : fontSize * 0.62) }
    }

    static func legend(_ entries: [(String, String)], y: Double) -> String {
        var svg = ""
        var x = left
        for (label, color) in entries {
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y - 11))\" width=\"13\" height=\"13\" fill=\"\(color)\" stroke=\"#666666\" stroke-width=\"0.5\"/>"
            svg += text(x: x + 18, y: y, anchor: "start", label)
            x += 22 + textWidth(label) + 14
        }
        return svg
    }

    static func text(x: Double, y: Double, anchor: String, _ content: String, fill: String? = nil) -> String {
        let fillAttribute = fill.map { " style=\"fill:\($0)\"" } ?? ""
        return "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" font-size=\"\(f(fontSize))\"\(fillAttribute)>\(Markup.escape(content))</text>"
    }

    static func f(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
