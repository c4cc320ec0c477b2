import Foundation
import SurveyCore

/// How a synthetic institution of a given category and size tends to answer. National and larger bodies are more
/// mature (more often a dedicated export-control office, an approved regulation, evidence attached), as the
/// ministries' earlier surveys found; headcounts are fixed per institution so the profile section is consistent.
enum DemoProfile {
    static func make(_ category: InstitutionCategory, using random: inout SeededGenerator) -> SyntheticResponder.Profile {
        let (base, low, high, studentsPerResearcher): (Double, Double, Double, Double) = switch category {
        case .nationalUniversity: (0.88, 250, 3_500, 8)
        case .publicUniversity: (0.7, 40, 700, 10)
        case .privateUniversity: (0.62, 15, 2_500, 18)
        case .nationalResearchAgency: (0.84, 80, 3_000, 0)
        case .interUniversityInstitute: (0.85, 100, 900, 0.3)
        }
        // Sizes spread evenly on a log scale between the category's smallest and largest bodies.
        let researchers = Int((low * pow(high / low, Double.random(in: 0...1, using: &random))).rounded())
        let students = Int((Double(researchers) * studentsPerResearcher * Double.random(in: 0.6...1.4, using: &random)).rounded())
        let foreign = Int((Double(researchers) * Double.random(in: 0.02...0.15, using: &random)).rounded())
        let international = Int((Double(students) * Double.random(in: 0.02...0.12, using: &random)).rounded())
        let national = category == .nationalUniversity || category == .nationalResearchAgency || category == .interUniversityInstitute
        let sizeEffect = 0.08 * log10(Double(researchers) / 300)
        // Answers are drawn item by item, so only a near-certain "yes" meets every critical measure; a share of bodies,
        // larger for national and larger ones, is that well organised, and the rest spread below.
        let organisedChance = (national ? 0.5 : 0.22) + 2 * sizeEffect
        let maturity = Double.random(in: 0..<1, using: &random) < organisedChance
            ? Double.random(in: 0.975...0.995, using: &random)
            : min(0.95, max(0.08, base + sizeEffect + Double.random(in: -0.1...0.1, using: &random)))
        let officeChance = min(0.97, 0.1 + 0.75 * maturity + (national ? 0.1 : 0))
        var fixed: [String: JSONValue] = [
            "institution_category": .string(category.rawValue),
            "researchers_total": .number(Double(researchers)),
            "foreign_researchers": .number(Double(foreign)),
            "students_total": .number(Double(students)),
            "export_control_office": .string(Double.random(in: 0..<1, using: &random) < officeChance ? "yes" : "no"),
        ]
        if students > 0 { fixed["international_students"] = .number(Double(international)) }
        return SyntheticResponder.Profile(maturity: maturity, evidenceRate: min(0.99, 0.25 + maturity), fixed: fixed)
    }
}
