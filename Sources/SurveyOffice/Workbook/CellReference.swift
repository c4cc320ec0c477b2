/// An A1-style cell address: `C3` is column 3, row 3.
public struct CellReference: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// 1-based row.
    public var row: Int
    /// 1-based column.
    public var column: Int

    /// A reference from its row and column.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C3` (or `$C$3`); nil when it is not an address.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var seenDigit = false
        for scalar in text.unicodeScalars where scalar != "$" {
            if ("A"..."Z").contains(scalar), !seenDigit {
                column = column * 26 + Int(scalar.value - 64)
                guard column <= 16_384 else { return nil }
            } else if ("0"..."9").contains(scalar), column > 0 {
                seenDigit = true
                row = row * 10 + Int(scalar.value - 48)
                guard row <= 1_048_576 else { return nil }
            } else {
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// Column letters for a 1-based column number: 1 → `A`, 27 → `AA`.
    public static func letters(_ column: Int) -> String {
        var number = column
        var scalars: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(scalars)
    }

    /// `C3`.
    public var description: String { Self.letters(column) + String(row) }

    /// `sheet!C3`, the way messages name a cell.
    public func named(in sheet: String) -> String { "\(sheet)!\(description)" }
}
