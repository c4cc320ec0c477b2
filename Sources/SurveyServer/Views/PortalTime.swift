import Foundation
import SurveyCore
import SurveyReports

/// Instants as a clerk reads them: the 和暦 date and the hour in Japan time (令和5年10月20日 14時05分（日本時間）),
/// or "20 October 2023, 14:05 JST"; never the ISO text that files and the API carry.
enum PortalTime {
    /// `timestamp` (RFC 3339, as receipts hold it) in `language`; the text itself when it cannot be read.
    static func text(_ timestamp: String, _ language: Language) -> String {
        guard let date = Timestamp.parse(timestamp) else { return timestamp }
        let seconds = date.timeIntervalSince1970
        let day = CivilDate.inTokyo(secondsSinceEpoch: seconds)
        let secondsOfDay = ((Int(seconds.rounded(.down)) + 9 * 3600) % 86_400 + 86_400) % 86_400
        let (hour, minute) = (secondsOfDay / 3600, secondsOfDay % 3600 / 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return switch language {
        case .ja: "\(LetterDate.text(day, .ja)) \(hour)時\(twoDigits(minute))分（日本時間）"
        case .en: "\(LetterDate.text(day, .en)), \(twoDigits(hour)):\(twoDigits(minute)) JST"
        }
    }
}
