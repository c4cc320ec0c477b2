public import SurveyCore

/// Everything an improvement-request letter says, ready for a template: formatted, in one language.
/// Mustache reads it through reflection, so every field is plain text, a flag or a list.
public struct LetterContent: Sendable {
    /// One gap as the letter lists it.
    public struct Gap: Sendable {
        public let number: Int
        /// "1. Title (5 points, not met)" / 「1. 名称（5点、未充足）」
        public let heading: String
        public let title: String
        public let status: String
        public let points: Int
        public let recommendation: String
        public let basis: String
        public let closingEvidence: String
        public let hasClosingEvidence: Bool
    }

    public let lang: String
    /// The letter's number once issued (府科事第12号), else the blank the wording leaves for it.
    public let reference: String
    public let institutionID: String
    public let addressee: String
    public let sender: String
    public let date: String
    public let replyBy: String
    public let contact: String
    public let hasContact: Bool
    public let verdict: String
    public let laxity: String
    public let confidence: String
    public let criticalGaps: [Gap]
    public let otherGaps: [Gap]
    public let hasCriticalGaps: Bool
    public let hasOtherGaps: Bool
    /// The fixed wording of the letter in `lang`.
    public let text: LetterWording

    /// The letter for `request`, addressed to `institutionName` (its roster name, or its id when none is known) and,
    /// when the roster gives it, to the head by title (「○○大学 学長 殿」).
    public init(request: ImprovementRequest, institutionName: String?, headTitle: String? = nil, number: String? = nil,
                surveyTitle: LocalizedText, sender: String?, contact: String?, date: CivilDate, replyBy: CivilDate, language: Language) {
        let card = request.card
        lang = language.rawValue
        institutionID = card.institution
        let name = institutionName ?? card.institution
        addressee = Addressee.line(institution: name, headTitle: headTitle, language)
        self.sender = sender ?? LetterWording.defaultSender.text(language)
        self.date = LetterDate.text(date, language)
        self.replyBy = LetterDate.text(replyBy, language)
        self.contact = contact ?? ""
        hasContact = !(contact ?? "").isEmpty
        verdict = card.verdict.label.text(language)
        laxity = Figures.oneDecimal(card.laxity)
        confidence = card.confidence.label.text(language)
        func gaps(_ list: [ImprovementRequest.Gap], from start: Int) -> [Gap] {
            list.enumerated().map { index, gap in
                let title = gap.measure.title.text(language)
                let status = gap.result.status.label.text(language)
                let points = gap.measure.points
                let heading = Message(en: "\(start + index). \(title) (\(points) point\(points == 1 ? "" : "s"), \(status))",
                                      ja: "\(start + index). \(title)（\(points)点、\(status)）").text(language)
                return Gap(number: start + index, heading: heading, title: title, status: status,
                    points: gap.measure.points, recommendation: gap.measure.recommendation.text(language),
                    basis: gap.measure.basis.text(language), closingEvidence: gap.measure.closingEvidence?.text(language) ?? "",
                    hasClosingEvidence: gap.measure.closingEvidence != nil)
            }
        }
        criticalGaps = gaps(request.criticalGaps, from: 1)
        otherGaps = gaps(request.otherGaps, from: request.criticalGaps.count + 1)
        hasCriticalGaps = !criticalGaps.isEmpty
        hasOtherGaps = !otherGaps.isEmpty
        text = LetterWording(surveyTitle: surveyTitle.text(language), verdict: verdict, laxity: laxity, confidence: confidence,
                             replyBy: self.replyBy, language: language)
        reference = number ?? text.referenceLine
    }
}
