import ArgumentParser
import Foundation
import SurveyCore

/// Reads response files named on the command line, printing problems in `file: path: message` form.
enum ResponseInput {
    /// Every response in the files (a file may hold one object or an array), with the envelope problems of each.
    static func read(_ path: String, _ language: Language) -> [(response: ResponseFile?, problems: [ResponseProblem])]? {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= ResponseFile.maximumBytes else {
                Terminal.err("\(path): " + Message(en: "error: file is \(size) bytes; response files are limited to \(ResponseFile.maximumBytes) bytes",
                                                   ja: "エラー: ファイルが \(size) バイトあります。回答ファイルの上限は \(ResponseFile.maximumBytes) バイトです").text(language))
                return nil
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            Terminal.err("\(path): " + Message(en: "error: cannot read the file", ja: "エラー: ファイルを読めません").text(language))
            return nil
        }
        do {
            return try ResponseFile.read(data)
        } catch {
            Terminal.err("\(path): " + Message(en: "error: \(error.message.en)", ja: "エラー: \(error.message.ja)").text(language))
            return nil
        }
    }

    /// The evaluated form of a file's single response (for `chosa expr`); exits 1 when it cannot be used.
    static func form(path: String, survey: SurveyDefinition, today: CivilDate, _ language: Language) throws -> FormState {
        guard let entries = read(path, language) else { throw ExitCode(1) }
        guard entries.count == 1, let response = entries[0].response else {
            for problem in entries.flatMap(\.problems) { Terminal.err("\(path): \(problem.rendered(language))") }
            if entries.count != 1 {
                Terminal.err("\(path): " + Message(en: "error: the file holds \(entries.count) responses; give one",
                                                   ja: "エラー: ファイルに回答が \(entries.count) 件あります。1 件にしてください").text(language))
            }
            throw ExitCode(1)
        }
        let outcome = ResponseValidator(survey: survey).validate(response, today: today, mode: .draft)
        let problems = entries[0].problems + outcome.problems
        for problem in problems { Terminal.err("\(path): \(problem.rendered(language))") }
        if problems.hasErrors { throw ExitCode(1) }
        return outcome.form
    }
}
