import Crypto
import Foundation
import SurveyCore

/// The hash of the data a report is computed from, so anyone holding the database can confirm that a published
/// report came from it. The snapshot is one line per institution in input order —
/// `category TAB status TAB laxity TAB verdict TAB confidence TAB domain=laxity,… TAB measure=status/evidence,…`, then
/// when the institution's answers are known `TAB answer,…` (one per tabulated question: empty, chosen positions joined
/// by `+`, or a number) — with numbers in XPath's shortest form; it holds no id or name, and a hash reveals nothing of
/// it anyway.
public enum DataSnapshot {
    /// The snapshot's text.
    public static func text(_ input: ReportInput) -> String {
        String(decoding: bytes(input.institutions[...], words: Words(input.rubric)), as: UTF8.self)
    }

    /// Lower-case hex SHA-256 of `text(input)`. The lines of a large roster are written a few thousand at a time on
    /// every core and hashed in order, so the hash costs a fraction of what writing one long string did.
    public static func sha256(_ input: ReportInput) -> String {
        let institutions = input.institutions
        let chunk = 4_096
        let ranges = stride(from: 0, to: institutions.count, by: chunk).map { $0..<min($0 + chunk, institutions.count) }
        let words = Words(input.rubric)
        let parts = ParallelMap.map(ranges, workers: ProcessInfo.processInfo.activeProcessorCount) { bytes(institutions[$0], words: words) }
        var hasher = SHA256()
        for part in parts { hasher.update(data: part) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The snapshot's fixed words as UTF-8, made once a report: `id=` of each rubric measure and domain by position
    /// (a card scored with this rubric lists them in that order), and every `status/evidence`. Appending a few
    /// prepared byte arrays instead of five small strings per measure was most of the cost of writing the snapshot.
    struct Words: Sendable {
        let measures: [(id: String, bytes: [UInt8])]
        let domains: [(id: String, bytes: [UInt8])]
        let results: [[UInt8]]

        init(_ rubric: Rubric) {
            measures = rubric.measures.map { ($0.id, Array("\($0.id)=".utf8)) }
            domains = rubric.domains.map { ($0.id, Array("\($0.id)=".utf8)) }
            var results = Array(repeating: [UInt8](), count: MeasureStatus.allCases.count * EvidenceLevel.allCases.count)
            for status in MeasureStatus.allCases {
                for evidence in EvidenceLevel.allCases {
                    results[Self.index(status, evidence)] = Array("\(status.rawValue)/\(evidence.rawValue)".utf8)
                }
            }
            self.results = results
        }

        /// The position of a status and evidence pair in `results`.
        private static func index(_ status: MeasureStatus, _ evidence: EvidenceLevel) -> Int {
            let row = switch status {
            case .met: 0
            case .partial: 1
            case .notMet: 2
            case .notApplicable: 3
            }
            return row * 4 + evidence.rank
        }

        /// `id=` for the entry at `position` of a card, from `prepared` when the rubric has the same id there.
        static func key(_ id: String, at position: Int, in prepared: [(id: String, bytes: [UInt8])]) -> [UInt8] {
            position < prepared.count && prepared[position].id == id ? prepared[position].bytes : Array("\(id)=".utf8)
        }

        /// `status/evidence`.
        func result(_ status: MeasureStatus, _ evidence: EvidenceLevel) -> [UInt8] {
            results[Self.index(status, evidence)]
        }
    }

    /// The lines of `institutions` as UTF-8.
    static func bytes(_ institutions: ArraySlice<ReportInstitution>, words: Words) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(institutions.count * 1_200)
        // Through `withUTF8`: appending a `String.UTF8View` goes element by element, and was most of this pass.
        func add(_ string: String) {
            var string = string
            string.withUTF8 { text.append(contentsOf: $0) }
        }
        for institution in institutions {
            add(institution.category.rawValue)
            add("\t")
            add(statusNames[institution.status.rawValue])
            if let card = institution.card {
                add("\t")
                add(XPathValue.format(card.laxity))
                add("\t")
                add(card.verdict.rawValue)
                add("\t")
                add(card.confidence.rawValue)
                add("\t")
                for (index, domain) in card.domains.enumerated() {
                    if index > 0 { text.append(UInt8(ascii: ",")) }
                    text.append(contentsOf: Words.key(domain.id, at: index, in: words.domains))
                    if let laxity = domain.laxity { add(XPathValue.format(laxity)) }
                }
                add("\t")
                for (index, measure) in card.measures.enumerated() {
                    if index > 0 { text.append(UInt8(ascii: ",")) }
                    text.append(contentsOf: Words.key(measure.id, at: index, in: words.measures))
                    text.append(contentsOf: words.result(measure.status, measure.evidence))
                }
            }
            if let answers = institution.answers {
                add("\t")
                for (index, answer) in answers.values.enumerated() {
                    if index > 0 { add(",") }
                    switch answer {
                    case nil: break
                    case let .choices(chosen)?:
                        for (position, choice) in chosen.enumerated() {
                            if position > 0 { add("+") }
                            add(String(choice))
                        }
                    case let .number(value)?: add(XPathValue.format(value))
                    }
                }
            }
            add("\n")
        }
        return text
    }

    /// Each status's name as the snapshot writes it (`scored`), by raw value.
    private static let statusNames = ResponseStatus.allCases.map { "\($0)" }
}
