import Yams

/// Walks the YAML nodes of a rubric, building domains and measures and reporting every problem through the reader.
struct RubricWalker {
    let reader: YAMLReader
    let survey: SurveyDefinition
    let itemBinder: ExpressionBinder
    var languages: [String]
    var measureIDs: [String: SourcePosition] = [:]

    static let topLevelKeys = ["id", "version", "survey", "title", "domains", "verdicts", "confidence"]
    static let domainKeys = ["id", "title", "weight", "measures"]
    static let measureKeys = ["id", "title", "points", "critical", "applies", "met", "partial", "evidence", "min_evidence",
                              "recommendation", "basis", "closing_evidence"]

    init(reader: YAMLReader, survey: SurveyDefinition) {
        self.reader = reader
        self.survey = survey
        self.itemBinder = ExpressionBinder(survey: survey)
        self.languages = survey.languages
    }

    mutating func walk(_ root: Node) -> Rubric? {
        let what = Message(en: "the rubric", ja: "評価基準")
        guard let fields = reader.fields(root, what, allowed: Self.topLevelKeys,
                                         required: ["id", "version", "survey", "domains"]) else { return nil }
        let id = fields["id"].flatMap { reader.string($0, Message(en: "the rubric id", ja: "評価基準ID")) }
        let version = fields["version"].flatMap { reader.string($0, Message(en: "the version", ja: "版")) }
        let surveyID = fields["survey"].flatMap { reader.string($0, Message(en: "the survey id", ja: "調査ID")) }
        if let surveyID, surveyID != survey.id, let node = fields["survey"] {
            reader.report(node, "wrong-survey", en: "the rubric is for survey '\(surveyID)', but the survey is '\(survey.id)'",
                          ja: "評価基準は調査「\(surveyID)」用ですが、調査は「\(survey.id)」です")
        }
        let title = fields["title"].flatMap { reader.localized($0, Message(en: "the rubric title", ja: "評価基準の名称"), languages: languages) }
        var domains: [Rubric.Domain] = []
        if let node = fields["domains"], let nodes = reader.sequence(node, Message(en: "domains", ja: "domains")) {
            if nodes.isEmpty { reader.report(node, "empty-rubric", en: "the rubric has no domains", ja: "評価基準に領域がありません") }
            var domainIDs: [String: SourcePosition] = [:]
            for domainNode in nodes {
                guard let domain = readDomain(domainNode) else { continue }
                if let first = domainIDs[domain.id], let position = reader.position(domainNode) {
                    reader.report(at: position, "duplicate-id", Message(en: "domain id '\(domain.id)' is already used at \(first)",
                                                                        ja: "領域ID「\(domain.id)」は \(first) で既に使われています"))
                } else if let position = reader.position(domainNode) {
                    domainIDs[domain.id] = position
                }
                domains.append(domain)
            }
        }
        let verdicts = readRules(fields["verdicts"], key: "verdict", variables: Rubric.verdictVariables,
                                 defaults: Rubric.defaultVerdicts, parse: Verdict.init(rawValue:))
            .map { Rubric.VerdictRule(verdict: $0.0, condition: $0.1) }
        let confidence = readRules(fields["confidence"], key: "confidence", variables: Rubric.confidenceVariables,
                                   defaults: Rubric.defaultConfidence, parse: Confidence.init(rawValue:))
            .map { Rubric.ConfidenceRule(confidence: $0.0, condition: $0.1) }
        guard let id, let version, let surveyID else { return nil }
        return Rubric(id: id, version: version, survey: surveyID, title: title, domains: domains,
                      verdicts: verdicts, confidence: confidence)
    }

