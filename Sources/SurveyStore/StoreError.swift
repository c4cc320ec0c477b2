public import SurveyCore

/// What can go wrong in the store, each with a message a user can act on (what, where, how to fix).
public enum StoreError: Error, Sendable, Equatable {
    /// There is no database file where one was expected.
    case noDatabase(path: String)
    /// The file exists but cannot be opened as a database (not SQLite, unreadable, a folder).
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer chosa whose migrations this build does not know.
    case newerSchema(path: String)
    /// `PRAGMA synchronous` is not FULL after opening, so acknowledged writes might not survive a power cut.
    case notDurable(found: Int)
    /// No institution with this id in the roster.
    case unknownInstitution(String)
    /// No loaded survey version with this survey id.
    case surveyNotLoaded(String)
    /// `previous:` names a survey that is not loaded, or maps items it lacks or of another type (each problem with
    /// its position in survey.yaml).
    case previousSurvey([Diagnostic])
    /// No improvement request with this id is open to this caller (or it is closed).
    case noSuchRequest(Int64)
    /// An extension would end before the survey's own deadline.
    case invalidExtension(until: String, deadline: String)
    /// A response names another survey than the version it is recorded against.
    case surveyMismatch(response: String, loaded: String)
    /// A stored survey or rubric no longer loads (a chosa upgrade changed the checks).
    case storedDefinitionInvalid(surveyID: String, detail: String)
    /// The rubric has no measure with this id.
    case unknownMeasure(String, suggestion: String?)
    /// A draft was saved against a revision that is no longer current.
    case staleRevision(current: Int)
    /// A submission id already names a submission with other content.
    case conflictingSubmission(id: String)
    /// The institution has no submission yet.
    case noSubmission(institution: String)
    /// An analyst action lacks its reason or note.
    case reasonRequired
    /// An analyst account of this name exists already.
    case analystExists(String)
    /// No analyst account has this name.
    case unknownAnalyst(String)
    /// An analyst's name outside 1–64 letters, digits, `.`, `_` or `-`.
    case invalidAnalystName(String)
    /// A file could not be written or read.
    case fileProblem(path: String, reason: String)
    /// The database refused an operation (disk full, locked, corrupt).
    case database(String)

    /// The message shown to users.
    public var message: Message {
        switch self {
        case let .noDatabase(path):
            Message(en: "\(path): no database here; create one with `chosa db init --db \(path)`, or give --db or $CHOSA_DB",
                    ja: "\(path): データベースがありません。`chosa db init --db \(path)` で作成するか、--db 又は $CHOSA_DB で指定してください")
        case let .cannotOpen(path, reason):
            Message(en: "\(path): cannot open as a chosa database: \(reason)",
                    ja: "\(path): chosa のデータベースとして開けません：\(reason)")
        case let .newerSchema(path):
            Message(en: "\(path): the database was written by a newer chosa; upgrade chosa before using it",
                    ja: "\(path): このデータベースは新しい版の chosa で作成されています。chosa を更新してから使ってください")
        case let .notDurable(found):
            Message(en: "the database's synchronous setting is \(found), not FULL (2); refusing to run without durable commits",
                    ja: "データベースの synchronous 設定が FULL（2）ではなく \(found) です。確実な書き込みができないため処理を中止します")
        case let .unknownInstitution(id):
            Message(en: "institution '\(id)' is not in the roster; import it with `chosa institutions import` first",
                    ja: "機関「\(id)」は名簿にありません。先に `chosa institutions import` で名簿を取り込んでください")
        case let .surveyNotLoaded(id):
            Message(en: "survey '\(id)' is not loaded in this database; load it with `chosa survey load --survey PATH`",
                    ja: "調査「\(id)」はこのデータベースに登録されていません。`chosa survey load --survey PATH` で登録してください")
        case let .previousSurvey(problems):
            Message(en: problems.map { $0.rendered(.en) }.joined(separator: "\n"), ja: problems.map { $0.rendered(.ja) }.joined(separator: "\n"))
        case let .noSuchRequest(id):
            Message(en: "there is no open improvement request \(id)", ja: "改善依頼 \(id) は存在しないか、既に完了しています")
        case let .invalidExtension(until, deadline):
            Message(en: "--until \(until) is before the survey's deadline \(deadline); an extension must end on or after it",
                    ja: "--until \(until) は調査の締切 \(deadline) より前です。延長後の期限は締切以降の日にしてください")
        case let .surveyMismatch(response, loaded):
            Message(en: "the response answers survey '\(response)', not '\(loaded)'; check its \"survey\" field",
                    ja: "この回答は調査「\(response)」に対するもので、「\(loaded)」ではありません。\"survey\" の値を確認してください")
        case let .storedDefinitionInvalid(id, detail):
            Message(en: "the stored definition of survey '\(id)' no longer loads: \(detail)",
                    ja: "登録済みの調査「\(id)」の定義を読み込めません：\(detail)")
        case let .unknownMeasure(id, suggestion):
            Message(en: "the rubric has no measure '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    ja: "評価基準に評価項目「\(id)」はありません" + (suggestion.map { "。「\($0)」の誤りではありませんか" } ?? ""))
        case let .staleRevision(current):
            Message(en: "the draft was changed by someone else (now revision \(current)); reload it and apply your changes again",
                    ja: "下書きが他の人によって更新されています（現在の版 \(current)）。読み込み直してから変更してください")
        case let .conflictingSubmission(id):
            Message(en: "submission_id \(id) is already recorded with different content; a submission cannot be changed, use a new submission_id",
                    ja: "submission_id \(id) は異なる内容で既に記録されています。提出は変更できないため、新しい submission_id を使ってください")
        case let .noSubmission(institution):
            Message(en: "institution '\(institution)' has not submitted a response", ja: "機関「\(institution)」は回答を提出していません")
        case .reasonRequired:
            Message(en: "a reason is required; write what was checked or why", ja: "理由の記入が必要です。確認した内容又は理由を書いてください")
        case let .analystExists(name):
            Message(en: "an analyst account named '\(name)' exists already", ja: "アカウント「\(name)」は既に登録されています")
        case let .unknownAnalyst(name):
            Message(en: "no analyst account is named '\(name)'; `chosa analysts list` shows them",
                    ja: "アカウント「\(name)」は登録されていません。`chosa analysts list` で一覧を確認してください")
        case let .invalidAnalystName(name):
            Message(en: "'\(name)' is not a usable account name: use 1–64 letters, digits, '.', '_' or '-'",
                    ja: "「\(name)」はアカウント名に使えません。半角英数字と . _ - で 1〜64 文字にしてください")
        case let .fileProblem(path, reason):
            Message(en: "\(path): \(reason)", ja: "\(path): \(reason)")
        case let .database(detail):
            Message(en: "the database refused the change: \(detail); nothing was changed",
                    ja: "データベースが変更を受け付けませんでした：\(detail)。何も変更されていません")
        }
    }
}
