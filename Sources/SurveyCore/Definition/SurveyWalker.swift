import Yams

/// Walks the YAML nodes of a survey file, building sections and items and reporting every problem through the reader.
struct SurveyWalker {
    let reader: YAMLReader
    let symbols: [String: ExpressionBinder.Symbol]
    var languages: [String] = ["ja", "en"]
    var choiceListIDs: Set<String> = []
    var usedChoiceLists: Set<String> = []
    var seenIDs: [String: SourcePosition] = [:]

    init(reader: YAMLReader, symbols: [String: ExpressionBinder.Symbol]) {
        self.reader = reader
        self.symbols = symbols
    }

    /// A first pass that only collects item ids, types and repeats in document order, so expressions can be
    /// bound to slots while the full walk proceeds; the first definition of a duplicated id wins here.
    static func collectSymbols(_ root: Node) -> [String: ExpressionBinder.Symbol] {
        var symbols: [String: ExpressionBinder.Symbol] = [:]
        var next = 0
        func visit(_ node: Node, repeatSlot: Int?) {
            // The same expansion budget as the full walk, which reports the problem; aliases can make this exponential.
            guard next < YAMLReader.maximumNodes, case let .mapping(mapping) = node else { return }
            let slot = next
            next += 1
            let id = mapping["id"]?.string ?? ""
            let type = mapping["type"]?.string.flatMap(ItemType.init(rawValue:))
            if let type, !id.isEmpty, symbols[id] == nil {
                symbols[id] = ExpressionBinder.Symbol(slot: slot, type: type, repeatSlot: repeatSlot)
            }
            guard let type, type.isContainer, case let .sequence(children)? = mapping["items"] else { return }
            for child in children { visit(child, repeatSlot: type == .repeat ? slot : repeatSlot) }
        }
        guard case let .mapping(top) = root, case let .sequence(sections)? = top["sections"] else { return symbols }
        for section in sections {
            guard case let .mapping(sectionMapping) = section, case let .sequence(items)? = sectionMapping["items"] else { continue }
            for item in items { visit(item, repeatSlot: nil) }
        }
        return symbols
    }

    /// The survey's parts, or nil when the top level is unusable; problems are in the reader.
    mutating func walk(_ root: Node) -> SurveyDefinition? {
        let what = Message(en: "the survey", ja: "調査定義")
        guard let fields = reader.fields(root, what, allowed: SurveyLoader.topLevelKeys,
                                         required: ["id", "version", "title", "languages", "deadline", "sections"]) else { return nil }
        if let node = fields["languages"] { languages = readLanguages(node) }
        let id = fields["id"].flatMap { readID($0, Message(en: "the survey id", ja: "調査ID"), pattern: .surveyID) }
        let version = fields["version"].flatMap { reader.string($0, Message(en: "the version", ja: "版")) }
        let title = fields["title"].flatMap { reader.localized($0, Message(en: "the survey title", ja: "調査名"), languages: languages) }
        let description = fields["description"].flatMap {
            reader.localized($0, Message(en: "the survey description", ja: "調査の説明"), languages: languages)
        }
        let deadline = fields["deadline"].flatMap(readDeadline)
        let publisher = fields["publisher"].flatMap(readPublisher)
        var choiceLists: [ChoiceList] = []
        if let node = fields["choice_lists"] { choiceLists = readChoiceLists(node) }
        choiceListIDs = Set(choiceLists.map(\.id))
        var sections: [Section] = []
        if let node = fields["sections"], let nodes = reader.sequence(node, Message(en: "sections", ja: "sections")) {
            if nodes.isEmpty {
                reader.report(node, "empty-survey", en: "the survey has no sections", ja: "調査にセクションがありません")
            }
            var sectionIDs: [String: SourcePosition] = [:]
            for sectionNode in nodes {
                guard let section = readSection(sectionNode) else { continue }
                if let first = sectionIDs[section.id] {
                    reader.report(at: section.position, "duplicate-id", Message(
                        en: "section id '\(section.id)' is already used at \(first)",
                        ja: "セクションID「\(section.id)」は \(first) で既に使われています"))
                } else {
                    sectionIDs[section.id] = section.position
                }
                sections.append(section)
            }
        }
        for list in choiceLists where !usedChoiceLists.contains(list.id) {
            reader.report(at: nil, "unused-choice-list", Message(
                en: "choice list '\(list.id)' is not used by any item", ja: "選択肢リスト「\(list.id)」はどの項目でも使われていません"),
                severity: .warning)
        }
        let previous = fields["previous"].flatMap { readPrevious($0, sections: sections, surveyID: id) }
        guard let id, let version, let title, let deadline else { return nil }
        var survey = SurveyDefinition(id: id, version: version, title: title, description: description, languages: languages,
                                      deadline: deadline, choiceLists: choiceLists, sections: sections, evaluationOrder: [],
                                      publisher: publisher)
        survey.previous = previous
        if let node = fields["opens"], let opens = readDate(node, Message(en: "the opening day", ja: "受付開始日")) {
            if opens > deadline {
                reader.report(node, "opens-after-deadline", en: "the survey opens (\(opens)) after its deadline (\(deadline))",
                              ja: "受付開始日（\(opens)）が締切（\(deadline)）より後です")
            }
            survey.opens = opens
        }
        return survey
    }

