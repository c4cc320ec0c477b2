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
    /// The head's title as letters address them (学長, 理事長, 機構長, …); may be empty.
    public var headTitle: String
    /// The head's name; may be empty.
    public var headName: String
    /// The person in charge of the survey at the institution; may be empty.
    public var contactName: String
    /// The supervising ministry (文部科学省, …); may be empty.
    public var ministry: String

    /// An entry from its parts.
    public init(id: String, nameJa: String, nameEn: String, category: InstitutionCategory, contact: String = "",
                headTitle: String = "", headName: String = "", contactName: String = "", ministry: String = "") {
        self.id = id
        self.nameJa = nameJa
        self.nameEn = nameEn
        self.category = category
        self.contact = contact
        self.headTitle = headTitle
        self.headName = headName
        self.contactName = contactName
        self.ministry = ministry
    }

    /// The name in `language`.
    public func name(_ language: Language) -> String {
        language == .ja ? nameJa : nameEn
    }
}
