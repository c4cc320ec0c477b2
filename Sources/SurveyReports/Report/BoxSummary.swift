/// The five quantiles a box plot shows: whiskers at the 10th and 90th percentiles (never the minimum and maximum,
/// which would each be one institution's own score), the box from the first to the third quartile, and the median.
public struct BoxSummary: Sendable, Equatable {
    /// 10th percentile.
    public var p10: Double
    /// First quartile.
    public var q1: Double
    /// Median.
    public var median: Double
    /// Third quartile.
    public var q3: Double
    /// 90th percentile.
    public var p90: Double

    /// The quantiles in order, for tables and JSON.
    public var values: [Double] { [p10, q1, median, q3, p90] }

    /// Codes of `values`, for CSV and JSON.
    public static let codes = ["p10", "q1", "median", "q3", "p90"]

    /// The summary of `values` (any order); nil when empty. Quantiles interpolate linearly between order statistics
    /// (Hyndman and Fan's type 7, the default of R and of Excel's PERCENTILE.INC), so anyone can recompute them.
    public static func of(_ values: [Double]) -> BoxSummary? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return BoxSummary(p10: quantile(sorted, 0.1), q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5),
                          q3: quantile(sorted, 0.75), p90: quantile(sorted, 0.9))
    }

    /// Type-7 quantile `p` of ascending `sorted` (not empty).
    public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
