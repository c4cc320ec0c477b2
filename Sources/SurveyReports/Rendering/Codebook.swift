import SurveyCore

/// `data/codebook.csv` (and report.xlsx's codebook sheet): every column of every open-data file, with its type and
/// meaning in English and Japanese.
public enum Codebook {
    /// The codebook's own columns.
    public static let header = ["file", "column", "type", "description_en", "description_ja"]

    static let cellFiles = ["response.csv", "verdicts.csv", "measures.csv", "questions.csv"]

    static let cell: [(String, String, String, String)] = [
        ("table", "text", "Table id: response, verdict, measure.<measure id>, or question.<item id> (answers to a choice question; column is the choice's value)", "表の ID（response、verdict、measure.<評価項目 ID>、question.<設問 ID>（選択式設問の回答。column は選択肢の値））"),
        ("group", "code", "Group: national_university, public_university, private_university, national_research_agency, inter_university_institute, or all", "区分（national_university 等の 5 区分又は all＝全機関）"),
        ("group_ja", "text", "Group name in Japanese", "区分名（日本語）"),
        ("group_en", "text", "Group name in English", "区分名（英語）"),
        ("column", "code", "What is counted: a response stage (invited, started, submitted, scored), a measure status (met, partial, not_met, not_applicable), a verdict (substandard, needs_improvement, adequate), or base (the group size the shares are of)", "数えた内容：回答段階、評価項目の状態、判定、又は base（割合の分母となる区分の機関数）"),
        ("column_ja", "text", "Column name in Japanese", "列名（日本語）"),
        ("column_en", "text", "Column name in English", "列名（英語）"),
        ("count", "integer", "Number of institutions; empty when withheld", "機関数（秘匿の場合は空欄）"),
        ("percent", "integer", "count ÷ denominator in whole percents; the parts of one row by largest remainder with withheld parts pooled, so they add up to 100; empty when withheld, banded, or the denominator is withheld", "count ÷ denominator の百分率（整数。行の各部分は秘匿部分をまとめた最大剰余法で合計 100）。秘匿・幅表示・分母秘匿の場合は空欄"),
        ("band", "text", "The band shown instead of the share where every institution of the group gave the same answer or verdict: 10 × ⌈10 ÷ group size⌉ points wide (≥90% / ≤10% for groups of 10 or more)", "区分内のすべての機関が同じ回答・判定の場合に割合に代えて示す幅（10 ×⌈10 ÷ 機関数⌉ポイント。10 機関以上では ≥90% / ≤10%）"),
        ("denominator", "integer", "The group size the percent is of; empty when withheld", "割合の分母となる区分の機関数（秘匿の場合は空欄）"),
        ("flag", "code", "published, small_group (fewer than K institutions of the group responded), complementary (withheld so another cannot be recovered), or band (every institution of the group gave the same answer)", "published（掲載）、small_group（回答機関数が K 未満の区分）、complementary（二次秘匿）、band（全機関が同じ回答のため幅表示）"),
        ("mark", "text", "Footnote mark in the report: a, b or c (see Method)", "報告書の注記記号 a・b・c（「調査・集計の方法」参照）"),
    ]

    static let measure: [(String, String, String, String)] = [
        ("measure_id", "code", "Rubric measure id", "評価項目 ID"),
        ("measure_ja", "text", "Measure title in Japanese", "評価項目名（日本語）"),
        ("measure_en", "text", "Measure title in English", "評価項目名（英語）"),
        ("domain_id", "code", "Rubric domain id", "領域 ID"),
        ("points", "integer", RubricWording.points.en, RubricWording.points.ja),
        ("critical", "boolean", "true for a critical measure (never deferrable)", "重要項目であれば true"),
    ]

    static let distribution: [(String, String, String, String)] = [
        ("score", "code", "laxity (the laxity score), domain.<domain id> (that domain's laxity) or question.<item id> (the figures answered to a number question, or the entries listed in a repeat)", "laxity（未充足率）、domain.<領域 ID>（領域別未充足率）又は question.<設問 ID>（数値設問の回答、又は繰り返し設問の件数）"),
        ("score_ja", "text", "Score name in Japanese", "指標名（日本語）"),
        ("score_en", "text", "Score name in English", "指標名（英語）"),
        ("group", "code", "Group, as in the other files", "区分（他のファイルと同じ）"),
        ("group_ja", "text", "Group name in Japanese", "区分名（日本語）"),
        ("group_en", "text", "Group name in English", "区分名（英語）"),
        ("institutions", "integer", "Institutions the quantiles rest on; empty when withheld", "分位点の基となる機関数（秘匿の場合は空欄）"),
        ("p10", "decimal", "10th percentile, one decimal (linear interpolation, type 7)", "10 パーセンタイル（小数第 1 位、線形補間）"),
        ("q1", "decimal", "First quartile", "第 1 四分位"),
        ("median", "decimal", "Median", "中央値"),
        ("q3", "decimal", "Third quartile", "第 3 四分位"),
        ("p90", "decimal", "90th percentile", "90 パーセンタイル"),
        ("flag", "code", "published; small_group when the group has fewer than K institutions; band when every institution of the group gave the same value (quantiles withheld)", "published（掲載）、small_group（K 機関未満）又は band（全機関が同じ値のため分位点を秘匿）"),
        ("mark", "text", "Footnote mark", "注記記号"),
    ]

    static let gap: [(String, String, String, String)] = [
        ("rank", "integer", "1 for the measure the most institutions do not fully meet", "充足していない機関が最も多い項目を 1 とする順位"),
        ("measure_id", "code", "Rubric measure id", "評価項目 ID"),
        ("measure_ja", "text", "Measure title in Japanese", "評価項目名（日本語）"),
        ("measure_en", "text", "Measure title in English", "評価項目名（英語）"),
        ("domain_id", "code", "Rubric domain id", "領域 ID"),
        ("points", "integer", "Points", "配点"),
        ("critical", "boolean", "true for a critical measure", "重要項目であれば true"),
        ("not_met_count", "integer", "Institutions not meeting it, all institutions; empty when withheld", "未充足の機関数（全機関、秘匿の場合は空欄）"),
        ("not_met_percent", "integer", "Their share of the institutions scored, whole percents", "評価対象機関に占める割合（整数 %）"),
        ("not_met_band", "text", "Band, when banded", "幅表示の場合の幅"),
        ("not_met_flag", "code", "Disclosure flag, as in measures.csv", "秘匿区分（measures.csv と同じ）"),
        ("partial_count", "integer", "Institutions partly meeting it", "一部充足の機関数"),
        ("partial_percent", "integer", "Their share, whole percents", "その割合（整数 %）"),
        ("partial_band", "text", "Band, when banded", "幅表示の場合の幅"),
        ("partial_flag", "code", "Disclosure flag", "秘匿区分"),
        ("denominator", "integer", "Institutions scored (all institutions)", "評価対象機関数（全機関）"),
    ]

    /// Rows of the codebook: file, column, type, English, Japanese.
    public static var entries: [[String]] {
        var rows: [[String]] = []
        for file in cellFiles {
            let columns = file == "measures.csv" ? measure + cell : cell
            rows += columns.map { [file, $0.0, $0.1, $0.2, $0.3] }
        }
        rows += distribution.map { ["laxity.csv", $0.0, $0.1, $0.2, $0.3] }
        rows += distribution.map { ["question_figures.csv", $0.0, $0.1, $0.2, $0.3] }
        rows += gap.map { ["gaps.csv", $0.0, $0.1, $0.2, $0.3] }
        return rows
    }
}
