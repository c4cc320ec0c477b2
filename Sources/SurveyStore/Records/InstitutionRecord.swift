public import GRDB

/// One institution of the roster.
public struct InstitutionRecord: Sendable, Equatable {
    /// Roster id.
    public var id: String
    /// Name in Japanese.
    public var nameJa: String
    /// Name in English.
    public var nameEn: String
    /// One of the five categories' raw values.
    public var category: String
    /// Who to write to.
    public var contact: String
    /// The head's title (学長, 理事長, …), as letters address them; may be empty.
    public var headTitle: String = ""
    /// The head's name; may be empty.
    public var headName: String = ""
    /// The person in charge of the survey; may be empty.
    public var contactName: String = ""
    /// The supervising ministry; may be empty.
    public var ministry: String = ""
    /// When it was first imported.
    public var createdAt: String
    /// When its details last changed.
    public var updatedAt: String
}

extension InstitutionRecord: FetchableRecord, PersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "institution"

    // Columns are mapped by hand rather than through `Codable` with snake_case strategies: GRDB converts every
    // key's case on every row, which was a tenth of importing and scoring a large database.

    /// A record from a row of its table.
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        nameJa = try row.decode(forColumn: "name_ja")
        nameEn = try row.decode(forColumn: "name_en")
        category = try row.decode(forColumn: "category")
        contact = try row.decode(forColumn: "contact")
        headTitle = try row.decode(forColumn: "head_title")
        headName = try row.decode(forColumn: "head_name")
        contactName = try row.decode(forColumn: "contact_name")
        ministry = try row.decode(forColumn: "ministry")
        createdAt = try row.decode(forColumn: "created_at")
        updatedAt = try row.decode(forColumn: "updated_at")
    }

    /// The row's columns.
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["name_ja"] = nameJa
        container["name_en"] = nameEn
        container["category"] = category
        container["contact"] = contact
        container["head_title"] = headTitle
        container["head_name"] = headName
        container["contact_name"] = contactName
        container["ministry"] = ministry
        container["created_at"] = createdAt
        container["updated_at"] = updatedAt
    }

    /// Whether the roster has an institution with this id (a cached statement: asked on every draft save).
    static func exists(_ db: Database, id: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM institution WHERE id = ?)"), arguments: [id]) ?? false
    }
}
