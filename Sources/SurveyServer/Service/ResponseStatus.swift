/// Where an institution stands with its response.
public enum ResponseStatus: String, Sendable, Codable {
    /// Nothing saved or submitted yet.
    case notStarted = "not_started"
    /// A draft is saved; nothing submitted.
    case inProgress = "in_progress"
    /// The latest submission is the current draft.
    case submitted
    /// Submitted, and the draft has changed since: an amendment is being prepared.
    case changedSinceSubmission = "changed_since_submission"

    /// The status in words.
    public var label: (en: String, ja: String) {
        switch self {
        case .notStarted: ("Not started", "未着手")
        case .inProgress: ("In progress (not submitted)", "回答中（未提出）")
        case .submitted: ("Submitted", "提出済み")
        case .changedSinceSubmission: ("Submitted; changes since not yet submitted", "提出済み（その後の変更は未提出）")
        }
    }
}
