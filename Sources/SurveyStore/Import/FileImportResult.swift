/// What importing one file did: all of it or none of it.
public struct FileImportResult: Sendable, Equatable {
    /// The file as the user named it.
    public var file: String
    /// Submissions written now.
    public var imported: Int
    /// Submissions already present with the same content (nothing changed).
    public var alreadyPresent: Int
    /// Analyst verifications written now.
    public var verifications: Int
    /// Why nothing was imported; empty when the file went in.
    public var problems: [ImportProblem]
    /// Warnings that did not stop the import (answers to questions not asked).
    public var warnings: [ImportProblem]

    /// True when the file was imported (or was already there).
    public var succeeded: Bool { problems.isEmpty }
}
