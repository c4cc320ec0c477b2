import Foundation
import SurveyCore

/// Reads one section's inputs from a posted form into answers, on top of the rest of the draft: every item of
/// the section is on its page, so an absent field means a cleared answer. Each input is read by its type's
/// `ItemCodec` (numbers forgivingly: full-width digits, thousands separators, ¥); text that is still not a number
/// is kept, so it can be shown again with a message, and reported.
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

    /// `answers` without the values at `paths` (`item` or `repeat[i].item`): what the rules see of inputs that
    /// could not be read.
    static func removing(_ paths: [String], from answers: [String: JSONValue]) -> [String: JSONValue] {
        var result = answers
        for path in paths {
            guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), open < close,
                  let instance = Int(path[path.index(after: open)..<close]) else {
                result[path] = nil
                continue
            }
            let repeatID = String(path[..<open])
            let child = String(path[path.index(after: close)...].drop { $0 == "." })
            guard case var .array(rows)? = result[repeatID], rows.indices.contains(instance), case var .object(row) = rows[instance] else { continue }
            row[child] = nil
            rows[instance] = .object(row)
            result[repeatID] = .array(rows)
        }
        return result
    }

    /// Items with groups opened up (their children answer at the same level); repeats stay whole.
    static func flattened(_ items: [Item]) -> [Item] {
        items.flatMap { $0.type == .group ? flattened($0.items) : [$0] }
    }

    /// The item's answer from its inputs, through its type's codec; text that should be a number is kept and reported.
    private func read(_ item: Item, _ raw: [String], path: String, problems: inout [ResponseProblem]) -> JSONValue? {
        switch ItemCodec.of(item.type).read(raw) {
        case let .value(value):
            return value
        case let .notANumber(text, expected):
            problems.append(ResponseProblem(path: path, itemID: item.id, code: .notANumber, expected))
            return .string(text)
        }
    }
}
