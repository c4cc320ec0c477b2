import Foundation
import Hummingbird
import SurveyCore
import SurveyServices
import SurveyStore

/// The institution list's filters, read from the query: `q` (name in either language, or id), `category`,
/// `status` (a progress, or `not_submitted`), `verdict`, `margin` (`1`), `review` (`unreviewed|reviewed|done`).
/// Unknown values select nothing rather than everything, so a mistyped link never shows more than it says.
struct InstitutionFilter {
    /// Whether analysts looked at an institution.
    enum ReviewState: String, CaseIterable {
        case unreviewed, reviewed, done

        func label(_ language: Language) -> String { WorkspaceText.text(rawValue, language) }
    }

    var query: String
    var category: String
    var status: String
    var verdict: String
    var margin: String
    var review: String
    var sort: String

    init(_ request: Request) {
        func value(_ key: String) -> String { (request.uri.queryParameters.get(key) ?? "").trimmingCharacters(in: .whitespaces) }
        query = String(value("q").prefix(200))
        category = value("category")
        status = value("status")
        verdict = value("verdict")
        margin = value("margin")
        review = value("review")
        sort = value("sort")
    }

    /// The rows in the order asked for: by id (default), by laxity (highest first, unscored last), or by name.
    func sorted(_ rows: [SeasonOverview.Row], _ language: Language) -> [SeasonOverview.Row] {
        switch sort {
        case "laxity":
            return rows.sorted { ($0.card?.laxity ?? -1, $1.institution.id) > ($1.card?.laxity ?? -1, $0.institution.id) }
        case "name":
            return rows.sorted { WorkspacePages.name($0.institution, language) < WorkspacePages.name($1.institution, language) }
        default:
            return rows
        }
    }

    static func reviewState(_ row: SeasonOverview.Row) -> ReviewState {
        row.assignment?.doneAt != nil ? .done : row.reviewed ? .reviewed : .unreviewed
    }

    func matches(_ row: SeasonOverview.Row) -> Bool {
        if !query.isEmpty {
            let needle = query.lowercased()
            let haystacks = [row.institution.id, row.institution.nameJa, row.institution.nameEn].map { $0.lowercased() }
            guard haystacks.contains(where: { $0.contains(needle) }) else { return false }
        }
        if !category.isEmpty, row.institution.category != category { return false }
        if !status.isEmpty {
            let ok = status == "not_submitted" ? row.progress != .submitted : row.progress.rawValue == status
            if !ok { return false }
        }
        if !verdict.isEmpty, row.card?.verdict.rawValue != verdict { return false }
        if margin == "1", !row.marginOne { return false }
        if !review.isEmpty, Self.reviewState(row).rawValue != review || row.card == nil { return false }
        return true
    }

    /// The form's fields: the query and each select's options with the chosen one marked.
    func fields(_ language: Language) -> [String: Any] {
        let any = WorkspaceText.text("any", language)
        func options(_ list: [(String, String)], chosen: String) -> [[String: Any]] {
            ([("", any)] + list).map { ["value": $0.0, "label": $0.1, "selected": $0.0 == chosen] }
        }
        return [
            "q": query,
            "categoryOptions": options(InstitutionCategory.allCases.map { ($0.rawValue, $0.label.text(language)) }, chosen: category),
            "statusOptions": options(SeasonOverview.Progress.allCases.map { ($0.rawValue, $0.label.text(language)) }
                + [("not_submitted", WorkspaceText.text("nonResponders", language))], chosen: status),
            "verdictOptions": options(Verdict.allCases.map { ($0.rawValue, $0.label.text(language)) }, chosen: verdict),
            "marginOptions": options([("1", WorkspaceText.text("marginOneOnly", language))], chosen: margin),
            "reviewOptions": options(ReviewState.allCases.map { ($0.rawValue, $0.label(language)) }, chosen: review),
            "sortOptions": [("", "id"), ("laxity", "sortLaxity"), ("name", "sortName")].map { value, key -> [String: Any] in
                ["value": value, "label": key == "id" ? WorkspaceText.text("sortID", language) : WorkspaceText.text(key, language), "selected": value == sort]
            },
        ]
    }
}

/// One row of the review queue: a submitted institution and why analysts should look at it.
struct QueueEntry {
    /// Why an institution is in the queue, most urgent first.
    enum Reason: Int, Comparable {
        case marginOne, unverifiedCritical, routine

        static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.rawValue < rhs.rawValue }

        func label(_ language: Language) -> String {
            switch self {
            case .marginOne: WorkspaceText.text("reasonMargin", language)
            case .unverifiedCritical: WorkspaceText.text("reasonCritical", language)
            case .routine: WorkspaceText.text("reasonRoutine", language)
            }
        }
    }

    var row: SeasonOverview.Row
    var reasons: [Reason]

    /// Submitted institutions, those with reasons first (both reasons before one), then by id; done ones only
    /// with `showDone`.
    static func entries(_ season: SeasonOverview, showDone: Bool) -> [QueueEntry] {
        season.rows.filter { $0.card != nil && (showDone || $0.assignment?.doneAt == nil) }.map { row in
            var reasons: [Reason] = []
            if row.marginOne { reasons.append(.marginOne) }
            if !row.unverifiedCriticalClaims.isEmpty { reasons.append(.unverifiedCritical) }
            return QueueEntry(row: row, reasons: reasons)
        }.sorted { lhs, rhs in
            let left = (lhs.reasons.isEmpty ? 3 : 2 - lhs.reasons.count, lhs.reasons.first ?? .routine)
            let right = (rhs.reasons.isEmpty ? 3 : 2 - rhs.reasons.count, rhs.reasons.first ?? .routine)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return lhs.row.institution.id < rhs.row.institution.id
        }
    }
}
