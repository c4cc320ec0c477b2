import Foundation
import SurveyCore

extension ReadingState {
    /// The JSON answer in a cell, nil when it is blank or wrong (then a problem is noted).
    mutating func convert(_ item: Item, _ value: CellValue, cell: String) -> JSONValue? {
        guard !value.isBlank else { return nil }
        func problem(_ en: String, _ ja: String) -> JSONValue? {
            problems.append(.init(cell: cell, itemID: item.id, Message(en: en, ja: ja)))
            return nil
        }
        let text = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
        // What the cell must hold is the item type's codec's answer shape, as for the portal's forms.
        switch ItemCodec.of(item.type).answer {
        case .yesNo, .choice:
            guard let chosen = choice(text, item) else {
                return problem("'\(text)' is not one of the choices; choose from the list", "「\(text)」は選択肢にありません。一覧から選択してください")
            }
            return .string(chosen)
        case .choices:
            var chosen: [String] = []
            for part in text.split(whereSeparator: AnswerWorkbookLayout.multipleSeparators.contains) {
                let label = part.trimmingCharacters(in: .whitespaces)
                guard !label.isEmpty else { continue }
                guard let value = choice(label, item) else {
                    return problem("'\(label)' is not one of the choices; separate several choices with ;",
                                   "「\(label)」は選択肢にありません。複数選ぶ場合は ; で区切ってください")
                }
                if !chosen.contains(value) { chosen.append(value) }
            }
            return .array(chosen.map(JSONValue.string))
        case .number(integer: true):
            guard let number = Self.number(value), number == number.rounded(), abs(number) <= 9_007_199_254_740_991 else {
                return problem("enter a whole number", "整数を入力してください")
            }
            return .number(number)
        case .number(integer: false):
            guard let number = Self.number(value) else { return problem("enter a number", "数値を入力してください") }
            return .number(number)
        case .date:
            guard let date = Self.date(value) else { return problem("enter a date as YYYY-MM-DD", "日付を YYYY-MM-DD の形式で入力してください") }
            return .string(date.description)
        case .text:
            // Keep the text as typed (inner spacing and line breaks matter); only the outer blanks go.
            return .string(value.text.trimmingCharacters(in: .whitespacesAndNewlines))
        case .none, .files, .rows:
            return nil
        }
    }

    /// The choice value a cell names: its label in any of the survey's languages, or the value itself.
    private func choice(_ text: String, _ item: Item) -> String? {
        let options = layout.options(for: item)
        let folded = text.lowercased()
        if let match = options.first(where: { $0.label.values.values.contains { $0.lowercased() == folded } }) { return match.value }
        return options.first { $0.value == text }?.value
    }

    /// A number from a number cell, or from text with full-width digits, thousands separators or spaces.
    static func number(_ value: CellValue) -> Double? {
        switch value {
        case let .number(number): return number.isFinite ? number : nil
        case .empty, .bool, .date: return nil
        case let .text(text):
            // The same reading of typed numbers as the portal's (full-width digits, separators, ¥).
            return ItemCodec.number(text, integer: false)
        }
    }

    /// A date from a date cell (serial days) or text `YYYY-MM-DD`, `YYYY/MM/DD`.
    static func date(_ value: CellValue) -> CivilDate? {
        switch value {
        case let .number(serial): return serial >= 1 && serial < 2_958_466 ? CellValue.date(serial: serial) : nil
        case let .date(date): return date
        case .empty, .bool: return nil
        case let .text(text):
            let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return CivilDate(year: parts[0], month: parts[1], day: parts[2])
        }
    }
}
