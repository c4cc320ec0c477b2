import ArgumentParser
import Foundation
import SurveyCore

/// `--today YYYY-MM-DD`: the date `today()` returns, for reproducible checks; defaults to today in Tokyo.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: "Date that today() returns, YYYY-MM-DD (default: today in Asia/Tokyo). / today() の日付")
    var today: String?

    func validate() throws {
        if let today, CivilDate(iso: today) == nil {
            throw ValidationError("--today '\(today)' is not a date written YYYY-MM-DD / 日付は YYYY-MM-DD で指定してください")
        }
    }

    /// The chosen date.
    var date: CivilDate {
        today.flatMap { CivilDate(iso: $0) } ?? CivilDate.inTokyo(secondsSinceEpoch: Date().timeIntervalSince1970)
    }
}
