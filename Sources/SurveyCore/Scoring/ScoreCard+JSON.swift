/// The JSON shape of DESIGN §5.5, with a few extra fields that explain each measure. Built as a `JSONValue` so the
/// store can write it with its canonical writer (JSONEncoder was two thirds of scoring a database) and `Encodable`
/// output stays the same shape.
extension ScoreCard: Encodable {
    /// The card as §5.5 JSON.
    public var jsonValue: JSONValue {
        var domainValues: [String: JSONValue] = [:]
        for domain in domains { domainValues[domain.id] = domain.laxity.map(JSONValue.number) ?? .null }
        var measureValues: [String: JSONValue] = [:]
        for result in measures {
            var fields: [String: JSONValue] = [
                "status": .string(result.status.rawValue), "points": .number(Double(result.points)),
                "kept": .number(result.kept), "evidence": .string(result.evidence.rawValue),
                "critical": .bool(result.critical), "rule": .string(result.rule.rawValue),
            ]
            if result.ruleStatus != result.status { fields["rule_status"] = .string(result.ruleStatus.rawValue) }
            if result.downgraded { fields["downgraded"] = .bool(true) }
            if result.evidenceSource != .none { fields["evidence_source"] = .string(result.evidenceSource.rawValue) }
            if let reason = result.overrideReason { fields["override_reason"] = .string(reason) }
            measureValues[result.id] = .object(fields)
        }
        return .object([
            "institution": .string(institution), "laxity": .number(laxity), "max_domain_laxity": .number(maxDomainLaxity),
            "verdict": .string(verdict.rawValue), "confidence": .string(confidence.rawValue),
            "critical_unmet": .array(criticalUnmet.map(JSONValue.string)),
            "domains": .object(domainValues), "measures": .object(measureValues),
            "margin_down": marginDown.map { .number(Double($0)) } ?? .null,
            "margin_up": marginUp.map { .number(Double($0)) } ?? .null,
        ])
    }

    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
