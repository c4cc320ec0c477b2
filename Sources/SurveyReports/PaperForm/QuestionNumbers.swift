public import SurveyCore

/// Question numbers as printed on the paper form and portal: `3.2` for the second question of section 3,
/// `3.4(a)` for the first column of the repeat at 3.4. Notes, calculations and groups have no number.
public struct QuestionNumbers: Sendable {
    private let numbers: [String: String]

    /// Numbers every answerable item of `survey` in document order.
    public init(_ survey: SurveyDefinition) {
        var numbers: [String: String] = [:]
        for (sectionIndex, section) in survey.sections.enumerated() {
            var next = 1
            func visit(_ items: [Item], repeatNumber: String?) {
                var letter = 0
                for item in items {
                    switch item.type {
                    case .note, .calculate:
                        continue
                    case .group:
                        visit(item.items, repeatNumber: repeatNumber)
                    case .yesNo, .selectOne, .selectMultiple, .integer, .decimal, .text, .longText, .date, .evidence, .repeat:
                        let number: String
                        if let repeatNumber {
                            number = "\(repeatNumber)(\(Self.letter(letter)))"
                            letter += 1
                        } else {
                            number = "\(sectionIndex + 1).\(next)"
                            next += 1
                        }
                        numbers[item.id] = number
                        if item.type == .repeat { visit(item.items, repeatNumber: number) }
                    }
                }
            }
            visit(section.items, repeatNumber: nil)
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