    private mutating func readDomain(_ node: Node) -> Rubric.Domain? {
        guard let fields = reader.fields(node, Message(en: "a domain", ja: "領域"), allowed: Self.domainKeys,
                                         required: ["id", "title", "weight", "measures"]),
              let id = fields["id"].flatMap({ reader.string($0, Message(en: "domain id", ja: "領域ID")) }) else { return nil }
        let what = Message(en: "domain '\(id)'", ja: "領域「\(id)」")
        let title = fields["title"].flatMap { reader.localized($0, Message(en: "the title of \(what.en)", ja: "\(what.ja)の名称"), languages: languages) }
        let weight = fields["weight"].flatMap { reader.positiveNumber($0, Message(en: "the weight of \(what.en)", ja: "\(what.ja)の重み")) }
        var measures: [Rubric.Measure] = []
        if let node = fields["measures"], let nodes = reader.sequence(node, Message(en: "measures of \(what.en)", ja: "\(what.ja)の measures")) {
            if nodes.isEmpty {
                reader.report(node, "empty-container", en: "\(what.en) has no measures", ja: "\(what.ja)に評価項目がありません")
            }
            measures = nodes.compactMap { readMeasure($0, domain: id) }
        }
        return Rubric.Domain(id: id, title: title ?? LocalizedText([:]), weight: weight ?? 1, measures: measures)
    }

