/// The days a Japanese government office is open: not Saturdays or Sundays, not national holidays (国民の祝日に
/// 関する法律, as amended through 2020: fixed-date days, Happy-Monday days, the equinoxes, substitute holidays
/// 振替休日 and the 国民の休日 between two holidays), and not the year-end and New Year closure (29 December –
/// 3 January, 行政機関の休日に関する法律). Written by hand: no maintained package carries Japan's holiday law,
/// and it changes rarely; the equinox days follow the formula the National Astronomical Observatory's published
/// dates agree with for 1980–2099. One-off days before 2023 (such as the 2019 enthronement) are not listed.
public enum OfficeCalendar {
    /// Whether the office is closed on `day`.
    public static func isClosed(_ day: CivilDate) -> Bool {
        let weekday = weekday(day)
        if weekday == 0 || weekday == 6 { return true }
        let (_, month, date) = day.components
        if (month == 12 && date >= 29) || (month == 1 && date <= 3) { return true }
        return isHoliday(day)
    }

    /// The first day on or after `day` when the office is open (a deadline falling on a closed day moves forward).
    public static func openingDay(onOrAfter day: CivilDate) -> CivilDate {
        var candidate = day
        while isClosed(candidate) { candidate = CivilDate(daysSinceEpoch: candidate.daysSinceEpoch + 1) }
        return candidate
    }

    /// Whether `day` is a national holiday (祝日, 振替休日 or 国民の休日).
    public static func isHoliday(_ day: CivilDate) -> Bool {
        if isNamedHoliday(day) { return true }
        // 振替休日: a holiday on a Sunday moves to the next day that is not itself a holiday.
        var previous = CivilDate(daysSinceEpoch: day.daysSinceEpoch - 1)
        while isNamedHoliday(previous) {
            if weekday(previous) == 0 { return true }
            previous = CivilDate(daysSinceEpoch: previous.daysSinceEpoch - 1)
        }
        // 国民の休日: a day between two holidays.
        let before = CivilDate(daysSinceEpoch: day.daysSinceEpoch - 1)
        let after = CivilDate(daysSinceEpoch: day.daysSinceEpoch + 1)
        return weekday(day) != 0 && isNamedHoliday(before) && isNamedHoliday(after)
    }

    /// 0 = Sunday … 6 = Saturday (1 January 1970 was a Thursday).
    public static func weekday(_ day: CivilDate) -> Int {
        ((day.daysSinceEpoch % 7) + 7 + 4) % 7
    }

    /// The holidays the law names, without substitutes.
    private static func isNamedHoliday(_ day: CivilDate) -> Bool {
        let (year, month, date) = day.components
        let monday = weekday(day) == 1
        let week = (date - 1) / 7 + 1
        switch (month, date) {
        case (1, 1), (2, 11), (4, 29), (5, 3), (5, 4), (5, 5), (11, 3), (11, 23): return true
        case (2, 23) where year >= 2020: return true
        case (8, 11) where year >= 2016 && !(year == 2020 || year == 2021): return true
        default: break
        }
        // Olympic years moved three holidays.
        if year == 2020, (month, date) == (7, 23) || (month, date) == (7, 24) || (month, date) == (8, 10) { return true }
        if year == 2021, (month, date) == (7, 22) || (month, date) == (7, 23) || (month, date) == (8, 8) { return true }
        if monday {
            if month == 1, week == 2 { return true }  // 成人の日
            if month == 7, week == 3, !(year == 2020 || year == 2021) { return true }  // 海の日
            if month == 9, week == 3 { return true }  // 敬老の日
            if month == 10, week == 2, !(year == 2020 || year == 2021) { return true }  // スポーツの日
        }
        if month == 3, date == equinox(year, spring: true) { return true }
        if month == 9, date == equinox(year, spring: false) { return true }
        return false
    }

    /// The day of March (spring) or September (autumn) of the equinox, 1980–2099.
    private static func equinox(_ year: Int, spring: Bool) -> Int {
        let base = spring ? 20.8431 : 23.2488
        let offset = Double(year - 1980)
        return Int(base + 0.242194 * offset) - (year - 1980) / 4
    }
}
