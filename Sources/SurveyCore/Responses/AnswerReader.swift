/// Converts a response's JSON answers into typed values laid out by slot, reporting every answer of the wrong shape.
/// An answer with a problem is left empty, so evaluation carries on and the rest of the response is still checked.
struct AnswerReader {
    /// The most instances any repeat may carry in a file, whatever its `max`; protects memory against hostile files.
    static let maximumInstances = 10_000
    /// Longest `text` answer, in characters.
    static let maximumTextLength = 2_000
    /// Longest `long_text` answer, in characters.
    static let maximumLongTextLength = 20_000

    let survey: SurveyDefinition
    let table: SlotTable
    private(set) var problems: [ResponseProblem] = []

    init(survey: SurveyDefinition) {
        self.survey = survey
        self.table = survey.table
    }

    mutating func read(_ response: ResponseFile) -> FormEvaluator.Input {
        var counts = [Int](repeating: 0, count: table.ids.count)
        for slot in table.topLevel where table.types[slot] == .repeat {
            if case let .array(rows)? = response.answers[table.ids[slot]] {
                counts[slot] = min(rows.count, Self.maximumInstances)
            }
        }
        var input = FormEvaluator.Input(survey: survey, instanceCounts: counts)
        // Walk the questionnaire rather than the file, so answers are read in a fixed order without sorting;
        // keys the walk did not meet are reported afterwards.
        var matched = 0
        for slot in table.topLevel {
            guard let value = response.answers[table.ids[slot]] else { continue }
            matched += 1
            if table.types[slot] == .repeat {
                readRepeat(slot, value, &input)
            } else if let typed = convert(value, slot, instance: nil) {
                input.set(slot, instance: nil, typed)
            }
        }
        if matched < response.answers.count {
            for id in response.answers.keys.sorted() {
                guard let slot = survey.slot(id) else {
                    unknownItem(id, path: id, within: nil)
                    continue
                }
                guard let repeatSlot = slot.repeatSlot else { continue }
                let repeatID = table.ids[repeatSlot]
                problem(id, slot.index, .misplacedAnswer, en: "'\(id)' is inside the repeat '\(repeatID)'; answer it in each instance of '\(repeatID)'",
                        ja: "「\(id)」は繰り返し「\(repeatID)」の中の項目です。「\(repeatID)」の各行の中で回答してください")
            }
        }
        for (id, files) in response.evidence.sorted(by: { $0.key < $1.key }) {
            guard let slot = survey.slotIndex(id) else {
                unknownItem(id, path: "evidence.\(id)", within: nil)
                continue
            }
            guard table.types[slot] == .evidence else {
                problem("evidence.\(id)", slot, .wrongType, en: "'\(id)' is not an evidence item; only evidence items take files",
                        ja: "「\(id)」は証憑項目ではありません。ファイルを添付できるのは証憑項目だけです")
                continue
            }
            let accepted = survey.slots[slot].item.accept
            for (index, file) in files.enumerated() {
                if let mediaType = file.mediaType, !accepted.isEmpty, !accepted.contains(mediaType) {
                    problem("evidence.\(id)[\(index)]", slot, .mediaTypeNotAccepted,
                            en: "'\(file.name)' is \(mediaType), which this item does not accept (accepted: \(accepted.joined(separator: ", ")))",
                            ja: "「\(file.name)」は \(mediaType) 形式で、この項目では受け付けていません（受付形式：\(accepted.joined(separator: ", "))）")
                }
            }
            if !files.isEmpty {
                input.set(slot, instance: nil, .string(files.map(\.name).joined(separator: " ")))
            }
        }
        return input
    }

