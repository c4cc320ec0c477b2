public import SurveyCore

/// The report's fixed wording in Japanese and English: headings, captions and notes. Both languages come from one
/// place so the two editions say the same thing.
public enum ReportText {
    /// The document title.
    public static let reportTitle = Message(en: "Summary of the self-assessment survey: measures against the outflow of advanced technology",
                                            ja: "技術流出防止策に関する自己点検調査 集計結果")
    /// Under the title on the cover.
    public static let coverNote = Message(
        en: "Aggregated results for universities and research institutes. No figure describes a single institution: groups under the minimum size are withheld (see Methodology).",
        ja: "大学・研究機関の回答の集計結果です。個別の機関を特定できる数値は掲載していません（最小集計単位に満たない区分は秘匿しています。「方法」を参照）。")
    /// Table of contents heading.
    public static let contents = Message(en: "Contents", ja: "目次")
    /// Response section.
    public static let responseTitle = Message(en: "Response rate by category", ja: "区分別の回答状況")
    /// Verdict section.
    public static let verdictTitle = Message(en: "Verdicts by category", ja: "区分別の判定")
    /// Laxity section.
    public static let laxityTitle = Message(en: "Laxity score", ja: "弛緩度")
    /// Domain laxity section.
    public static let domainsTitle = Message(en: "Laxity by domain", ja: "領域別の弛緩度")
    /// Measures section.
    public static let measuresTitle = Message(en: "Measures: share of institutions meeting each", ja: "評価項目別の充足状況")
    /// Gaps section.
    public static let gapsTitle = Message(en: "Most common gaps", ja: "主な未充足項目")
    /// Methodology section.
    public static let methodologyTitle = Message(en: "Methodology", ja: "調査・集計の方法")
    /// Footer heading.
    public static let reproducibilityTitle = Message(en: "Reproducibility", ja: "再現のための情報")
    /// Base of measure and verdict tables.
    public static let scoredBase = Message(en: "Institutions scored", ja: "評価対象機関数")
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
    /// Weight column.
    public static let weight = Message(en: "Weight", ja: "重み")
    /// Critical marker.
    public static let critical = Message(en: "critical", ja: "重要項目")
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
        en: "Counts are numbers of institutions; shares are of the group's base in the last column, in whole percents. × withheld; marks a, b, c are explained in the Methodology.",
        ja: "数値は機関数、割合は右端の機関数に対する百分率（整数）です。×は秘匿、注記 a・b・c は「調査・集計の方法」で説明しています。")
    /// Under the response table.
    public static let marksNote = Message(
        en: "× withheld; marks a, b, c are explained in the Methodology.",
        ja: "×は秘匿、注記 a・b・c は「調査・集計の方法」で説明しています。")
    /// Under the response section.
    public static let responseNote = Message(
        en: "Response rate: institutions that submitted ÷ institutions on the roster. Each stage includes the later ones (a submitted institution has also started).",
        ja: "回答率：提出済み機関数 ÷ 対象機関数。各段階はそれ以降の段階を含みます（提出済みの機関は回答着手にも数えています）。")
    /// Under the laxity section.
    public static let laxityNote = Message(
        en: "Laxity runs from 0 (every applicable measure met with evidence) to 100 (none met). Boxes span the 1st to the 3rd quartile with the median marked; whiskers reach the 10th and 90th percentiles, never the extremes, which would each be one institution's own score.",
        ja: "弛緩度は 0（該当する全項目を根拠付きで充足）から 100（いずれも未充足）までの値です。箱は第1四分位から第3四分位、線は中央値、ひげは10・90パーセンタイルを示します（最小値・最大値は個別機関の値そのものとなるため示しません）。")
    /// Under the gap section.
    public static let gapsNote = Message(
        en: "Measures ranked by the number of institutions not fully meeting them (not met plus partly met), all institutions. Figures are those of the measure's table.",
        ja: "全機関について、充足していない機関（未充足と一部充足の合計）が多い順に並べています。数値は各評価項目の表と同じものです。")
}
