/// Where a question's answer can be taken from before the institution answers it (`prefill:` in survey.yaml):
/// the portal shows it chosen, marked as taken from the roster, and it is saved with the section like any answer.
public enum Prefill: String, Sendable, Equatable, CaseIterable {
    /// The institution's category in the roster (`national_university`, …), for a `select_one` whose choice values
    /// are the roster's category codes.
    case rosterCategory = "roster.category"
}
