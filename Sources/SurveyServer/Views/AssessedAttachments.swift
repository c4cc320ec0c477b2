import SurveyCore
import SurveyReports

/// The attachments the rubric reads, for the review page: which are attached, and what each one does to the
/// assessment — a critical measure's document decides whether a claim of it counts (DESIGN §3's evidence rule);
/// any other document only raises the evidence level.
struct AssessedAttachments {
    let survey: SurveyDefinition
    let rubric: Rubric
    let form: FormState
    let evidence: [String: [ResponseFile.EvidenceFile]]
    let language: Language

    /// One entry per evidence item that a measure names and the answers make relevant, in questionnaire order.
    func entries() -> [[String: Any]] {
        let numbers = QuestionNumbers(survey)
        var measures: [String: [Rubric.Measure]] = [:]
        for measure in rubric.measures {
            if let item = measure.evidence { measures[item, default: []].append(measure) }
        }
        return survey.slots.compactMap { slot -> [String: Any]? in
            let item = slot.item
            guard item.type == .evidence, slot.repeatSlot == nil, let users = measures[item.id], form.isRelevant(item.id) else { return nil }
            let files = (evidence[item.id] ?? []).map(\.name)
            let critical = users.contains(where: \.critical)
            let titles = users.map { $0.title.text(language) }.joined(separator: language == .ja ? "、" : "; ")
            let effect = critical
                ? Message(en: "Evidence for a critical measure (\(titles)): without it, a claim of the measure counts as partly met.",
                          ja: "重要項目（\(titles)）の根拠資料です。添付がない場合、その項目は一部充足として扱われます。")
                : Message(en: "Used for: \(titles). It raises the evidence level; without it the measure's status does not change.",
                          ja: "評価項目（\(titles)）の根拠資料です。根拠の水準に反映されます。添付がなくても項目の状態は変わりません。")
            let number = numbers.number(item.id) ?? ""
            return ["hasNumber": !number.isEmpty, "number": number, "label": item.text?.text(language) ?? item.id,
                    "files": files, "attached": !files.isEmpty, "critical": critical, "effect": effect.text(language)]
        }
    }

    /// Heading, introduction and the words for a missing file.
    func texts() -> [String: String] {
        [
            "attachmentsTitle": Message(en: "Attachments used in the assessment", ja: "評価に用いる添付資料").text(language),
            "attachmentsIntro": Message(en: "These documents are read when your answers are assessed.",
                                        ja: "以下の資料は、回答の評価に用いられます。").text(language),
            "notAttached": Message(en: "Not attached", ja: "未添付").text(language),
        ]
    }
}
