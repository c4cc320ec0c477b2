import SurveyCore
import SurveyReports
import SurveyServices

/// An institution's answers by section for the analyst: each asked question with the answer in words (the
/// portal's wording, `AnswerList.words`), and last year's answer beside it when the survey follows one.
struct CaseAnswers {
    let survey: SurveyDefinition
    let form: FormState
    let response: ResponseFile
    let previous: (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]])?
    let language: Language

    func sections() -> [[String: Any]] {
        let numbers = QuestionNumbers(survey)
        return survey.sections.enumerated().compactMap { index, section in
            let items = SectionAnswers.flattened(section.items).filter { AnswerList.isShown($0) && form.isRelevant($0.id) }
            guard !items.isEmpty else { return nil }
            let entries = items.map { item -> [String: Any] in
                let number = numbers.number(item.id) ?? ""
                var entry: [String: Any] = ["hasNumber": !number.isEmpty, "number": number, "label": item.text?.text(language) ?? item.id,
                                            "lines": lines(item, answers: response.answers, evidence: response.evidence, current: true),
                                            "rows": rows(item)]
                if let previous { entry["previous"] = lines(item, answers: previous.answers, evidence: previous.evidence, current: false) }
                return entry
            }
            return ["number": index + 1, "title": section.title.text(language), "entries": entries, "hasPrevious": previous != nil]
        }
    }

    private func lines(_ item: Item, answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]], current: Bool) -> [String] {
        switch item.type {
        case .calculate:
            return current ? [form.value(item.id).stringValue] : []
        case .evidence:
            return (evidence[item.id] ?? []).map(\.name)
        case .repeat:
            guard case let .array(list)? = answers[item.id] else { return [] }
            return current ? [] : [language == .ja ? "\(list.count)件" : "\(list.count) entries"]
        case .text, .longText, .integer, .decimal, .date, .yesNo, .selectOne, .selectMultiple, .note, .group:
            return AnswerList.words(item, answers[item.id], survey: survey, language: language)
        }
    }

    private func rows(_ item: Item) -> [[String: Any]] {
        guard item.type == .repeat, case let .array(list)? = response.answers[item.id] else { return [] }
        return list.enumerated().map { index, element -> [String: Any] in
            let row: [String: JSONValue] = if case let .object(object) = element { object } else { [:] }
            let cells = SectionAnswers.flattened(item.items).filter { AnswerList.isShown($0) && form.isRelevant($0.id, instance: index) }
                .map { cell -> [String: Any] in
                    let words = cell.type == .calculate ? [form.value(cell.id, instance: index).stringValue]
                        : AnswerList.words(cell, row[cell.id], survey: survey, language: language)
                    return ["label": cell.text?.text(language) ?? cell.id, "lines": words]
                }
            return ["legend": language == .ja ? "\(index + 1)件目" : "Entry \(index + 1)", "cells": cells]
        }
    }
}
