public import ArgumentParser
import Foundation
import SurveyCore

/// The `chosa` command: the root of every subcommand, and the exit-status contract of DESIGN §5.5
/// (0 success, 1 problems in the user's input, 2 misuse).
public struct ChosaCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "chosa",
        abstract: "Survey the measures of universities and research institutes against the outflow of advanced technology. / 技術流出防止策の調査を実施・評価・公表します。",
        discussion: """
        Database: --db PATH, else $CHOSA_DB, else chosa.sqlite in the current folder.
        Messages: --lang ja|en, else $CHOSA_LANG or $LANG.
        Exit status: 0 success, 1 problems in your input, 2 misuse.
        """,
        version: ChosaVersion.current,
        subcommands: [
            SurveyCommand.self,
            ExprCommand.self,
            ResponsesCommand.self,
            ScoreCommand.self,
            LettersCommand.self,
            DatabaseCommand.self,
            InstitutionsCommand.self,
            InviteCommand.self,
            VerifyCommand.self,
            OverrideCommand.self,
            StatusCommand.self,
            BackupCommand.self,
            AnalystsCommand.self,
            DemoCommand.self,
            ReportCommand.self,
            ServeCommand.self,
            CompareCommand.self,
            ExtendCommand.self,
            ConfirmCommand.self,
            RequestsCommand.self,
            RemindersCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and exits with the documented status; argument mistakes exit 2, not ArgumentParser's 64.
    public static func runAndExit(_ arguments: [String]? = nil) async -> Never {
        do {
            var command = try await asyncParseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            if code == .success {
                FileHandle.standardOutput.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code.rawValue == 0 ? 0 : 1)
        }
    }
}

