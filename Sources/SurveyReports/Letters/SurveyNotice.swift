public import Foundation
public import SurveyCore

/// A notice to an institution about the survey (DESIGN §5.9): the invitation (調査依頼文) that opens the season, or a
/// reminder to one that has not submitted — as a letter (Markdown and print-ready HTML) and as an e-mail message
/// (RFC 5322, UTF-8). Everything from the roster or survey.yaml is escaped for the format it goes into; header fields
/// are encoded words, so a name can never add a header.
public struct SurveyNotice: Sendable {
    /// Which notice.
    public enum Kind: Sendable {
        /// The request to answer, with the institution's login link.
        case invitation
        /// A reminder to an institution without a submission.
        case reminder
    }

    /// Which notice this is.
    public var kind: Kind
    /// The institution's name, head title and contact.
    public var institutionName: String
    public var headTitle: String?
    public var contactName: String?
    public var contactAddress: String?
    /// The survey's title and the institution's deadline.
    public var surveyTitle: String
    public var deadline: CivilDate
    /// Whether the institution saved a draft (else it has not started).
    public var hasDraft: Bool
    /// A fresh login link, when one was issued with the reminder.
    public var loginURL: String?
    /// Who sends it and how to reach them.
    public var sender: Publisher
    /// The date on the letter.
    public var date: CivilDate
    public var language: Language

    /// A notice from its parts.
    public init(kind: Kind = .reminder, institutionName: String, headTitle: String?, contactName: String?, contactAddress: String?, surveyTitle: String,
                deadline: CivilDate, hasDraft: Bool, loginURL: String?, sender: Publisher, date: CivilDate, language: Language) {
        self.kind = kind
        self.institutionName = institutionName
        self.headTitle = headTitle
        self.contactName = contactName
        self.contactAddress = contactAddress
        self.surveyTitle = surveyTitle
        self.deadline = deadline
        self.hasDraft = hasDraft
        self.loginURL = loginURL
        self.sender = sender
        self.date = date
        self.language = language
    }

    private func t(_ en: String, _ ja: String) -> String {
        language == .ja ? ja : en
    }

