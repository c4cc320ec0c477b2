/// The typed value of one JSON answer for an item's type (DESIGN §5.4), or nil with the reason reported: the JSON
/// check of each type's `ItemCodec` answer shape. Works from the slot table rather than `Item`, since it runs once
/// per answer on the validation hot path.
enum AnswerConversion {
    static func convert(_ value: JSONValue, slot: Int, table: SlotTable, report: (ResponseProblemCode, Message) -> Void) -> XPathValue? {
        func wrongType(_ expected: Message) -> XPathValue? {
            report(.wrongType, Message(en: "expected \(expected.en), got \(value.typeDescription.en)",
                                         ja: "\(expected.ja)が必要です（\(value.typeDescription.ja)が書かれています）"))
            return nil
        }
        switch ItemCodec.of(table.types[slot]).answer {
        case .yesNo:
            guard case let .string(text) = value else { return wrongType(Message(en: "\"yes\" or \"no\"", ja: "\"yes\" か \"no\"")) }
            guard text == "yes" || text == "no" else {
                report(.notAChoice, Message(en: "'\(text)' is not \"yes\" or \"no\"", ja: "「\(text)」は \"yes\" でも \"no\" でもありません"))
                return nil
            }
            return .string(text)
        case .choice:
            guard case let .string(text) = value else { return wrongType(Message(en: "one choice value as a string", ja: "選択肢の値（文字列）")) }
            return checkChoice(text, table.choiceValues[slot], report: report) ? .string(text) : nil
        case .choices:
            guard case let .array(elements) = value else { return wrongType(Message(en: "a list of choice values", ja: "選択肢の値の配列")) }
            var chosen: [String] = []
            for element in elements {
                guard case let .string(text) = element else { return wrongType(Message(en: "a list of choice values (strings)", ja: "選択肢の値（文字列）の配列")) }
                guard checkChoice(text, table.choiceValues[slot], report: report) else { return nil }
                if chosen.contains(text) {
                    report(.duplicateChoice, Message(en: "'\(text)' is chosen twice", ja: "「\(text)」が二度選ばれています"))
                    return nil
                }
                chosen.append(text)
            }
            return .string(chosen.joined(separator: " "))
        case .number(integer: true):
            guard case let .number(number) = value else { return wrongType(Message(en: "a whole number", ja: "整数")) }
            guard number == number.rounded(), abs(number) <= 9_007_199_254_740_991 else {
                report(.notAnInteger, Message(en: "\(XPathValue.format(number)) is not a whole number", ja: "\(XPathValue.format(number)) は整数ではありません"))
                return nil
            }
            return .number(number)
        case .number(integer: false):
            guard case let .number(number) = value, number.isFinite else { return wrongType(Message(en: "a number", ja: "数値")) }
            return .number(number)
        case .date:
            guard case let .string(text) = value else { return wrongType(Message(en: "a date as \"YYYY-MM-DD\"", ja: "\"YYYY-MM-DD\" 形式の日付")) }
            guard let date = CivilDate(iso: text) else {
                report(.invalidDate, Message(en: "'\(text)' is not a date that exists, written YYYY-MM-DD",
                                               ja: "「\(text)」は YYYY-MM-DD 形式の実在する日付ではありません"))
                return nil
            }
            return .date(date)
        case let .text(long):
            guard case let .string(text) = value else { return wrongType(Message(en: "text", ja: "文字列")) }
            let limit = long ? AnswerReader.maximumLongTextLength : AnswerReader.maximumTextLength
            // Counting scalars first is cheap; only text near the limit pays for counting characters.
            if text.unicodeScalars.count > limit, text.count > limit {
                report(.tooLong, Message(en: "text is \(text.count) characters; the limit is \(limit)",
                                           ja: "\(text.count) 文字あります。上限は \(limit) 文字です"))
                return nil
            }
            if text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || $0.value == 0x7F }) {
                report(.controlCharacter, Message(en: "text contains control characters", ja: "文字列に制御文字が含まれています"))
                return nil
            }
            return .string(text)
        case .none, .files, .rows:
            return nil
        }
    }

    private static func checkChoice(_ text: String, _ values: [String], report: (ResponseProblemCode, Message) -> Void) -> Bool {
        if values.contains(text) { return true }
        let hint = Suggestion.closest(to: text, in: values)
        report(.notAChoice, Message(
            en: "'\(text)' is not a choice here" + (hint.map { "; did you mean '\($0)'?" } ?? "; choose from \(values.joined(separator: ", "))"),
            ja: "「\(text)」は選択肢にありません" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? "。選択肢：\(values.joined(separator: ", "))")))
        return false
    }
}
