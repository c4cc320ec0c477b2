/// Computes a `FormState` from typed answers: relevance (own, groups', section's) and calculations in dependency order.
enum FormEvaluator {
    /// Typed answers laid out in cells: one per slot outside repeats, one per instance inside them.
    struct Input {
        var instanceCounts: [Int]
        var start: [Int]
        var values: [XPathValue]
        var answered: [Bool]

        /// An empty layout with `instanceCounts[slot]` instances for each repeat slot.
        init(survey: SurveyDefinition, instanceCounts: [Int]) {
            self.instanceCounts = instanceCounts
            let repeats = survey.table.repeats
            var start = [Int](repeating: 0, count: repeats.count)
            var next = 0
            for slot in repeats.indices {
                start[slot] = next
                next += repeats[slot] < 0 ? 1 : instanceCounts[repeats[slot]]
            }
            self.start = start
            self.values = Array(repeating: .empty, count: next)
            self.answered = Array(repeating: false, count: next)
        }

        mutating func set(_ slot: Int, instance: Int?, _ value: XPathValue) {
            let cell = start[slot] + (instance ?? 0)
            values[cell] = value
            answered[cell] = !value.isEmpty
        }
    }

    static func evaluate(_ survey: SurveyDefinition, _ input: Input, today: CivilDate) -> FormState {
        let table = survey.table
        var scope = FormScope(table: table, values: input.values, relevance: Array(repeating: false, count: input.values.count),
                              start: input.start, instanceCounts: input.instanceCounts, repeatSlot: -1, instance: 0,
                              currentValue: nil, today: today)
        var sectionRelevance = [Bool?](repeating: nil, count: table.sectionRelevant.count)
        var problems: [ResponseProblem] = []

        for slot in survey.evaluationOrder {
            let repeatSlot = table.repeats[slot]
            let instances = repeatSlot < 0 ? 1 : input.instanceCounts[repeatSlot]
            let parent = table.parents[slot]
            for instance in 0..<instances {
                let cell = input.start[slot] + instance
                var isRelevant: Bool
                if parent >= 0 {
                    isRelevant = scope.relevance[input.start[parent] + (table.repeats[parent] < 0 ? 0 : instance)]
                } else {
                    let section = table.sections[slot]
                    if let known = sectionRelevance[section] {
                        isRelevant = known
                    } else {
                        isRelevant = true
                        if let condition = table.sectionRelevant[section] {
                            scope.place(at: -1, instance: 0)
                            do {
                                isRelevant = try ExpressionEvaluator.isTrue(condition, in: scope)
                            } catch {
                                problems.append(ResponseProblem(path: survey.sections[section].id, code: .evaluationFailed, Message(
                                    en: "the section's condition could not be evaluated: \(error.message.en)",
                                    ja: "セクションの表示条件を評価できません：\(error.message.ja)")))
                            }
                        }
                        sectionRelevance[section] = isRelevant
                    }
                }
                if isRelevant, let condition = table.relevant[slot] {
                    scope.place(at: slot, instance: instance)
                    do {
                        isRelevant = try ExpressionEvaluator.isTrue(condition, in: scope)
                    } catch {
                        problems.append(failure(error, "relevant", survey, slot, repeatSlot < 0 ? nil : instance))
                    }
                }
                scope.relevance[cell] = isRelevant
                if !isRelevant {
                    scope.values[cell] = .empty
                } else if let calculation = table.calculation[slot] {
                    scope.place(at: slot, instance: instance)
                    var result = XPathValue.empty
                    do {
                        result = try ExpressionEvaluator.evaluate(calculation, in: scope)
                    } catch {
                        problems.append(failure(error, "calculation", survey, slot, repeatSlot < 0 ? nil : instance))
                    }
                    scope.values[cell] = storedCalculation(result)
                }
            }
        }
        return FormState(survey: survey, instanceCounts: input.instanceCounts, values: scope.values, relevance: scope.relevance,
                         answered: input.answered, start: input.start, evaluationProblems: problems, today: today)
    }

    private static func failure(_ error: ExpressionError, _ what: String, _ survey: SurveyDefinition, _ slot: Int,
                                _ instance: Int?) -> ResponseProblem {
        let id = survey.table.ids[slot]
        return ResponseProblem(path: path(survey, slot, instance), itemID: id, code: .evaluationFailed, Message(
            en: "\(what) could not be evaluated: \(error.message.en)", ja: "\(what)を評価できません：\(error.message.ja)"))
    }

    /// What JavaRosa stores for a calculation: nothing for '' or NaN, a whole number when within 1e-9 of one,
    /// otherwise the value with its type (a number stays a number when read again).
    static func storedCalculation(_ result: XPathValue) -> XPathValue {
        switch result {
        case let .number(number):
            if number.isNaN { return .empty }
            let whole = number.rounded(.towardZero)
            return .number(Swift.abs(number - whole) < 1e-9 ? whole : number)
        case let .list(values):
            return values.first ?? .empty
        default:
            return result
        }
    }

    /// A problem path for a cell: `item`, or `repeat[2].item` inside a repeat.
    static func path(_ survey: SurveyDefinition, _ slot: Int, _ instance: Int?) -> String {
        let table = survey.table
        guard let instance, table.repeats[slot] >= 0 else { return table.ids[slot] }
        return "\(table.ids[table.repeats[slot]])[\(instance)].\(table.ids[slot])"
    }
}
