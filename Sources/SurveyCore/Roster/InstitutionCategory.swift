/// The five kinds of surveyed body (DESIGN §5.7), as written in the roster's `category` column.
public enum InstitutionCategory: String, Sendable, Codable, CaseIterable, Comparable {
    case nationalUniversity = "national_university"
    case publicUniversity = "public_university"
    case privateUniversity = "private_university"
    case nationalResearchAgency = "national_research_agency"
    case interUniversityInstitute = "inter_university_institute"

    /// The category's name for tables and reports.
    public var label: Message {
        switch self {
        case .nationalUniversity: Message(en: "National universities", ja: "国立大学")
        case .publicUniversity: Message(en: "Public universities", ja: "公立大学")
        case .privateUniversity: Message(en: "Private universities", ja: "私立大学")
        case .nationalResearchAgency: Message(en: "National research agencies", ja: "国立研究開発法人等")
        case .interUniversityInstitute: Message(en: "Inter-university research institutes", ja: "大学共同利用機関法人")
        }
    }

    /// Position in the order categories are listed (the order of DESIGN §5.7).
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: InstitutionCategory, rhs: InstitutionCategory) -> Bool {
        lhs.order < rhs.order
    }
}
