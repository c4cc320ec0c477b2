/// Fills in a survey with plausible, valid answers from a random source, for benchmarks and the demo database.
/// It knows nothing of the questionnaire's meaning: `maturity` tilts yes/no towards "yes" and choice lists towards
/// their first option (questionnaires list the strongest arrangement first), which is enough to correlate answers.
public struct SyntheticResponder: Sendable {
    /// How an institution tends to answer.
    public struct Profile: Sendable {
        /// 0 to 1: the chance of answering "yes" and of picking a list's first option.
        public var maturity: Double
        /// The chance of attaching a document to an evidence item that applies.
        public var evidenceRate: Double
        /// Answers fixed in advance (e.g. the institution's category and headcounts), by item id.
        public var fixed: [String: JSONValue]
        /// Answers never given, so a response can be left incomplete (a draft).
        public var skipRate: Double
        /// Items answered as a fully prepared institution would ("yes", a list's first option, documents attached),
        /// whatever the maturity: e.g. the items a rubric's critical measures read, for institutions that have those in place.
        public var assured: Set<String>

        /// A profile from its parts.
        public init(maturity: Double, evidenceRate: Double = 0.5, fixed: [String: JSONValue] = [:], skipRate: Double = 0,
                    assured: Set<String> = []) {
            self.maturity = maturity
            self.evidenceRate = evidenceRate
            self.fixed = fixed
            self.skipRate = skipRate
            self.assured = assured
        }
    }

    let survey: SurveyDefinition
    let validator: ResponseValidator

    /// A responder for `survey`.
    public init(survey: SurveyDefinition) {
        self.survey = survey
        self.validator = ResponseValidator(survey: survey)
    }

    /// A response for `institution`: answers every relevant question the profile does not skip, retrying values that break
    /// a constraint, and dropping answers that stop being relevant as others change.
    public func respond(institution: String, profile: Profile, today: CivilDate,
                        using random: inout some RandomNumberGenerator) -> ResponseFile {
        var response = ResponseFile(survey: survey.id, institution: institution)
        var skipped: Set<String> = []
        for slot in survey.slots where Double.random(in: 0..<1, using: &random) < profile.skipRate {
            skipped.insert(slot.item.id)
        }
        for _ in 0..<16 {
            let outcome = validator.validate(response, today: today, mode: .draft)
            let broken = Set(outcome.problems.filter { $0.severity == .error }.compactMap(\.itemID))
            var changed = false
            for slot in survey.slots where slot.repeatSlot == nil {
                let item = slot.item
                let id = item.id
                let relevant = outcome.form.isRelevant(id)
                if !relevant {
                    if response.answers.removeValue(forKey: id) != nil || response.evidence.removeValue(forKey: id) != nil { changed = true }
                    continue
                }
                if skipped.contains(id) { continue }
                switch item.type {
                case .evidence:
                    if response.evidence[id] == nil,
                       // A required attachment is always given: the form does not accept the response without it.
                       item.required == .always || profile.assured.contains(id)
                        || Double.random(in: 0..<1, using: &random) < profile.evidenceRate {
                        response.evidence[id] = [Self.file(for: id, institution: institution)]
                        changed = true
                    }
                case .repeat:
                    if response.answers[id] == nil || broken.contains(id) {
                        response.answers[id] = .array(rows(for: slot, profile: profile, using: &random))
                        changed = true
                    } else if case let .array(existing)? = response.answers[id] {
                        // Regenerate only the rows with a problem, so the others keep their settled values.
                        let brokenRows = Set(outcome.problems.filter { $0.severity == .error }.compactMap { Self.row(of: $0.path, in: id) })
                        if !brokenRows.isEmpty {
                            response.answers[id] = .array(existing.enumerated().map { index, row in
                                brokenRows.contains(index) ? self.row(for: slot, profile: profile, using: &random) : row
                            })
                            changed = true
                        }
                    }
                case _ where item.type.isAnswerable:
                    if let fixed = profile.fixed[id] {
                        if response.answers[id] != fixed { response.answers[id] = fixed; changed = true }
                    } else if response.answers[id] == nil || broken.contains(id) {
                        response.answers[id] = value(for: item, attempt: broken.contains(id) ? 1 : 0, profile: profile, using: &random)
                        changed = true
                    }
                default:
                    break
                }
            }
            if !changed { break }
        }
        return withoutIrrelevantRowAnswers(response, today: today)
    }

