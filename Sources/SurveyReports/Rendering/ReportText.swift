public import SurveyCore

/// The report's fixed wording in Japanese and English: headings, captions and notes. Both languages come from one
/// place so the two editions say the same thing.
public enum ReportText {
    /// What the document is, under the survey's title on the cover.
    public static let reportTitle = Message(en: "Report of results", ja: "調査結果報告書")
    /// Under the title on the cover.
    public static let coverNote = Message(
        en: "Aggregated results for universities and research institutes. No figure describes a single institution: groups in which fewer than the minimum number of institutions responded are withheld (see Method).",
        ja: "大学・研究機関の回答の集計結果です。個別の機関を特定できる数値は掲載していません（回答機関数が最小集計単位に満たない区分は秘匿しています。「調査・集計の方法」を参照）。")
    /// Cover: publisher.
    public static let publisherTerm = Message(en: "Publisher", ja: "発行")
    /// Cover: officer.
    public static let officer = Message(en: "Officer in charge", ja: "担当")
    /// Cover: contact.
    public static let contact = Message(en: "Contact", ja: "問い合わせ先")
    /// Overview chapter.
    public static let overviewTitle = Message(en: "About the survey", ja: "調査の概要")
    /// Overview: purpose.
    public static let purpose = Message(en: "Purpose", ja: "調査の目的")
    /// Overview: who was asked.
    public static let respondents = Message(en: "Who was asked", ja: "調査対象")
    /// Overview: period.
    public static let period = Message(en: "Period", ja: "調査期間")
    /// Overview: method.
    public static let surveyMethod = Message(en: "Method", ja: "調査方法")
    /// Findings chapter.
    public static let findingsTitle = Message(en: "Key findings", ja: "結果の概要")
    /// Under the verdict chapter's heading.
    public static let verdictIntro = Message(
        en: "Each institution's answers were assessed against the rubric and given one of three verdicts: adequate, needs improvement or substandard (the rules are in the Method).",
        ja: "各機関の回答を評価基準に基づき評価し、「適切」「要改善」「不十分」のいずれかに判定しました（判定の規則は「調査・集計の方法」に記載）。")
    /// Domain chapter.
    public static let domainsChapterTitle = Message(en: "Results by domain", ja: "領域別の状況")
    /// Under the domain chapter's heading.
    public static let domainsIntro = Message(
        en: "The rubric groups its measures in domains. For each domain: the distribution of the domain's laxity, and the share of institutions meeting each of its measures by category.",
        ja: "評価基準は評価項目を領域に分けています。領域ごとに、領域別未充足率の分布と、各評価項目を充足している機関の割合（区分別）を示します。")
    /// Domain chart axis.
    public static let domainLaxityAxis = Message(en: "Domain laxity (0–100)", ja: "領域別未充足率（0〜100）")
    /// Domain medians table.
    public static let domainMediansTitle = Message(en: "Median domain laxity by category", ja: "領域別未充足率の中央値（区分別）")
    /// Under it.
    public static let domainMediansNote = Message(
        en: "Medians of the domain laxity of the institutions to which the domain applies. × withheld (group under K, mark a). Full quantiles are in the open data.",
        ja: "当該領域に対象項目のある機関の領域別未充足率の中央値です。×は秘匿（回答機関数が K 未満の区分、注記 a）。分位点はオープンデータに掲載しています。")
    /// Measure table title.
    public static let metShareTitle = Message(en: "Share of institutions meeting each measure", ja: "評価項目を充足している機関の割合")
    /// Under it.
    public static let metShareNote = Message(
        en: "Share of the institutions assessed in each category that meet the measure in full. × withheld; a band (c) where every institution of the category is in the same state. Counts of every status are in the open data.",
        ja: "各区分の評価対象機関のうち、評価項目を充足している機関の割合です。×は秘匿、区分内のすべての機関が同じ状態の場合は幅（c）で示しています。状態別の件数はオープンデータに掲載しています。")
    /// Chart axis for shares.
    public static let shareAxis = Message(en: "Share of institutions (%)", ja: "機関の割合（%）")
    /// Questions chapter.
    public static let questionsTitle = Message(en: "Answers to each question", ja: "設問別の集計")
    /// Under its heading.
    public static let questionsIntro = Message(
        en: "How the institutions that submitted answered each question with set answers or figures, by category. Free-text answers, dates and attachments are not tabulated. A question asked only in some cases counts the institutions it was asked of and that answered it. Each table shows shares of the institutions answering with their counts; where several answers are possible the shares do not add up to 100 %. × withheld; marks a, b, c as in the Method.",
        ja: "回答を提出した機関が、選択式及び数値の各設問にどのように回答したかを区分別に示します。自由記述、日付及び添付資料は集計していません。条件により尋ねる設問は、対象となり回答した機関について集計しています。各表は回答機関数に対する割合と機関数です。複数回答の設問では割合の合計は 100% になりません。×は秘匿、注記 a・b・c は「調査・集計の方法」のとおりです。")
    /// Under a multiple-answer table.
    public static let multipleNote = Message(
        en: "Several answers possible: shares are of the institutions answering and do not add up to 100 %. × withheld; c a band where every institution gave the answer.",
        ja: "複数回答のため、割合（回答機関数に対する百分率）の合計は 100% になりません。×は秘匿、c はすべての機関が選んだ選択肢の幅表示です。")
    /// Under a number question's table.
    public static let numberNote = Message(
        en: "Quantiles of the figures given by the institutions answering. × withheld.",
        ja: "回答機関が記入した数値の分位点です。×は秘匿。")
    /// Under a repeat's table.
    public static let entriesNote = Message(
        en: "Quantiles of the number of entries each institution listed. × withheld.",
        ja: "各機関が記入した件数の分位点です。×は秘匿。")
    /// Annex.
    public static let annexTitle = Message(en: "Annex: the questionnaire", ja: "付録　調査票")
    /// Under it.
    public static let annexNote = Message(
        en: "The questionnaire as the institutions received it, in its paper form.",
        ja: "各機関に送付した調査票（紙様式）です。")
    /// Table of contents heading.
    public static let contents = Message(en: "Contents", ja: "目次")
    /// Response section.
    public static let responseTitle = Message(en: "Response rate by category", ja: "区分別の回答状況")
    /// Verdict section.
    public static let verdictTitle = Message(en: "Verdicts by category", ja: "判定の結果（区分別）")
    /// Laxity section.
    public static let laxityTitle = Message(en: "Laxity score", ja: "未充足率")
    /// Domain laxity section.
    public static let domainsTitle = Message(en: "Laxity by domain", ja: "領域別未充足率")
    /// Gaps section.
    public static let gapsTitle = Message(en: "Most common gaps", ja: "主な未充足項目")
    /// Methodology section.
    public static let methodologyTitle = Message(en: "Method", ja: "調査・集計の方法")
    /// Footer heading.
    public static let reproducibilityTitle = Message(en: "Reproducibility", ja: "再現のための情報")
    /// Base of measure and verdict tables.
    public static let scoredBase = Message(en: "Institutions scored", ja: "評価対象機関数")
    /// After the points of a critical measure.
    public static let criticalMark = Message(en: " (critical)", ja: "（重要）")
    /// Base of per-question tables.
    public static let answeredBase = Message(en: "Institutions answering", ja: "回答機関数")
    /// Column: category.
    public static let category = Message(en: "Category", ja: "区分")
    /// Column: response rate.
    public static let responseRate = Message(en: "Response rate", ja: "回答率")
    /// Column: institutions the quantiles rest on.
    public static let institutions = Message(en: "Institutions", ja: "機関数")
    /// Quantile headings.
    public static let quantiles = [
        Message(en: "10th percentile", ja: "10パーセンタイル"), Message(en: "1st quartile", ja: "第1四分位"),
        Message(en: "Median", ja: "中央値"), Message(en: "3rd quartile", ja: "第3四分位"), Message(en: "90th percentile", ja: "90パーセンタイル"),
    ]
    /// Gap table headings.
    public static let rank = Message(en: "Rank", ja: "順位")
    /// Measure column.
    public static let measure = Message(en: "Measure", ja: "評価項目")
    /// Domain column.
    public static let domain = Message(en: "Domain", ja: "領域")
    /// Points column.
    public static let points = Message(en: "Points", ja: "配点")
    /// Label on a withheld bar.
    public static let withheld = Message(en: "withheld", ja: "秘匿")
    /// The other language's edition.
    public static let otherEdition = Message(en: "日本語版", ja: "English edition")
    /// Skip link.
    public static let skipToContents = Message(en: "Skip to contents", ja: "目次へ移動")

