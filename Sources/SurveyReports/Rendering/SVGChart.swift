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

    static let width = 640.0
    static let labelWidth = 232.0
    static let plotWidth = 372.0
    static let rowHeight = 26.0
    static let top = 8.0

    /// Horizontal bars of shares (0–100 %). With several segments the bars are stacked and whatever the published
    /// parts leave of 100 % is drawn as one light-grey "withheld" part; with one segment, a plain bar with its value.
    public static func bars(id: String, title: String, description: String, rows: [Row], axisLabel: String, withheldLabel: String) -> String {
        let stacked = (rows.first?.segments.count ?? 0) > 1
        let plotHeight = Double(rows.count) * rowHeight
        let legendHeight = stacked ? 24.0 : 0
        let height = top + plotHeight + 40 + legendHeight
        var svg = open(id: id, height: height, title: title, description: description)
        svg += grid(plotHeight: plotHeight, axisLabel: axisLabel)
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            svg += text(x: labelWidth - 8, y: y + rowHeight / 2 + 4, anchor: "end", row.label)
            var x = labelWidth
            var shown = 0
            for segment in row.segments {
                guard let percent = segment.percent else { continue }
                let w = plotWidth * Double(percent) / 100
                if w > 0 {
                    svg += "<rect x=\"\(f(x))\" y=\"\(f(y + 4))\" width=\"\(f(w))\" height=\"\(f(rowHeight - 8))\" fill=\"\(segment.color)\"><title>\(Markup.escape(segment.label)): \(percent)%</title></rect>"
                    if stacked, w >= 30 { svg += text(x: x + w / 2, y: y + rowHeight / 2 + 4, anchor: "middle", "\(percent)%") }
                }
                x += w
                shown += percent
            }
            let missing = row.segments.contains { $0.percent == nil }
            if missing, stacked, shown < 100 {
                let w = plotWidth * Double(100 - min(100, shown)) / 100
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y + 4))\" width=\"\(f(w))\" height=\"\(f(rowHeight - 8))\" fill=\"\(ChartPalette.withheld)\"><title>\(Markup.escape(withheldLabel))</title></rect>"
                if w >= 30 { svg += text(x: x + w / 2, y: y + rowHeight / 2 + 4, anchor: "middle", "×") }
            } else if !stacked {
                svg += text(x: x + 4, y: y + rowHeight / 2 + 4, anchor: "start", missing ? "× " + withheldLabel : "\(shown)%")
            }
        }
        if stacked, let first = rows.first {
            svg += legend(first.segments.map { ($0.label, $0.color) } + [(withheldLabel, ChartPalette.withheld)], y: top + plotHeight + 40)
        }
        return svg + "</svg>"
    }

    /// Horizontal box plots on a 0–100 scale: whiskers from the 10th to the 90th percentile, a box from the first to the
    /// third quartile, and a thick median line. A row without a summary is labelled as withheld.
    public static func boxPlots(id: String, title: String, description: String, rows: [(label: String, summary: BoxSummary?)],
                                axisLabel: String, withheldLabel: String) -> String {
        let plotHeight = Double(rows.count) * rowHeight
        let height = top + plotHeight + 40
        var svg = open(id: id, height: height, title: title, description: description)
        svg += grid(plotHeight: plotHeight, axisLabel: axisLabel)
        func px(_ value: Double) -> Double { labelWidth + plotWidth * min(100, max(0, value)) / 100 }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let mid = y + rowHeight / 2
            svg += text(x: labelWidth - 8, y: mid + 4, anchor: "end", row.label)
            guard let s = row.summary else {
                svg += text(x: labelWidth + 4, y: mid + 4, anchor: "start", "× " + withheldLabel)
                continue
            }
            let summary = "P10 \(Figures.oneDecimal(s.p10)), Q1 \(Figures.oneDecimal(s.q1)), \(Figures.oneDecimal(s.median)), Q3 \(Figures.oneDecimal(s.q3)), P90 \(Figures.oneDecimal(s.p90))"
            svg += "<g><title>\(Markup.escape(row.label)): \(summary)</title>"
            svg += "<line x1=\"\(f(px(s.p10)))\" y1=\"\(f(mid))\" x2=\"\(f(px(s.p90)))\" y2=\"\(f(mid))\" stroke=\"\(ChartPalette.blue)\" stroke-width=\"1.5\"/>"
            for end in [s.p10, s.p90] {
                svg += "<line x1=\"\(f(px(end)))\" y1=\"\(f(mid - 6))\" x2=\"\(f(px(end)))\" y2=\"\(f(mid + 6))\" stroke=\"\(ChartPalette.blue)\" stroke-width=\"1.5\"/>"
            }
            svg += "<rect x=\"\(f(px(s.q1)))\" y=\"\(f(y + 5))\" width=\"\(f(max(1, px(s.q3) - px(s.q1))))\" height=\"\(f(rowHeight - 10))\" fill=\"\(ChartPalette.skyBlue)\" stroke=\"\(ChartPalette.blue)\"/>"
            svg += "<line x1=\"\(f(px(s.median)))\" y1=\"\(f(y + 4))\" x2=\"\(f(px(s.median)))\" y2=\"\(f(y + rowHeight - 4))\" stroke=\"#000000\" stroke-width=\"3\"/></g>"
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
            let x = labelWidth + plotWidth * Double(tick) / 100
            svg += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(top + plotHeight))\" stroke=\"#cccccc\" stroke-width=\"1\"/>"
            svg += text(x: x, y: top + plotHeight + 14, anchor: "middle", "\(tick)")
        }
        svg += "<line x1=\"\(f(labelWidth))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(labelWidth + plotWidth))\" y2=\"\(f(top + plotHeight))\" stroke=\"#333333\"/>"
        svg += text(x: labelWidth + plotWidth / 2, y: top + plotHeight + 32, anchor: "middle", axisLabel)
        return svg
    }

    static func legend(_ entries: [(String, String)], y: Double) -> String {
        var svg = ""
        var x = 8.0
        for (label, color) in entries {
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y - 10))\" width=\"12\" height=\"12\" fill=\"\(color)\" stroke=\"#666666\" stroke-width=\"0.5\"/>"
            svg += text(x: x + 16, y: y, anchor: "start", label)
            x += 28 + Double(label.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 12 : 6) })
        }
        return svg
    }

    static func text(x: Double, y: Double, anchor: String, _ content: String) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" font-size=\"12\">\(Markup.escape(content))</text>"
    }

    static func f(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
