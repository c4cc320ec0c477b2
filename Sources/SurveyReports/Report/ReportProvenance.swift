public import Foundation

/// Where the report's figures come from, for the methodology section and the reproducibility footer.
/// Every value is passed in by the caller: the report never reads a clock or a database itself.
public struct ReportProvenance: Sendable, Equatable {
    /// The survey id, e.g. `cao-research-integrity-2023`.
    public var surveyID: String
    /// The questionnaire's version label.
    public var surveyVersion: String
    /// SHA-256 of survey.yaml as loaded.
    public var surveySHA256: String
    /// The rubric id.
    public var rubricID: String
    /// The rubric's version label.
    public var rubricVersion: String
    /// SHA-256 of rubric.yaml as loaded.
    public var rubricSHA256: String
    /// When the report was generated.
    public var generatedAt: Date
    /// The chosa version that generated it.
    public var chosaVersion: String

    /// Provenance from its parts.
    public init(surveyID: String, surveyVersion: String, surveySHA256: String, rubricID: String, rubricVersion: String,
                rubricSHA256: String, generatedAt: Date, chosaVersion: String) {
        self.surveyID = surveyID
        self.surveyVersion = surveyVersion
        self.surveySHA256 = surveySHA256
        self.rubricID = rubricID
        self.rubricVersion = rubricVersion
        self.rubricSHA256 = rubricSHA256
        self.generatedAt = generatedAt
        self.chosaVersion = chosaVersion
    }

    /// The generation time as ISO 8601 in Japan time, e.g. `2024-03-15T10:00:00+09:00`.
    public var generatedAtText: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Tokyo") ?? TimeZone(secondsFromGMT: 9 * 3600)
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: generatedAt)
    }
}
