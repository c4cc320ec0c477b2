import SurveyCore

/// Every survey version in a database, loaded once, so imports and scoring do not re-read YAML per response.
public struct SurveyCatalog: Sendable {
    /// Versions by row id.
    public let versions: [Int64: LoadedSurvey]
    /// The newest version of each survey id.
    public let latestBySurvey: [String: LoadedSurvey]

    init(_ loaded: [LoadedSurvey]) {
        versions = Dictionary(loaded.map { ($0.versionID, $0) }, uniquingKeysWith: { $1 })
        var latest: [String: LoadedSurvey] = [:]
        for version in loaded.sorted(by: { $0.versionID < $1.versionID }) { latest[version.survey.id] = version }
        latestBySurvey = latest
    }

    /// The newest version of `surveyID`, or `surveyNotLoaded`.
    public func latest(_ surveyID: String) throws(StoreError) -> LoadedSurvey {
        guard let version = latestBySurvey[surveyID] else { throw .surveyNotLoaded(surveyID) }
        return version
    }

    /// The only survey loaded, or the newest loaded when there are several.
    public var newest: LoadedSurvey? {
        versions.values.max { $0.versionID < $1.versionID }
    }

    /// The survey a command acts on (DESIGN §5.10): the newest version of `surveyID` when given, else the most
    /// recently loaded survey; `surveyNotLoaded` when there is none.
    public func selected(_ surveyID: String?) throws(StoreError) -> LoadedSurvey {
        if let surveyID { return try latest(surveyID) }
        guard let newest else { throw .surveyNotLoaded("(none)") }
        return newest
    }
}