    private mutating func readMeasure(_ node: Node, domain: String) -> Rubric.Measure? {
        guard let fields = reader.fields(node, Message(en: "a measure", ja: "評価項目"), allowed: Self.measureKeys,
                                         required: ["id", "title", "points", "met", "recommendation", "basis"]),
              let idNode = fields["id"], let id = reader.string(idNode, Message(en: "measure id", ja: "評価項目ID")) else { return nil }
        let what = Message(en: "measure '\(id)'", ja: "評価項目「\(id)」")
        let position = reader.position(node) ?? SourcePosition(file: reader.file, line: 1, column: 1)
        if let first = measureIDs[id] {
            reader.report(idNode, "duplicate-id", en: "measure id '\(id)' is already used at \(first)",
                          ja: "評価項目ID「\(id)」は \(first) で既に使われています")
        } else {
            measureIDs[id] = position
        }
        func text(_ key: String, _ label: Message) -> LocalizedText? {
            fields[key].flatMap { reader.localized($0, Message(en: "the \(label.en) of \(what.en)", ja: "\(what.ja)の\(label.ja)"), languages: languages) }
        }
        func rule(_ key: String) -> Expression? {
            fields[key].flatMap { expression($0, Message(en: "\(key) of \(what.en)", ja: "\(what.ja)の \(key)")) }
        }
        let points = fields["points"].flatMap { pointsNode -> Int? in
            guard let value = reader.integer(pointsNode, Message(en: "the points of \(what.en)", ja: "\(what.ja)の配点"), in: 1...5) else { return nil }
            guard [5, 3, 1].contains(value) else {
                reader.report(pointsNode, "invalid-points", en: "points must be 5, 3 or 1, not \(value)", ja: "配点は 5・3・1 のいずれかにしてください（\(value) は不可）")
                return nil
            }
            return value
        }
        let critical = fields["critical"].flatMap { reader.bool($0, Message(en: "critical of \(what.en)", ja: "\(what.ja)の critical")) } ?? false
        let evidence = fields["evidence"].flatMap { evidenceNode -> String? in
            guard let itemID = reader.string(evidenceNode, Message(en: "evidence of \(what.en)", ja: "\(what.ja)の evidence")) else { return nil }
            guard let item = survey.item(itemID) else {
                let hint = Suggestion.closest(to: itemID, in: survey.slots.filter { $0.item.type == .evidence }.map(\.item.id))
                reader.report(evidenceNode, "unknown-reference", en: "unknown item '\(itemID)'" + (hint.map { "; did you mean '\($0)'?" } ?? ""),
                              ja: "不明な項目「\(itemID)」です" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? ""))
                return nil
            }
            guard item.type == .evidence else {
                reader.report(evidenceNode, "not-evidence", en: "'\(itemID)' is a \(item.type.rawValue) item; 'evidence' must name an evidence item",
                              ja: "「\(itemID)」は \(item.type.rawValue) 型の項目です。evidence には証憑項目を指定してください")
                return nil
            }
            return itemID
        }
        var minEvidence: EvidenceLevel = critical ? .e1 : .e0
        if let levelNode = fields["min_evidence"], let text = reader.string(levelNode, Message(en: "min_evidence of \(what.en)", ja: "\(what.ja)の min_evidence")) {
            if let level = EvidenceLevel(rawValue: text) {
                minEvidence = level
            } else {
                reader.report(levelNode, "invalid-level", en: "min_evidence must be E0, E1, E2 or E3, not '\(text)'",
                              ja: "min_evidence は E0・E1・E2・E3 のいずれかにしてください（「\(text)」は不可）")
            }
        }
        if critical, evidence == nil, minEvidence > .e0 {
            reader.report(node, "critical-without-evidence", en: "\(what.en) is critical and needs \(minEvidence.rawValue), but names no evidence item, so only an analyst's verification can ever meet it",
                          ja: "\(what.ja)は重要項目で \(minEvidence.rawValue) が必要ですが、証憑項目の指定がないため、分析担当者の確認なしには充足になりません", severity: .warning)
        }
        let applies = rule("applies")
        let met = rule("met")
        if critical, minEvidence > .e0, let evidence, let slot = survey.slot(evidence), let met,
           !ClaimedEvidenceCheck.isRequiredWhenClaimed(met: met, applies: applies, evidence: slot, in: survey) {
            reader.report(node, "evidence-not-asked", en: "\(what.en) is critical, so a met answer without a file in '\(evidence)' counts as partly met, but the questionnaire does not require '\(evidence)' whenever the answers meet the measure; give it `required: true` with a `relevant` that the measure's met condition implies, or `required:` that condition",
                          ja: "\(what.ja)は重要項目のため、「\(evidence)」の添付なしに充足と回答すると一部充足として扱われますが、調査票はこの評価項目を充足する回答の全てで「\(evidence)」の添付を必須にしていません。`required: true`（`relevant` は充足条件から導かれるもの）とするか、`required:` に充足条件を指定してください", severity: .warning)
        }
        let partial = rule("partial")
        let title = text("title", Message(en: "title", ja: "名称"))
        let recommendation = text("recommendation", Message(en: "recommendation", ja: "改善の推奨"))
        let basis = text("basis", Message(en: "basis", ja: "根拠"))
        let closing = text("closing_evidence", Message(en: "closing_evidence", ja: "改善を示す資料"))
        guard let points, let met, let title, let recommendation, let basis else { return nil }
        return Rubric.Measure(id: id, domain: domain, title: title, points: points, critical: critical, applies: applies,
                              met: met, partial: partial, evidence: evidence, minEvidence: minEvidence,
                              recommendation: recommendation, basis: basis, closingEvidence: closing, position: position)
    }

    /// Parses and binds a measure expression over the survey's items, at top level.
    private func expression(_ node: Node, _ what: Message) -> Expression? {
        reader.boundExpression(node, what, binder: itemBinder, context: .init())
    }

    /// Verdict or confidence rules: a list of `{<key>: value, when: expression}` over `variables` only.
    private func readRules<Value>(_ node: Node?, key: String, variables: [String], defaults: [(Value, String)],
                                  parse: (String) -> Value?) -> [(Value, Expression)] {
        let noItems = ExpressionBinder(symbols: [:])
        guard let node else {
            return defaults.compactMap { value, source in
                (try? ExpressionParser.parse(source)).map {
                    (value, Expression(source: source, node: $0, position: SourcePosition(file: reader.file, line: 1, column: 1)))
                }
            }
        }
        guard let nodes = reader.sequence(node, Message(en: key == "verdict" ? "verdicts" : "confidence", ja: key == "verdict" ? "verdicts" : "confidence")) else { return [] }
        var rules: [(Value, Expression)] = []
        for ruleNode in nodes {
            let what = Message(en: "a \(key) rule", ja: "\(key) の規則")
            guard let fields = reader.fields(ruleNode, what, allowed: [key, "when"], required: [key, "when"]),
                  let valueNode = fields[key], let text = reader.string(valueNode, what) else { continue }
            guard let value = parse(text) else {
                reader.report(valueNode, "invalid-\(key)", en: "unknown \(key) '\(text)'", ja: "不明な \(key)「\(text)」です")
                continue
            }
            guard let whenNode = fields["when"],
                  let condition = reader.boundExpression(whenNode, Message(en: "when of a \(key) rule", ja: "\(key) の規則の when"),
                                       binder: noItems, context: .init(variables: variables)) else { continue }
            rules.append((value, condition))
        }
        return rules
    }
}
