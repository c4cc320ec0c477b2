import SurveyCore
import SurveyReports

/// Every asked question of a response with its answer in words — choice labels, file names, entries — for the
/// review page, the printable copy and the analysts' view of an institution; required questions left blank are
/// marked, and with `previous` each answer carries last survey's beside it.
struct AnswerList {
    let survey: SurveyDefinition
    let form: FormState
    let answers: [String: JSONValue]
    let evidence: [String: [ResponseFile.EvidenceFile]]
    let problems: [ResponseProblem]
    let language: Language
    let editable: Bool
    /// Last survey's answers and files carried onto this survey's items, shown beside each answer.
    var previous: (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]])? = nil

    func sections() -> [[String: Any]] {
        let numbers = QuestionNumbers(survey)
        var byPath: [String: [String]] = [:]
        for problem in problems where problem.severity == .error {
            byPath[problem.path.hasPrefix("evidence.") ? String(problem.path.dropFirst(9).prefix { $0 != "[" }) : problem.path, default: []]
                .append(problem.message.text(language))
        }
        return survey.sections.enumerated().compactMap { index, section in
            let entries = SectionAnswers.flattened(section.items).filter { Self.isShown($0) && form.isRelevant($0.id) }
                .map { entry($0, numbers: numbers, problems: byPath) }
            guard !entries.isEmpty else { return nil }
            return ["id": section.id, "number": index + 1, "title": section.title.text(language), "entries": entries, "editable": editable,
                    "hasPrevious": previous != nil]
        }
    }

    private func entry(_ item: Item, numbers: QuestionNumbers, problems: [String: [String]]) -> [String: Any] {
        let number = numbers.number(item.id) ?? ""
        var fields: [String: Any] = [
            "hasNumber": !number.isEmpty, "number": number, "label": item.text?.text(language) ?? item.id,
            "problems": problems[item.id] ?? [], "missing": problems[item.id]?.isEmpty == false,
        ]
        if item.type == .repeat {
            let rows: [[String: JSONValue]] = if case let .array(list)? = answers[item.id] {
                list.map { if case let .object(object) = $0 { object } else { [:] } }
            } else { [] }
            fields["rows"] = rows.enumerated().map { index, row -> [String: Any] in
                let cells = SectionAnswers.flattened(item.items).filter { Self.isShown($0) && form.isRelevant($0.id, instance: index) }.map { cell -> [String: Any] in
                    let lines = cell.type == .calculate ? [form.value(cell.id, instance: index).stringValue]
                        : Self.words(cell, row[cell.id], survey: survey, language: language)
                    return ["label": cell.text?.text(language) ?? cell.id, "lines": lines, "unanswered": lines.isEmpty]
                }
                return ["legend": language == .ja ? "\(index + 1)件目" : "Entry \(index + 1)", "cells": cells]
            }
            fields["lines"] = [String]()
            fields["unanswered"] = rows.isEmpty
            if let previous, case let .array(list)? = previous.answers[item.id] {
                fields["previous"] = [language == .ja ? "\(list.count)件" : "\(list.count) entries"]
            }
            return fields
        }
        let lines = words(item, answers: answers, evidence: evidence, calculated: true)
        fields["lines"] = lines
        fields["unanswered"] = lines.isEmpty
        fields["rows"] = [[String: Any]]()
        if let previous { fields["previous"] = words(item, answers: previous.answers, evidence: previous.evidence, calculated: false) }
        return fields
    }

    /// One question's answer in words; calculations only from this response's form (`calculated`).
    private func words(_ item: Item, answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]], calculated: Bool) -> [String] {
        switch ItemCodec.of(item.type).columns {
        case .calculated: calculated ? [form.value(item.id).stringValue] : []
        case .fileNames: (evidence[item.id] ?? []).map(\.name)
        case .none, .value, .perChoice, .rowCount: Self.words(item, answers[item.id], survey: survey, language: language)
        }
    }

    /// Notes and unlabelled calculations (bookkeeping for the rubric) are not answers to list.
    static func isShown(_ item: Item) -> Bool {
        item.type != .note && !(item.type == .calculate && item.text == nil)
    }

    /// An answer in words (choice labels, grouped digits), as the item's codec says.
    static func words(_ item: Item, _ value: JSONValue?, survey: SurveyDefinition, language: Language) -> [String] {
        ItemCodec.of(item.type).words(value, choices: survey.choiceList(for: item), language: language)
    }
}
