public import Hummingbird
public import SurveyCore
public import SurveyStore

/// What the portal and API refuse, each mapped to one HTTP status in one place (`status`), with a message in
/// both languages and, where it helps, the per-item problems or the draft changes behind it.
public enum PortalError: Error, Sendable {
    /// No or an unusable token or session.
    case unauthorized
    /// Too many failed logins or tokens from this client; try again after the given seconds.
    case throttled(retryAfter: Int)
    /// Not found — also what any other institution's response, evidence or receipt answers.
    case notFound(Message)
    /// The survey is closed: the deadline (inclusive, Asia/Tokyo) has passed.
    case closed(deadline: CivilDate)
    /// The survey's window has not opened yet.
    case notYetOpen(opens: CivilDate)
    /// The draft moved on since `base_revision`; `changes` lists what others changed.
    case staleRevision(current: Int, changes: [DraftChange])
    /// Answers of the wrong type or for unknown items; nothing was saved.
    case invalidAnswers([ResponseProblem])
    /// The response cannot be submitted: missing or invalid answers.
    case incomplete([ResponseProblem])
    /// A submission id already names another submission.
    case submissionConflict(id: String)
    /// The body is larger than `limit` bytes.
    case tooLarge(limit: Int)
    /// One file of a form larger than the per-file limit; the form's other answers are still saved.
    case fileTooLarge(size: Int, limit: Int)
    /// An evidence file of a type the item does not accept.
    case unsupportedMediaType(found: String?, accepted: [String])
    /// A malformed request.
    case badRequest(Message)
    /// An upload that is what it claims but unsafe to keep (an Office file that expands too far).
    case rejectedFile(Message)
    /// An upload beyond the item's or the institution's evidence quota.
    case quotaExceeded(Message)
    /// A form without a valid CSRF token.
    case forbidden(Message)
    /// No survey is loaded in the database.
    case noSurvey
    /// The store failed.
    case storage(StoreError)

    /// The HTTP status for the error.
    public var status: HTTPResponse.Status {
        switch self {
        case .unauthorized: .unauthorized
        case .throttled: .tooManyRequests
        case .notFound: .notFound
        case .closed, .notYetOpen, .forbidden: .forbidden
        case .staleRevision, .submissionConflict: .conflict
        case .invalidAnswers, .incomplete: .unprocessableContent
        case .tooLarge, .fileTooLarge, .quotaExceeded: .contentTooLarge
        case .rejectedFile: .unprocessableContent
        case .unsupportedMediaType: .unsupportedMediaType
        case .badRequest: .badRequest
        case .noSurvey: .serviceUnavailable
        case .storage: .internalServerError
        }
    }

    /// A stable code for clients.
    public var code: String {
        switch self {
        case .unauthorized: "unauthorized"
        case .throttled: "too_many_failures"
        case .notFound: "not_found"
        case .closed: "survey_closed"
        case .notYetOpen: "survey_not_open"
        case .staleRevision: "stale_revision"
        case .invalidAnswers: "invalid_answers"
        case .incomplete: "incomplete_response"
        case .submissionConflict: "submission_conflict"
        case .tooLarge: "body_too_large"
        case .fileTooLarge: "file_too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        case .badRequest: "bad_request"
        case .rejectedFile: "rejected_file"
        case .quotaExceeded: "quota_exceeded"
        case .forbidden: "forbidden"
        case .noSurvey: "no_survey"
        case .storage: "storage_error"
        }
    }

