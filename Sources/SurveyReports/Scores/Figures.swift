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
    /// An answer's figure: thousands separated, whole numbers without decimals (`12,500`), others to one decimal
    /// (`2,673.8`).
    public static func compact(_ value: Double) -> String {
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        guard abs(tenths) < 1e16 else { return String(format: "%.1f", tenths / 10) }
        let whole = Int64(abs(tenths)) / 10
        let fraction = Int64(abs(tenths)) % 10
        let digits = String(whole)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (tenths < 0 ? "-" : "") + grouped + (fraction == 0 ? "" : ".\(fraction)")
    }
}