    /// `previous: {survey: ID, map: {new_item: old_item}}`; every key of `map` must be an item of this survey
    /// (its values are checked against the previous survey where that is at hand: `PreviousSurvey.problems`).
    private func readPrevious(_ node: Node, sections: [Section], surveyID: String?) -> PreviousSurvey? {
        let what = Message(en: "previous", ja: "previous（前回調査）")
        guard let fields = reader.fields(node, what, allowed: ["survey", "map"], required: ["survey"]),
              let surveyNode = fields["survey"],
              let previousID = readID(surveyNode, Message(en: "the previous survey id", ja: "前回調査のID"), pattern: .surveyID) else { return nil }
        if previousID == surveyID {
            reader.report(surveyNode, "previous-is-self", en: "previous.survey names this survey itself; name last year's survey",
                          ja: "previous.survey にこの調査自身が指定されています。前回（前年度）の調査を指定してください")
            return nil
        }
        var map: [String: String] = [:]
        var positions: [String: SourcePosition] = [:]
        let ids = Set(ItemSlot.flatten(sections).map(\.item.id))
        if let mapNode = fields["map"], let pairs = reader.mapping(mapNode, Message(en: "previous.map", ja: "previous.map")) {
            for (key, keyNode, value) in pairs {
                guard let old = readID(value, Message(en: "the previous item id", ja: "前回調査の項目ID"), pattern: .itemID) else { continue }
                guard ids.contains(key) else {
                    let hint = Suggestion.closest(to: key, in: ids.sorted())
                    reader.report(keyNode, "unknown-item",
                                  en: "previous.map: this survey has no item '\(key)'" + (hint.map { "; did you mean '\($0)'?" } ?? ""),
                                  ja: "previous.map: この調査に項目「\(key)」はありません" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? ""))
                    continue
                }
                map[key] = old
                positions[key] = reader.position(keyNode)
            }
        }
        return PreviousSurvey(surveyID: previousID, map: map, positions: positions, position: reader.position(node))
    }

    /// The optional `publisher` block: `organisation` (required in it), `office`, `officer_title`, `officer_name`,
    /// `contact`, each text in every language.
    private func readPublisher(_ node: Node) -> Publisher? {
        guard let fields = reader.fields(node, Message(en: "the publisher", ja: "発行者"), allowed: Publisher.keys,
                                         required: ["organisation"]) else { return nil }
        func text(_ key: String, _ en: String, _ ja: String) -> LocalizedText? {
            fields[key].flatMap { reader.localized($0, Message(en: "the publisher's \(en)", ja: "発行者の\(ja)"), languages: languages) }
        }
        guard let organisation = text("organisation", "organisation", "組織名") else { return nil }
        return Publisher(organisation: organisation, office: text("office", "office", "担当部局"),
                         officerTitle: text("officer_title", "officer title", "担当官の職名"),
                         officerName: text("officer_name", "officer name", "担当官の氏名"), contact: text("contact", "contact", "連絡先"))
    }

    private func readLanguages(_ node: Node) -> [String] {
        let what = Message(en: "languages", ja: "languages")
        guard let nodes = reader.sequence(node, what) else { return ["ja", "en"] }
        var codes: [String] = []
        for element in nodes {
            guard let code = reader.string(element, what) else { continue }
            guard (2...3).contains(code.unicodeScalars.count), code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
                reader.report(element, "invalid-language", en: "'\(code)' is not a language code such as ja or en",
                              ja: "「\(code)」は ja や en のような言語コードではありません")
                continue
            }
            if codes.contains(code) {
                reader.report(element, "duplicate-language", en: "language '\(code)' is listed twice", ja: "言語「\(code)」が重複しています")
            }
            codes.append(code)
        }
        if codes.isEmpty {
            reader.report(node, "missing-language", en: "list at least one language, e.g. [ja, en]", ja: "言語を少なくとも一つ書いてください（例：[ja, en]）")
            return ["ja", "en"]
        }
        return codes
    }

    private func readDeadline(_ node: Node) -> CivilDate? {
        readDate(node, Message(en: "the deadline", ja: "締切"))
    }

    private func readDate(_ node: Node, _ what: Message) -> CivilDate? {
        guard let text = reader.string(node, what) else { return nil }
        guard let date = CivilDate(iso: text) else {
            reader.report(node, "invalid-date", en: "\(what.en) '\(text)' is not a date; write YYYY-MM-DD",
                          ja: "\(what.ja)「\(text)」は日付ではありません。YYYY-MM-DD で書いてください")
            return nil
        }
        return date
    }

    /// An id that matches `pattern`, or nil (reported).
    func readID(_ node: Node, _ what: Message, pattern: IDPattern) -> String? {
        guard let id = reader.string(node, what) else { return nil }
        guard pattern.matches(id) else {
            reader.report(node, "invalid-id", en: "\(what.en) '\(id)' \(pattern.rule.en)", ja: "\(what.ja)「\(id)」\(pattern.rule.ja)")
            return nil
        }
        return id
    }

    private mutating func readChoiceLists(_ node: Node) -> [ChoiceList] {
        guard let pairs = reader.mapping(node, Message(en: "choice_lists", ja: "choice_lists")) else { return [] }
        var lists: [ChoiceList] = []
        for (id, keyNode, value) in pairs {
            guard readID(keyNode, Message(en: "choice list id", ja: "選択肢リストID"), pattern: .itemID) != nil else { continue }
            let what = Message(en: "choice list '\(id)'", ja: "選択肢リスト「\(id)」")
            guard let nodes = reader.sequence(value, what) else { continue }
            var choices: [ChoiceList.Choice] = []
            var seen: Set<String> = []
            for choiceNode in nodes {
                guard let fields = reader.fields(choiceNode, Message(en: "a choice in '\(id)'", ja: "「\(id)」の選択肢"),
                                                 allowed: ["value", "label"], required: ["value", "label"]),
                      let valueNode = fields["value"], let labelNode = fields["label"],
                      let choiceValue = readID(valueNode, Message(en: "choice value", ja: "選択肢の値"), pattern: .choiceValue)
                else { continue }
                if !seen.insert(choiceValue).inserted {
                    reader.report(valueNode, "duplicate-choice", en: "value '\(choiceValue)' appears twice in choice list '\(id)'",
                                  ja: "選択肢リスト「\(id)」に値「\(choiceValue)」が重複しています")
                }
                let label = reader.localized(labelNode, Message(en: "the label of '\(choiceValue)' in '\(id)'",
                                                                ja: "「\(id)」の「\(choiceValue)」のラベル"), languages: languages)
                choices.append(ChoiceList.Choice(value: choiceValue, label: label ?? LocalizedText([:])))
            }
            if choices.isEmpty {
                reader.report(value, "empty-choice-list", en: "choice list '\(id)' has no choices", ja: "選択肢リスト「\(id)」に選択肢がありません")
            }
            lists.append(ChoiceList(id: id, choices: choices))
        }
        return lists
    }

    private mutating func readSection(_ node: Node) -> Section? {
        guard let fields = reader.fields(node, Message(en: "a section", ja: "セクション"),
                                         allowed: SurveyLoader.sectionKeys, required: ["id", "title", "items"]),
              let idNode = fields["id"],
              let id = readID(idNode, Message(en: "section id", ja: "セクションID"), pattern: .itemID) else { return nil }
        let what = Message(en: "section '\(id)'", ja: "セクション「\(id)」")
        let position = reader.position(node) ?? SourcePosition(file: reader.file, line: 1, column: 1)
        let title = fields["title"].flatMap { reader.localized($0, Message(en: "the title of \(what.en)", ja: "\(what.ja)の見出し"), languages: languages) }
        let description = fields["description"].flatMap {
            reader.localized($0, Message(en: "the description of \(what.en)", ja: "\(what.ja)の説明"), languages: languages)
        }
        let relevant = fields["relevant"].flatMap {
            expression($0, Message(en: "relevant of \(what.en)", ja: "\(what.ja)の relevant"), context: .init())
        }
        var items: [Item] = []
        if let itemsNode = fields["items"], let nodes = reader.sequence(itemsNode, Message(en: "items of \(what.en)", ja: "\(what.ja)の items")) {
            if nodes.isEmpty {
                reader.report(itemsNode, "empty-container", en: "\(what.en) has no items", ja: "\(what.ja)に項目がありません")
            }
            items = nodes.compactMap { readItem($0, repeatSlot: nil, depth: 0) }
        }
        return Section(id: id, title: title ?? LocalizedText([:]), description: description, relevant: relevant,
                       items: items, position: position)
    }

    /// Parses and binds an expression, reporting syntax and binding problems at their exact positions.
    func expression(_ node: Node, _ what: Message, context: ExpressionBinder.Context) -> Expression? {
        reader.boundExpression(node, what, binder: ExpressionBinder(symbols: symbols), context: context)
    }
}

