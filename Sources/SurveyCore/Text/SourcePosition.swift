/// A place in a file a user wrote: 1-based line and column (columns count Unicode scalars, as libyaml does).
public struct SourcePosition: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Line number, from 1.
    public var line: Int
    /// Column number, from 1.
    public var column: Int

    /// A position from its parts.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and compilers use.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
