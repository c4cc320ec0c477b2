/// `previous:` in `survey.yaml` (DESIGN §5.10): the survey this one follows (last year's), and how its items map
/// onto this one's. An item not in `map` maps to the item of the same id, when the previous survey has one of the
/// same type. A new year's draft starts from the institution's latest submission to the previous survey, mapped.
public struct PreviousSurvey: Sendable, Equatable {
    /// The previous survey's id.
    public var surveyID: String
    /// Explicit mappings: this survey's item id → the previous survey's item id.
    public var map: [String: String]
    /// Where each explicit mapping is written, for messages (not part of equality).
    public var positions: [String: SourcePosition]
    /// Where `previous:` is written.
    public var position: SourcePosition?

    /// A mapping from its parts.
    public init(surveyID: String, map: [String: String], positions: [String: SourcePosition] = [:], position: SourcePosition? = nil) {
        self.surveyID = surveyID
        self.map = map
        self.positions = positions
        self.position = position
    }

    /// Two mappings are equal when they map the same survey and items.
    public static func == (lhs: PreviousSurvey, rhs: PreviousSurvey) -> Bool {
        lhs.surveyID == rhs.surveyID && lhs.map == rhs.map
    }

    /// The previous survey's item that answers item `id` of this survey.
    public func previousItemID(for id: String) -> String {
        map[id] ?? id
    }

    /// Problems of the mapping against the previous survey's definition: a mapped item it lacks, or one of another
    /// type (or, for choices, another kind of choice), each at the mapping's position.
    public func problems(current: SurveyDefinition, previous: SurveyDefinition) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (new, old) in map.sorted(by: { $0.key < $1.key }) {
            let position = positions[new] ?? position
            guard let oldItem = previous.item(old) else {
                problems.append(Diagnostic(at: position, code: "unknown-previous-item", Message(
                    en: "previous.map: survey '\(previous.id)' has no item '\(old)' (mapped from '\(new)')",
                    ja: "previous.map: 調査「\(previous.id)」に項目「\(old)」はありません（「\(new)」の対応先）")))
                continue
            }
            guard let newItem = current.item(new) else { continue }
            if oldItem.type != newItem.type {
                problems.append(Diagnostic(at: position, code: "previous-type-mismatch", Message(
                    en: "previous.map: '\(new)' is \(newItem.type.rawValue) but '\(old)' in survey '\(previous.id)' is \(oldItem.type.rawValue); map items of the same type",
                    ja: "previous.map: 「\(new)」は \(newItem.type.rawValue) ですが、調査「\(previous.id)」の「\(old)」は \(oldItem.type.rawValue) です。同じ型の項目を対応させてください")))
            }
        }
        return problems
    }

    /// The previous survey's answers and files carried into this survey: each value item takes the answer of the item
    /// it maps to when both have the same type; choices the new list no longer offers are dropped, and so are answers
    /// of repeats whose children no longer match. Calculations are never carried (they are always computed).
    public func carry(answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]], from previous: SurveyDefinition,
                      into current: SurveyDefinition) -> (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]]) {
        var carried: [String: JSONValue] = [:]
        var files: [String: [ResponseFile.EvidenceFile]] = [:]
        for slot in current.slots where slot.repeatSlot == nil && (slot.item.type == .repeat || !slot.item.type.isContainer) {
            let item = slot.item
            let oldID = previousItemID(for: item.id)
            guard let oldItem = previous.item(oldID), oldItem.type == item.type else { continue }
            if item.type == .evidence {
                if let old = evidence[oldID], !old.isEmpty { files[item.id] = old }
                continue
            }
            guard let value = answers[oldID], let kept = carry(value, item: item, oldItem: oldItem, previous: previous, current: current) else {
                continue
            }
            carried[item.id] = kept
        }
        return (carried, files)
    }

    private func carry(_ value: JSONValue, item: Item, oldItem: Item, previous: SurveyDefinition, current: SurveyDefinition) -> JSONValue? {
        switch item.type {
        case .calculate, .note, .group, .evidence:
            return nil
        case .selectOne:
            guard case let .string(choice) = value, current.choiceList(for: item)?.choice(choice) != nil else { return nil }
            return value
        case .selectMultiple:
            guard case let .array(choices) = value else { return nil }
            let offered = current.choiceList(for: item)
            let kept = choices.filter { if case let .string(choice) = $0 { offered?.choice(choice) != nil } else { false } }
            return kept.isEmpty ? nil : .array(kept)
        case .repeat:
            guard case let .array(instances) = value else { return nil }
            let rows: [JSONValue] = instances.compactMap { instance in
                guard case let .object(fields) = instance else { return nil }
                var row: [String: JSONValue] = [:]
                for child in item.items {
                    let oldChildID = previousItemID(for: child.id)
                    guard let oldChild = oldItem.items.first(where: { $0.id == oldChildID }), oldChild.type == child.type,
                          let childValue = fields[oldChildID],
                          let kept = carry(childValue, item: child, oldItem: oldChild, previous: previous, current: current) else { continue }
                    row[child.id] = kept
                }
                return row.isEmpty ? nil : .object(row)
            }
            return rows.isEmpty ? nil : .array(rows)
        case .yesNo, .integer, .decimal, .text, .longText, .date:
            return value
        }
    }
}
