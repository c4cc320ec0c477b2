import SurveyCore

/// Answered and asked questions per section, for the progress shown beside each section.
struct SectionProgress {
    let counts: [(answered: Int, total: Int)]

    init(survey: SurveyDefinition, form: FormState) {
        var counts = Array(repeating: (answered: 0, total: 0), count: survey.sections.count)
        for slot in survey.slots where slot.repeatSlot == nil {
            let type = slot.item.type
            guard type.isAnswerable || type == .evidence || type == .repeat, form.isRelevant(slot.item.id) else { continue }
            counts[slot.section].total += 1
            let answered = type == .repeat ? form.instances(of: slot.item.id) > 0 : !form.value(slot.item.id).isEmpty
            if answered { counts[slot.section].answered += 1 }
        }
        self.counts = counts
    }
}