    /// The letter's paragraphs as plain text, in order: addressee, sender, subject, body, link, contact.
    var parts: (addressee: String, sender: String, subject: String, body: [String], contact: String?) {
        let addressee = Addressee.line(institution: institutionName, headTitle: headTitle, language)
        let senderLines = [sender.organisation.text(language), sender.office?.text(language),
                           [sender.officerTitle?.text(language), sender.officerName?.text(language)].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
        let due = LetterDate.text(deadline, language)
        var body: [String]
        switch kind {
        case .invitation:
            body = [
                t("The Cabinet Office is surveying universities and research institutes on their measures to protect research integrity and prevent the outflow of advanced technology (\(surveyTitle)).",
                  "内閣府では、大学・研究機関における研究インテグリティの確保及び技術流出防止の取組状況を把握するため、「\(surveyTitle)」を実施しています。"),
                t("We would be grateful if your institution answered the questionnaire on the answer portal and submitted it by \(due). Answers can be saved and amended until then; attach the documents the questions ask for.",
                  "つきましては、御多忙のところ恐縮ですが、回答用ポータルにより調査票に御回答の上、\(due)までに提出くださいますようお願いいたします。回答は期限まで保存・修正でき、設問で求める資料は添付してください。"),
            ]
        case .reminder:
            body = [
            t("Thank you for your cooperation with the \(surveyTitle).", "平素より「\(surveyTitle)」に御協力いただき、ありがとうございます。"),
            hasDraft
                ? t("Your institution has started its answers but has not yet submitted them. Please have the attesting officer review and submit them by \(due).",
                    "貴機関の回答は入力途中のまま、まだ提出されていません。\(due)までに、回答内容を責任者に御確認の上、提出くださいますようお願いいたします。")
                : t("We have not yet received your institution's answers. Please answer and submit them by \(due).",
                    "貴機関からの回答をまだいただいておりません。\(due)までに回答し、提出くださいますようお願いいたします。"),
            ]
        }
        if loginURL != nil {
            body.append(t("You can log in to the answer portal with the link below (it is personal to your institution; do not forward it).",
                          "次のリンクから回答用ポータルにログインできます（貴機関専用のため、転送しないでください）。"))
        }
        let subject: String
        switch kind {
        case .invitation:
            subject = t("Request to answer the \(surveyTitle)", "「\(surveyTitle)」への御協力について（依頼）")
        case .reminder:
            body.append(t("If you have already submitted, please disregard this reminder.", "本状と行き違いに提出いただいている場合は、御容赦ください。"))
            subject = t("Reminder: \(surveyTitle)", "「\(surveyTitle)」への回答について（依頼）")
        }
        return (addressee, senderLines, subject, body, sender.contact?.text(language))
    }

    /// The notice as Markdown.
    public func markdown() -> String {
        let p = parts
        var lines = [Markup.markdown(LetterDate.text(date, language)), "", Markup.markdown(p.addressee), "",
                     p.sender.split(separator: "\n").map { Markup.markdown(String($0)) }.joined(separator: "  \n"), "",
                     "# " + Markup.markdown(p.subject), ""]
        for paragraph in p.body { lines += [Markup.markdown(paragraph), ""] }
        // The link as an autolink, unescaped so it can be copied whole (tokens are URL-safe; angle brackets cannot occur).
        if let loginURL { lines += ["<\(loginURL.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E"))>", ""] }
        if let contact = p.contact { lines += [t("Contact: ", "問合せ先：") + Markup.markdown(contact), ""] }
        return lines.joined(separator: "\n")
    }

    /// The notice as a self-contained A4 HTML page.
    public func html() -> String {
        let p = parts
        var body = p.body.map { "<p>\(Markup.escape($0))</p>" }.joined(separator: "\n")
        if let loginURL { body += "\n<p><a href=\"\(Markup.escape(loginURL))\">\(Markup.escape(loginURL))</a></p>" }
        let contact = p.contact.map { "<p class=\"contact\">\(t("Contact: ", "問合せ先："))\(Markup.escape($0))</p>" } ?? ""
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(Markup.escape(p.subject))</title>
        <style>@page { size: A4; margin: 25mm 20mm; } body { font-family: serif; line-height: 1.8; max-width: 40em; margin: 2em auto; }
        .date { text-align: right; } .sender { text-align: right; white-space: pre-line; } h1 { font-size: 1.1em; text-align: center; }</style>
        </head><body>
        <p class="date">\(Markup.escape(LetterDate.text(date, language)))</p>
        <p>\(Markup.escape(p.addressee))</p>
        <p class="sender">\(Markup.escape(p.sender))</p>
        <h1>\(Markup.escape(p.subject))</h1>
        \(body)
        \(contact)
        </body></html>

        """
    }

    /// The notice as an RFC 5322 message (CRLF line ends, UTF-8 body in base64, encoded-word subject and names).
    /// `from` is the sender's address; `messageID` makes the Message-ID (unique per institution and run); `sent` is
    /// the Date header.
    public func email(from: String, messageID: String, sent: Date) -> String {
        let p = parts
        var text = [p.addressee, "", p.subject, ""]
        text += p.body.flatMap { [$0, ""] }
        if let loginURL { text += [loginURL, ""] }
        text.append(p.sender)
        if let contact = p.contact { text.append(contact) }
        let body = Data(text.joined(separator: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        let to = contactAddress.map { address -> String in
            let name = contactName.flatMap { $0.isEmpty ? nil : Self.encodedWord($0) }
            return name.map { "\($0) <\(Self.headerSafe(address))>" } ?? Self.headerSafe(address)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 9 * 3600)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        var headers = [
            "From: \(Self.encodedWord(sender.organisation.text(language))) <\(Self.headerSafe(from))>",
            "Date: \(formatter.string(from: sent))",
            "Subject: \(Self.encodedWord(p.subject))",
            "Message-ID: <\(Self.headerSafe(messageID))>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
        ]
        if let to { headers.insert("To: \(to)", at: 1) }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n"
    }

    /// RFC 2047 encoded word (UTF-8, base64), whatever the text holds.
    static func encodedWord(_ text: String) -> String {
        "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    /// An address or id with anything that could end a header or break out of angle brackets removed.
    static func headerSafe(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x21 && $0.value < 0x7F && $0 != "<" && $0 != ">" && $0 != "," && $0 != ";" && $0 != "\"" }
            .map(Character.init))
    }
}
