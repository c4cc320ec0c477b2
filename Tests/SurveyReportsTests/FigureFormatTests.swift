import Testing
@testable import SurveyReports

/// How answers' figures are written.
@Suite struct FigureFormatTests {
    @Test(arguments: [(12_500.0, "12,500"), (2_673.84, "2,673.8"), (0.0, "0"), (999.95, "1,000"), (-1_234.5, "-1,234.5"), (61.6, "61.6")])
    func compactFiguresGroupThousands(value: Double, text: String) {
        #expect(Figures.compact(value) == text)
    }
}
