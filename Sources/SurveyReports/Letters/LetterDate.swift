public import SurveyCore

/// Dates as official letters write them: 令和5年11月30日 in Japanese (government letters use the era), 30 November 2023 in English.
public enum LetterDate {
    /// `date` in the letter style of `language`.
    public static func text(_ date: CivilDate, _ language: Language) -> String {
        let (year, month, day) = date.components
        switch language {
        case .ja:
            // Reiwa began on 1 May 2019 (令和元年); earlier dates are written in the Western calendar.
            guard date >= CivilDate(daysSinceEpoch: 18_017) else { return "\(year)年\(month)月\(day)日" }
            let era = year - 2018
            return "令和\(era == 1 ? "元" : String(era))年\(month)月\(day)日"
        case .en:
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]
            return "\(day) \(months[month - 1]) \(year)"
        }
    }
}
