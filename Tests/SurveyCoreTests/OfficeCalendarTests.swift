import SurveyCore
import Testing

/// Office days, checked against the Cabinet Office's published holiday list (内閣府「国民の祝日について」).
@Suite struct OfficeCalendarTests {
    static func day(_ text: String) throws -> CivilDate {
        try #require(CivilDate(iso: text))
    }

    @Test(arguments: ["2023-01-02", "2023-01-09", "2023-02-11", "2023-02-23", "2023-03-21", "2023-04-29", "2023-05-03", "2023-05-04",
                      "2023-05-05", "2023-07-17", "2023-08-11", "2023-09-18", "2023-09-23", "2023-10-09", "2023-11-03", "2023-11-23",
                      "2024-01-08", "2024-02-12", "2024-03-20", "2024-05-06", "2024-08-12", "2024-09-16", "2024-09-22", "2024-09-23",
                      "2024-10-14", "2024-11-04", "2025-03-20", "2025-09-23", "2026-09-22", "2026-09-21"])
    func holidays(_ text: String) throws {
        #expect(OfficeCalendar.isClosed(try Self.day(text)), "\(text) should be closed")
    }

    @Test(arguments: ["2023-10-31", "2023-11-24", "2024-01-04", "2024-09-24", "2023-03-20", "2024-12-27", "2026-09-24"])
    func workingDays(_ text: String) throws {
        #expect(!OfficeCalendar.isClosed(try Self.day(text)), "\(text) should be open")
    }

    @Test func deadlinesMoveToTheNextOfficeDay() throws {
        // 30 December is in the year-end closure; 4 January 2024 is a Thursday.
        #expect(OfficeCalendar.openingDay(onOrAfter: try Self.day("2023-12-30")) == (try Self.day("2024-01-04")))
        // A Saturday before a Monday holiday (Sports Day 2023).
        #expect(OfficeCalendar.openingDay(onOrAfter: try Self.day("2023-10-07")) == (try Self.day("2023-10-10")))
        // Golden Week 2024: 3–6 May closed.
        #expect(OfficeCalendar.openingDay(onOrAfter: try Self.day("2024-05-03")) == (try Self.day("2024-05-07")))
        #expect(OfficeCalendar.openingDay(onOrAfter: try Self.day("2023-11-01")) == (try Self.day("2023-11-01")))
        #expect(OfficeCalendar.weekday(try Self.day("2026-11-30")) == 1)
    }
}
