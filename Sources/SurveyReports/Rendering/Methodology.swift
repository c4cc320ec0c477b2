public import SurveyCore

/// The methodology section, built from the report itself so that it states the versions, rules and parameters
/// actually used: questionnaire and rubric, evidence levels, scoring arithmetic, verdict and confidence rules,
/// disclosure control and rounding.
public struct Methodology: Sendable {
    /// One titled part: paragraphs, then a bulleted list.
    public struct Part: Sendable, Equatable {
        /// Anchor id.
        public var id: String
        /// Heading.
        public var title: Message
        /// Paragraphs.
        public var paragraphs: [Message]
        /// Bullet points.
        public var items: [Message]
        /// Anchor ids of bullet points that footnote marks link to, by position (nil for none).
        public var itemIDs: [String?] = []
    }

    /// The parts in order.
    public let parts: [Part]

    /// The methodology of `report`.
    public init(_ report: PublishedReport) {
        let p = report.provenance
        let k = report.rules.minimumCell
        let limit = report.rules.bandGroupLimit
        let width = report.rules.bandWidth(groupSize: max(k, limit - 1))
        var parts: [Part] = []
        parts.append(Part(
            id: "method-versions", title: Message(en: "Questionnaire and rubric", ja: "調査票と評価基準"),
            paragraphs: [
                Message(en: "Questionnaire \(p.surveyID), version \(p.surveyVersion). Rubric \(p.rubricID), version \(p.rubricVersion). Institutions answered the questionnaire themselves; each answer set was scored against the rubric's measures, grouped in the domains below.",
                        ja: "調査票 \(p.surveyID)（版 \(p.surveyVersion)）、評価基準 \(p.rubricID)（版 \(p.rubricVersion)）。各機関が自ら回答し、その回答を下記の領域に分類された評価項目ごとに評価しました。"),
            ],
            items: report.rubric.domains.map { domain in
                let points = domain.measures.reduce(0) { $0 + $1.points }
                let critical = domain.measures.filter(\.critical).count
                return Message(en: "\(domain.title.text(.en)): weight \(XPathValue.format(domain.weight)), \(domain.measures.count) measures, \(points) points, \(critical) critical",
                               ja: "\(domain.title.text(.ja))：重み \(XPathValue.format(domain.weight))、評価項目 \(domain.measures.count)、配点 \(points)、重要項目 \(critical)")
            }))
        parts.append(Part(
            id: "method-evidence", title: Message(en: "Evidence levels", ja: "根拠の水準"),
            paragraphs: [Message(
                en: "Each measure's status rests on evidence of one of four levels: the higher of E1 when a document is attached and the level an analyst recorded. A critical measure answered as met counts as partly met when its evidence is below its minimum (E1 unless the rubric says otherwise).",
                ja: "各評価項目の判定は次の4段階のいずれかの根拠に基づきます（資料が添付されていれば E1、分析担当者が記録した水準があればその高い方）。重要項目は、充足と回答されていても根拠が最低水準（定めがなければ E1）に満たない場合、一部充足として扱います。")],
            items: EvidenceLevel.allCases.map { level in
                Message(en: "\(level.rawValue): \(level.meaning.en)", ja: "\(level.rawValue)：\(level.meaning.ja)")
            }))
        parts.append(Part(
            id: "method-scoring", title: Message(en: "Scoring arithmetic", ja: "評価の計算"),
            paragraphs: [
                Message(en: "Each measure carries 5, 3 or 1 points. Met keeps all its points, partly met half, not met none; a measure that does not apply to an institution drops out of its denominator.",
                        ja: "評価項目の配点は 5・3・1 点です。充足は全点、一部充足は半分、未充足は 0 点を得ます。機関に該当しない項目は分母から除きます。"),
                Message(en: "Domain laxity = 100 × (1 − points kept ÷ applicable points). Laxity score = 100 × (1 − Σ weight × kept ÷ applicable ÷ Σ weight) over the domains with applicable points. 0 means every applicable measure is met with evidence; 100 means none is.",
                        ja: "領域弛緩度 ＝ 100 ×（1 − 得点 ÷ 該当項目の配点合計）。弛緩度 ＝ 100 ×（1 − Σ 重み × 得点 ÷ 該当配点 ÷ Σ 重み）（該当項目のある領域について）。0 は該当する全項目を根拠付きで充足、100 はいずれも未充足であることを表します。"),
            ],
            items: []))
        let verdictItems = report.rubric.verdicts.map { rule in
            Message(en: "\(rule.verdict.label.en) when \(rule.condition.source)", ja: "「\(rule.verdict.label.ja)」：\(rule.condition.source)")
        } + [Message(en: "adequate otherwise", ja: "上記以外は「\(Verdict.adequate.label.ja)」")]
        parts.append(Part(
            id: "method-verdicts", title: Message(en: "Verdict rules", ja: "判定の規則"),
            paragraphs: [Message(
                en: "The first rule that holds gives the verdict. critical_unmet is the number of applicable critical measures not met in full; max_domain_laxity is the largest domain laxity.",
                ja: "上から順に最初に当てはまる規則で判定します。critical_unmet は充足していない重要項目の数、max_domain_laxity は領域弛緩度の最大値です。")],
            items: verdictItems))
        let confidenceItems = report.rubric.confidence.map { rule in
            Message(en: "\(rule.confidence.label.en) when \(rule.condition.source)", ja: "「\(rule.confidence.label.ja)」：\(rule.condition.source)")
        } + [Message(en: "low otherwise", ja: "上記以外は「\(Confidence.low.label.ja)」")]
        parts.append(Part(
            id: "method-confidence", title: Message(en: "Confidence", ja: "確度"),
            paragraphs: [Message(
                en: "Confidence says how far an institution's kept points rest on evidence: evidenced_e1, evidenced_e2 and evidenced_e3 are the shares of kept points backed by evidence of at least E1, E2 and E3 (1 when no point is kept). The first rule that holds gives the confidence.",
                ja: "確度は、得点がどの程度根拠に裏付けられているかを示します。evidenced_e1・e2・e3 は、得点のうち E1・E2・E3 以上の根拠がある割合です（得点がない場合は 1）。上から順に最初に当てはまる規則で決めます。")],
            items: confidenceItems))
        parts.append(Part(
            id: "method-disclosure", title: Message(en: "Disclosure control", ja: "秘匿処理"),
            paragraphs: [
                Message(en: "No institution's name, id or contact appears in this report or its data. Every figure rests on at least \(k) institutions (the minimum cell size K = \(k)).",
                        ja: "本報告書及びデータには、機関の名称・ID・連絡先を一切掲載していません。すべての数値は \(k) 機関以上に基づきます（最小集計単位 K ＝ \(k)）。"),
            ],
            items: [
                Message(en: "a — withheld because it rests on fewer than \(k) institutions: a count from 1 to \(k - 1), or any figure of a group with fewer than \(k) institutions. A zero rests on no institution and is shown.",
                        ja: "a — \(k) 機関未満に基づくため秘匿：1〜\(k - 1) の件数、及び \(k) 機関未満の区分のすべての数値。0 件はどの機関にも基づかないため掲載します。"),
                Message(en: "b — withheld so that a cell marked a cannot be recovered by subtraction from its row or column total (complementary suppression): wherever a row or column would have exactly one withheld cell, its smallest other non-zero cell is withheld too, repeated until no row or column has exactly one.",
                        ja: "b — a の数値を行又は列の合計からの引き算で復元できないよう秘匿（二次秘匿）：秘匿が 1 つだけの行・列があれば、その行・列で次に小さい 0 でない数値も秘匿し、秘匿が 1 つだけの行・列がなくなるまで繰り返します。"),
                Message(en: "c — in a group of \(k) to \(limit - 1) institutions, 0 % and 100 % would reveal every member's answer, so shares within \(width) points of them are shown only as bands (≤\(width)%, ≥\(100 - width)%) and their counts withheld. The band is 10 × ⌈10 ÷ group size⌉ points wide (\(width) for groups of \(k) to \(limit - 1)) so that each band holds at least two possible counts: a 10-point band would hold only 0 in such a group.",
                        ja: "c — \(k)〜\(limit - 1) 機関の区分では 0 % や 100 % が全機関の回答を明らかにするため、それに近い割合（\(width) ポイント以内）は幅（≤\(width)%、≥\(100 - width)%）でのみ示し、件数は秘匿します。幅は 10 ×⌈10 ÷ 区分の機関数⌉ポイント（\(k)〜\(limit - 1) 機関では \(width)）とし、各幅に 2 通り以上の件数が含まれるようにしています（10 ポイントの幅では 0 件しか含まれないため）。"),
                Message(en: "The number of institutions scored in a group is shown or withheld alike in every table; a share is shown only when both its count and its group size are shown.",
                        ja: "区分ごとの評価対象機関数は、すべての表で同じく掲載又は秘匿します。割合は、件数と区分の機関数がともに掲載される場合に限り掲載します。"),
                Message(en: "Quantiles (box plots) are shown only for groups of at least \(k) institutions; whiskers stop at the 10th and 90th percentiles.",
                        ja: "分位点（箱ひげ図）は \(k) 機関以上の区分についてのみ示し、ひげは 10・90 パーセンタイルまでとしています。"),
            ],
            itemIDs: [nil, "note-a", "note-b", "note-c"]))
        parts.append(Part(
            id: "method-rounding", title: Message(en: "Rounding", ja: "端数処理"),
            paragraphs: [],
            items: [
                Message(en: "Shares are whole percents, rounded half up on the exact fraction (12.5 % shows as 13 %); the shares of a row may therefore add up to 99 % or 101 %.",
                        ja: "割合は正確な分数から整数の百分率に四捨五入しています（12.5 % は 13 %）。このため行の合計が 99 % 又は 101 % となる場合があります。"),
                Message(en: "Laxity figures are shown to one decimal, rounded half away from zero; they are computed unrounded.",
                        ja: "弛緩度は小数第1位まで四捨五入して表示しています（計算は丸めずに行っています）。"),
                Message(en: "Quantiles interpolate linearly between ordered values (type 7, as R's default and Excel's PERCENTILE.INC).",
                        ja: "分位点は順序統計量の間を線形補間して求めています（R の既定、Excel の PERCENTILE.INC と同じ方法）。"),
            ]))
        parts.append(Part(
            id: "method-stages", title: Message(en: "Response stages", ja: "回答の段階"),
            paragraphs: [Message(
                en: "Invited: an invitation was issued. Started: a draft was saved or a response submitted. Submitted: a response was submitted. Scored: the latest submission was scored with this rubric.",
                ja: "依頼済み：回答依頼を送付。回答着手：下書きを保存又は回答を提出。提出済み：回答を提出。評価済み：最新の提出回答をこの評価基準で評価。")],
            items: []))
        self.parts = parts
    }
}
