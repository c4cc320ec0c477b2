/// An evidence file stored and attached to a draft item.
public struct AttachedFile: Sendable, Equatable {
    /// The evidence item.
    public var item: String
    /// SHA-256 of the bytes.
    public var sha256: String
    /// Size in bytes.
    public var size: Int
    /// Media type sniffed from the content.
    public var mediaType: String
    /// The file name as uploaded (cleaned).
    public var name: String
    /// The draft revision after attaching.
    public var revision: Int
}
