/// The disclosure decision for every cell of one table: its parts and its row bases (group sizes).
public struct SuppressionPattern: Sendable, Equatable {
    /// cells[row][column] for the parts.
    public var cells: [[CellDisclosure]]
    /// One per row, for the base column.
    public var bases: [CellDisclosure]

    /// A pattern from its parts.
    public init(cells: [[CellDisclosure]], bases: [CellDisclosure]) {
        self.cells = cells
        self.bases = bases
    }

    /// The decision at grid position (row, column), where column `cells[row].count` is the base.
    public subscript(row: Int, column: Int) -> CellDisclosure {
        get { column < cells[row].count ? cells[row][column] : bases[row] }
        set {
            if column < cells[row].count { cells[row][column] = newValue } else { bases[row] = newValue }
        }
    }
}
