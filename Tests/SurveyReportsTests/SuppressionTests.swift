import Testing
@testable import SurveyCore
@testable import SurveyReports

/// Properties of disclosure control over random tables shaped like the report's (five categories and an
/// all-institutions row), and a table of hand-checked cases.
@Suite struct SuppressionTests {
    /// A random table: category bases skewed small so that primary suppression, bands and cascades all happen.
    static func randomTable(_ random: inout SeededGenerator, columns: Int, additive: Bool) -> (counts: [[Int]], bases: [Int]) {
        var counts: [[Int]] = []
        var bases: [Int] = []
        for _ in 0..<5 {
            let n = [Int.random(in: 0...4, using: &random), Int.random(in: 5...9, using: &random), Int.random(in: 10...60, using: &random)]
                .randomElement(using: &random) ?? 10
            var parts = Array(repeating: 0, count: columns)
            if additive {
                for _ in 0..<n { parts[Int.random(in: 0..<columns, using: &random)] += 1 }
            } else {
                parts = (0..<columns).map { _ in Int.random(in: 0...n, using: &random) }
            }
            counts.append(parts)
            bases.append(n)
        }
        counts.append((0..<columns).map { column in counts.reduce(0) { $0 + $1[column] } })
        bases.append(bases.reduce(0, +))
        return (counts, bases)
    }

    /// Every relation of the table as (members, total) grid positions; column `columns` is the base.
    static func relations(rows: Int, columns: Int, additive: Bool) -> [([(Int, Int)], (Int, Int))] {
        var relations: [([(Int, Int)], (Int, Int))] = []
        if additive {
            for row in 0..<rows { relations.append(((0..<columns).map { (row, $0) }, (row, columns))) }
        }
        for column in 0...columns { relations.append(((0..<rows - 1).map { ($0, column) }, (rows - 1, column))) }
        return relations
    }

    @Test(arguments: [(UInt64(1), 3, true), (2, 4, true), (3, 3, false), (4, 4, false), (5, 2, true), (6, 5, true)])
    func randomTablesNeverPublishSmallCellsNorLetThemBeRecovered(seed: UInt64, columns: Int, additive: Bool) {
        var random = SeededGenerator(seed: seed)
        for k in [3, 5, 7] {
            let rules = DisclosureRules(minimumCell: k)
            for _ in 0..<300 {
                let (counts, bases) = Self.randomTable(&random, columns: columns, additive: additive)
                let pattern = TableSuppression.apply(counts: counts, bases: bases, partsSumToBase: additive, totalRow: 5, rules: rules)
                func value(_ cell: (Int, Int)) -> Int { cell.1 == columns ? bases[cell.0] : counts[cell.0][cell.1] }
                func hidden(_ cell: (Int, Int)) -> Bool { pattern[cell.0, cell.1].isHidden }
                // No figure of a group under K is published, and no unanimous row of an additive table is published.
                for row in 0..<6 {
                    for column in 0...columns where !hidden((row, column)) {
                        #expect(bases[row] == 0 || bases[row] >= k, "published a cell of a group of \(bases[row])")
                        if additive, column < columns, bases[row] > 0 {
                            #expect(value((row, column)) != bases[row], "published a unanimous group's count in \(counts[row])")
                        }
                    }
                }
                // Solve each row and column: a hidden cell is recovered when it is the only unknown of a relation, or
                // when the unknowns of a relation must add to zero while one of them was hidden to hide a zero.
                for (members, total) in Self.relations(rows: 6, columns: columns, additive: additive) {
                    let unknown = (members + [total]).filter(hidden)
                    #expect(unknown.count != 1, "a hidden cell is recoverable from \(members.map(value)) = \(value(total))")
                    if unknown.count > 1, unknown.allSatisfy({ value($0) == 0 }),
                       unknown.contains(where: { pattern[$0.0, $0.1] != .suppressed(.complementary) }) {
                        let spare = members.contains { !hidden($0) && value($0) > 0 }
                        #expect(!spare, "hidden zeros are recoverable in \(members.map(value))")
                    }
                }
            }
        }
    }

    /// (bases of the five categories, parts of each, K) → expected decisions of the first category row.
    @Test(arguments: [
        // A group under K is hidden whole, and the next-smallest group's matching cells follow so the totals do not give it away.
        ([3, 20, 20, 20, 20], [[1, 1, 1], [10, 5, 5], [10, 5, 5], [12, 4, 4], [10, 5, 5]], 5,
         ["small_group", "small_group", "small_group", "small_group"]),
        // In a group of at least K, small counts are published (DESIGN §5.11).
        ([20, 20, 20, 20, 20], [[12, 6, 2], [10, 5, 5], [10, 5, 5], [12, 4, 4], [10, 5, 5]], 5,
         ["published", "published", "published", "published"]),
        // A group of 8: 8 of 8 met shows as ≥80%, the zeros as ≤20%.
        ([8, 20, 20, 20, 20], [[8, 0, 0], [10, 5, 5], [10, 5, 5], [12, 4, 4], [10, 5, 5]], 5,
         ["band", "band", "band", "published"]),
        // A unanimous group of 20 shows bands too (≥90%, ≤10%); its size stays published.
        ([20, 20, 20, 20, 20], [[20, 0, 0], [10, 5, 5], [10, 5, 5], [12, 4, 4], [10, 5, 5]], 5,
         ["band", "band", "band", "published"]),
        // Zeros in a group that is not unanimous are published.
        ([20, 20, 20, 20, 20], [[15, 5, 0], [10, 5, 5], [10, 5, 5], [12, 4, 4], [10, 5, 5]], 5,
         ["published", "published", "published", "published"]),
    ])
    func handCheckedCases(bases: [Int], parts: [[Int]], k: Int, expected: [String]) {
        let counts = parts + [(0..<3).map { column in parts.reduce(0) { $0 + $1[column] } }]
        let pattern = TableSuppression.apply(counts: counts, bases: bases + [bases.reduce(0, +)], partsSumToBase: true, totalRow: 5,
                                             rules: DisclosureRules(minimumCell: k))
        #expect((pattern.cells[0] + [pattern.bases[0]]).map(\.code) == expected)
    }

    @Test(arguments: [(5, 20), (6, 20), (8, 20), (9, 20), (4, 30), (3, 40), (10, 10), (11, 10), (370, 10)])
    func bandsAlwaysHoldTwoPossibleCounts(n: Int, width: Int) {
        let rules = DisclosureRules(minimumCell: 3)
        #expect(rules.bandWidth(groupSize: n) == width)
        #expect(rules.band(count: 0, of: n) == rules.band(count: 1, of: n))
        #expect(rules.band(count: n, of: n) == rules.band(count: n - 1, of: n))
    }

    @Test(arguments: [(1, 8, 13), (1, 3, 33), (2, 3, 67), (1, 200, 1), (1, 40, 3), (0, 7, 0), (7, 7, 100)])
    func sharesRoundHalfUpOnTheExactFraction(count: Int, n: Int, percent: Int) {
        #expect(DisclosureRules.percent(count, of: n) == percent)
    }
}
