import Testing
@testable import SurveyCore

/// `XPathValue.format` over many magnitudes: plain decimal digits (no exponent, no trailing `.0` or zeros) that read
/// back as the same double, whichever path (Swift's digits as they are, or expanded from an exponent) produced them.
@Suite struct NumberFormatTests {
    @Test func plainDigitsThatRoundTrip() {
        var random = SeededGenerator(seed: 53)
        var values: [Double] = [0.5, -0.25, 23.75, 0.0001, 1e-5, 1.5e20, 9_007_199_254_740_992, 9_007_199_254_740_993, 1e15, 1e16,
                                123_456_789_012_345.6, -1e-7, 100.0 / 3, 2.0 / 3]
        for _ in 0..<20_000 {
            let exponent = Double(Int.random(in: -12...22, using: &random))
            values.append(Double.random(in: -1...1, using: &random) * pow10(exponent))
        }
        for value in values {
            let text = XPathValue.format(value)
            #expect(!text.contains("e") && !text.hasSuffix(".0") && !(text.contains(".") && text.hasSuffix("0")), "\(value) → \(text)")
            #expect(Double(text) == value, "\(value) → \(text)")
        }
    }

    private func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(abs(exponent)) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
