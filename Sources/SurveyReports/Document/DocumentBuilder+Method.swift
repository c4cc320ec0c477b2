import SurveyCore

/// 調査・集計の方法: the questionnaire and rubric, the rubric's arithmetic in words (`RubricWording`), disclosure
/// control and rounding — generated from the report itself, so it states the rules and parameters actually used.
extension DocumentBuilder {
    func method() -> ReportDocument.Chapter {
        let rubric = report.rubric
        let wording = RubricWording(rubric)
        let k = report.rules.minimumCell
        var blocks: [ReportDocument.Block] = []
        func part(_ id: String, _ title: Message, _ paragraphs: [Message], _ items: [Message] = [], itemIDs: [String?] = []) {
            blocks.append(.heading(level: 3, id: id, text: t(title)))
            blocks += paragraphs.map { .paragraph(t($0)) }
            if !items.isEmpty {
                blocks.append(.list(items.enumerated().map { index, item in (id: index < itemIDs.count ? itemIDs[index] : nil, text: t(item)) }))
            }
        }
        let p = report.provenance
        let measures = rubric.measures
        let questionCount = report.questions.count
        part("method-instruments", Message(en: "Questionnaire and rubric", ja: "調査票と評価基準"), [
            Message(en: "Questionnaire version \(p.surveyVersion) (reproduced in the annex); rubric version \(p.rubricVersion), with \(measures.count) measures (\(measures.filter(\.critical).count) critical) in \(rubric.domains.count) domains. Institutions answered the questionnaire themselves; each answer set was assessed against every measure."
                    + (questionCount > 0 ? " The per-question tables count the answers of every institution that submitted." : ""),
                    ja: "調査票（\(p.surveyVersion) 版、付録に掲載）及び評価基準（\(p.rubricVersion) 版。\(rubric.domains.count) 領域・\(measures.count) 評価項目、うち重要項目 \(measures.filter(\.critical).count)）。各機関が自ら回答し、その回答をすべての評価項目について評価しました。"
                    + (questionCount > 0 ? "設問別の集計は、回答を提出したすべての機関の回答によります。" : "")),
        ], rubric.domains.map { domain in
            let points = domain.measures.reduce(0) { $0 + $1.points }
            let critical = domain.measures.filter(\.critical).count
            return Message(en: "\(domain.title.text(.en)): weight \(XPathValue.format(domain.weight)); \(domain.measures.count) measures worth \(points) points, \(critical) critical",
                           ja: "\(domain.title.text(.ja))：重み \(XPathValue.format(domain.weight))、評価項目 \(domain.measures.count)（配点計 \(points) 点、うち重要項目 \(critical)）")
        })
        part("method-statuses", Message(en: "How each measure is judged", ja: "評価項目の判定"), [RubricWording.points], RubricWording.statuses)
        part("method-evidence", Message(en: "Evidence levels", ja: "根拠の水準"), [Message(
            en: "Each measure's status rests on evidence of one of four levels: E1 when a document is attached, or the higher level an analyst recorded. A critical measure answered as met counts as partly met when its evidence is below the level the rubric requires (E1 unless it says otherwise).",
            ja: "各評価項目の判定は次の 4 段階のいずれかの根拠に基づきます（資料が添付されていれば E1、分析担当者が記録した水準があればその高い方）。重要項目は、充足と回答されていても根拠が評価基準の求める水準（定めがなければ E1）に満たない場合、一部充足として扱います。")],
            EvidenceLevel.allCases.map { Message(en: "\($0.rawValue): \($0.meaning.en)", ja: "\($0.rawValue)：\($0.meaning.ja)") })
        part("method-laxity", Message(en: "Laxity", ja: "未充足率"), RubricWording.laxity)
        part("method-verdicts", Message(en: "Verdicts", ja: "判定の規則"), [RubricWording.firstRuleWins], wording.verdictRules)
        part("method-confidence", Message(en: "Confidence", ja: "確度"), [RubricWording.confidence, RubricWording.firstRuleWins], wording.confidenceRules)
        part("method-margin", Message(en: "How firm a verdict is", ja: "判定の余裕"), [
            Message(en: "A verdict's margin is the fewest measures whose status would have to change for the verdict to change, toward worse and toward better. A verdict that one changed measure would make more favourable rests on one answer; each is confirmed by an analyst before its letter is issued.",
                    ja: "判定の余裕は、判定が変わるために状態が変わる必要のある評価項目の最少数です（悪くなる方向・良くなる方向のそれぞれ）。1 つの評価項目の変更でより良い判定となるものは 1 つの回答に左右されるため、依頼文書の発出前に分析担当者が確認します。"),
            Message(en: fragileSentence(), ja: fragileSentence()),
        ])
        part("method-disclosure", Message(en: "Disclosure control", ja: "秘匿処理"), [
            Message(en: "No institution's name, id or contact appears in this report or its data, and no figure describes a single institution. A group (category) is published only when at least \(k) institutions responded (K = \(k)); counts within such groups are published as they are.",
                    ja: "本報告書及びデータには、機関の名称・ID・連絡先を一切掲載せず、個別の機関を表す数値も掲載していません。区分ごとの数値は、回答した機関が \(k) 機関以上（K ＝ \(k)）の場合に限り掲載し、その場合は件数をそのまま掲載します。"),
        ], ReportText.markNotes(minimumCell: k) + [
            Message(en: "The number of institutions assessed in a group is shown or withheld alike in every table; a share is shown only when both its count and its group size are shown. Quantiles are shown only for groups of at least \(k) institutions, and whiskers stop at the 10th and 90th percentiles.",
                    ja: "区分ごとの評価対象機関数は、すべての表で同じく掲載又は秘匿します。割合は件数と区分の機関数がともに掲載される場合に限り示します。分位点は \(k) 機関以上の区分についてのみ示し、ひげは 10・90 パーセンタイルまでとしています。"),
        ], itemIDs: ["note-a", "note-b", "note-c", nil])
        part("method-rounding", Message(en: "Rounding", ja: "端数処理"), [], [
            Message(en: "Shares are whole percents. The shares of one distribution (the parts of a row) are rounded by largest remainder, so they add up to exactly 100 % with any withheld part counted as one; shares that are not parts of one whole (response stages, multiple answers) are rounded half up.",
                    ja: "割合は整数の百分率です。一つの分布（行の各部分）の割合は最大剰余法で丸め、秘匿した部分を一つにまとめて合計がちょうど 100% となるようにしています。一つの全体の部分でない割合（回答の段階、複数回答）は四捨五入しています。"),
            Message(en: "Laxity figures are shown to one decimal, rounded half away from zero; they are computed unrounded. Quantiles interpolate linearly between ordered values (as R's default and Excel's PERCENTILE.INC).",
                    ja: "未充足率は小数第 1 位まで四捨五入して表示しています（計算は丸めずに行っています）。分位点は順序統計量の間を線形補間して求めています（R の既定、Excel の PERCENTILE.INC と同じ方法）。"),
        ])
        part("method-stages", Message(en: "Response stages", ja: "回答の段階"), [Message(
            en: "Invited: an invitation was issued. Started: a draft was saved or a response submitted. Submitted: a response was submitted. Assessed: the latest submission was assessed with this rubric.",
            ja: "依頼済み：回答依頼を送付。回答着手：下書きを保存又は回答を提出。提出済み：回答を提出。評価済み：最新の提出回答をこの評価基準で評価。")])
        return ReportDocument.Chapter(id: "method", title: t(ReportText.methodologyTitle), blocks: blocks, pageBreak: true)
    }
}
