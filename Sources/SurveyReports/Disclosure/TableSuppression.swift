/// Statistical disclosure control for one table of institution counts (DESIGN §5.11), written by hand: no package on
/// this machine's Swift mirror (nor a well-kept Swift package anywhere) does statistical disclosure control — the
/// established tools are R's sdcTable and the Java τ-ARGUS, neither usable from Swift. The rules are small and
/// standard, and written out in the report's methodology (`DisclosureWording`):
///
/// 1. Primary suppression. A row whose group has fewer than K responding institutions is hidden whole
///    (`smallGroup`). In a group of K or more, counts are published, however small.
/// 2. Bands (class disclosure). Where every institution of a group gave one answer — a row of an additive table with
///    all its institutions in one column, or (`unanimity: .cell`) a count equal to its group — the shares are shown
///    only as bands ("≥90%", "≤10%") and the counts withheld; such cells count as hidden below.
/// 3. Complementary suppression. The table has linear relations: each row's parts add up to its base (when
///    `partsSumToBase`), and each column's category rows add up to its all-institutions row. A relation with exactly
///    one hidden cell would let a reader recover it by subtraction, so the smallest published non-zero member of that
///    relation (a zero only when no other is left; the relation's total only when every member is hidden) is hidden
///    too. This repeats until no relation has exactly one hidden cell: a fixed point, reached because every pass
///    only adds hidden cells. Hidden cells of one relation that add up to zero are all known to be zero, so when such
///    a set holds a primary-hidden zero (a band or a small group), a non-zero cell joins it. Bases fixed by an earlier
///    table (`fixedBases`) are never chosen, so one group size is shown or hidden alike in every table that uses it.
public enum TableSuppression {
    /// Which cells show a unanimous group.
    public enum Unanimity: Sendable {
        /// None: stages of progress, where "everyone was invited" reveals nothing about an institution's practice.
        case none
        /// A row whose parts add to its base with every institution in one part: the whole row is banded.
        case row
        /// Multiple answers: a count equal to its group (every institution gave that answer) is banded.
        case cell
    }

    /// The pattern for a table of `counts[row][column]` with row `bases`; `totalRow` is the row that sums the others
    /// (the all-institutions row), if any. `unanimity` defaults to `.row` for additive tables and `.none` otherwise.
    public static func apply(counts: [[Int]], bases: [Int], partsSumToBase: Bool, totalRow: Int?, rules: DisclosureRules,
                             fixedBases: [CellDisclosure]? = nil, unanimity: Unanimity? = nil) -> SuppressionPattern {
        let k = rules.minimumCell
        let unanimity = unanimity ?? (partsSumToBase ? .row : .none)
        var cells: [[CellDisclosure]] = []
        var baseStates: [CellDisclosure] = []
        for (row, values) in counts.enumerated() {
            let n = bases[row]
            if n > 0, n < k {
                cells.append(values.map { _ in .suppressed(.smallGroup) })
                baseStates.append(.suppressed(.smallGroup))
                continue
            }
            switch unanimity {
            case .row where n > 0 && values.contains(n):
                cells.append(values.map { .banded(rules.band(count: $0, of: n)) })
            case .cell where n > 0:
                cells.append(values.map { $0 == n ? .banded(rules.band(count: $0, of: n)) : .published })
            case .none, .row, .cell:
                cells.append(values.map { _ in .published })
            }
            baseStates.append(.published)
        }
        if let fixedBases { baseStates = fixedBases }
        var pattern = SuppressionPattern(cells: cells, bases: baseStates)
        let relations = relations(rows: counts.count, columns: counts.first?.count ?? 0, partsSumToBase: partsSumToBase,
                                  totalRow: totalRow)
        let baseColumn = counts.first?.count ?? 0
        func value(_ cell: Cell) -> Int { cell.column == baseColumn ? bases[cell.row] : counts[cell.row][cell.column] }
        func locked(_ cell: Cell) -> Bool { fixedBases != nil && cell.column == baseColumn }

        var changed = true
        while changed {
            changed = false
            for relation in relations {
                let cells = relation.members + [relation.total]
                let hidden = cells.filter { pattern[$0.row, $0.column].isHidden }
                let open = relation.members.filter { !pattern[$0.row, $0.column].isHidden && !locked($0) }
                let choice: Cell?
                if hidden.count == 1 {
                    choice = open.min { lhs, rhs in
                        (value(lhs) == 0 ? 1 : 0, value(lhs)) < (value(rhs) == 0 ? 1 : 0, value(rhs))
                    } ?? (pattern[relation.total.row, relation.total.column].isHidden || locked(relation.total) ? nil : relation.total)
                } else if hidden.count > 1, hidden.allSatisfy({ value($0) == 0 }),
                          hidden.contains(where: { pattern[$0.row, $0.column] != .suppressed(.complementary) }) {
                    // Hidden cells that add up to zero are all known to be zero, which would undo a band or a
                    // small-group suppression of a zero: pair them with a non-zero cell.
                    choice = open.filter { value($0) > 0 }.min { value($0) < value($1) }
                } else {
                    choice = nil
                }
                guard let choice else { continue }
                pattern[choice.row, choice.column] = .suppressed(.complementary)
                changed = true
            }
        }
        return pattern
    }

    /// A grid position; column `columns` is the base.
    struct Cell: Hashable {
        var row: Int
        var column: Int
    }

    /// "The members add up to the total."
    struct Relation {
        var members: [Cell]
        var total: Cell
    }

    static func relations(rows: Int, columns: Int, partsSumToBase: Bool, totalRow: Int?) -> [Relation] {
        var relations: [Relation] = []
        if partsSumToBase {
            for row in 0..<rows {
                relations.append(Relation(members: (0..<columns).map { Cell(row: row, column: $0) }, total: Cell(row: row, column: columns)))
            }
        }
        if let totalRow {
            for column in 0...columns {
                let members = (0..<rows).filter { $0 != totalRow }.map { Cell(row: $0, column: column) }
                relations.append(Relation(members: members, total: Cell(row: totalRow, column: column)))
            }
        }
        return relations
    }
}
