/// Who publishes a survey's report (survey.yaml's optional `publisher` block): the organisation, the office in
/// charge, the responsible officer and how to reach them. Shown on the report's cover and in its overview.
public struct Publisher: Sendable, Equatable {
    /// The organisation, e.g. 内閣府 / Cabinet Office.
    public var organisation: LocalizedText
    /// The office in charge, e.g. 科学技術・イノベーション推進事務局.
    public var office: LocalizedText?
    /// The responsible officer's title, e.g. 参事官（研究インテグリティ担当）.
    public var officerTitle: LocalizedText?
    /// The responsible officer's name.
    public var officerName: LocalizedText?
    /// How to reach the office (telephone, e-mail, address).
    public var contact: LocalizedText?

    /// The YAML keys of the block.
    static let keys = ["organisation", "office", "officer_title", "officer_name", "contact"]

    /// A publisher from its parts.
    public init(organisation: LocalizedText, office: LocalizedText? = nil, officerTitle: LocalizedText? = nil,
                officerName: LocalizedText? = nil, contact: LocalizedText? = nil) {
        self.organisation = organisation
        self.office = office
        self.officerTitle = officerTitle
        self.officerName = officerName
        self.contact = contact
    }

    /// The publisher when survey.yaml names none.
    public static let cabinetOffice = Publisher(organisation: LocalizedText(["ja": "内閣府", "en": "Cabinet Office"]))
}
