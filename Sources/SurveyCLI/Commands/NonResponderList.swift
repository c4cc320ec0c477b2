import SurveyCore
import SurveyStore

/// `chosa status --list …` output: who has not submitted, how to reach them, and what they did last.
enum NonResponderList {
    static let columns = ["institution", "name_ja", "name_en", "category", "contact", "contact_name", "state", "last_saved", "last_saved_by",
                          "invited_at"]

    static func render(_ entries: [NonResponder], format: StatusCommand.Format, _ lang: Language) throws -> String {
        switch format {
        case .csv:
            return CSV.document(header: columns, rows: entries.map { fields($0).map(CSV.Field.text) })
        case .json:
            let values = entries.map { entry in
                JSONValue.object(Dictionary(uniqueKeysWithValues: zip(columns, fields(entry).map(JSONValue.string))))
            }
            return try JSONOutput.string(JSONValue.array(values))
        case .text:
            let header = [Message(en: "institution", ja: "機関ID"), Message(en: "name", ja: "機関名"), Message(en: "contact", ja: "連絡先"),
                          Message(en: "state", ja: "状況"), Message(en: "last saved", ja: "最終保存")].map { $0.text(lang) }
            let rows = entries.map { entry -> [String] in
                let name = lang == .ja ? entry.institution.nameJa : entry.institution.nameEn
                let contact = [entry.institution.contactName, entry.institution.contact].filter { !$0.isEmpty }.joined(separator: " ")
                let state = entry.hasDraft ? Message(en: "draft only", ja: "下書きのみ") : Message(en: "not started", ja: "未着手")
                return [entry.institution.id, name, contact, state.text(lang), entry.lastDraftSave.map { String($0.prefix(16)) } ?? "-"]
            }
            let summary = Message(en: "\(entries.count) institution\(entries.count == 1 ? "" : "s")", ja: "\(entries.count) 機関").text(lang)
            return TextTable(header: header, rows: rows).render() + "\n" + summary
        }
    }

    private static func fields(_ entry: NonResponder) -> [String] {
        [entry.institution.id, entry.institution.nameJa, entry.institution.nameEn, entry.institution.category, entry.institution.contact,
         entry.institution.contactName, entry.hasDraft ? "draft_only" : "not_started", entry.lastDraftSave ?? "", entry.lastSavedBy ?? "",
         entry.invitedAt ?? ""]
    }
}
