import SurveyCore

/// Answered questions per section, for the progress shown beside each section and overall. The total is the
/// questions asked whatever the answers, so it does not grow as follow-up questions appear; a question counts as
/// answered once it and the required follow-ups it brought up are answered. An entry counts only once something is
/// written in it; evidence counts only where it is always required (or a file is attached). A section whose every
/// question is a follow-up counts the ones asked now.
struct SectionProgress {
    /// Answered and total questions per section, and how many of its questions are asked now (0: not asked at all).
    let counts: [(answered: Int, total: Int, asked: Int)]

    init(survey: SurveyDefinition, form: FormState) {
        var stable = Array(repeating: (answered: 0, total: 0), count: survey.sections.count)
        var current = Array(repeating: (answered: 0, total: 0), count: survey.sections.count)
        // The question everyone is asked that the follow-ups since belong to, and whether it is complete so far.
        var anchor: (section: Int, complete: Bool)?
        func closeAnchor() {
            if let open = anchor, open.complete { stable[open.section].answered += 1 }
            anchor = nil
        }
        for slot in survey.slots where slot.repeatSlot == nil {
            let item = slot.item
            let counted: Bool = switch ItemCodec.of(item.type).answer {
            case .none: false
            case .files: Self.isAlwaysRequired(item) || !form.value(item.id).isEmpty
            case .rows, .yesNo, .choice, .choices, .number, .text, .date: true
            }
            guard counted else { continue }
            let followUp = Self.isFollowUp(slot, in: survey)
            if !followUp { closeAnchor() }
            guard form.isRelevant(item.id) else { continue }
            let answered = Self.isAnswered(slot, in: survey, form: form)
            current[slot.section].total += 1
            if answered { current[slot.section].answered += 1 }
            if followUp {
                if let open = anchor, open.section == slot.section, !answered, Self.isAlwaysRequired(item) { anchor?.complete = false }
            } else {
                stable[slot.section].total += 1
                anchor = (slot.section, answered)
            }
        }
        closeAnchor()
        counts = zip(stable, current).map { stable, current in
            stable.total > 0 ? (stable.answered, stable.total, current.total) : (current.answered, current.total, current.total)
        }
    }

    /// Answered and total over the whole questionnaire.
    var overall: (answered: Int, total: Int) {
        counts.reduce((0, 0)) { ($0.0 + $1.answered, $0.1 + $1.total) }
    }

    /// An answer is there; for a repeat, something is written in one of its entries.
    static func isAnswered(_ slot: ItemSlot, in survey: SurveyDefinition, form: FormState) -> Bool {
        switch ItemCodec.of(slot.item.type).answer {
        case .rows:
            let cells = survey.slots.filter { $0.repeatSlot == slot.index && $0.item.type.isAnswerable }.map(\.item.id)
            return (0..<form.instances(of: slot.item.id)).contains { instance in
                cells.contains { !form.value($0, instance: instance).isEmpty }
            }
        case .none, .files, .yesNo, .choice, .choices, .number, .text, .date:
            return !form.value(slot.item.id).isEmpty
        }
    }

    /// True for an item required whatever the answers.
    static func isAlwaysRequired(_ item: Item) -> Bool {
        if case .always = item.required { return true }
        return false
    }

    /// True for a question asked only given other answers: it or a group around it has a condition.
    static func isFollowUp(_ slot: ItemSlot, in survey: SurveyDefinition) -> Bool {
        var current: ItemSlot? = slot
        while let here = current {
            if here.item.relevant != nil { return true }
            current = here.parent.map { survey.slots[$0] }
        }
        return false
    }
}
