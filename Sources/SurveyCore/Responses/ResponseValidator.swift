/// Checks a response against its survey (DESIGN §5.4): shapes and types, choices, dates, required answers,
/// constraints with their messages, repeat counts, calculated values supplied in the file, and answers to
/// questions that were not asked (a warning). Pure: the date for `today()` is passed in.
public struct ResponseValidator: Sendable {
    /// How strict to be: a draft may be incomplete; a submission may not.
    public enum Mode: Sendable {
        /// Types, choices and constraints are checked; missing required answers are not.
        case draft
        /// Everything is checked.
        case submission
    }

    /// The outcome: the evaluated form (usable even with problems) and the problems, in questionnaire order.
    public struct Outcome: Sendable {
        /// Relevance and values after evaluation; answers with problems read as empty.
        public var form: FormState
        /// Every problem found.
        public var problems: [ResponseProblem]
    }

    /// The survey responses are checked against.
    public let survey: SurveyDefinition

    /// A validator for `survey`.
    public init(survey: SurveyDefinition) {
        self.survey = survey
    }

    /// Validates `response` as of `today` (Asia/Tokyo).
    public func validate(_ response: ResponseFile, today: CivilDate, mode: Mode = .submission) -> Outcome {
        var problems: [ResponseProblem] = []
        if response.survey != survey.id {
            problems.append(ResponseProblem(path: "survey", code: .wrongSurvey, Message(
                en: "the response is for survey '\(response.survey)', not '\(survey.id)'",
                ja: "この回答は調査「\(response.survey)」のもので、「\(survey.id)」のものではありません")))
        }
        var reader = AnswerReader(survey: survey)
        let input = reader.read(response)
        problems += reader.problems
        let form = FormEvaluator.evaluate(survey, input, today: today)
        problems += form.evaluationProblems
        let rejected = Set(reader.problems.map(\.path))
        problems += checkAnswers(form, response: response, today: today, mode: mode).filter {
            // An answer already rejected for its shape is empty now; "required" would only repeat the problem.
            !($0.code == .required && rejected.contains($0.path))
        }
        return Outcome(form: form, problems: inQuestionnaireOrder(problems))
    }

    /// The evaluated form alone, the same `form` that `validate` returns, without checking the answers: for
    /// responses that were validated when they were stored (scoring a database), where checking them again was a
    /// tenth of the work.
    public func evaluate(_ response: ResponseFile, today: CivilDate) -> FormState {
        var reader = AnswerReader(survey: survey)
        return FormEvaluator.evaluate(survey, reader.read(response), today: today)
    }

    /// Envelope problems first, then problems by the position of their item in the questionnaire.
    private func inQuestionnaireOrder(_ problems: [ResponseProblem]) -> [ResponseProblem] {
        problems.enumerated().sorted { a, b in
            let left = a.element.itemID.flatMap { survey.slotIndex($0) } ?? -1
            let right = b.element.itemID.flatMap { survey.slotIndex($0) } ?? -1
            return left == right ? a.offset < b.offset : left < right
        }.map(\.element)
    }

    private func checkAnswers(_ form: FormState, response: ResponseFile, today: CivilDate, mode: Mode) -> [ResponseProblem] {
        let table = survey.table
        var scope = form.scope()
        var problems: [ResponseProblem] = []
        for slot in table.ids.indices {
            let type = table.types[slot]
            let repeatSlot = table.repeats[slot]
            let instances = repeatSlot < 0 ? 1 : form.instanceCounts[repeatSlot]
            for instance in 0..<instances {
                let cell = form.start[slot] + instance
                let place: Int? = repeatSlot < 0 ? nil : instance
                if !form.relevance[cell] {
                    let answered = form.answered[cell] || (type == .repeat && form.instanceCounts[slot] > 0)
                    if answered, type != .calculate {
                        problems.append(ResponseProblem(.warning, path: FormEvaluator.path(survey, slot, place), itemID: table.ids[slot],
                                                        code: .notRelevant, Message(
                            en: "answered, but the question is not asked given the other answers; the answer is ignored",
                            ja: "回答されていますが、他の回答によりこの設問は対象外のため、回答は無視されます")))
                    }
                    continue
                }
                if type == .repeat {
                    problems += checkRepeatCount(survey.slots[slot].item, count: form.instanceCounts[slot], path: table.ids[slot], mode: mode)
                    continue
                }
                let value = form.values[cell]
                if value.isEmpty {
                    guard mode == .submission else { continue }
                    var required = false
                    switch table.required[slot] {
                    case .optional: break
                    case .always: required = true
                    case let .when(condition):
                        scope.place(at: slot, instance: instance)
                        do {
                            required = try ExpressionEvaluator.isTrue(condition, in: scope)
                        } catch {
                            problems.append(ResponseProblem(path: FormEvaluator.path(survey, slot, place), itemID: table.ids[slot],
                                                            code: .evaluationFailed, Message(
                                en: "whether an answer is required could not be evaluated: \(error.message.en)",
                                ja: "回答が必須かどうかを評価できません：\(error.message.ja)")))
                        }
                    }
                    if required {
                        let missing = type == .evidence
                            ? Message(en: "a file is required", ja: "ファイルの添付が必要です")
                            : Message(en: "an answer is required", ja: "回答が必要です")
                        problems.append(ResponseProblem(path: FormEvaluator.path(survey, slot, place), itemID: table.ids[slot],
                                                        code: .required, missing))
                    }
                    continue
                }
                guard let constraint = table.constraint[slot] else { continue }
                scope.place(at: slot, instance: instance, current: value)
                do {
                    if try !ExpressionEvaluator.isTrue(constraint, in: scope) {
                        let item = survey.slots[slot].item
                        let message = item.constraintMessage?.message ?? Message(
                            en: "the answer does not meet the condition \(item.constraint?.source ?? "")",
                            ja: "回答が条件 \(item.constraint?.source ?? "") を満たしていません")
                        problems.append(ResponseProblem(path: FormEvaluator.path(survey, slot, place), itemID: item.id,
                                                        code: .constraint, message))
                    }
                } catch {
                    problems.append(ResponseProblem(path: FormEvaluator.path(survey, slot, place), itemID: table.ids[slot],
                                                    code: .evaluationFailed, Message(
                        en: "the constraint could not be evaluated: \(error.message.en)",
                        ja: "制約を評価できません：\(error.message.ja)")))
                }
            }
        }
        return problems
    }

    /// Too many rows is wrong in any response; too few only in a submission, since a draft may be unfinished.
    private func checkRepeatCount(_ item: Item, count: Int, path: String, mode: Mode) -> [ResponseProblem] {
        if mode == .submission, let low = item.minCount, count < low {
            return [ResponseProblem(path: path, itemID: item.id, code: .tooFewInstances, Message(
                en: "at least \(low) row\(low == 1 ? "" : "s") needed, \(count) given", ja: "\(low) 行以上必要ですが、\(count) 行です"))]
        }
        if let high = item.maxCount, count > high {
            return [ResponseProblem(path: path, itemID: item.id, code: .tooManyInstances, Message(
                en: "at most \(high) row\(high == 1 ? "" : "s") allowed, \(count) given", ja: "上限は \(high) 行ですが、\(count) 行です"))]
        }
        return []
    }
}
