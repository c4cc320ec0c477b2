/// One surveyed institution as listed in the roster CSV (DESIGN §5.7).
public struct RosterEntry: Sendable, Equatable, Hashable, Codable {
    /// Roster id, e.g. `NU-001`; satisfies `InstitutionID.isValid`.
    public var id: String
    /// Name in Japanese.
    public var nameJa: String
    /// Name in English.
    public var nameEn: String
    /// Which kind of body it is.
    public var category: InstitutionCategory
    /// Who to write to (an office's e-mail address or a name); may be empty.
    public var contact: String

    /// An entry from its parts.
    public init(id: String, nameJa: String, nameEn: String, category: InstitutionCategory, contact: String = "") {
        self.id = id
        self.nameJa = nameJa
        self.nameEn = nameEn
        self.category = category
        self.contact = contact
    }

    /// The name in `language`.
    public func name(_ language: Language) -> String {
        language == .ja ? nameJa : nameEn
    }
}