    private mutating func readRepeat(_ slot: Int, _ value: JSONValue, _ input: inout FormEvaluator.Input) {
        let id = table.ids[slot]
        guard case let .array(rows) = value else {
            if !value.isBlank {
                problem(id, slot, .wrongType, en: "'\(id)' is a repeat: write a list of objects, not \(value.typeDescription.en)",
                        ja: "「\(id)」は繰り返しです。オブジェクトの配列で書いてください（\(value.typeDescription.ja)は不可）")
            }
            return
        }
        if rows.count > Self.maximumInstances {
            problem(id, slot, .tooManyInstances, en: "'\(id)' has \(rows.count) rows; files may carry at most \(Self.maximumInstances)",
                    ja: "「\(id)」に \(rows.count) 行あります。ファイルで扱える上限は \(Self.maximumInstances) 行です")
        }
        let children = table.insideRepeat[slot]
        for (instance, row) in rows.prefix(Self.maximumInstances).enumerated() {
            guard case let .object(fields) = row else {
                problem("\(id)[\(instance)]", slot, .wrongType, en: "each row of '\(id)' must be an object of item id to answer",
                        ja: "「\(id)」の各行は項目IDと回答のオブジェクトで書いてください")
                continue
            }
            var matched = 0
            for child in children {
                guard let childValue = fields[table.ids[child]] else { continue }
                matched += 1
                if let typed = convert(childValue, child, instance: instance) {
                    input.set(child, instance: instance, typed)
                }
            }
            if matched < fields.count {
                let known = Set(children.map { table.ids[$0] })
                for key in fields.keys.sorted() where !known.contains(key) {
                    unknownItem(key, path: "\(id)[\(instance)].\(key)", within: slot)
                }
            }
        }
    }

    /// The typed value of one answer, or nil (reported) when it has the wrong shape; blank answers are empty.
    private mutating func convert(_ value: JSONValue, _ slot: Int, instance: Int?) -> XPathValue? {
        let id = table.ids[slot]
        // Paths are built only when there is a problem to report.
        let survey = survey
        func path() -> String { FormEvaluator.path(survey, slot, instance) }
        switch table.types[slot] {
        case .calculate:
            problem(path(), slot, .calculatedAnswer, en: "'\(id)' is calculated by the survey; remove it from the file",
                    ja: "「\(id)」は調査側で計算される項目です。ファイルから削除してください")
            return nil
        case .note, .group:
            let type = table.types[slot].rawValue
            problem(path(), slot, .noAnswerExpected, en: "'\(id)' is a \(type) and takes no answer", ja: "「\(id)」は \(type) のため回答できません")
            return nil
        case .evidence:
            problem(path(), slot, .misplacedAnswer, en: "'\(id)' is an evidence item: list its files under 'evidence', not 'answers'",
                    ja: "「\(id)」は証憑項目です。ファイルは「answers」ではなく「evidence」に書いてください")
            return nil
        case .yesNo, .selectOne, .selectMultiple, .integer, .decimal, .text, .longText, .date, .repeat:
            break
        }
        if value.isBlank { return .empty }
        var found: [(ResponseProblemCode, Message)] = []
        let typed = AnswerConversion.convert(value, slot: slot, table: table) { code, message in found.append((code, message)) }
        for (code, message) in found {
            problems.append(ResponseProblem(path: path(), itemID: id, code: code, message))
        }
        return typed
    }

    private mutating func unknownItem(_ id: String, path: String, within repeatSlot: Int?) {
        let candidates: [String] = if let repeatSlot {
            table.insideRepeat[repeatSlot].map { table.ids[$0] }
        } else {
            table.topLevel.map { table.ids[$0] }
        }
        let hint = Suggestion.closest(to: id, in: candidates)
        let place = repeatSlot.map { Message(en: " in the repeat '\(table.ids[$0])'", ja: "（繰り返し「\(table.ids[$0])」内）") } ?? Message(en: "", ja: "")
        problems.append(ResponseProblem(path: path, itemID: nil, code: .unknownItem, Message(
            en: "unknown item '\(id)'\(place.en)" + (hint.map { "; did you mean '\($0)'?" } ?? ""),
            ja: "不明な項目「\(id)」です\(place.ja)" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? ""))))
    }

    private mutating func problem(_ path: String, _ slot: Int, _ code: ResponseProblemCode, en: String, ja: String) {
        problems.append(ResponseProblem(path: path, itemID: table.ids[slot], code: code, Message(en: en, ja: ja)))
    }
}
