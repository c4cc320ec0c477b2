public import Foundation
import SurveyCore

/// Times as the store writes them: ISO 8601 in Tokyo time with milliseconds, e.g. `2023-10-20T10:00:00.000+09:00`.
/// One fixed offset keeps the text in time order when sorted. Hand-written because `ISO8601DateFormatter` costs
/// tens of microseconds per call, which shows in the import benchmark; `Timestamp.parse` reads these back.
public enum StoreTime {
    /// `date` in Tokyo time.
    public static func string(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) + 9 * 3_600_000
        let days = Int(totalMilliseconds.floorDivided(by: 86_400_000))
        let inDay = Int(totalMilliseconds - Int64(days) * 86_400_000)
        let day = CivilDate(daysSinceEpoch: days)
        let hours = inDay / 3_600_000
        let minutes = inDay / 60_000 % 60
        let seconds = inDay / 1000 % 60
        let milliseconds = inDay % 1000
        return "\(day)T\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2)).\(pad(milliseconds, 3))+09:00"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension Int64 {
    /// Division rounding towards negative infinity, for times before 1970.
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
