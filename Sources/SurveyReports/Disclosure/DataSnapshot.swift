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
        var text = ""
        text.reserveCapacity(input.institutions.count * 600)
        for institution in input.institutions {
            text += institution.category.rawValue
            text += "\t\(institution.status)"
            if let card = institution.card {
                text += "\t" + XPathValue.format(card.laxity) + "\t" + card.verdict.rawValue + "\t" + card.confidence.rawValue + "\t"
                text += card.domains.map { "\($0.id)=" + ($0.laxity.map(XPathValue.format) ?? "") }.joined(separator: ",")
                text += "\t"
                text += card.measures.map { "\($0.id)=\($0.status.rawValue)/\($0.evidence.rawValue)" }.joined(separator: ",")
            }
            if let answers = institution.answers {
                text += "\t"
                text += answers.values.map { answer -> String in
                    switch answer {
                    case nil: ""
                    case let .choices(chosen)?: chosen.map(String.init).joined(separator: "+")
                    case let .number(value)?: XPathValue.format(value)
                    }
                }.joined(separator: ",")
            }
            text += "\n"
        }
        return text
    }

    /// Lower-case hex SHA-256 of `text(input)`.
    public static func sha256(_ input: ReportInput) -> String {
        SHA256.hash(data: Data(text(input).utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