    /// What went wrong and what to do, in both languages.
    public var message: Message {
        switch self {
        case .unauthorized:
            Message(en: "Log in with your invitation token (Authorization: Bearer <token> for the API).",
                    ja: "招待トークンでログインしてください（API では Authorization: Bearer <トークン>）。")
        case let .throttled(seconds):
            Message(en: "Too many failed attempts from your address; try again in \(seconds) seconds.",
                    ja: "失敗した試行が多すぎます。\(seconds) 秒後に再度お試しください。")
        case let .notFound(message): message
        case let .closed(deadline):
            Message(en: "The survey closed on \(deadline) (Japan time); answers can no longer be changed or submitted.",
                    ja: "本調査の回答期限（\(deadline)、日本時間）を過ぎたため、回答の変更・提出はできません。")
        case let .notYetOpen(opens):
            Message(en: "The survey opens on \(opens) (Japan time); answers cannot be saved or submitted before then.",
                    ja: "本調査の回答受付は \(opens)（日本時間）からです。それまでは回答の保存・提出はできません。")
        case let .staleRevision(current, _):
            Message(en: "Someone else at your institution saved the answers meanwhile (now revision \(current)); reload and apply your changes again.",
                    ja: "他の担当者が先に回答を保存しました（現在の版 \(current)）。最新の回答を読み込み、変更を再度反映してください。")
        case let .invalidAnswers(problems):
            Message(en: "\(problems.count) answer(s) have the wrong type or name no item; nothing was saved.\(Self.notListed(problems.count).en)",
                    ja: "\(problems.count) 件の回答の形式又は項目IDが正しくないため、保存しませんでした。\(Self.notListed(problems.count).ja)")
        case let .incomplete(problems):
            Message(en: "The response cannot be submitted yet: \(problems.count) problem(s) to fix.\(Self.notListed(problems.count).en)",
                    ja: "まだ提出できません。修正が必要な箇所が \(problems.count) 件あります。\(Self.notListed(problems.count).ja)")
        case let .submissionConflict(id):
            Message(en: "submission_id \(id) is already used for a different submission; use a new submission_id.",
                    ja: "submission_id \(id) は別の提出に使われています。新しい submission_id を使ってください。")
        case let .tooLarge(limit):
            Message(en: "The request is larger than the limit of \(MediaSniffer.megabytes(limit)) (\(limit) bytes).",
                    ja: "リクエストが上限（\(MediaSniffer.megabytes(limit))、\(limit) バイト）を超えています。")
        case let .fileTooLarge(size, limit):
            Message(en: "This file is \(MediaSniffer.megabytes(size)); files of up to \(MediaSniffer.megabytes(limit)) can be attached. It was not stored: choose a smaller file.",
                    ja: "このファイルは \(MediaSniffer.megabytes(size)) あり、添付できる上限（\(MediaSniffer.megabytes(limit))）を超えるため、保存しませんでした。\(MediaSniffer.megabytes(limit)) 以下のファイルを選んでください。")
        case let .unsupportedMediaType(found, accepted) where accepted == ["application/json"]:
            Message(en: "The request body is \(found ?? "of no stated type"); send JSON with Content-Type: application/json.",
                    ja: "リクエスト本文の形式（\(found ?? "指定なし")）は受け付けていません。Content-Type: application/json の JSON を送ってください。")
        case let .unsupportedMediaType(found, accepted):
            // Plain words, not MIME types: a clerk knows "Word", not "application/vnd.openxmlformats…".
            Message(en: "This file is \(found.map { "a \(MediaSniffer.name($0)) file" } ?? "of a type that cannot be recognised"), which this question does not accept. Choose a \(MediaSniffer.names(accepted).en) file.",
                    ja: "このファイルは\(found.map { " \(MediaSniffer.name($0)) 形式のため" } ?? "形式を判別できないため")受け付けられません。\(MediaSniffer.names(accepted).ja)のファイルを選んでください。")
        case let .badRequest(message), let .rejectedFile(message), let .quotaExceeded(message): message
        case let .forbidden(message): message
        case .noSurvey:
            Message(en: "No survey is loaded yet; the Cabinet Office has not opened the survey.",
                    ja: "調査がまだ登録されていません。")
        case .storage:
            // The detail (paths, SQLite's words) goes to the log, not to the visitor.
            Message(en: "The server could not complete this; nothing was lost. Please try again in a moment.",
                    ja: "サーバーで処理を完了できませんでした。保存済みの内容は失われていません。しばらくしてから再度お試しください。")
        }
    }

    /// "The first 100 are listed, and N more": said only when an answer lists fewer problems than there are.
    static func notListed(_ count: Int) -> Message {
        let listed = PortalError.listedProblems
        guard count > listed else { return Message(en: "", ja: "") }
        return Message(en: " The first \(listed) are listed, and \(count - listed) more.", ja: "最初の \(listed) 件を示します（ほか \(count - listed) 件）。")
    }

    /// True when the error is about one uploaded file only, so the form's answers are saved and the error is shown
    /// at that file's input instead of refusing the whole form.
    var refusesOnlyTheFile: Bool {
        switch self {
        case .fileTooLarge, .unsupportedMediaType, .rejectedFile, .quotaExceeded, .badRequest: true
        case .unauthorized, .throttled, .notFound, .closed, .notYetOpen, .staleRevision, .invalidAnswers, .incomplete,
             .submissionConflict, .tooLarge, .forbidden, .noSurvey, .storage: false
        }
    }

    /// The per-item problems, for 422s.
    public var problems: [ResponseProblem] {
        switch self {
        case let .invalidAnswers(problems), let .incomplete(problems): problems
        default: []
        }
    }

    /// Wraps a store error, turning a stale revision into `staleRevision`.
    static func from(_ error: StoreError) -> PortalError {
        if case let .staleRevision(current) = error { return .staleRevision(current: current, changes: []) }
        if case let .conflictingSubmission(id) = error { return .submissionConflict(id: id) }
        return .storage(error)
    }
}