    /// A label used as a column heading: the English capitalised ("partly met" → "Partly met").
    public static func heading(_ label: Message) -> Message {
        Message(en: label.en.prefix(1).uppercased() + label.en.dropFirst(), ja: label.ja)
    }

    /// Under each table: how to read counts and shares.
    public static let tableNote = Message(
        en: "Shares (whole percents, adding up to 100% in each row) and counts of institutions; shares are of the number in the last column. × withheld; marks a, b, c are explained in the Method.",
        ja: "割合（整数の百分率。各行の合計は 100%）と機関数です。割合は右端の機関数に対するものです。×は秘匿、注記 a・b・c は「調査・集計の方法」で説明しています。")
    /// The footnote marks a, b and c in words, for the Method and the workbook's contents sheet.
    public static func markNotes(minimumCell: Int) -> [Message] {
        [
            Message(en: "a — withheld because fewer than \(minimumCell) institutions of the group responded: every figure of that group.",
                    ja: "a — 回答した機関が \(minimumCell) 機関未満の区分のため秘匿（その区分のすべての数値）。"),
            Message(en: "b — withheld so that a figure marked a or c cannot be recovered by subtraction from its row or column total (complementary suppression): wherever a row or column would have exactly one withheld figure, its smallest other non-zero figure is withheld too, until none has exactly one.",
                    ja: "b — a 又は c の数値を行・列の合計からの引き算で復元できないよう秘匿（二次秘匿）。秘匿が 1 つだけの行・列があれば、その行・列で次に小さい 0 でない数値も秘匿し、秘匿が 1 つだけの行・列がなくなるまで繰り返します。"),
            Message(en: "c — every institution of the group gave the same answer or received the same verdict, which would disclose each one's: the shares are shown only as bands (≥90% and ≤10% in groups of 10 or more; 20 points wide in groups of 5 to 9) and the counts withheld; for a question answered with a number, the group's quantiles are withheld.",
                    ja: "c — 区分内のすべての機関が同じ回答又は判定であり、各機関の回答・判定が明らかになるため、割合を幅（10 機関以上の区分では ≥90%・≤10%、5〜9 機関の区分では 20 ポイント幅）でのみ示し、件数は秘匿。数値で回答する設問では、その区分の分位点を秘匿。"),
        ]
    }

