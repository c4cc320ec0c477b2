/// The verdict margins of one card (DESIGN §3): the fewest applicable measures whose status must change — each to any
/// other of met, partial, not met — for the verdict to become worse or better. 1 and 2 are exact; 3 means "3 or more".
///
/// The search re-evaluates the rubric's own verdict rules over the three verdict variables, recomputed from the
/// domains' kept points rather than by re-scoring. Changes are tried by their effect (domain, change in kept points,
/// change in `critical_unmet`); two measures with the same effect are interchangeable, so at most two of each are
/// kept. When the rules are monotone (`VerdictRules.monotone`), a measure's largest change toward a direction
/// dominates its smaller one, and within a domain the largest changes dominate the rest, so only the two largest of
/// each (domain, critical) group are tried — a few dozen evaluations a card. Otherwise every change is tried.
struct VerdictMargin {
    /// One status change by its effect on the verdict variables.
    struct Change {
        /// Index of the measure's domain.
        var domain: Int
        /// Change in the domain's kept points (a multiple of ½, so sums stay exact).
        var delta: Double
        /// Change in `critical_unmet`: −1, 0 or +1.
        var critical: Int
        /// Index of the measure, so that a pair never changes one measure twice.
        var measure: Int
    }

    let rules: VerdictRules
    let domains: [DomainScore]
    let criticalUnmet: Int
    let verdict: Verdict
    let today: CivilDate

    /// `(down, up)` for `results`, whose domains (by index) are `domainOf`.
    func margins(_ results: [MeasureResult], domainOf: [Int]) -> (down: Int?, up: Int?) {
        let down = verdict == .substandard ? nil : search(results, domainOf: domainOf, worse: true)
        let up = verdict == .adequate ? nil : search(results, domainOf: domainOf, worse: false)
        return (down, up)
    }

    /// 1, 2 or 3 ("3 or more") changes to reach a worse (`worse`) or better verdict.
    private func search(_ results: [MeasureResult], domainOf: [Int], worse: Bool) -> Int {
        let candidates = candidates(results, domainOf: domainOf, worse: worse)
        func flips(_ a: Change, _ b: Change?) -> Bool {
            let goodness = verdict(after: a, b).goodness
            return worse ? goodness < verdict.goodness : goodness > verdict.goodness
        }
        // Monotone: if even the most favourable point a single change could reach does not flip, none does.
        if !rules.monotone || boundFlips(candidates, worse: worse, changes: 1) {
            for change in candidates where flips(change, nil) { return 1 }
        }
        guard rules.monotone else {
            for first in candidates.indices {
                for second in candidates.indices.dropFirst(first + 1)
                where candidates[first].measure != candidates[second].measure && flips(candidates[first], candidates[second]) {
                    return 2
                }
            }
            return 3
        }
        // Monotone: if even the most favourable point any pair could approach does not flip, no pair does.
        guard boundFlips(candidates, worse: worse, changes: 2) else { return 3 }
        // Across groups only each group's largest change matters; within a group, its two largest (all it keeps).
        let isLargest = candidates.indices.map { index in
            !candidates.indices.contains { other in
                other != index && candidates[other].domain == candidates[index].domain
                    && candidates[other].critical == candidates[index].critical
                    && (abs(candidates[other].delta) > abs(candidates[index].delta)
                        || (abs(candidates[other].delta) == abs(candidates[index].delta) && other < index))
            }
        }
        for first in candidates.indices {
            for second in candidates.indices.dropFirst(first + 1) {
                let sameGroup = candidates[first].domain == candidates[second].domain && candidates[first].critical == candidates[second].critical
                guard sameGroup || (isLargest[first] && isLargest[second]) else { continue }
                if flips(candidates[first], candidates[second]) { return 2 }
            }
        }
        return 3
    }

