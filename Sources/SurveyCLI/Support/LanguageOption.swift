public import ArgumentParser
import Foundation
public import SurveyCore

/// `--lang ja|en`: the language of messages and documents; defaults to $CHOSA_LANG or $LANG.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of messages and output: ja or en (default: $CHOSA_LANG or $LANG). / 表示言語")
    var lang: Language?

    /// The chosen language.
    var language: Language {
        lang ?? Language.preferred(environment: ProcessInfo.processInfo.environment)
    }
}

/// `--lang ja` / `--lang en`.
extension Language: ExpressibleByArgument {}
