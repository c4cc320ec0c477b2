/// One expression typed by a user (`chosa expr`), evaluated at top level or in one repeat instance of a response.
public enum AdHocExpression {
    /// Every problem that stopped the expression from being evaluated.
    public struct Failure: Error, Sendable, Equatable {
        /// The problems, each with its offset in the expression text.
        public var problems: [ExpressionError]
    }

    /// Parses, binds and evaluates `text`. With a `form`, `${id}` reads its answers; `instance` names a repeat
    /// and a 0-based instance to evaluate in, as a constraint or calculation inside that repeat would be.
    public static func evaluate(_ text: String, survey: SurveyDefinition?, form: FormState?,
                                instance: (repeatID: String, index: Int)? = nil,
                                today: CivilDate) throws(Failure) -> XPathValue {
        let parsed: ExpressionNode
        do {
            parsed = try ExpressionParser.parse(text)
        } catch {
            throw Failure(problems: [error])
        }
        var repeatSlot: Int?
        if let instance {
            guard let slot = survey?.slot(instance.repeatID), slot.item.type == .repeat else {
                throw Failure(problems: [ExpressionError(offset: 0, code: "unknown-repeat", Message(
                    en: "'\(instance.repeatID)' is not a repeat of the survey", ja: "「\(instance.repeatID)」は調査の繰り返し項目ではありません"))])
            }
            repeatSlot = slot.index
        }
        let binder = survey.map { ExpressionBinder(survey: $0) } ?? ExpressionBinder(symbols: [:])
        let (bound, problems) = binder.bind(parsed, in: .init(repeatSlot: repeatSlot))
        guard problems.isEmpty else { throw Failure(problems: problems) }
        do throws(ExpressionError) {
            guard let form else {
                return try ExpressionEvaluator.evaluate(bound, in: VariableEnvironment(today: today))
            }
            var scope = form.scope()
            if let repeatSlot { scope.enter(repeat: repeatSlot, instance: instance?.index ?? 0) }
            if let repeatSlot, let index = instance?.index, index >= form.instanceCounts[repeatSlot] || index < 0 {
                throw ExpressionError(offset: 0, code: "unknown-instance", Message(
                    en: "the response has no instance \(index) of '\(form.survey.slots[repeatSlot].item.id)'",
                    ja: "回答に「\(form.survey.slots[repeatSlot].item.id)」の \(index) 行目はありません"))
            }
            return try ExpressionEvaluator.single(bound, scope)
        } catch {
            throw Failure(problems: [error])
        }
    }
}
