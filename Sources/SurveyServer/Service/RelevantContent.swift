import SurveyCore

/// A response without the answers and files of questions that are not asked, as a submission keeps it (the
/// draft keeps them, so switching an answer back restores the follow-ups).
enum RelevantContent {
    static func prune(answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]], form: FormState)
        -> (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]]) {
        var kept: [String: JSONValue] = [:]
        for (id, value) in answers {
            guard let slot = form.survey.slot(id), form.isRelevant(id) else { continue }
            guard slot.item.type == .repeat, case let .array(rows) = value else {
                kept[id] = value
                continue
            }
            kept[id] = .array(rows.enumerated().map { index, row in
                guard case let .object(fields) = row else { return row }
                return .object(fields.filter { form.isRelevant($0.key, instance: index) })
            })
        }
        return (kept, evidence.filter { form.isRelevant($0.key) && !$0.value.isEmpty })
    }
}
