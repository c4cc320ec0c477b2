public import SurveyCore

/// How far one institution got with the survey, each stage including the ones before it
/// (a scored institution has also submitted, started and — normally — been invited).
public enum ResponseStatus: Int, Sendable, Equatable, Comparable, CaseIterable, Codable {
    /// On the roster, no invitation yet.
    case rostered
    /// Invited, nothing saved yet.
    case invited
    /// Saved a draft but has not submitted.
    case started
    /// Submitted, not scored (e.g. pinned to another survey version that could not be scored).
    case submitted
    /// Submitted and scored; the institution's score card is in the input.
    case scored

    /// The stage in words, for column headings.
    public var label: Message {
        switch self {
        case .rostered: Message(en: "On the roster", ja: "対象機関数")
        case .invited: Message(en: "Invited", ja: "依頼済み")
        case .started: Message(en: "Started", ja: "回答着手")
        case .submitted: Message(en: "Submitted", ja: "提出済み")
        case .scored: Message(en: "Scored", ja: "評価済み")
        }
    }

    /// Orders by how far the institution got.
    public static func < (lhs: ResponseStatus, rhs: ResponseStatus) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