/// The shapes ids must have, with the rule stated for messages.
package enum IDPattern {
    /// A survey id such as `cao-research-integrity-2023`.
    case surveyID
    /// An item, section or choice-list id such as `staff_count`.
    case itemID
    /// A choice value such as `in_force`.
    case choiceValue

    /// True when `text` has this shape; checked by hand because the rules are simple character classes.
    package func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard (1...64).contains(scalars.count) else { return false }
        func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        switch self {
        case .surveyID:
            return (isLetter(scalars[0]) || isDigit(scalars[0]))
                && scalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" || $0 == "." || $0 == "-" }
        case .itemID:
            return (isLetter(scalars[0]) || scalars[0] == "_") && scalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" }
        case .choiceValue:
            return scalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" || $0 == "." || $0 == "-" }
        }
    }

    /// The rule in words, for messages.
    package var rule: Message {
        switch self {
        case .surveyID:
            Message(en: "must be letters, digits, '_', '.' or '-' (at most 64)", ja: "は英数字・「_」「.」「-」で 64 文字以内にしてください")
        case .itemID:
            Message(en: "must start with a letter or '_' and use only letters, digits and '_' (at most 64)",
                    ja: "は英字か「_」で始め、英数字と「_」だけで 64 文字以内にしてください")
        case .choiceValue:
            Message(en: "must be letters, digits, '_', '.' or '-' with no spaces (multiple-choice answers are space-separated)",
                    ja: "は英数字・「_」「.」「-」で空白を含めないでください（複数選択の回答は空白区切りのため）")
        }
    }
}
