import SurveyCore

/// The survey definition as JSON for `GET /api/v1/survey`: the same fields as survey.yaml (DESIGN §5.1), with
/// expressions as their source text.
enum SurveyJSON {
    static func encode(_ survey: SurveyDefinition) -> JSONValue {
        .object([
            "id": .string(survey.id),
            "version": .string(survey.version),
            "title": APIJSON.localized(survey.title),
            "description": APIJSON.localized(survey.description),
            "languages": .array(survey.languages.map(JSONValue.string)),
            "deadline": .string(survey.deadline.description),
            "choice_lists": .object(Dictionary(survey.choiceLists.map { list in
                (list.id, JSONValue.array(list.choices.map { .object(["value": .string($0.value), "label": APIJSON.localized($0.label)]) }))
            }, uniquingKeysWith: { first, _ in first })),
            "sections": .array(survey.sections.map { section in
                var fields: [String: JSONValue] = [
                    "id": .string(section.id), "title": APIJSON.localized(section.title),
                    "items": .array(section.items.map(item)),
                ]
                if let description = section.description { fields["description"] = APIJSON.localized(description) }
                if let relevant = section.relevant { fields["relevant"] = .string(relevant.source) }
                return .object(fields)
            }),
        ])
    }

    private static func item(_ item: Item) -> JSONValue {
        var fields: [String: JSONValue] = ["id": .string(item.id), "type": .string(item.type.rawValue)]
        if let text = item.text { fields["text"] = APIJSON.localized(text) }
        if let hint = item.hint { fields["hint"] = APIJSON.localized(hint) }
        switch item.required {
        case .optional: break
        case .always: fields["required"] = .bool(true)
        case let .when(expression): fields["required"] = .string(expression.source)
        }
        if let relevant = item.relevant { fields["relevant"] = .string(relevant.source) }
        if let constraint = item.constraint { fields["constraint"] = .string(constraint.source) }
        if let message = item.constraintMessage { fields["constraint_message"] = APIJSON.localized(message) }
        if let calculation = item.calculation { fields["calculation"] = .string(calculation.source) }
        if let choices = item.choices { fields["choices"] = .string(choices) }
        if let low = item.minCount { fields["min"] = .number(Double(low)) }
        if let high = item.maxCount { fields["max"] = .number(Double(high)) }
        if item.type == .evidence { fields["accept"] = .array(ResponseService.accepted(by: item).map(JSONValue.string)) }
        if !item.items.isEmpty { fields["items"] = .array(item.items.map(Self.item)) }
        return .object(fields)
    }
}
