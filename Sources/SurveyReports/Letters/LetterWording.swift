import SurveyCore

/// The fixed sentences of an improvement-request letter in one language.
public struct LetterWording: Sendable {
    public let referenceLine: String
    public let subject: String
    public let opening: String
    public let finding: String
    public let request: String
    public let marker: String
    public let criticalHeading: String
    public let otherHeading: String
    public let recommendationLabel: String
    public let basisLabel: String
    public let evidenceLabel: String
    public let replyHeading: String
    public let replyText: String
    public let contactHeading: String
    public let explanation: String
    public let closing: String
    public let sealNote: String

    /// The sender when `--sender` is not given.
    static let defaultSender = Message(en: "Science, Technology and Innovation Secretariat, Cabinet Office",
                                       ja: "内閣府 科学技術・イノベーション推進事務局")

    init(surveyTitle: String, verdict: String, laxity: String, confidence: String, replyBy: String, language: Language) {
        func t(_ en: String, _ ja: String) -> String { Message(en: en, ja: ja).text(language) }
        referenceLine = t("Ref. No.", "第　　　号")
        subject = t("Request to improve your management of the outflow of advanced technology",
                    "研究インテグリティの確保及び技術流出防止に係る管理体制の改善について（依頼）")
        opening = t("Thank you for your cooperation with the \(surveyTitle).",
                    "日頃より、研究インテグリティの確保及び技術流出防止の取組に御協力を賜り、厚く御礼申し上げます。")
        finding = t("We have assessed your institution's answers against the published rubric. Your management system was judged \(verdict) (laxity \(laxity) on a scale of 0 to 100, where 0 means every applicable measure is met with evidence; confidence \(confidence)).",
                    "先般実施した「\(surveyTitle)」の貴機関の回答を、評価基準に基づき評価した結果、貴機関の管理体制は「\(verdict)」と判定されました（未充足率 \(laxity)。0〜100 で表し、0 は該当するすべての項目が根拠とともに充足されている状態です。確度「\(confidence)」）。")
        request = t("We ask you to address the points below and to report, by \(replyBy), the improvements you have made or plan to make, with the documents listed for each point.",
                    "つきましては、下記の事項について改善を図り、\(replyBy)までに、改善の状況又は計画を、各事項に記載した資料を添えて御報告くださいますようお願いいたします。")
        marker = t("Points to address", "記")
        criticalHeading = t("Critical measures (to be addressed first; these can never be deferred)", "重要項目（最優先で対応が必要な事項）")
        otherHeading = t("Other measures, by weight", "その他の改善事項（配点の高い順）")
        recommendationLabel = t("What to do", "改善の推奨")
        basisLabel = t("Basis", "根拠")
        evidenceLabel = t("Evidence that would close it", "改善を示す資料")
        replyHeading = t("Reply by", "回答期限")
        replyText = replyBy
        contactHeading = t("Contact", "問い合わせ先")
        explanation = t(RubricWording.partlyMet.en + " The assessment method is described in the published report.",
                        RubricWording.partlyMet.ja + "評価の方法は公表資料に記載しています。")
        closing = t("Yours faithfully,", "以上")
        sealNote = t("", "（公印省略）")
    }
}
