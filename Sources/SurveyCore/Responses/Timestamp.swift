public import Foundation

/// ISO 8601 instants as response files write them (`2023-10-20T10:00:00+09:00`).
public enum Timestamp {
    /// The instant, or nil when the text is not ISO 8601 with a time zone.
    public static func parse(_ text: String) -> Date? {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withFraction.date(from: text) { return date }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        return plain.date(from: text)
    }

    /// `date` written in Tokyo time, e.g. `2023-10-20T10:00:00+09:00`.
    public static func tokyo(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(secondsFromGMT: 9 * 3600)
        return formatter.string(from: date)
    }
}
