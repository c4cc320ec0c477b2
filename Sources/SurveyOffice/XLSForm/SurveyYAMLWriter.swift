import Foundation
import SurveyCore

/// Writes a draft survey as `survey.yaml` in the form's order, laid out like the surveys analysts write by hand,
/// and records where each line came from.
struct SurveyYAMLWriter {
    private(set) var lines: [String] = []
    private(set) var origins: [DraftOrigin] = []
    private let languages: [String]

    /// The YAML text and the origin of each line (index 0 is line 1).
    static func write(_ survey: DraftSurvey, source: String) -> (text: String, origins: [DraftOrigin]) {
        var writer = SurveyYAMLWriter(languages: survey.languages)
        writer.line("# Imported from \(source.replacingOccurrences(of: "\n", with: " ")) by chosa survey import-xlsform.", .none)
        writer.line("id: \(scalar(survey.id))", .none)
        writer.line("version: \(quoted(survey.version))", .none)
        writer.line("title: \(writer.text(survey.title))", .none)
        if let description = survey.description { writer.line("description: \(writer.text(description))", .none) }
        writer.line("languages: [\(survey.languages.joined(separator: ", "))]", .none)
        writer.line("deadline: \(survey.deadline)", .none)
        if !survey.choiceLists.isEmpty {
            writer.line("", .none)
            writer.line("choice_lists:", .none)
            for (listIndex, list) in survey.choiceLists.enumerated() {
                writer.line("  \(scalar(list.id)):", .choiceList(listIndex))
                for (choiceIndex, choice) in list.choices.enumerated() {
                    writer.line("    - {value: \(scalar(choice.value)), label: \(writer.text(choice.label))}", .choice(listIndex, choiceIndex))
                }
            }
        }
        writer.line("", .none)
        writer.line("sections:", .none)
        for (sectionIndex, section) in survey.sections.enumerated() {
            writer.line("  - id: \(scalar(section.id))", .section(sectionIndex, key: nil))
            writer.line("    title: \(writer.text(section.title))", .section(sectionIndex, key: "title"))
            if let description = section.description {
                writer.line("    description: \(writer.text(description))", .section(sectionIndex, key: "description"))
            }
            if let relevant = section.relevant { writer.line("    relevant: \(quoted(relevant))", .section(sectionIndex, key: "relevant")) }
            writer.line(section.items.isEmpty ? "    items: []" : "    items:", .section(sectionIndex, key: nil))
            for (index, item) in section.items.enumerated() {
                writer.item(item, path: [sectionIndex, index], indent: "      ")
            }
        }
        return (writer.lines.joined(separator: "\n") + "\n", writer.origins)
    }

    private mutating func line(_ text: String, _ origin: DraftOrigin) {
        lines.append(text)
        origins.append(origin)
    }

    private mutating func item(_ item: DraftSurvey.Item, path: [Int], indent: String) {
        func key(_ name: String?) -> DraftOrigin { .item(path, key: name) }
        line("\(indent)- id: \(Self.scalar(item.id))", key("id"))
        let inner = indent + "  "
        line("\(inner)type: \(item.type.rawValue)", key("type"))
        if let required = item.required { line("\(inner)required: \(required == "true" ? "true" : Self.quoted(required))", key("required")) }
        if let text = item.text { line("\(inner)text: \(self.text(text))", key("text")) }
        if let hint = item.hint { line("\(inner)hint: \(self.text(hint))", key("hint")) }
        if let choices = item.choices { line("\(inner)choices: \(Self.scalar(choices))", key("choices")) }
        if let prefill = item.prefill { line("\(inner)prefill: \(Self.scalar(prefill))", key("prefill")) }
        if let relevant = item.relevant { line("\(inner)relevant: \(Self.quoted(relevant))", key("relevant")) }
        if let constraint = item.constraint { line("\(inner)constraint: \(Self.quoted(constraint))", key("constraint")) }
        if let message = item.constraintMessage { line("\(inner)constraint_message: \(text(message))", key("constraint_message")) }
        if let calculation = item.calculation { line("\(inner)calculation: \(Self.quoted(calculation))", key("calculation")) }
        if let low = item.minCount { line("\(inner)min: \(low)", key("min")) }
        if let high = item.maxCount { line("\(inner)max: \(high)", key("max")) }
        if !item.accept.isEmpty { line("\(inner)accept: [\(item.accept.map(Self.quoted).joined(separator: ", "))]", key("accept")) }
        if item.type.isContainer {
            line(item.items.isEmpty ? "\(inner)items: []" : "\(inner)items:", key(nil))
            for (index, child) in item.items.enumerated() {
                self.item(child, path: path + [index], indent: inner + "  ")
            }
        }
    }

    /// `{ja: "…", en: "…"}` in the survey's language order.
    private func text(_ text: DraftSurvey.Text) -> String {
        let pairs = languages.compactMap { code in text[code].map { "\(code): \(Self.quoted($0))" } }
        return "{\(pairs.joined(separator: ", "))}"
    }

    /// Words YAML 1.1 reads as booleans or null, which must be quoted to stay strings.
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]

    /// An id as a plain scalar when that is unambiguous, quoted otherwise.
    static func scalar(_ text: String) -> String {
        let plain = !text.isEmpty && !reservedWords.contains(text.lowercased())
            && text.unicodeScalars.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" } == true
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0) }
        return plain ? text : quoted(text)
    }

    /// A double-quoted YAML scalar with every character that needs it escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Four lower-case hex digits.
private func hex4(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
