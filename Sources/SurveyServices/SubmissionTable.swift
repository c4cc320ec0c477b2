public import SurveyCore

/// Spreadsheet tables of responses: one row per institution and one column per item in questionnaire order
/// (multiple choice as a 0/1 column per value, `item__value`; calculated items as `item__calculated`), and one
/// table per repeat with a row per repeat instance. Cells hold effective values: questions not asked are empty.
public struct SubmissionTable: Sendable {
    /// One response to lay out, with the columns that describe its institution.
    public struct Entry: Sendable {
        /// Leading cells: institution id, names, category, submission id, time, attestation.
        public var leading: [CSV.Field]
        /// The institution id (first column of repeat tables).
        public var institution: String
        /// The submission id (second column of repeat tables).
        public var submissionID: String
        /// The evaluated response.
        public var form: FormState
        /// Attached files by evidence item id.
        public var evidence: [String: [ResponseFile.EvidenceFile]]

        /// An entry from its parts.
        public init(leading: [CSV.Field], institution: String, submissionID: String, form: FormState,
                    evidence: [String: [ResponseFile.EvidenceFile]]) {
            self.leading = leading
            self.institution = institution
            self.submissionID = submissionID
            self.form = form
            self.evidence = evidence
        }
    }

    /// A named table: a header and rows.
    public struct Table: Sendable {
        /// The repeat's id, or nil for the main table.
        public var repeatID: String?
        /// Column names.
        public var header: [String]
        /// Rows of cells.
        public var rows: [[CSV.Field]]

        /// The table as CSV text; with `excel`, a byte-order mark first.
        public func csv(excel: Bool) -> String {
            CSV.document(header: header, rows: rows, excel: excel)
        }
    }

    /// The columns describing each institution, in order.
    public static let leadingColumns = ["institution", "name_ja", "name_en", "category", "submission_id", "submitted_at", "attested_by"]

    /// The questionnaire whose items become columns.
    public let survey: SurveyDefinition

    /// A table builder for `survey`.
    public init(survey: SurveyDefinition) {
        self.survey = survey
    }

    /// The main table and one table per repeat, in questionnaire order.
    public func tables(_ entries: [Entry]) -> [Table] {
        var main = Table(repeatID: nil, header: Self.leadingColumns + columns(for: survey.slots.filter { $0.repeatSlot == nil }), rows: [])
        for entry in entries {
            main.rows.append(entry.leading + cells(for: survey.slots.filter { $0.repeatSlot == nil }, entry, instance: nil))
        }
        var tables = [main]
        for slot in survey.slots where slot.item.type == .repeat {
            let children = survey.slots.filter { $0.repeatSlot == slot.index }
            var table = Table(repeatID: slot.item.id, header: ["institution", "submission_id", "row"] + columns(for: children), rows: [])
            for entry in entries {
                for instance in 0..<entry.form.instances(of: slot.item.id) {
                    table.rows.append([.text(entry.institution), .text(entry.submissionID), .number(Double(instance + 1))]
                                      + cells(for: children, entry, instance: instance))
                }
            }
            tables.append(table)
        }
        return tables
    }

    private func columns(for slots: [ItemSlot]) -> [String] {
        slots.flatMap { slot -> [String] in
            let item = slot.item
            switch ItemCodec.of(item.type).columns {
            case .none: return []
            case .rowCount: return ["\(item.id)__rows"]
            case .calculated: return ["\(item.id)__calculated"]
            case .perChoice: return (survey.choiceList(for: item)?.choices ?? []).map { "\(item.id)__\($0.value)" }
            case .value, .fileNames: return [item.id]
            }
        }
    }

    private func cells(for slots: [ItemSlot], _ entry: Entry, instance: Int?) -> [CSV.Field] {
        let form = entry.form
        return slots.flatMap { slot -> [CSV.Field] in
            let item = slot.item
            switch ItemCodec.of(item.type).columns {
            case .none:
                return []
            case .rowCount:
                return [form.isRelevant(item.id) ? .number(Double(form.instances(of: item.id))) : .empty]
            case .fileNames:
                let names = form.isRelevant(item.id, instance: instance) ? (entry.evidence[item.id] ?? []).map(\.name) : []
                return [names.isEmpty ? .empty : .text(names.joined(separator: "; "))]
            case .perChoice:
                let value = form.value(item.id, instance: instance)
                let choices = survey.choiceList(for: item)?.choices ?? []
                guard !value.isEmpty else { return choices.map { _ in .empty } }
                let picked = Set(value.stringValue.split(separator: " ").map(String.init))
                return choices.map { .number(picked.contains($0.value) ? 1 : 0) }
            case .value, .calculated:
                return [Self.field(form.value(item.id, instance: instance))]
            }
        }
    }

    static func field(_ value: XPathValue) -> CSV.Field {
        switch value {
        case let .number(number): number.isFinite ? .number(number) : .empty
        case let .string(text): text.isEmpty ? .empty : .text(text)
        case let .boolean(flag): .text(flag ? "true" : "false")
        case let .date(date): .text(date.description)
        case let .list(values): .text(values.map(\.stringValue).joined(separator: " "))
        }
    }
}
