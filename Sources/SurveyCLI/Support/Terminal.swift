import Foundation
import SurveyCore

/// Writes to standard output and error without block buffering, so output interleaves predictably when piped.
enum Terminal {
    static func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints diagnostics to standard error in `file:line:column: severity: message` form.
    static func report(_ diagnostics: [Diagnostic], _ language: Language) {
        for diagnostic in diagnostics { err(diagnostic.rendered(language)) }
    }

    /// A one-line summary such as "2 errors, 1 warning" / 「エラー 2 件、警告 1 件」.
    static func summary(errors: Int, warnings: Int, _ language: Language) -> String {
        switch language {
        case .en: "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        case .ja: "エラー \(errors) 件、警告 \(warnings) 件"
        }
    }
}
