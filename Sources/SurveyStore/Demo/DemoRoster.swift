import SurveyCore

/// The synthetic roster of the demo: the real survey's mix of 370 bodies (86 national, 60 public and 180 private
/// universities, 27 national research agencies, 17 inter-university institutes), scaled to any size by largest
/// remainders. Names say "Fictional" / 「架空」 so no row can be mistaken for a real institution.
enum DemoRoster {
    static let mix: [(InstitutionCategory, Int)] = [
        (.nationalUniversity, 86), (.publicUniversity, 60), (.privateUniversity, 180),
        (.nationalResearchAgency, 27), (.interUniversityInstitute, 17),
    ]

    /// How many institutions of each category make `total`.
    static func counts(total: Int) -> [(InstitutionCategory, Int)] {
        let whole = mix.reduce(0) { $0 + $1.1 }
        var counts = mix.map { ($0.0, $0.1 * total / whole) }
        let remainders = mix.enumerated().map { ($0.offset, $0.element.1 * total % whole) }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var missing = total - counts.reduce(0) { $0 + $1.1 }
        for (index, _) in remainders where missing > 0 {
            counts[index].1 += 1
            missing -= 1
        }
        return counts
    }

    static func entries(total: Int) -> [RosterEntry] {
        counts(total: total).flatMap { category, count in
            (0..<count).map { $0 + 1 }.map { number in
                let (prefix, ja, en) = names(category)
                let id = "\(prefix)-\(number < 100 ? String(format3(number)) : String(number))"
                return RosterEntry(id: id, nameJa: "\(ja)第\(number)", nameEn: "\(en) \(number)", category: category,
                                   contact: "research-integrity@\(id.lowercased()).example")
            }
        }
    }

    private static func format3(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }

    private static func names(_ category: InstitutionCategory) -> (String, String, String) {
        switch category {
        case .nationalUniversity: ("NU", "架空国立大学", "Fictional National University")
        case .publicUniversity: ("PU", "架空公立大学", "Fictional Public University")
        case .privateUniversity: ("PR", "架空私立大学", "Fictional Private University")
        case .nationalResearchAgency: ("RA", "架空国立研究機関", "Fictional National Research Agency")
        case .interUniversityInstitute: ("IU", "架空大学共同利用機関", "Fictional Inter-University Institute")
        }
    }
}
