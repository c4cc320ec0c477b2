import SurveyCore

/// Every fixed phrase of the portal in Japanese and English; templates read them as `{{t.key}}`.
enum UIText {
    static let phrases: [String: Message] = [
        "app": Message(en: "chosa — survey portal", ja: "chosa 調査回答ポータル"),
        "skip": Message(en: "Skip to main content", ja: "本文へ移動"),
        "language": Message(en: "Language", ja: "表示言語"),
        "logout": Message(en: "Log out", ja: "ログアウト"),
        "loginTitle": Message(en: "Log in", ja: "ログイン"),
        "loginIntro": Message(en: "Enter the invitation token from the Cabinet Office's letter. Each member of staff may have their own token.",
                              ja: "内閣府からの案内に記載された招待トークンを入力してください。担当者ごとに別のトークンを使用できます。"),
        "token": Message(en: "Invitation token", ja: "招待トークン"),
        "tokenHint": Message(en: "32 letters and digits; keep it secret.", ja: "英数字 32 文字。第三者に知らせないでください。"),
        "loginButton": Message(en: "Log in", ja: "ログイン"),
        "loginFailed": Message(en: "This token is not valid: it may be mistyped, expired or replaced by a newer one.",
                               ja: "このトークンは無効です。入力誤り、有効期限切れ、又は新しいトークンへの差替えの可能性があります。"),
        "loggedOut": Message(en: "You have logged out.", ja: "ログアウトしました。"),
        "sessionEnded": Message(en: "Your session has ended; please log in again.", ja: "セッションが終了しました。再度ログインしてください。"),
        "dashboard": Message(en: "Overview", ja: "概要"),
        "status": Message(en: "Status", ja: "状況"),
        "deadline": Message(en: "Deadline", ja: "回答期限"),
        "deadlineNote": Message(en: "inclusive, Japan time", ja: "当日まで、日本時間"),
        "closedBanner": Message(en: "The survey is closed. Your answers are shown read-only.", ja: "回答期限を過ぎたため、回答は閲覧のみ可能です。"),
        "sections": Message(en: "Sections", ja: "セクション"),
        "progress": Message(en: "answered", ja: "回答済み"),
        "review": Message(en: "Review and submit", ja: "確認・提出"),
        "reviewOnly": Message(en: "Review answers", ja: "回答の確認"),
        "save": Message(en: "Save draft", ja: "一時保存"),
        "saveNext": Message(en: "Save and go to next section", ja: "保存して次のセクションへ"),
        "saveReview": Message(en: "Save and go to review", ja: "保存して確認へ"),
        "institution": Message(en: "Institution", ja: "機関名"),
        "overallProgress": Message(en: "Progress", ja: "回答状況"),
        "saved": Message(en: "Saved.", ja: "保存しました。"),
        "revision": Message(en: "Times saved", ja: "保存回数"),
        "required": Message(en: "(required)", ja: "（必須）"),
        "notAsked": Message(en: "Not asked given your answers; save to update which questions apply.",
                            ja: "他の回答により対象外です。保存すると対象の設問が更新されます。"),
        "prefilled": Message(en: "Chosen from the Cabinet Office's roster; change it if it is wrong. It is saved with this section.",
                             ja: "内閣府の名簿に基づき選択しています。誤りがあれば選び直してください（このセクションの保存時に回答として保存されます）。"),
        "sectionNotAsked": Message(en: "This section does not apply given your answers.", ja: "他の回答により、このセクションは対象外です。"),
        "offlineTitle": Message(en: "Answer offline in Excel", ja: "Excel でのオフライン回答"),
        "offlineIntro": Message(en: "Download your current answers as a workbook, share it with other offices, then upload it here. The upload is saved as your draft, checked like any save; it is refused if someone saved after you downloaded it.",
                                ja: "現在の回答をブックとしてダウンロードし、関係部署と共有したうえで、ここからアップロードしてください。アップロードは一時保存として通常の保存と同じく確認されます。ダウンロード後に他の担当者が保存していた場合は受け付けられません。"),
        "offlineDownload": Message(en: "Download my answers as Excel (.xlsx)", ja: "回答を Excel（.xlsx）でダウンロード"),
        "offlineUpload": Message(en: "Filled workbook", ja: "記入済みのブック"),
        "offlineUploadButton": Message(en: "Upload and save as draft", ja: "アップロードして一時保存"),
        "yes": YesNo.choices[0].label,
        "no": YesNo.choices[1].label,
        "row": Message(en: "Entry", ja: "件目"),
        "addRow": Message(en: "Add an entry", ja: "行を追加"),
        "removeRow": Message(en: "Remove this entry", ja: "この行を削除"),
        "previousRows": Message(en: "Save and show earlier entries", ja: "保存して前の行を表示"),
        "nextRows": Message(en: "Save and show later entries", ja: "保存して次の行を表示"),
        "moreProblems": Message(en: "more problems are not listed here; fix these first", ja: "件の問題はここに表示していません。まず上記を修正してください"),
        "noRows": Message(en: "No entries yet.", ja: "まだ行がありません。"),
        "files": Message(en: "Attached files", ja: "添付ファイル"),
        "noFiles": Message(en: "No file attached.", ja: "添付ファイルはありません。"),
        "chooseFile": Message(en: "Attach a file (saved with the form)", ja: "ファイルを添付（保存時に送信されます）"),
        "removeFile": Message(en: "Remove", ja: "削除"),
        "accepted": Message(en: "Accepted", ja: "受付形式"),
        "calculated": Message(en: "Calculated", ja: "自動計算"),
        "previousAnswer": Message(en: "Last year's answer", ja: "前回調査の回答"),
        "requestsTitle": Message(en: "Improvement requests", ja: "改善依頼"),
        "requestsLink": Message(en: "Improvement requests to your institution and your replies", ja: "貴機関への改善依頼と回答"),
        "noRequests": Message(en: "There are no improvement requests to your institution.", ja: "貴機関への改善依頼はありません。"),
        "requestReplied": Message(en: "Your reply was recorded. The Cabinet Office will review it.", ja: "回答を受け付けました。内閣府において確認します。"),
        "requestNumber": Message(en: "Request", ja: "依頼番号"),
        "criticalMark": Message(en: "critical", ja: "重要項目"),
        "requestLetter": Message(en: "Letter", ja: "依頼文書"),
        "requestStatus": Message(en: "Status", ja: "状況"),
        "requestDue": Message(en: "Reply by", ja: "回答期限"),
        "requestRecommendation": Message(en: "What to improve", ja: "改善を求める事項"),
        "requestBasis": Message(en: "Basis", ja: "根拠"),
        "requestNote": Message(en: "Note from the Cabinet Office", ja: "内閣府からの連絡事項"),
        "requestYourReply": Message(en: "Your latest reply", ja: "貴機関の直近の回答"),
        "requestContest": Message(en: "Objection", ja: "異議"),
        "requestAction": Message(en: "What your institution has done or will do (required)", ja: "実施済み又は予定の対応（必須）"),
        "requestPlannedBy": Message(en: "Planned completion date", ja: "完了予定日"),
        "requestContestLabel": Message(en: "If you consider the finding wrong: the reason", ja: "判定に異議がある場合：その理由"),
        "requestContestHint": Message(en: "An analyst reviews every objection; evidence can be sent through the API with its sha256.",
                                      ja: "異議はすべて分析担当者が確認します。根拠資料は API から sha256 を指定して送付できます。"),
        "requestSend": Message(en: "Send reply", ja: "回答を送信"),
        "requestActionMissing": Message(en: "Write what your institution has done or will do.", ja: "実施済み又は予定の対応を記入してください。"),
        "requestDateInvalid": Message(en: "The planned date is not a date.", ja: "完了予定日が日付になっていません。"),
        "request_open": Message(en: "Awaiting your reply", ja: "回答待ち"),
        "request_replied": Message(en: "Replied; under review", ja: "回答済み（確認中）"),
        "request_closed": Message(en: "Closed", ja: "完了"),
        "requestOverdue": Message(en: "Overdue: please reply", ja: "期限超過（回答してください）"),
        "noPreviousAnswer": Message(en: "(no answer)", ja: "（回答なし）"),
        "errorsTitle": Message(en: "Please check these answers", ja: "次の回答を確認してください"),
        "conflictTitle": Message(en: "Someone else saved first", ja: "他の担当者が先に保存しました"),
        "conflictBody": Message(en: "Your entries are kept below and were not saved. Items changed by others since you opened the page:",
                                ja: "入力内容は下に残っていますが、保存されていません。このページを開いた後に他の担当者が変更した項目："),
        "conflictAction": Message(en: "Check those items, then save again to apply your entries on top of the latest version, or reload to discard them.",
                                  ja: "該当項目を確認のうえ再度保存すると、最新の版に入力内容を反映します。破棄する場合は再読込してください。"),
        "reload": Message(en: "Reload the latest answers", ja: "最新の回答を読み込む"),
        "unanswered": Message(en: "Not answered", ja: "未回答"),
        "missingRequired": Message(en: "Required questions not yet answered", ja: "未回答の必須設問"),
        "problemsTitle": Message(en: "To fix before submitting", ja: "提出前に修正が必要な事項"),
        "readyToSubmit": Message(en: "All required questions are answered. You can submit.", ja: "必須設問はすべて回答済みです。提出できます。"),
        "submitTitle": Message(en: "Attestation and submission", ja: "確認・提出"),
        "officerName": Message(en: "Attesting officer's name", ja: "確認した責任者の氏名"),
        "officerTitle": Message(en: "Officer's title", ja: "役職"),
        "confirm": Message(en: "I confirm that these answers are accurate to the best of my knowledge.", ja: "上記の回答内容が正確であることを確認しました。"),
        "submit": Message(en: "Submit the answers", ja: "回答を提出する"),
        "amendNote": Message(en: "You can amend and submit again until the deadline; each submission is kept.",
                             ja: "期限までは修正して再提出できます。提出のたびに記録が残ります。"),
        "receiptTitle": Message(en: "Receipt", ja: "受領証"),
        "receiptIntro": Message(en: "Your answers were received. Keep this receipt.", ja: "回答を受け付けました。この受領証を保存してください。"),
        "submissionID": Message(en: "Submission ID", ja: "提出ID"),
        "submittedAt": Message(en: "Submitted at", ja: "提出日時"),
        "attestedBy": Message(en: "Attested by", ja: "確認者"),
        "sha256": Message(en: "SHA-256 of the submitted answers and files", ja: "提出内容（回答・添付ファイル）の SHA-256"),
        "sha256Note": Message(en: "computed over the canonical JSON you can download below", ja: "下記からダウンロードできる正規化 JSON に対する値"),
        "print": Message(en: "Printable copy of the answers", ja: "回答内容（印刷用）"),
        "json": Message(en: "Submitted content (JSON)", ja: "提出内容（JSON）"),
        "receipts": Message(en: "Submissions", ja: "提出履歴"),
        "noReceipts": Message(en: "Nothing submitted yet.", ja: "まだ提出していません。"),
        "back": Message(en: "Back to the overview", ja: "概要に戻る"),
        "edit": Message(en: "Edit", ja: "編集"),
        "answer": Message(en: "Answer", ja: "回答"),
        "question": Message(en: "Question", ja: "設問"),
        "notFound": Message(en: "Not found", ja: "見つかりません"),
        "error": Message(en: "Error", ja: "エラー"),
    ]

}

extension UIText: PhraseBook {}

/// A table of fixed phrases in Japanese and English that templates read as `{{t.key}}`: the portal's, the
/// workspace's.
protocol PhraseBook {
    /// Key to phrase.
    static var phrases: [String: Message] { get }
}

extension PhraseBook {
    /// The phrases in `language`, for templates.
    static func table(_ language: Language) -> [String: String] {
        phrases.mapValues { $0.text(language) }
    }

    /// One phrase (the key itself when there is none, so a missing phrase shows rather than vanishes).
    static func text(_ key: String, _ language: Language) -> String {
        phrases[key]?.text(language) ?? key
    }
}
