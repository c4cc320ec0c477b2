import SurveyCore

/// Leaves out the part of a draft a loader problem traced to, and says what was left out.
enum DraftRepair {
    /// The cell `origin` came from.
    static func cell(_ origin: DraftOrigin, in draft: DraftSurvey) -> String? {
        switch origin {
        case .none: return nil
        case let .section(index, key):
            guard draft.sections.indices.contains(index) else { return nil }
            let cells = draft.sections[index].cells
            return key.flatMap { cells[$0] } ?? cells["id"]
        case let .item(path, key):
            guard let item = draft.item(at: path) else { return nil }
            return key.flatMap { item.cells[$0] } ?? item.cells["id"]
        case let .choiceList(index):
            return draft.choiceLists.indices.contains(index) ? draft.choiceLists[index].cell : nil
        case let .choice(list, index):
            guard draft.choiceLists.indices.contains(list), draft.choiceLists[list].choices.indices.contains(index) else { return nil }
            return draft.choiceLists[list].choices[index].cell
        }
    }

    /// Removes the key, item, section, list or choice at `origin`; returns what was left out, in words.
    static func leaveOut(_ origin: DraftOrigin, in draft: inout DraftSurvey) -> Message {
        switch origin {
        case .none:
            return Message(en: "nothing was left out", ja: "取り込みから除いたものはありません")
        case let .section(index, key):
            guard draft.sections.indices.contains(index) else { return Message(en: "nothing was left out", ja: "取り込みから除いたものはありません") }
            switch key {
            case "relevant"?:
                draft.sections[index].relevant = nil
                return Message(en: "the condition is left out", ja: "この条件は取り込みません")
            case "description"?:
                draft.sections[index].description = nil
                return Message(en: "the description is left out", ja: "この説明は取り込みません")
            default:
                draft.sections.remove(at: index)
                return Message(en: "the group is left out", ja: "このグループは取り込みません")
            }
        case let .item(path, key):
            var message = Message(en: "the question is left out", ja: "この設問は取り込みません")
            draft.modifyItem(at: path) { item in
                guard var current = item else { return }
                switch key {
                case "hint"?: current.hint = nil
                case "relevant"?: current.relevant = nil
                case "constraint"?: current.constraint = nil
                case "constraint_message"?: current.constraintMessage = nil
                case "required"?: current.required = nil
                case "min"?: current.minCount = nil
                case "max"?: current.maxCount = nil
                case "accept"?: current.accept = []
                case "prefill"?: current.prefill = nil
                case "text"? where current.type == .calculate: current.text = nil
                default:
                    item = nil
                    return
                }
                message = Message(en: "the \(key ?? "value") is left out", ja: "この \(key ?? "値") は取り込みません")
                item = current
            }
            return message
        case let .choiceList(index):
            if draft.choiceLists.indices.contains(index) { draft.choiceLists.remove(at: index) }
            return Message(en: "the choice list is left out", ja: "この選択肢リストは取り込みません")
        case let .choice(list, index):
            if draft.choiceLists.indices.contains(list), draft.choiceLists[list].choices.indices.contains(index) {
                draft.choiceLists[list].choices.remove(at: index)
            }
            return Message(en: "the choice is left out", ja: "この選択肢は取り込みません")
        }
    }
}
