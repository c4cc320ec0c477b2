/// What an institution is asked to improve (DESIGN §3): its unmet critical measures first, then the other gaps by
/// points, each with the recommendation, the basis it rests on and the evidence that would close it.
public struct ImprovementRequest: Sendable, Equatable {
    /// One gap to close.
    public struct Gap: Sendable, Equatable {
        /// The measure.
        public var measure: Rubric.Measure
        /// Its result on the score card.
        public var result: MeasureResult
        /// True for critical measures: these come first and can never be deferred.
        public var isCritical: Bool { measure.critical }
    }

    /// The institution's score card.
    public var card: ScoreCard
    /// Gaps in the order the letter lists them.
    public var gaps: [Gap]

    /// The request for a card, or nil when the verdict is adequate (no letter is sent).
    public init?(card: ScoreCard, rubric: Rubric) {
        guard card.verdict != .adequate else { return nil }
        self.card = card
        let order = Dictionary(uniqueKeysWithValues: rubric.measures.enumerated().map { ($1.id, $0) })
        let gaps = rubric.measures.compactMap { measure -> Gap? in
            guard let result = card.measure(measure.id), result.status == .partial || result.status == .notMet else { return nil }
            return Gap(measure: measure, result: result)
        }
        // Critical first; then more points first; a measure not met before one partly met; rubric order last.
        self.gaps = gaps.sorted { a, b in
            if a.isCritical != b.isCritical { return a.isCritical }
            if a.measure.points != b.measure.points { return a.measure.points > b.measure.points }
            if a.result.status != b.result.status { return a.result.status == .notMet }
            return (order[a.measure.id] ?? 0) < (order[b.measure.id] ?? 0)
        }
    }

    /// Unmet critical measures.
    public var criticalGaps: [Gap] { gaps.filter(\.isCritical) }
    /// The other gaps.
    public var otherGaps: [Gap] { gaps.filter { !$0.isCritical } }
}
