public import SurveyCore

/// A row of the report's tables: one category of institution, or all institutions together.
public enum ReportGroup: Sendable, Hashable, Comparable {
    /// One of the five categories of DESIGN §5.7.
    case category(InstitutionCategory)
    /// Every institution.
    case all

    /// The five categories in DESIGN §5.7's order, then all institutions: the row order of every table.
    public static let rows: [ReportGroup] = InstitutionCategory.allCases.map(ReportGroup.category) + [.all]

    /// A stable code for CSV and JSON (`national_university`, …, `all`).
    public var code: String {
        switch self {
        case let .category(category): category.rawValue
        case .all: "all"
        }
    }

    /// The row heading.
    public var label: Message {
        switch self {
        case let .category(category): category.label
        case .all: Message(en: "All institutions", ja: "全機関")
        }
    }

    /// Whether an institution of `category` belongs to the group.
    public func contains(_ category: InstitutionCategory) -> Bool {
        switch self {
        case let .category(own): own == category
        case .all: true
        }
    }

    private var order: Int {
        switch self {
        case let .category(category): category.order
        case .all: InstitutionCategory.allCases.count
        }
    }

    /// Orders by position in the report's tables.
    public static func < (lhs: ReportGroup, rhs: ReportGroup) -> Bool {
        lhs.order < rhs.order
    }
}
