import Foundation
import Testing
@testable import SurveyCore

@Suite("Timestamps in response files")
struct TimestampTests {
    @Test(arguments: [
        ("2023-10-20T10:00:00+09:00", 1_697_763_600.0),
        ("2023-10-20T01:00:00Z", 1_697_763_600.0),
        ("2023-10-20T01:00:00.250Z", 1_697_763_600.25),
        ("2023-10-19T20:30:00-04:30", 1_697_763_600.0),
        ("2024-02-29T00:00:00+00:00", 1_709_164_800.0),
    ])
    func parses(_ text: String, _ seconds: Double) {
        #expect(Timestamp.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: ["2023-10-20", "2023-10-20T10:00:00", "2023-02-29T00:00:00Z", "2023-10-20T24:00:00Z", "2023-10-20T10:00:00+0900",
                      "2023-10-20T10:00:00.Z", "2023-10-20 10:00:00Z", "２０２３-10-20T10:00:00Z", ""])
    func refuses(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }
}
