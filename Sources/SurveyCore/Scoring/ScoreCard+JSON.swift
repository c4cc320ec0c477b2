/// The JSON shape of DESIGN §5.5, with a few extra fields that explain each measure.
extension ScoreCard: Encodable {
    enum CodingKeys: String, CodingKey {
        case institution, laxity, verdict, confidence, domains, measures
        case criticalUnmet = "critical_unmet"
        case maxDomainLaxity = "max_domain_laxity"
    }

    struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(institution, forKey: .institution)
        try container.encode(laxity, forKey: .laxity)
        try container.encode(maxDomainLaxity, forKey: .maxDomainLaxity)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(criticalUnmet, forKey: .criticalUnmet)
        var domainContainer = container.nestedContainer(keyedBy: DynamicKey.self, forKey: .domains)
        for domain in domains {
            try domainContainer.encode(domain.laxity, forKey: DynamicKey(domain.id))
        }
        var measureContainer = container.nestedContainer(keyedBy: DynamicKey.self, forKey: .measures)
        for measure in measures {
            try measureContainer.encode(MeasureJSON(measure), forKey: DynamicKey(measure.id))
        }
    }

    private struct MeasureJSON: Encodable {
        let result: MeasureResult
        init(_ result: MeasureResult) { self.result = result }

        enum Keys: String, CodingKey {
            case status, points, kept, evidence, critical, rule, downgraded
            case ruleStatus = "rule_status"
            case evidenceSource = "evidence_source"
            case overrideReason = "override_reason"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(result.status, forKey: .status)
            try container.encode(result.points, forKey: .points)
            try container.encode(result.kept, forKey: .kept)
            try container.encode(result.evidence, forKey: .evidence)
            try container.encode(result.critical, forKey: .critical)
            try container.encode(result.rule, forKey: .rule)
            if result.ruleStatus != result.status { try container.encode(result.ruleStatus, forKey: .ruleStatus) }
            if result.downgraded { try container.encode(true, forKey: .downgraded) }
            if result.evidenceSource != .none { try container.encode(result.evidenceSource, forKey: .evidenceSource) }
            try container.encodeIfPresent(result.overrideReason, forKey: .overrideReason)
        }
    }
}