    /// Monotone rules only: whether the verdict flips at a point at least as favourable as any 1 or 2 (`changes`) of
    /// `candidates` can reach — `critical_unmet`, the weighted kept sum and each domain moved by their largest moves at
    /// once. A small slack toward the favourable side keeps floating-point rounding from hiding a change that flips.
    private func boundFlips(_ candidates: [Change], worse: Bool, changes: Int) -> Bool {
        // The largest move and, when two changes are allowed, the second largest.
        func addTwoLargest(_ value: Double, _ pair: inout (Double, Double)) {
            if value > pair.0 { pair = (value, changes > 1 ? pair.0 : 0) } else if changes > 1, value > pair.1 { pair.1 = value }
        }
        var criticalMoves = (0.0, 0.0)
        var weightedMoves = (0.0, 0.0)
        var domainMoves = Array(repeating: (0.0, 0.0), count: domains.count)
        for change in candidates where domains[change.domain].applicable > 0 {
            let size = abs(change.delta)
            addTwoLargest(Double(worse ? change.critical : -change.critical), &criticalMoves)
            addTwoLargest(domains[change.domain].weight * size / domains[change.domain].applicable, &weightedMoves)
            addTwoLargest(size, &domainMoves[change.domain])
        }
        let sign = worse ? -1.0 : 1.0
        let slack = worse ? 1e-6 : -1e-6
        var totalWeight = 0.0
        var keptWeighted = 0.0
        var maxDomainLaxity = 0.0
        var anyDomain = false
        for index in domains.indices where domains[index].applicable > 0 {
            let applicable = domains[index].applicable
            totalWeight += domains[index].weight
            keptWeighted += domains[index].weight * domains[index].kept / applicable
            let kept = domains[index].kept + sign * (domainMoves[index].0 + domainMoves[index].1)
            let laxity = Scorer.clean(100 * (1 - kept / applicable)) + slack
            maxDomainLaxity = anyDomain ? max(maxDomainLaxity, laxity) : laxity
            anyDomain = true
        }
        keptWeighted += sign * (weightedMoves.0 + weightedMoves.1)
        let laxity = totalWeight > 0 ? Scorer.clean(100 * (1 - keptWeighted / totalWeight)) + slack : 0
        let critical = criticalUnmet + Int(worse ? criticalMoves.0 + criticalMoves.1 : -(criticalMoves.0 + criticalMoves.1))
        let goodness = rules.verdict(laxity: laxity, maxDomainLaxity: maxDomainLaxity, criticalUnmet: critical, today: today).goodness
        return worse ? goodness < verdict.goodness : goodness > verdict.goodness
    }

    /// The changes worth trying toward one direction, reduced as the type's comment explains.
    private func candidates(_ results: [MeasureResult], domainOf: [Int], worse: Bool) -> [Change] {
        var kept: [Change] = []
        kept.reserveCapacity(16)
        func consider(_ change: Change, sameGroup: (Change, Change) -> Bool) {
            var inGroup = 0
            var smallest: Int?
            for index in kept.indices where sameGroup(kept[index], change) {
                inGroup += 1
                if smallest.map({ abs(kept[index].delta) < abs(kept[$0].delta) }) ?? true { smallest = index }
            }
            if inGroup < 2 {
                kept.append(change)
            } else if let smallest, abs(change.delta) > abs(kept[smallest].delta) {
                kept[smallest] = change
            }
        }
        for index in results.indices {
            // Fields are read in place: copying the result retained and released its strings for every measure.
            let status = results[index].status
            let points = Double(results[index].points)
            let critical = results[index].critical ? 1 : 0
            let domain = domainOf[index]
            func change(_ delta: Double, _ criticalChange: Int) -> Change {
                Change(domain: domain, delta: delta, critical: criticalChange, measure: index)
            }
            if rules.monotone {
                // Only the largest change toward the direction: to not met (worse) or to met (better).
                let largest: Change
                switch status {
                case .notApplicable: continue
                case .met: if worse { largest = change(-points, critical) } else { continue }
                case .partial: largest = worse ? change(-points / 2, 0) : change(points / 2, -critical)
                case .notMet: if worse { continue } else { largest = change(points, -critical) }
                }
                consider(largest) { $0.domain == $1.domain && $0.critical == $1.critical }
            } else {
                let identical: (Change, Change) -> Bool = { $0.domain == $1.domain && $0.critical == $1.critical && $0.delta == $1.delta }
                switch status {
                case .notApplicable: continue
                case .met:
                    consider(change(-points / 2, critical), sameGroup: identical)
                    consider(change(-points, critical), sameGroup: identical)
                case .partial:
                    consider(change(-points / 2, 0), sameGroup: identical)
                    consider(change(points / 2, -critical), sameGroup: identical)
                case .notMet:
                    consider(change(points / 2, 0), sameGroup: identical)
                    consider(change(points, -critical), sameGroup: identical)
                }
            }
        }
        return kept
    }

    /// The verdict after change `a` and, if given, `b`: the scorer's own arithmetic over the changed domains.
    func verdict(after a: Change, _ b: Change?) -> Verdict {
        var totalWeight = 0.0
        var keptWeighted = 0.0
        var maxDomainLaxity = 0.0
        var anyDomain = false
        for index in domains.indices where domains[index].applicable > 0 {
            var kept = domains[index].kept
            if a.domain == index { kept += a.delta }
            if let b, b.domain == index { kept += b.delta }
            let applicable = domains[index].applicable
            totalWeight += domains[index].weight
            keptWeighted += domains[index].weight * kept / applicable
            let laxity = Scorer.clean(100 * (1 - kept / applicable))
            maxDomainLaxity = anyDomain ? max(maxDomainLaxity, laxity) : laxity
            anyDomain = true
        }
        let laxity = totalWeight > 0 ? Scorer.clean(100 * (1 - keptWeighted / totalWeight)) : 0
        return rules.verdict(laxity: laxity, maxDomainLaxity: maxDomainLaxity,
                             criticalUnmet: criticalUnmet + a.critical + (b?.critical ?? 0), today: today)
    }
}
