public import Foundation

/// The one home of instants written as text: ISO 8601 / RFC 3339 in Tokyo time, as response files write them
/// (`2023-10-20T10:00:00+09:00`) and as the store writes them (`2023-10-20T10:00:00.000+09:00`; one fixed offset
/// keeps stored text in time order when sorted). Hand-written both ways because `ISO8601DateFormatter` costs tens of
/// microseconds per call, which shows in the import benchmark.
public enum Timestamp {
    /// The instant written as RFC 3339 (`2023-10-20T10:00:00+09:00`, fraction and `Z` allowed), or nil.
    /// Hand-written because `ISO8601DateFormatter` costs tens of microseconds per call, and every imported
    /// response carries a time.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 116, bytes[13] == 58, bytes[16] == 58,
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2), hour < 24, minute < 60, second < 60,
              let date = CivilDate(year: year, month: month, day: day) else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offset = 0
        if index < bytes.count, bytes[index] == 90 || bytes[index] == 122 {
            index += 1
        } else if index + 6 == bytes.count, bytes[index] == 43 || bytes[index] == 45, bytes[index + 3] == 58,
                  let hours = number(index + 1, 2), let minutes = number(index + 4, 2), hours < 24, minutes < 60 {
            offset = (hours * 60 + minutes) * 60 * (bytes[index] == 45 ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        let seconds = date.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// `date` written in Tokyo time to the second, e.g. `2023-10-20T10:00:00+09:00`.
    public static func tokyo(_ date: Date) -> String {
        write(date, milliseconds: false)
    }

    /// `date` as the store writes it: Tokyo time with milliseconds, e.g. `2023-10-20T10:00:00.000+09:00`.
    public static func stored(_ date: Date) -> String {
        write(date, milliseconds: true)
    }

    private static func write(_ date: Date, milliseconds withFraction: Bool) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) + 9 * 3_600_000
        let days = Int(floorDivide(totalMilliseconds, 86_400_000))
        let inDay = Int(totalMilliseconds - Int64(days) * 86_400_000)
        let day = CivilDate(daysSinceEpoch: days)
        let hours = inDay / 3_600_000
        let minutes = inDay / 60_000 % 60
        let seconds = inDay / 1000 % 60
        let fraction = withFraction ? "." + pad(inDay % 1000, 3) : ""
        return "\(day)T\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2))\(fraction)+09:00"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Division rounding towards negative infinity, for times before 1970.
    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
