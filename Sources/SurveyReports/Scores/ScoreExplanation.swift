public import SurveyCore

/// Explains a score card measure by measure (`chosa score --explain`): the rule that decided each status,
/// the answers it read, where the evidence level came from, and any downgrade or analyst override.
public struct ScoreExplanation: Sendable {
    let survey: SurveyDefinition
    let rubric: Rubric
    let language: Language
    let numbers: QuestionNumbers

    /// An explainer for scores of `rubric` over `survey`, written in `language`.
    public init(survey: SurveyDefinition, rubric: Rubric, language: Language) {
        self.survey = survey
        self.rubric = rubric
        self.language = language
        self.numbers = QuestionNumbers(survey)
    }

    private func t(_ en: String, _ ja: String) -> String {
        Message(en: en, ja: ja).text(language)
    }

    /// The whole explanation for one institution, as plain text.
    public func text(_ card: ScoreCard, form: FormState) -> String {
        var lines: [String] = []
        let laxity = Figures.oneDecimal(card.laxity)
        lines.append(t("\(card.institution): laxity \(laxity), \(card.verdict.label.en), confidence \(card.confidence.label.en)",
                       "\(card.institution)：未充足率 \(laxity)、判定「\(card.verdict.label.ja)」、確度「\(card.confidence.label.ja)」"))
        lines.append(marginLine(card))
        if !card.criticalUnmet.isEmpty {
            lines.append(t("  critical measures not met: \(card.criticalUnmet.joined(separator: ", "))",
                           "  未充足の重要項目：\(card.criticalUnmet.joined(separator: "、"))"))
        }
        for domain in rubric.domains {
            let score = card.domains.first { $0.id == domain.id }
            let figure = score?.laxity.map(Figures.oneDecimal) ?? t("not applicable", "対象外")
            lines.append("")
            lines.append(t("[\(domain.title.text(.en))] domain laxity \(figure) (weight \(XPathValue.format(domain.weight)), kept \(XPathValue.format(score?.kept ?? 0)) of \(XPathValue.format(score?.applicable ?? 0)) points)",
                           "［\(domain.title.text(.ja))］領域別未充足率 \(figure)（重み \(XPathValue.format(domain.weight))、\(XPathValue.format(score?.applicable ?? 0)) 点中 \(XPathValue.format(score?.kept ?? 0)) 点）"))
            for measure in domain.measures {
                guard let result = card.measure(measure.id) else { continue }
                lines += explain(measure, result, form: form)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// How many measures' statuses must change for the verdict to change, each way (DESIGN §3, verdict margin).
    public func marginLine(_ card: ScoreCard) -> String {
        func part(_ margin: Int?, worse: Bool) -> String {
            let (en, ja) = worse ? ("worse", "悪化") : ("better", "改善")
            guard let margin else {
                return t("no \(en) verdict exists", worse ? "これより悪い判定はありません" : "これより良い判定はありません")
            }
            let count = margin >= 3 ? t("3 or more measures change", "3項目以上") : t("\(margin) measure\(margin == 1 ? "" : "s") change\(margin == 1 ? "s" : "")", "\(margin)項目")
            return t("\(en) if \(count) status", "\(count)の状態が変われば\(ja)")
        }
        var line = t("  verdict margin: \(part(card.marginDown, worse: true)); \(part(card.marginUp, worse: false))",
                     "  判定の余裕：\(part(card.marginDown, worse: true))、\(part(card.marginUp, worse: false))")
        if card.restsOnOneAnswer {
            line += t(" — one answer changes the verdict: needs analyst confirmation before any letter is issued",
                      "（1項目で判定が変わるため要確認：通知の発出前に分析担当者が確認します）")
        }
        return line
    }

    /// The lines explaining one measure.
    public func explain(_ measure: Rubric.Measure, _ result: MeasureResult, form: FormState) -> [String] {
        var lines: [String] = []
        let critical = measure.critical ? t(", critical", "、重要項目") : ""
        let plural = measure.points == 1 ? "" : "s"
        lines.append(t("  \(measure.id) — \(measure.title.text(.en)) (\(measure.points) point\(plural)\(critical))",
                       "  \(measure.id) — \(measure.title.text(.ja))（\(measure.points) 点\(critical)）"))
        let kept = XPathValue.format(result.kept)
        lines.append(t("    status: \(result.status.label.en), kept \(kept) of \(measure.points)",
                       "    状態：\(result.status.label.ja)（\(measure.points) 点中 \(kept) 点）"))
        lines.append("    " + ruleLine(measure, result))
        let read = readings(measure, form: form)
        if !read.isEmpty {
            lines.append(t("    read: ", "    参照した回答：") + read.joined(separator: t("; ", "／")))
        }
        lines.append("    " + evidenceLine(measure, result))
        if result.downgraded {
            lines.append(t("    downgraded: the rules give met, but this measure needs evidence \(measure.minEvidence.rawValue) or better, so it counts as partly met",
                           "    格下げ：規則上は充足ですが、この項目には \(measure.minEvidence.rawValue) 以上の根拠が必要なため、一部充足として扱います"))
        }
        if let reason = result.overrideReason {
            lines.append(t("    analyst override: \(reason) (the rules gave \(result.ruleStatus.label.en))",
                           "    分析担当者による修正：\(reason)（規則による判定は「\(result.ruleStatus.label.ja)」）"))
        }
        if let failure = result.failure {
            lines.append(t("    could not evaluate: \(failure.en); counted as not met", "    評価できませんでした：\(failure.ja)。未充足として扱います"))
        }
        return lines
    }

    private func ruleLine(_ measure: Rubric.Measure, _ result: MeasureResult) -> String {
        switch result.rule {
        case .notApplicable:
            return t("rule: applies is false: \(measure.applies?.source ?? "")", "規則：applies が偽：\(measure.applies?.source ?? "")")
        case .met:
            return t("rule: met is true: \(measure.met.source)", "規則：met が真：\(measure.met.source)")
        case .partial:
            return t("rule: met is false, partial is true: \(measure.partial?.source ?? "")",
                     "規則：met が偽、partial が真：\(measure.partial?.source ?? "")")
        case .neither:
            let partial = measure.partial.map { t(", partial is false: \($0.source)", "、partial も偽：\($0.source)") } ?? ""
            return t("rule: met is false: \(measure.met.source)", "規則：met が偽：\(measure.met.source)") + partial
        case .failed:
            return t("rule: could not be evaluated", "規則：評価できませんでした")
        }
    }

    private func evidenceLine(_ measure: Rubric.Measure, _ result: MeasureResult) -> String {
        let item = measure.evidence.map { "\(numbers.label($0)) \($0)" }
        switch result.evidenceSource {
        case .none:
            let file = item.map { t("no file attached to \($0)", "\($0) への添付なし") } ?? t("no evidence item", "証憑項目なし")
            return t("evidence: E0 — \(file), no analyst verification", "根拠：E0 — \(file)、分析担当者の確認なし")
        case .file:
            return t("evidence: E1 — a file is attached to \(item ?? "")", "根拠：E1 — \(item ?? "") に資料が添付されています")
        case .analyst:
            let note = result.verificationNote.map { ": \($0)" } ?? ""
            return t("evidence: \(result.evidence.rawValue) — recorded by an analyst\(note)", "根拠：\(result.evidence.rawValue) — 分析担当者が記録\(note)")
        case .override:
            return t("evidence: \(result.evidence.rawValue) — set by an analyst's override", "根拠：\(result.evidence.rawValue) — 分析担当者が修正")
        }
    }

    /// "Q2.1 has_accountable_executive = yes" for every item the measure's rules read.
    private func readings(_ measure: Rubric.Measure, form: FormState) -> [String] {
        var seen: [String] = []
        for expression in [measure.applies, measure.met, measure.partial].compactMap({ $0 }) {
            for reference in expression.node.references where !seen.contains(reference.name) {
                seen.append(reference.name)
            }
        }
        return seen.map { id in
            let label = numbers.number(id).map { "Q\($0) \(id)" } ?? id
            let values = form.values(of: id)
            let shown: String
            if survey.slot(id)?.repeatSlot != nil {
                shown = "[" + values.map(\.stringValue).joined(separator: ", ") + "]"
            } else if !form.isRelevant(id) {
                shown = t("(not asked)", "（対象外）")
            } else if let value = values.first, !value.isEmpty {
                shown = value.stringValue
            } else {
                shown = t("(no answer)", "（未回答）")
            }
            return "\(label) = \(shown)"
        }
    }
}
