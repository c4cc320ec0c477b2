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
