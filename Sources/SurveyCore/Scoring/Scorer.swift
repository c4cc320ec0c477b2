/// Scores one evaluated response against a rubric (DESIGN §3). Pure: the same form, rubric and reviews always give
/// the same card, and nothing is read from the clock or a database.
public struct Scorer: Sendable {
    /// The survey responses answer.
    public let survey: SurveyDefinition
    /// The rubric scores follow.
    public let rubric: Rubric
    /// For each measure in rubric order, the slot of its evidence item.
    private let evidenceSlots: [Int?]
    private let measures: [Rubric.Measure]
    /// For each measure in rubric order, the index of its domain.
    private let domainOf: [Int]
    private let verdictRules: VerdictRules

    /// A scorer for `rubric`, whose expressions were bound to `survey`.
    public init(survey: SurveyDefinition, rubric: Rubric) {
        self.survey = survey
        self.rubric = rubric
        self.measures = rubric.measures
        self.evidenceSlots = measures.map { measure in measure.evidence.flatMap { survey.slotIndex($0) } }
        self.domainOf = rubric.domains.indices.flatMap { index in Array(repeating: index, count: rubric.domains[index].measures.count) }
        self.verdictRules = VerdictRules(rubric.verdicts)
    }

    /// Floating-point sums such as 100 × (1 − 0.7) land a hair above 30; rounding to nine decimals keeps the
    /// verdict boundaries of 15, 30 and 50 exact without changing any displayed figure.
    static func clean(_ value: Double) -> Double {
        (value * 1e9).rounded() / 1e9
    }

    /// The score card for `form` (already validated and evaluated), with analysts' `reviews` by measure id.
    public func score(_ form: FormState, institution: String, reviews: [String: MeasureReview] = [:]) -> ScoreCard {
        var scope = form.scope()
        var results: [MeasureResult] = []
        results.reserveCapacity(measures.count)
        for index in measures.indices {
            results.append(result(for: index, form: form, scope: &scope, review: reviews[measures[index].id]))
        }
        return card(results, institution: institution, today: form.today)
    }

    /// The card for measure results already decided: the second half of `score`. Tests use it to re-score a card
    /// with changed statuses; `margins: false` leaves the margins nil (the brute-force check of the margin search).
    func card(_ results: [MeasureResult], institution: String, today: CivilDate, margins: Bool = true) -> ScoreCard {
        var domains: [DomainScore] = []
        var index = 0
        for domain in rubric.domains {
            var kept = 0.0
            var applicable = 0.0
            for _ in domain.measures {
                let result = results[index]
                index += 1
                guard result.status != .notApplicable else { continue }
                kept += result.kept
                applicable += Double(result.points)
            }
            let laxity = applicable > 0 ? Self.clean(100 * (1 - kept / applicable)) : nil
            domains.append(DomainScore(id: domain.id, weight: domain.weight, kept: kept, applicable: applicable, laxity: laxity))
        }
        let weighted = domains.filter { $0.applicable > 0 }
        let totalWeight = weighted.reduce(0) { $0 + $1.weight }
        let keptWeighted = weighted.reduce(0) { $0 + $1.weight * $1.kept / $1.applicable }
        let laxity = totalWeight > 0 ? Self.clean(100 * (1 - keptWeighted / totalWeight)) : 0
        let maxDomainLaxity = weighted.compactMap(\.laxity).max() ?? 0
        let criticalUnmet = results.filter { $0.critical && $0.status != .notApplicable && $0.status != .met }.map(\.id)
        let keptTotal = results.reduce(0) { $0 + $1.kept }
        let shares = [EvidenceLevel.e1, .e2, .e3].map { level in
            keptTotal > 0 ? results.filter { $0.evidence >= level }.reduce(0) { $0 + $1.kept } / keptTotal : 1
        }
        let verdict = verdictRules.verdict(laxity: laxity, maxDomainLaxity: maxDomainLaxity,
                                           criticalUnmet: criticalUnmet.count, today: today)
        let margin = margins ? VerdictMargin(rules: verdictRules, domains: domains, criticalUnmet: criticalUnmet.count,
                                             verdict: verdict, today: today).margins(results, domainOf: domainOf) : (down: nil, up: nil)
        let confidenceVariables: [String: XPathValue] = [
            "evidenced_e1": .number(shares[0]), "evidenced_e2": .number(shares[1]), "evidenced_e3": .number(shares[2]),
        ]
        let confidence = rubric.confidence.first { rule in
            holds(rule.condition, confidenceVariables, today: today)
        }?.confidence ?? .low
        return ScoreCard(institution: institution, laxity: laxity, maxDomainLaxity: maxDomainLaxity, verdict: verdict,
                         confidence: confidence, criticalUnmet: criticalUnmet, domains: domains, measures: results,
                         evidencedShares: shares, marginDown: margin.down, marginUp: margin.up)
    }

    private func holds(_ condition: Expression, _ variables: [String: XPathValue], today: CivilDate) -> Bool {
        // Verdict and confidence rules read only numbers the loader checked, so they cannot fail at run time.
        (try? ExpressionEvaluator.isTrue(condition.node, in: VariableEnvironment(variables: variables, today: today))) ?? false
    }

    /// The result of the measure at `index` in rubric order. The measure is read field by field in place: taking it
    /// as a value copied all of it (titles, texts, a dozen references retained and released) for every measure of
    /// every card, a quarter of the scorer's time when scoring a database.
    private func result(for index: Int, form: FormState, scope: inout FormScope, review: MeasureReview?) -> MeasureResult {
        let evidenceSlot = evidenceSlots[index]
        var rule = MeasureResult.Rule.neither
        var failure: Message?
        do {
            if let applies = measures[index].applies, try !ExpressionEvaluator.isTrue(applies.node, in: scope) {
                rule = .notApplicable
            } else if try ExpressionEvaluator.isTrue(measures[index].met.node, in: scope) {
                rule = .met
            } else if let partial = measures[index].partial, try ExpressionEvaluator.isTrue(partial.node, in: scope) {
                rule = .partial
            }
        } catch {
            rule = .failed
            failure = error.message
        }
        let ruleStatus: MeasureStatus = switch rule {
        case .notApplicable: .notApplicable
        case .met: .met
        case .partial: .partial
        case .neither, .failed: .notMet
        }
        var evidence = EvidenceLevel.e0
        var source = MeasureResult.EvidenceSource.none
        if let evidenceSlot, !form.values[form.start[evidenceSlot]].isEmpty {
            evidence = .e1
            source = .file
        }
        if let verified = review?.verifiedLevel, verified > evidence {
            evidence = verified
            source = .analyst
        }
        if let overridden = review?.overrideEvidence {
            evidence = overridden
            source = .override
        }
        let downgraded = ruleStatus == .met && evidence < measures[index].minEvidence
        var status = downgraded ? .partial : ruleStatus
        if let overridden = review?.overrideStatus { status = overridden }
        let kept = status.keptShare.map { Double(measures[index].points) * $0 } ?? 0
        let overridden = review?.overrideStatus != nil || review?.overrideEvidence != nil
        return MeasureResult(id: measures[index].id, domain: measures[index].domain, critical: measures[index].critical,
                             points: measures[index].points,
                             status: status, ruleStatus: ruleStatus, rule: rule, downgraded: downgraded, kept: kept,
                             evidence: evidence, evidenceSource: source,
                             overrideReason: overridden ? review?.overrideReason : nil,
                             verificationNote: review?.verificationNote, failure: failure)
    }
}
