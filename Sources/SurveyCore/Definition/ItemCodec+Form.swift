import Foundation

/// Form text ↔ JSON answer, and an answer in words.
extension ItemCodec {
    /// What a form's inputs for one item read as.
    public enum Reading: Sendable, Equatable {
        /// The answer, or nil for a blank (a cleared answer).
        case value(JSONValue?)
        /// Text that should be a number but is not: kept (so it is shown again) with what was expected.
        case notANumber(String, Message)
    }

    /// The answer the form's values for the item give (a name may repeat, as check boxes do).
    public func read(_ raw: [String]) -> Reading {
        let values = raw.map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
        let first = (values.first { !$0.isEmpty } ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch answer {
        case .choices:
            var seen: [String] = []
            for value in values where !value.isEmpty && !seen.contains(value) { seen.append(value) }
            return .value(seen.isEmpty ? nil : .array(seen.map(JSONValue.string)))
        case let .number(integer):
            guard !first.isEmpty else { return .value(nil) }
            if let number = Self.number(first, integer: integer) { return .value(.number(number)) }
            return .notANumber(first, integer
                ? Message(en: "Enter a whole number using digits, e.g. 120 or 3,000,000.", ja: "整数を数字で入力してください（例：120、3,000,000）。")
                : Message(en: "Enter a number using digits, e.g. 2.5.", ja: "数値を入力してください（例：2.5）。"))
        case .yesNo, .choice, .date, .text(long: false):
            return .value(first.isEmpty ? nil : .string(first))
        case .text(long: true):
            // Long text keeps its inner layout; only an all-blank answer is cleared.
            let text = values.first { !$0.isEmpty } ?? ""
            return .value(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : .string(text))
        case .none, .files, .rows:
            return .value(nil)
        }
    }

    /// The text an input shows for `value`.
    public func formText(_ value: JSONValue?) -> String {
        switch value {
        case let .string(text)?: text
        case let .number(number)?: XPathValue.format(number)
        case let .bool(flag)?: flag ? "true" : "false"
        case .array?, .object?, .null?, nil: ""
        }
    }

    /// An answer in words: one line, or one per chosen option; amounts with grouped digits (12,500,000).
    /// `choices` is the item's choice list.
    public func words(_ value: JSONValue?, choices: ChoiceList?, language: Language) -> [String] {
        guard let value, !value.isBlank else { return [] }
        switch (answer, value) {
        case let (.yesNo, .string(choice)):
            return [YesNo.label(choice)?.text(language) ?? choice]
        case let (.choice, .string(choice)):
            return [choices?.choice(choice)?.label.text(language) ?? choice]
        case let (.choices, .array(list)):
            return list.compactMap { element in
                guard case let .string(choice) = element else { return nil }
                return choices?.choice(choice)?.label.text(language) ?? choice
            }
        case let (.number, .number(number)):
            return [Self.grouped(number)]
        case (.none, _), (.yesNo, _), (.choice, _), (.choices, _), (.number, _), (.text, _), (.date, _), (.files, _), (.rows, _):
            return [formText(value)]
        }
    }

    /// A number typed by a person: full-width digits and signs folded; thousands separators (, ，), spaces, a yen
    /// sign (¥ ￥) before and 円 after dropped. Nil when what is left is not a finite number (or, for `integer`,
    /// not whole).
    public static func number(_ text: String, integer: Bool) -> Double? {
        var folded = ""
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if let first = body.first, first == "¥" || first == "￥" || first == "\u{5C}" { body = body.dropFirst() }
        if body.last == "円" { body = body.dropLast() }
        for scalar in body.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: folded.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? "0")
            case 0xFF0E: folded.append(".")
            case 0xFF0D, 0x2212: folded.append("-")
            case 0xFF0B: folded.append("+")
            case 0xFF0C, 0x2C, 0x20, 0x3000: continue
            default: folded.unicodeScalars.append(scalar)
            }
        }
        guard !folded.isEmpty, folded.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let number = Double(folded), number.isFinite else { return nil }
        if integer { return number == number.rounded() && !folded.contains(".") ? number : nil }
        return number
    }

    /// A number with its whole part in groups of three: 12500000 → "12,500,000", -1234.5 → "-1,234.5".
    public static func grouped(_ number: Double) -> String {
        let plain = XPathValue.format(number)
        guard !plain.contains("e"), !plain.contains("E") else { return plain }
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? plain.dropFirst() : Substring(plain)
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        guard let whole = parts.first, whole.allSatisfy(\.isNumber) else { return plain }
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groups.joined(separator: ",") + fraction
    }
}
