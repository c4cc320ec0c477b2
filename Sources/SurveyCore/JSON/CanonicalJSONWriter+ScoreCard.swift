extension CanonicalJSONWriter {
    /// Appends the card as §5.5 JSON in canonical form — the one definition of the card's JSON (`jsonValue` reads
    /// this text back). Written straight into bytes: building a value — some fifty dictionaries per card — and
    /// sorting each one's keys was a third of scoring a large database. Keys are written in the order
    /// `write(_: [String: JSONValue])` would give them.
    package mutating func write(_ card: ScoreCard) {
        // Ids are read through the arrays: mapping `\.id` copied every measure result first.
        let domainOrder = Self.keyOrder(count: card.domains.count) { card.domains[$0].id }
        let measureOrder = Self.keyOrder(count: card.measures.count) { card.measures[$0].id }
        ascii("{\"confidence\":")
        write(card.confidence.rawValue)
        ascii(",\"critical_unmet\":[")
        for (index, id) in card.criticalUnmet.enumerated() {
            if index > 0 { ascii(",") }
            write(id)
        }
        ascii("],\"domains\":{")
        for (position, index) in domainOrder.enumerated() {
            if position > 0 { ascii(",") }
            write(card.domains[index].id)
            ascii(":")
            if let laxity = card.domains[index].laxity { write(laxity) } else { ascii("null") }
        }
        ascii("},\"institution\":")
        write(card.institution)
        ascii(",\"laxity\":")
        write(card.laxity)
        ascii(",\"margin_down\":")
        if let margin = card.marginDown { write(Double(margin)) } else { ascii("null") }
        ascii(",\"margin_up\":")
        if let margin = card.marginUp { write(Double(margin)) } else { ascii("null") }
        ascii(",\"max_domain_laxity\":")
        write(card.maxDomainLaxity)
        ascii(",\"measures\":{")
        for (position, index) in measureOrder.enumerated() {
            if position > 0 { ascii(",") }
            write(card.measures[index].id)
            ascii(":")
            write(card.measures[index])
        }
        ascii("},\"verdict\":")
        write(card.verdict.rawValue)
        ascii("}")
    }

    /// One measure's object; its keys are ASCII, listed here in byte order.
    private mutating func write(_ result: MeasureResult) {
        ascii("{\"critical\":")
        ascii(result.critical ? "true" : "false")
        if result.downgraded { ascii(",\"downgraded\":true") }
        ascii(",\"evidence\":")
        write(result.evidence.rawValue)
        if result.evidenceSource != .none {
            ascii(",\"evidence_source\":")
            write(result.evidenceSource.rawValue)
        }
        ascii(",\"kept\":")
        write(result.kept)
        if let reason = result.overrideReason {
            ascii(",\"override_reason\":")
            write(reason)
        }
        ascii(",\"points\":")
        write(Double(result.points))
        ascii(",\"rule\":")
        write(result.rule.rawValue)
        if result.ruleStatus != result.status {
            ascii(",\"rule_status\":")
            write(result.ruleStatus.rawValue)
        }
        ascii(",\"status\":")
        write(result.status.rawValue)
        ascii("}")
    }

    /// The positions `0..<count` in canonical order of `key(position)`; of repeated keys (which the rubric loader
    /// refuses) only the last position is kept, as a dictionary keeps the last value stored under a key.
    private static func keyOrder(count: Int, key: (Int) -> String) -> [Int] {
        let order = CanonicalKeyOrder.positions(count: count, key: key)
        var kept: [Int] = []
        kept.reserveCapacity(order.count)
        for position in order {
            if let last = kept.last, key(last) == key(position) {
                kept[kept.count - 1] = max(last, position)
            } else {
                kept.append(position)
            }
        }
        return kept
    }
}
