public import SurveyCore

/// How an official letter or notice names its addressee: the head by title when the roster gives one
/// (「○○大学 学長 殿」), else the institution (「○○大学 御中」). Letters, invitations and reminders all use this.
public enum Addressee {
    /// The addressee line in `language`.
    public static func line(institution name: String, headTitle: String?, _ language: Language) -> String {
        if let headTitle, !headTitle.isEmpty {
            return Message(en: "To: the \(headTitle), \(name)", ja: "\(name) \(headTitle) 殿").text(language)
        }
        return Message(en: "To: \(name)", ja: "\(name) 御中").text(language)
    }
}
