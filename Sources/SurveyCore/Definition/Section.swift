/// A section of the questionnaire: a titled page of items, optionally asked only when `relevant` holds.
public struct Section: Sendable, Equatable, Identifiable {
    /// Section id, e.g. `verification`.
    public var id: String
    /// The section heading.
    public var title: LocalizedText
    /// An introduction shown under the heading.
    public var description: LocalizedText?
    /// When the section is asked; nil means always.
    public var relevant: Expression?
    /// The items, in order.
    public var items: [Item]
    /// Where the section starts in `survey.yaml`.
    public var position: SourcePosition

    /// A section from its parts.
    public init(id: String, title: LocalizedText, description: LocalizedText? = nil, relevant: Expression? = nil,
                items: [Item] = [], position: SourcePosition) {
        self.id = id
        self.title = title
        self.description = description
        self.relevant = relevant
        self.items = items
        self.position = position
    }
}
