import Foundation
import SurveyCore
import SurveyReports

/// Turns questionnaire items, a draft's answers and the evaluated form into `ItemView`s: question numbers and
/// "answer only if" wording from the paper form, relevance from the server-side evaluation, and each problem
/// attached to the input it is about.
struct ItemViewBuilder {
    let survey: SurveyDefinition
    let form: FormState
    let answers: [String: JSONValue]
    let evidence: [String: [ResponseFile.EvidenceFile]]
    let problemsByPath: [String: [String]]
    let language: Language
    let readOnly: Bool
    let numbers: QuestionNumbers
    let wording: ConditionWording
    /// Last year's answers and files by this year's item ids, shown beside each question (DESIGN §5.10).
    var previous: (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]])?
    /// Which page of each repeat's entries to show (1-based): a repeat may have 500 entries, and showing them all
    /// once took seconds and megabytes per view, so entries are shown `rowsPerPage` at a time.
    var rowPage = 1
    /// The largest file one input may send (the server's `maxUploadBytes`), stated beside every file input.
    var maxFileBytes = ServerConfiguration().maxUploadBytes
    /// What the roster says of the institution, for questions with `prefill` (DESIGN §5.1): shown chosen until answered.
    var roster: [Prefill: String] = [:]

    /// Entries of a repeat shown on one page.
    static let rowsPerPage = 25

    init(survey: SurveyDefinition, form: FormState, answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]],
         problems: [ResponseProblem], language: Language, readOnly: Bool) {
        self.survey = survey
        self.form = form
        self.answers = answers
        self.evidence = evidence
        var byPath: [String: [String]] = [:]
        for problem in problems where problem.severity == .error || problem.code == .notRelevant {
            var path = problem.path
            // evidence.item[0] → item: file problems show at the item's upload field.
            if path.hasPrefix("evidence.") {
                path = String(path.dropFirst("evidence.".count).prefix { $0 != "[" })
            }
            byPath[path, default: []].append(problem.message.text(language))
        }
        self.problemsByPath = byPath
        self.language = language
        self.readOnly = readOnly
        self.numbers = QuestionNumbers(survey)
        self.wording = ConditionWording(survey: survey, numbers: numbers)
    }

    /// The view of `item`, top level or inside entry `instance` of a repeat whose row object is `row`.
    func build(_ item: Item, repeatID: String? = nil, instance: Int? = nil, row: [String: JSONValue] = [:]) -> ItemView {
        let place = repeatID.map { "\($0)-\(instance ?? 0)-" } ?? ""
        let domID = "q-\(place)\(item.id)"
        let path = repeatID.map { "\($0)[\(instance ?? 0)].\(item.id)" } ?? item.id
        let errors = problemsByPath[path] ?? []
        var view = ItemView(id: item.id, domID: domID, name: repeatID.map { "a:\($0):\(instance ?? 0):\(item.id)" } ?? "a:\(item.id)",
                            number: numbers.number(item.id) ?? "", label: item.text?.text(language) ?? item.id,
                            hint: item.hint?.text(language) ?? "", condition: item.relevant.map { wording.instruction($0).text(language) } ?? "",
                            required: item.required == .always, hidden: !form.isRelevant(item.id, instance: instance),
                            readOnly: readOnly, errors: errors, describedBy: "")
        view.hasErrors = !errors.isEmpty
        view.hintID = "hint-\(domID)"
        view.conditionID = "cond-\(domID)"
        view.errorID = "error-\(domID)"
        view.hasHint = item.hint != nil
        view.hasCondition = item.relevant != nil
        view.hasNumber = !view.number.isEmpty
        view.describedBy = [view.hasHint ? view.hintID : nil, view.hasCondition ? view.conditionID : nil, errors.isEmpty ? nil : view.errorID]
            .compactMap { $0 }.joined(separator: " ")
        view.hasDescribedBy = !view.describedBy.isEmpty
        if repeatID == nil, let previous, item.type != .group, item.type != .note, item.type != .calculate {
            let lines: [String] = switch ItemCodec.of(item.type).answer {
            case .files: (previous.evidence[item.id] ?? []).map(\.name)
            case .rows: if case let .array(rows)? = previous.answers[item.id] {
                [language == .ja ? "\(rows.count)件" : "\(rows.count) \(rows.count == 1 ? "entry" : "entries")"]
            } else { [] }
            case .none, .yesNo, .choice, .choices, .number, .text, .date:
                AnswerList.words(item, previous.answers[item.id], survey: survey, language: language)
            }
            view.previousText = lines.isEmpty ? UIText.text("noPreviousAnswer", language) : lines.joined(separator: language == .ja ? "、" : ", ")
            view.hasPrevious = true
        }
        var value = repeatID == nil ? answers[item.id] : row[item.id]
        if value == nil, let known = item.prefill.flatMap({ roster[$0] }), survey.choiceList(for: item)?.choice(known) != nil {
            value = .string(known)
            view.isPrefilled = true
        }
        switch item.type {
        case .note:
            view.isNote = true
        case .calculate:
            view.isCalculate = true
            view.value = form.value(item.id, instance: instance).stringValue
            // A calculation without a label is bookkeeping for the rubric, not something to show respondents.
            if item.text == nil { view.hidden = true }
        case .yesNo:
            view.isChoice = true
            view.inputType = "radio"
            view.options = [("yes", UIText.text("yes", language)), ("no", UIText.text("no", language))].map {
                ItemView.Option(value: $0.0, label: $0.1, optionID: "\(domID)-\($0.0)", checked: value == .string($0.0))
            }
        case .selectOne, .selectMultiple:
            view.isChoice = true
            view.inputType = item.type == .selectOne ? "radio" : "checkbox"
            let chosen: Set<String> = switch value {
            case let .string(text)?: [text]
            case let .array(values)?: Set(values.compactMap { if case let .string(text) = $0 { text } else { nil } })
            case .null?, .bool?, .number?, .object?, nil: []
            }
            view.options = (survey.choiceList(for: item)?.choices ?? []).map {
                ItemView.Option(value: $0.value, label: $0.label.text(language), optionID: "\(domID)-\($0.value)", checked: chosen.contains($0.value))
            }
        case .integer, .decimal, .text, .longText, .date:
            view.isField = item.type != .longText
            view.isLongText = item.type == .longText
            view.inputType = item.type == .date ? "date" : "text"
            view.inputMode = item.type == .integer ? "numeric" : item.type == .decimal ? "decimal" : ""
            view.hasInputMode = !view.inputMode.isEmpty
            view.value = ItemCodec.of(item.type).formText(value)
        case .evidence:
            view.isEvidence = true
            let accepted = ResponseService.accepted(by: item)
            view.accept = accepted.joined(separator: ",")
            view.acceptText = MediaSniffer.names(accepted).text(language)
            view.maxFileBytes = maxFileBytes
            view.limitText = language == .ja ? "1ファイル \(MediaSniffer.megabytes(maxFileBytes)) まで" : "up to \(MediaSniffer.megabytes(maxFileBytes)) per file"
            view.limitSentence = language == .ja ? "（\(view.limitText)）" : " (\(view.limitText))"
            view.acceptID = "accept-\(domID)"
            view.files = (evidence[item.id] ?? []).map {
                ItemView.File(name: $0.name, sha256: $0.sha256, sizeText: $0.size.map(Self.sizeText) ?? "",
                              detachAction: "detach:\(item.id):\($0.sha256)")
            }
            view.hasFiles = !view.files.isEmpty
        case .group:
            view.isGroup = true
            view.children = item.items.map { build($0, repeatID: repeatID, instance: instance, row: row) }
        case .repeat:
            view.isRepeat = true
            let rows: [[String: JSONValue]] = if case let .array(list)? = value {
                list.map { if case let .object(fields) = $0 { fields } else { [:] } }
            } else { [] }
            let window = Self.window(total: rows.count, page: rowPage)
            view.rowsName = "rows:\(item.id)"
            view.rowsFromName = "rowsFrom:\(item.id)"
            view.rowsShownName = "rowsShown:\(item.id)"
            view.rowsFrom = window.lowerBound
            view.rowsShown = window.count
            view.rowCount = window.count
            view.hasRows = !rows.isEmpty
            view.addAction = "add:\(item.id)"
            view.canAdd = !readOnly && rows.count < (item.maxCount ?? 500)
            view.rows = window.map { index in
                ItemView.Row(legend: language == .ja ? "\(index + 1)\(UIText.text("row", language))" : "\(UIText.text("row", language)) \(index + 1)",
                             cells: item.items.map { build($0, repeatID: item.id, instance: index, row: rows[index]) },
                             removeAction: "remove:\(item.id):\(index)")
            }
            let page = window.isEmpty ? 1 : window.lowerBound / Self.rowsPerPage + 1
            let pages = max(1, (rows.count + Self.rowsPerPage - 1) / Self.rowsPerPage)
            view.hasPager = pages > 1
            view.pagerText = language == .ja
                ? "全\(rows.count)件中 \(window.lowerBound + 1)〜\(window.upperBound)件目（\(page)/\(pages)ページ）"
                : "Entries \(window.lowerBound + 1)–\(window.upperBound) of \(rows.count) (page \(page) of \(pages))"
            view.hasPreviousRows = page > 1
            view.hasNextRows = page < pages
            view.previousRowsPage = page - 1
            view.nextRowsPage = page + 1
        }
        return view
    }

    /// The entries of a repeat with `total` entries shown on `page` (clamped to the pages there are).
    static func window(total: Int, page: Int) -> Range<Int> {
        let pages = max(1, (total + rowsPerPage - 1) / rowsPerPage)
        let from = (min(max(1, page), pages) - 1) * rowsPerPage
        return from..<min(total, from + rowsPerPage)
    }

    /// The page that shows entry `index`.
    static func page(showing index: Int) -> Int {
        max(0, index) / rowsPerPage + 1
    }

    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1_048_576 { return String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        if bytes >= 1024 { return String(format: "%.0f KB", Double(bytes) / 1024) }
        return "\(bytes) B"
    }
}