    /// Under the response table.
    public static let marksNote = Message(
        en: "× withheld; marks a, b, c are explained in the Method.",
        ja: "×は秘匿、注記 a・b・c は「調査・集計の方法」で説明しています。")
    /// Under the response section.
    public static let responseNote = Message(
        en: "Response rate: institutions that submitted ÷ institutions on the roster. Each stage includes the later ones (a submitted institution has also started).",
        ja: "回答率：提出済み機関数 ÷ 対象機関数。各段階はそれ以降の段階を含みます（提出済みの機関は回答着手にも数えています）。")
    /// Under the laxity section.
    public static let laxityNote = Message(
        en: "Laxity runs from 0 (every applicable measure met with evidence) to 100 (none met). Boxes span the 1st to the 3rd quartile with the median marked; whiskers reach the 10th and 90th percentiles, never the extremes, which would each be one institution's own score.",
        ja: "未充足率は 0（該当する全項目を根拠付きで充足）から 100（いずれも未充足）までの値です。箱は第1四分位から第3四分位、線は中央値、ひげは10・90パーセンタイルを示します（最小値・最大値は個別機関の値そのものとなるため示しません）。")
    /// Under the gap section.
    public static let gapsNote = Message(
        en: "Measures ranked by the number of institutions not fully meeting them (not met plus partly met), all institutions: share of the institutions assessed, and count. × withheld; marks as in the Method.",
        ja: "全機関について、充足していない機関（未充足と一部充足の合計）が多い順に並べています。評価対象機関に対する割合と機関数です。×は秘匿、注記は「調査・集計の方法」のとおりです。")
}
