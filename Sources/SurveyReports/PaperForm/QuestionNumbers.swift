public import SurveyCore

/// Question numbers as printed on the paper form and portal: `3.2` for the second question of section 3,
/// `3.2-1` for the first follow-up asked only given other answers after it, `3.4(a)` for the first column of the
/// repeat at 3.4. Notes, calculations and groups have no number.
public struct QuestionNumbers: Sendable {
    private let numbers: [String: String]

    /// Numbers every answerable item of `survey` in document order. A follow-up question (one with its own condition
    /// or inside a group with one) is numbered under the question before it, `1.4-1`, so the questions asked of
    /// everyone are numbered without gaps however many follow-ups are hidden (the portal once went 1.4 → 1.6).
    public init(_ survey: SurveyDefinition) {
        var numbers: [String: String] = [:]
        for (sectionIndex, section) in survey.sections.enumerated() {
            var next = 1
            var anchor: String?
            var followUps = 0
            func visit(_ items: [Item], repeatNumber: String?, conditional: Bool) {
                var letter = 0
                for item in items {
                    switch item.type {
                    case .note, .calculate:
                        continue
                    case .group:
                        visit(item.items, repeatNumber: repeatNumber, conditional: conditional || item.relevant != nil)
                    case .yesNo, .selectOne, .selectMultiple, .integer, .decimal, .text, .longText, .date, .evidence, .repeat:
                        let number: String
                        if let repeatNumber {
                            number = "\(repeatNumber)(\(Self.letter(letter)))"
                            letter += 1
                        } else if conditional || item.relevant != nil, let anchor {
                            followUps += 1
                            number = "\(anchor)-\(followUps)"
                        } else {
                            number = "\(sectionIndex + 1).\(next)"
                            next += 1
                            anchor = number
                            followUps = 0
                        }
                        numbers[item.id] = number
                        if item.type == .repeat { visit(item.items, repeatNumber: number, conditional: false) }
                    }
                }
            }
            visit(section.items, repeatNumber: nil, conditional: false)
        }
        self.numbers = numbers
    }

    /// The printed number of an item, e.g. `Q3.2`; calculated items are named by id.
    public func label(_ id: String) -> String {
        numbers[id].map { "Q\($0)" } ?? id
    }

    /// The bare number (`3.2`), if the item is numbered.
    public func number(_ id: String) -> String? {
        numbers[id]
    }

    private static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < letters.count ? String(letters[index]) : "\(index + 1)"
    }
}
