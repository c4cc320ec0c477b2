public import SurveyCore
public import SurveyStore

/// Two survey years side by side (DESIGN §5.10, `chosa compare`): for each institution scored in both, the laxity
/// and verdict then and now and the measures whose status changed; for each category and in all, the verdict
/// counts of each year (over the institutions scored in that year). Pure: built from score cards and the roster.
public struct YearComparison: Sendable, Equatable {
    /// A measure whose status differs between the years (measures present in both rubrics only).
    public struct MeasureChange: Sendable, Equatable {
        /// The measure id.
        public var measure: String
        /// Its status in the earlier year.
        public var before: MeasureStatus
        /// Its status now.
        public var after: MeasureStatus
    }

    /// One institution scored in both years.
    public struct Row: Sendable, Equatable {
        /// The institution.
        public var institution: String
        /// Its category.
        public var category: InstitutionCategory
        /// Laxity in the earlier year.
        public var laxityBefore: Double
        /// Laxity now.
        public var laxityAfter: Double
        /// Verdict in the earlier year.
        public var verdictBefore: Verdict
        /// Verdict now.
        public var verdictAfter: Verdict
        /// Measures whose status changed, in the new rubric's order.
        public var changes: [MeasureChange]
    }

    /// Verdict counts of one category (nil: all institutions) in each year.
    public struct CategoryVerdicts: Sendable, Equatable {
        /// The category, or nil for the total.
        public var category: InstitutionCategory?
        /// Institutions scored in the earlier year, by verdict.
        public var before: [Verdict: Int]
        /// Institutions scored now, by verdict.
        public var after: [Verdict: Int]

        /// Institutions scored in the earlier year.
        public var scoredBefore: Int { before.values.reduce(0, +) }
        /// Institutions scored now.
        public var scoredAfter: Int { after.values.reduce(0, +) }
    }

    /// The earlier survey's id.
    public var oldSurvey: String
    /// The newer survey's id.
    public var newSurvey: String
    /// Institutions scored in both years, in id order.
    public var rows: [Row]
    /// Each category in roster order, then the total.
    public var categories: [CategoryVerdicts]

    /// The comparison of `old` and `new` cards (by institution id) over `categories` (institution id → category).
    public init(oldSurvey: String, newSurvey: String, old: [String: ScoreCard], new: [String: ScoreCard],
                categories: [String: InstitutionCategory], measureOrder: [String]) {
        self.oldSurvey = oldSurvey
        self.newSurvey = newSurvey
        rows = new.keys.sorted().compactMap { id -> Row? in
            guard let now = new[id], let then = old[id], let category = categories[id] else { return nil }
            let earlier = Dictionary(then.measures.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
            let changes = measureOrder.compactMap { measure -> MeasureChange? in
                guard let after = now.measure(measure)?.status, let before = earlier[measure], before != after else { return nil }
                return MeasureChange(measure: measure, before: before, after: after)
            }
            return Row(institution: id, category: category, laxityBefore: then.laxity, laxityAfter: now.laxity,
                       verdictBefore: then.verdict, verdictAfter: now.verdict, changes: changes)
        }
        func counts(_ cards: [String: ScoreCard], _ category: InstitutionCategory?) -> [Verdict: Int] {
            var counts: [Verdict: Int] = [:]
            for (id, card) in cards where category == nil || categories[id] == category { counts[card.verdict, default: 0] += 1 }
            return counts
        }
        self.categories = (InstitutionCategory.allCases.map { Optional($0) } + [nil]).map {
            CategoryVerdicts(category: $0, before: counts(old, $0), after: counts(new, $0))
        }
    }
}

extension YearComparison {
    /// The comparison of two surveys of `store` as the record stands now (cards recomputed with current reviews).
    public static func compare(store: SurveyStore, newSurvey: String?, oldSurvey: String) throws(StoreError) -> YearComparison {
        let catalog = try store.catalog()
        let new = try catalog.selected(newSurvey)
        let old = try catalog.latest(oldSurvey)
        var categories: [String: InstitutionCategory] = [:]
        for institution in try store.institutions() { categories[institution.id] = InstitutionCategory(rawValue: institution.category) }
        return YearComparison(oldSurvey: old.survey.id, newSurvey: new.survey.id,
                              old: try CurrentScores.cards(store: store, catalog: catalog, survey: old.survey.id).mapValues(\.card),
                              new: try CurrentScores.cards(store: store, catalog: catalog, survey: new.survey.id).mapValues(\.card),
                              categories: categories, measureOrder: new.rubric.measures.map(\.id))
    }
}
