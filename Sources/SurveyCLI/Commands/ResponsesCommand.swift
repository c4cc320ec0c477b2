import ArgumentParser
import Foundation
import SurveyCore

/// `chosa responses …`: check, import and export institutions' responses.
struct ResponsesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "responses",
        abstract: "Validate, import and export responses. / 回答の検証・取込・出力",
        subcommands: [Validate.self, Import.self, Export.self]
    )
}

/// `--format text|json` for commands whose findings machines also read.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension ResponsesCommand {
    /// `chosa responses validate --survey PATH FILE…`: types, choices, required answers, constraints, relevance.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check response files against the survey. / 回答ファイルを調査定義に照らして検査します。",
            discussion: "Exit status 1 when any file has an error; warnings (answers to questions not asked) do not fail."
        )

        @OptionGroup var survey: SurveyOption
        @Argument(help: "Response files (JSON), or folders of them. / 回答ファイル（JSON）またはフォルダ")
        var files: [String]
        @Option(name: .long, help: "Output: text or json. / 出力形式")
        var format: ReportFormat = .text
        @OptionGroup var today: TodayOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let definition = try survey.files.loadSurvey(lang, printWarnings: false)
            let validator = ResponseValidator(survey: definition)
            var results: [FileValidation] = []
            for path in try ResponsePaths.expand(files, lang) {
                guard let entries = ResponseInput.read(path, lang) else {
                    results.append(FileValidation(file: path, institution: nil, readable: false, problems: []))
                    continue
                }
                for (index, entry) in entries.enumerated() {
                    var problems = entry.problems
                    if let response = entry.response {
                        problems += validator.validate(response, today: today.date).problems
                    }
                    let name = entries.count > 1 ? "\(path)[\(index)]" : path
                    results.append(FileValidation(file: name, institution: entry.response?.institution, readable: true, problems: problems))
                }
            }
            switch format {
            case .text:
                for result in results {
                    for problem in result.problems { Terminal.err("\(result.file): \(problem.rendered(lang))") }
                }
                let errors = results.reduce(0) { $0 + $1.problems.filter { $0.severity == .error }.count + ($1.readable ? 0 : 1) }
                let warnings = results.reduce(0) { $0 + $1.problems.filter { $0.severity == .warning }.count }
                let valid = results.filter(\.isValid).count
                Terminal.out(Message(
                    en: "\(valid) of \(results.count) responses valid; \(Terminal.summary(errors: errors, warnings: warnings, .en))",
                    ja: "\(results.count) 件中 \(valid) 件が有効。\(Terminal.summary(errors: errors, warnings: warnings, .ja))").text(lang))
            case .json:
                Terminal.out(try JSONOutput.string(results.map { $0.json(lang) }))
            }
            if !results.allSatisfy(\.isValid) { throw ExitCode(1) }
        }
    }
}

/// The outcome of validating one response, for text and JSON output.
struct FileValidation {
    var file: String
    var institution: String?
    var readable: Bool
    var problems: [ResponseProblem]

    var isValid: Bool { readable && !problems.hasErrors }

    func json(_ language: Language) -> JSONValue {
        .object([
            "file": .string(file),
            "institution": institution.map(JSONValue.string) ?? .null,
            "valid": .bool(isValid),
            "problems": .array(problems.map { problem in
                .object([
                    "severity": .string(problem.severity.rawValue),
                    "path": .string(problem.path),
                    "item": problem.itemID.map(JSONValue.string) ?? .null,
                    "code": .string(problem.code.rawValue),
                    "message": .string(problem.message.text(language)),
                ])
            }),
        ])
    }
}

/// Expands folders on the command line into the `.json` files inside them, in name order.
enum ResponsePaths {
    static func expand(_ paths: [String], _ language: Language) throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Terminal.err("\(path): " + Message(en: "error: no such file or folder", ja: "エラー: ファイルまたはフォルダがありません").text(language))
                throw ExitCode(1)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                result += names.filter { $0.hasSuffix(".json") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                result.append(path)
            }
        }
        return result
    }
}

/// JSON text for machine-readable output: sorted keys, pretty-printed, slashes unescaped.
enum JSONOutput {
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