    /// Drops answers inside repeat rows whose own conditions turned out false (e.g. "other, please specify").
    private func withoutIrrelevantRowAnswers(_ response: ResponseFile, today: CivilDate) -> ResponseFile {
        var cleaned = response
        let form = validator.validate(response, today: today, mode: .draft).form
        for slot in survey.slots where slot.item.type == .repeat {
            guard case let .array(rows)? = response.answers[slot.item.id] else { continue }
            cleaned.answers[slot.item.id] = .array(rows.enumerated().map { index, row in
                guard case let .object(fields) = row else { return row }
                return .object(fields.filter { form.isRelevant($0.key, instance: index) })
            })
        }
        return cleaned
    }

    /// The row index in a problem path such as `sanction_cases[1].breach_type`.
    private static func row(of path: String, in repeatID: String) -> Int? {
        guard path.hasPrefix(repeatID + "["), let close = path.firstIndex(of: "]") else { return nil }
        return Int(path[path.index(path.startIndex, offsetBy: repeatID.count + 1)..<close])
    }

    private func rows(for slot: ItemSlot, profile: Profile, using random: inout some RandomNumberGenerator) -> [JSONValue] {
        let low = max(slot.item.minCount ?? 1, 1)
        let high = max(low, min(slot.item.maxCount ?? 6, 6))
        return (0..<Int.random(in: low...high, using: &random)).map { _ in row(for: slot, profile: profile, using: &random) }
    }

    private func row(for slot: ItemSlot, profile: Profile, using random: inout some RandomNumberGenerator) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        for child in survey.slots where child.repeatSlot == slot.index && child.item.type.isAnswerable {
            fields[child.item.id] = value(for: child.item, attempt: 0, profile: profile, using: &random)
        }
        return .object(fields)
    }

    /// A value of the item's type; later attempts pick smaller numbers, so "at most the headcount" style constraints settle.
    private func value(for item: Item, attempt: Int, profile: Profile, using random: inout some RandomNumberGenerator) -> JSONValue {
        let assured = profile.assured.contains(item.id)
        let yes = assured || Double.random(in: 0..<1, using: &random) < profile.maturity
        switch item.type {
        case .yesNo:
            return .string(yes ? "yes" : "no")
        case .selectOne:
            let choices = survey.choiceList(for: item)?.choices ?? []
            guard !choices.isEmpty else { return .null }
            if yes || choices.count == 1 { return .string(choices[0].value) }
            return .string(choices[Int.random(in: 1..<choices.count, using: &random)].value)
        case .selectMultiple:
            let choices = survey.choiceList(for: item)?.choices ?? []
            var picked = choices.filter { choice in
                let rare = ["other", "none", "not_applicable"].contains(choice.value)
                return rare ? !assured && Double.random(in: 0..<1, using: &random) < 0.05
                            : assured || Double.random(in: 0..<1, using: &random) < profile.maturity
            }.map(\.value)
            if picked.isEmpty, let first = choices.first { picked = [first.value] }
            return .array(picked.map(JSONValue.string))
        case .integer:
            let ceiling = [1_000, 100, 10, 1][min(attempt, 3)]
            return .number(Double(Int.random(in: (assured ? 1 : 0)...max(ceiling, 1), using: &random)))
        case .decimal:
            let ceiling = [100.0, 10, 1, 0][min(attempt, 3)]
            return .number((Double.random(in: 0...ceiling, using: &random) * 10).rounded() / 10)
        case .date:
            return .string("\(CivilDate(daysSinceEpoch: 19_000 + Int.random(in: 0...600, using: &random)))")
        case .text:
            return .string("Synthetic answer \(Int.random(in: 1...9_999, using: &random))")
        case .longText:
            return .string("Synthetic description for testing; not a real institution's answer.")
        default:
            return .null
        }
    }

    /// A made-up file reference with a stable hash, standing for a document the institution attached.
    static func file(for item: String, institution: String) -> ResponseFile.EvidenceFile {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in "\(institution)/\(item)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        let digest = String(repeating: "0", count: 64 - hex.count * 4) + String(repeating: hex, count: 4)
        return ResponseFile.EvidenceFile(sha256: String(digest.suffix(64)), name: "\(item).pdf", size: 120_000, mediaType: "application/pdf")
    }
}
