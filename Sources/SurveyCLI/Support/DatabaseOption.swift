import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// `--db PATH`: the database; else `$CHOSA_DB`, else `chosa.sqlite` in the current folder (DESIGN §5.5).
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $CHOSA_DB, else ./chosa.sqlite). / データベースファイル")
    var db: String?

    @Option(name: .long, help: "Your name for the audit log (default: $CHOSA_ANALYST, else $USER). / 監査記録に残す担当者名")
    var analyst: String?

    /// The database path chosen.
    var path: String {
        if let db, !db.isEmpty { return db }
        if let environment = ProcessInfo.processInfo.environment["CHOSA_DB"], !environment.isEmpty { return environment }
        return "chosa.sqlite"
    }

    /// Who is acting, now, for the audit log.
    var actor: Actor {
        let environment = ProcessInfo.processInfo.environment
        let name = [analyst, environment["CHOSA_ANALYST"], environment["USER"]].compactMap { $0 }.first { !$0.isEmpty } ?? "unknown"
        return Actor(name, at: Date())
    }

    /// Opens the database, printing a clear message and exiting 1 when it cannot be used.
    func open(_ language: Language, create: Bool = false) throws -> SurveyStore {
        do {
            return try SurveyStore.open(path: path, create: create)
        } catch {
            Terminal.err(Message(en: "error: ", ja: "エラー: ").text(language) + error.message.text(language))
            throw ExitCode(1)
        }
    }
}

extension StoreError {
    /// Prints the error as `error: message` and returns the exit status for problems in the user's input.
    func report(_ language: Language, context: String? = nil) -> ExitCode {
        let prefix = context.map { "\($0): " } ?? ""
        Terminal.err(prefix + Message(en: "error: ", ja: "エラー: ").text(language) + message.text(language))
        return ExitCode(1)
    }
}

/// Runs store work, printing a `StoreError` and exiting 1 instead of crashing.
func storeStep<T>(_ language: Language, context: String? = nil, _ body: () throws(StoreError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw error.report(language, context: context)
    }
}
