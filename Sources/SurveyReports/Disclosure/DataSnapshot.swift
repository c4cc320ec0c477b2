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
        String(decoding: bytes(input.institutions[...]), as: UTF8.self)
    }

    /// Lower-case hex SHA-256 of `text(input)`. The lines of a large roster are written a few thousand at a time on
    /// every core and hashed in order, so the hash costs a fraction of what writing one long string did.
    public static func sha256(_ input: ReportInput) -> String {
        let institutions = input.institutions
        let chunk = 4_096
        let ranges = stride(from: 0, to: institutions.count, by: chunk).map { $0..<min($0 + chunk, institutions.count) }
        let parts = ParallelMap.map(ranges, workers: ProcessInfo.processInfo.activeProcessorCount) { bytes(institutions[$0]) }
        var hasher = SHA256()
        for part in parts { hasher.update(data: part) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The lines of `institutions` as UTF-8.
    static func bytes(_ institutions: ArraySlice<ReportInstitution>) -> [UInt8] {
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
                    if index > 0 { add(",") }
                    add(domain.id)
                    add("=")
                    if let laxity = domain.laxity { add(XPathValue.format(laxity)) }
                }
                add("\t")
                for (index, measure) in card.measures.enumerated() {
                    if index > 0 { add(",") }
                    add(measure.id)
                    add("=")
                    add(measure.status.rawValue)
                    add("/")
                    add(measure.evidence.rawValue)
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
