import Foundation
import GRDB
import SurveyCore

/// Builds the demo database: the real survey and rubric, a synthetic roster, invitations, drafts, submissions
/// with correlated answers, a few analysts' verifications and overrides, and scores. Everything is drawn from one
/// seeded generator and stamped with times derived from the survey's deadline, never the wall clock, so the same
/// seed gives the same database contents.
public struct DemoDatabase {
    /// What was built.
    public struct Summary: Sendable {
        /// Institutions in the roster.
        public var institutions = 0
        /// Institutions that never responded (invited only).
        public var silent = 0
        /// Institutions with a draft but no submission.
        public var draftsOnly = 0
        /// Submissions recorded (amendments included).
        public var submissions = 0
        /// Verifications recorded.
        public var verifications = 0
        /// Overrides recorded.
        public var overrides = 0
        /// Scores, in institution-id order.
        public var scores: [StoredScore] = []
    }

    /// The value `store_meta.kind` has in a demo database, so `chosa demo` only ever replaces its own databases.
    public static let kind = "demo"

    /// The two long steps of building, for progress reports.
    public enum Step: Sendable {
        /// Institutions answering (drafts, submissions, reviews), counted in roster entries.
        case answering
        /// Scoring the latest submissions, counted in submissions.
        case scoring
    }

    /// Fills an empty store; `institutions` is the roster size, `seed` fixes every random draw. `progress` is called
    /// with each step's count done so far and its total (after every institution, and after every page scored).
    public static func build(into store: SurveyStore, survey checked: CheckedSurvey, institutions total: Int,
                             seed: UInt64, progress: (Step, _ done: Int, _ total: Int) -> Void = { _, _, _ in }) throws(StoreError) -> Summary {
        var random = SeededGenerator(seed: seed)
        let deadline = checked.survey.deadline
        // 09:00 Tokyo (00:00 UTC) on the day `days` before the deadline, plus `minutes`.
        func time(_ days: Int, _ minutes: Int = 0) -> Date {
            Date(timeIntervalSince1970: Double(deadline.daysSinceEpoch - days) * 86_400 + Double(minutes) * 60)
        }
        let analyst = "demo-analyst"
        try store.perform {
            try store.writer.write { try $0.execute(sql: "INSERT INTO store_meta (key, value) VALUES ('kind', ?)", arguments: [kind]) }
        }
        let (versionRecord, _) = try store.registerSurvey(checked, by: Actor(analyst, at: time(70)))
        let version = LoadedSurvey(versionID: versionRecord.id ?? 0, survey: checked.survey, rubric: checked.rubric)
        let roster = DemoRoster.entries(total: total)
        _ = try store.importRoster(roster, by: Actor(analyst, at: time(65)))
        let expiry = time(-1)
        _ = try store.invite(roster.map(\.id), expiresAt: expiry, by: Actor(analyst, at: time(60)), using: &random)

        var summary = Summary(institutions: roster.count)
        let responder = SyntheticResponder(survey: checked.survey)
        let evidenced = checked.rubric.measures.filter { $0.evidence != nil }.map(\.id)
        let allMeasures = checked.rubric.measures.map(\.id)
        let criticalItems = Set(checked.rubric.measures.filter(\.critical).flatMap { measure in
            measure.met.node.references.map(\.name) + (measure.evidence.map { [$0] } ?? [])
        })
        for (done, entry) in roster.enumerated() {
            progress(.answering, done, roster.count)
            var profile = DemoProfile.make(entry.category, criticalItems: criticalItems, using: &random)
            let outcome = Double.random(in: 0..<1, using: &random)
            if outcome < 0.05 {
                summary.silent += 1
                continue
            }
            let startDay = Int.random(in: 20...55, using: &random)
            if outcome < 0.13 {
                profile.skipRate = 0.4
                let draft = responder.respond(institution: entry.id, profile: profile, today: deadline, using: &random)
                _ = try store.saveDraft(institution: entry.id, survey: checked.survey.id, answers: draft.answers, evidence: draft.evidence,
                                        baseRevision: 0, by: Actor("\(entry.id.lowercased())-staff", at: time(startDay, Int.random(in: 0...540, using: &random))))
                summary.draftsOnly += 1
                continue
            }
            let amendments = Double.random(in: 0..<1, using: &random) < 0.1 ? 2 : 1
            var day = min(startDay - 5, Int.random(in: 0...35, using: &random) + amendments)
            for _ in 0..<amendments {
                var response = responder.respond(institution: entry.id, profile: profile, today: deadline, using: &random)
                let submitted = time(day, Int.random(in: 0...540, using: &random))
                response.submissionID = uuid(&random)
                response.submittedAt = Timestamp.tokyo(submitted)
                response.attestedBy = "架空 太郎 / Taro Kakuu, officer of \(entry.id) (fictional)"
                _ = try store.recordSubmission(response, version: version, source: .portal, by: Actor("\(entry.id.lowercased())-officer", at: submitted))
                summary.submissions += 1
                day = max(0, day - Int.random(in: 1...5, using: &random))
            }
            if Double.random(in: 0..<1, using: &random) < 0.06, !evidenced.isEmpty {
                for _ in 0..<Int.random(in: 1...2, using: &random) {
                    let measure = evidenced[Int.random(in: 0..<evidenced.count, using: &random)]
                    let level: EvidenceLevel = Bool.random(using: &random) ? .e2 : .e3
                    let note = level == .e2
                        ? "Reviewed FY2022 operating records supplied on request (synthetic demo note)."
                        : "Checked against the institution's published regulation and public registers (synthetic demo note)."
                    if try store.verify(institution: entry.id, measure: measure, level: level, note: note, version: version,
                                        by: Actor(analyst, at: time(-3))) {
                        summary.verifications += 1
                    }
                }
            }
            if Double.random(in: 0..<1, using: &random) < 0.015, !allMeasures.isEmpty {
                let measure = allMeasures[Int.random(in: 0..<allMeasures.count, using: &random)]
                try store.override(institution: entry.id, measure: measure, status: .partial, evidence: nil,
                                   reason: "The regulation submitted is a draft awaiting board approval (synthetic demo reason).",
                                   version: version, by: Actor(analyst, at: time(-4)))
                summary.overrides += 1
            }
        }
        let catalog = try store.catalog()
        var scores: [StoredScore] = []
        let respondents = roster.count - summary.silent - summary.draftsOnly
        try store.scoreLatestSubmissions(survey: checked.survey.id, catalog: catalog, save: true, by: Actor(analyst, at: time(-7)),
                                         alongside: { _, _ in () }, progress: { progress(.scoring, $0, respondents) }) { score, _ in
            scores.append(score)
        }
        summary.scores = scores
        return summary
    }

    /// A version-4 UUID from the seeded generator.
    static func uuid(_ random: inout SeededGenerator) -> String {
        let high = random.next()
        let low = random.next()
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        return "\(hex(high >> 32, 8))-\(hex((high >> 16) & 0xFFFF, 4))-4\(hex(high & 0x0FFF, 3))-"
            + "\(hex(0x8000 | (low >> 48) & 0x3FFF, 4))-\(hex(low & 0xFFFF_FFFF_FFFF, 12))"
    }

    /// True when the file at `path` is a chosa demo database (so `chosa demo` may replace it).
    public static func isDemoDatabase(path: String) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        let kind = try? queue.read { try String.fetchOne($0, sql: "SELECT value FROM store_meta WHERE key = 'kind'") }
        return kind == Self.kind
    }
}
