import Foundation
import SurveyCore

/// Reads one section's inputs from a posted form into answers, on top of the rest of the draft: every item of
/// the section is on its page, so an absent field means a cleared answer. Numbers are read forgivingly
/// (full-width digits, thousands separators); text that is still not a number is kept, so it can be shown
/// again with a message, and reported.
struct SectionAnswers {
    let survey: SurveyDefinition
    let section: Section
    let language: Language

    /// The draft's answers with this section's replaced by the form's, and the inputs that could not be read.
    func apply(_ form: PostedForm, to answers: [String: JSONValue]) -> (answers: [String: JSONValue], problems: [ResponseProblem]) {
        var result = answers
        var problems: [ResponseProblem] = []
        for item in Self.flattened(section.items) {
            if item.type == .repeat {
                // The page shows entries rowsFrom..<rowsFrom+rowsShown (a long repeat is paged); they are replaced by
                // the form's `rows` entries and the others kept. Without the paging fields every entry is replaced.
                let limit = min(item.maxCount ?? 500, 10_000)
                let existing: [JSONValue] = if case let .array(list)? = answers[item.id] { list } else { [] }
                let from = min(max(0, Int(form.value("rowsFrom:\(item.id)") ?? "") ?? 0), existing.count)
                let shown = min(max(0, Int(form.value("rowsShown:\(item.id)") ?? "") ?? existing.count - from), existing.count - from)
                let count = min(max(0, Int(form.value("rows:\(item.id)") ?? "") ?? 0), limit)
                var rows: [JSONValue] = []
                for index in from..<(from + count) {
                    var row: [String: JSONValue] = [:]
                    for child in Self.flattened(item.items) where child.type.isAnswerable {
                        let path = "\(item.id)[\(index)].\(child.id)"
                        if let value = read(child, form.fields["a:\(item.id):\(index):\(child.id)"] ?? [], path: path, problems: &problems) {
                            row[child.id] = value
                        }
                    }
                    rows.append(.object(row))
                }
                let merged = Array((existing[..<from] + rows + existing[(from + shown)...]).prefix(limit))
                result[item.id] = merged.isEmpty ? nil : .array(merged)
            } else if item.type.isAnswerable {
                result[item.id] = read(item, form.fields["a:\(item.id)"] ?? [], path: item.id, problems: &problems)
            }
        }
        return (result, problems)
    }

    /// Items with groups opened up (their children answer at the same level); repeats stay whole.
    static func flattened(_ items: [Item]) -> [Item] {
        items.flatMap { $0.type == .group ? flattened($0.items) : [$0] }
    }

    private func read(_ item: Item, _ raw: [String], path: String, problems: inout [ResponseProblem]) -> JSONValue? {
        let values = raw.map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
        switch item.type {
        case .selectMultiple:
            var seen: [String] = []
            for value in values where !value.isEmpty && !seen.contains(value) { seen.append(value) }
            return seen.isEmpty ? nil : .array(seen.map(JSONValue.string))
        case .integer, .decimal:
            let text = (values.first ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return nil }
            if let number = Self.number(text, integer: item.type == .integer) { return .number(number) }
            let expected = item.type == .integer
                ? Message(en: "Enter a whole number using digits, e.g. 120.", ja: "半角数字で整数を入力してください（例：120）。")
                : Message(en: "Enter a number using digits, e.g. 2.5.", ja: "数値を入力してください（例：2.5）。")
            problems.append(ResponseProblem(path: path, itemID: item.id, code: .notANumber, expected))
            return .string(text)
        case .text, .date, .yesNo, .selectOne:
            let text = (values.first { !$0.isEmpty } ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : .string(text)
        case .longText:
            let text = values.first { !$0.isEmpty } ?? ""
            return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : .string(text)
        default:
            return nil
        }
    }

    /// A number typed by a person: full-width digits and signs folded, thousands separators and spaces dropped.
    static func number(_ text: String, integer: Bool) -> Double? {
        var folded = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: folded.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? "0")
            case 0xFF0E: folded.append(".")
            case 0xFF0D, 0x2212: folded.append("-")
            case 0xFF0C, 0x2C, 0x20, 0x3000: continue
            default: folded.unicodeScalars.append(scalar)
            }
        }
        guard !folded.isEmpty, folded.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              let number = Double(folded), number.isFinite else { return nil }
        if integer { return number == number.rounded() && !folded.contains(".") ? number : nil }
        return number
    }
}
