import Foundation

/// How figures are shown: laxity to one decimal (DESIGN §3 rounds only for display), shares as whole percents.
public enum Figures {
    /// `23.75` → `23.8`; half away from zero, on the decimal value.
    public static func oneDecimal(_ value: Double) -> String {
        String(format: "%.1f", (value * 10).rounded(.toNearestOrAwayFromZero) / 10)
    }

    /// `0.4567` → `46%`.
    public static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded(.toNearestOrAwayFromZero)))%"
    }
}

extension Figures {
    /// An answer's figure: whole numbers with thousands separators (`12,500`), others to one decimal (`2.5`).
    public static func compact(_ value: Double) -> String {
        let rounded = (value * 10).rounded(.toNearestOrAwayFromZero) / 10
        guard rounded == rounded.rounded(), abs(rounded) < 1e15 else { return String(format: "%.1f", rounded) }
        let digits = String(Int64(abs(rounded)))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (rounded < 0 ? "-" : "") + grouped
    }
}
