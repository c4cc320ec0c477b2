import Foundation
import Yams

/// Reads one YAML definition file into Yams nodes and collects every problem found in it, each with its position.
/// The loaders walk the nodes through this class so that a problem never stops the walk: all are reported at once.
final class YAMLReader {
    /// The largest definition file accepted; the real questionnaire is about 60 KB.
    static let maximumFileBytes = 2 * 1024 * 1024
    /// The most nodes a file may expand to; YAML aliases can otherwise make a small file expand exponentially.
    /// The real questionnaire has about 3,000.
    static let maximumNodes = 50_000
    /// The most diagnostics reported for one file; past that, fixing the first ones is the useful next step.
    static let maximumDiagnostics = 200

    let file: String
    let text: String
    private(set) var diagnostics: [Diagnostic] = []
    private var nodesVisited = 0
    private var budgetReported = false
    private lazy var lines: [[Unicode.Scalar]] = text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { Array($0.unicodeScalars) }

    private init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    /// Reads and parses `url`; `file` is the name used in messages. Returns nil root when the file could not be parsed.
    static func open(_ url: URL, file: String) -> (reader: YAMLReader, root: Node?) {
        let empty = YAMLReader(file: file, text: "")
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maximumFileBytes {
                empty.report(nil, "file-too-large",
                             en: "file is \(size) bytes; definition files are limited to \(maximumFileBytes) bytes",
                             ja: "ファイルが \(size) バイトあります。定義ファイルの上限は \(maximumFileBytes) バイトです")
                return (empty, nil)
            }
            data = try Data(contentsOf: url)
        } catch {
            empty.report(nil, "file-unreadable", en: "cannot read the file (\(error.localizedDescription))",
                         ja: "ファイルを読めません（\(error.localizedDescription)）")
            return (empty, nil)
        }
        return parse(data, file: file)
    }

    /// Parses YAML bytes already in memory; `file` is the name used in messages.
    static func parse(_ data: Data, file: String) -> (reader: YAMLReader, root: Node?) {
        guard data.count <= maximumFileBytes else {
            let reader = YAMLReader(file: file, text: "")
            reader.report(nil, "file-too-large",
                          en: "file is \(data.count) bytes; definition files are limited to \(maximumFileBytes) bytes",
                          ja: "ファイルが \(data.count) バイトあります。定義ファイルの上限は \(maximumFileBytes) バイトです")
            return (reader, nil)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let reader = YAMLReader(file: file, text: "")
            reader.report(nil, "not-utf8", en: "file is not valid UTF-8 text", ja: "ファイルが正しい UTF-8 テキストではありません")
            return (reader, nil)
        }
        let reader = YAMLReader(file: file, text: text)
        do {
            guard let root = try Yams.compose(yaml: text) else {
                reader.report(nil, "empty-file", en: "file is empty", ja: "ファイルが空です")
                return (reader, nil)
            }
            return (reader, root)
        } catch let error as YamlError {
            reader.reportYAMLError(error)
        } catch {
            reader.report(nil, "yaml-syntax", en: "not valid YAML: \(error)", ja: "YAML として読めません：\(error)")
        }
        return (reader, nil)
    }

    // MARK: - Reporting

    func position(_ node: Node?) -> SourcePosition? {
        guard let mark = node?.mark else { return nil }
        return SourcePosition(file: file, line: mark.line, column: mark.column)
    }

    func report(_ node: Node?, _ code: String, en: String, ja: String, severity: Diagnostic.Severity = .error) {
        report(at: position(node), code, Message(en: en, ja: ja), severity: severity)
    }

    func report(at position: SourcePosition?, _ code: String, _ message: Message, severity: Diagnostic.Severity = .error) {
        if diagnostics.count == Self.maximumDiagnostics {
            diagnostics.append(Diagnostic(at: nil, file: file, code: "too-many-problems", Message(
                en: "more than \(Self.maximumDiagnostics) problems; fix these and check again",
                ja: "問題が \(Self.maximumDiagnostics) 件を超えました。これらを直してから再度検査してください")))
        }
        guard diagnostics.count < Self.maximumDiagnostics else { return }
        diagnostics.append(Diagnostic(severity, at: position, file: file, code: code, message))
    }

    private func reportYAMLError(_ error: YamlError) {
        let (problem, mark): (String, Mark?) = switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            ([context?.text, problem].compactMap { $0 }.joined(separator: ": "), mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            ("duplicate key \(duplicates.joined(separator: ", "))", context.mark)
        case let .reader(problem, _, _, _):
            (problem, nil)
        default:
            ("\(error)", nil)
        }
        let position = mark.map { SourcePosition(file: file, line: $0.line, column: $0.column) }
        let isDuplicate = if case .duplicatedKeysInMapping = error { true } else { false }
        report(at: position, isDuplicate ? "duplicate-key" : "yaml-syntax",
               Message(en: "YAML syntax error: \(problem)", ja: "YAML の構文エラー：\(problem)"))
    }

    // MARK: - Walking

    /// Counts a node against the expansion budget; false (reported once) when the file expands too far.
    private func spend(_ node: Node) -> Bool {
        nodesVisited += 1
        if nodesVisited > Self.maximumNodes {
            if !budgetReported {
                budgetReported = true
                report(node, "too-complex", en: "file expands to more than \(Self.maximumNodes) YAML nodes (aliases?); simplify it",
                       ja: "ファイルが \(Self.maximumNodes) 個を超える YAML ノードに展開されます（エイリアス？）。簡素にしてください")
            }
            return false
        }
        return true
    }

    /// The key/value pairs of a mapping, or nil (reported) when `node` is not a mapping with string keys.
    func mapping(_ node: Node, _ what: Message) -> [(key: String, keyNode: Node, value: Node)]? {
        guard spend(node) else { return nil }
        guard case let .mapping(mapping) = node else {
            report(node, "expected-mapping", en: "\(what.en) must be a mapping of keys to values",
                   ja: "\(what.ja)はキーと値の対応（マッピング）で書いてください")
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                report(key, "expected-string", en: "keys in \(what.en) must be plain words", ja: "\(what.ja)のキーは単語で書いてください")
                continue
            }
            pairs.append((scalar.string, key, value))
        }
        return pairs
    }

    /// The fields of a mapping by key, reporting keys not in `allowed` (with a suggestion) and missing `required` keys.
    func fields(_ node: Node, _ what: Message, allowed: [String], required: [String]) -> [String: Node]? {
        guard let pairs = mapping(node, what) else { return nil }
        var fields: [String: Node] = [:]
        for (key, keyNode, value) in pairs {
            guard allowed.contains(key) else {
                let hint = Suggestion.closest(to: key, in: allowed)
                report(keyNode, "unknown-key",
                       en: "unknown key '\(key)' in \(what.en)" + (hint.map { "; did you mean '\($0)'?" } ?? "; allowed keys: \(allowed.joined(separator: ", "))"),
                       ja: "\(what.ja)に不明なキー「\(key)」があります" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? "。使えるキー：\(allowed.joined(separator: ", "))"))
                continue
            }
            fields[key] = value
        }
        for key in required where fields[key] == nil {
            report(node, "missing-key", en: "\(what.en) needs '\(key)'", ja: "\(what.ja)に「\(key)」がありません")
        }
        return fields
    }

    /// The elements of a sequence, or nil (reported).
    func sequence(_ node: Node, _ what: Message) -> [Node]? {
        guard spend(node) else { return nil }
        guard case let .sequence(sequence) = node else {
            report(node, "expected-sequence", en: "\(what.en) must be a list", ja: "\(what.ja)はリストで書いてください")
            return nil
        }
        return Array(sequence)
    }

    /// A scalar's text, or nil (reported) when `node` is a list or mapping.
    func string(_ node: Node, _ what: Message) -> String? {
        guard spend(node) else { return nil }
        guard case let .scalar(scalar) = node else {
            report(node, "expected-string", en: "\(what.en) must be a single value, not a list or mapping",
                   ja: "\(what.ja)は単一の値で書いてください（リストやマッピングは不可）")
            return nil
        }
        return scalar.string
    }

    /// A `true`/`false` scalar, or nil when the node is another scalar (the caller decides whether that is an error).
    func plainBool(_ node: Node) -> Bool? {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any else { return nil }
        switch scalar.string {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default: return nil
        }
    }

    /// A `true`/`false` value, or nil (reported).
    func bool(_ node: Node, _ what: Message) -> Bool? {
        if let value = plainBool(node) { return value }
        report(node, "expected-bool", en: "\(what.en) must be true or false", ja: "\(what.ja)は true か false で書いてください")
        return nil
    }

    /// A whole number in `range`, or nil (reported).
    func integer(_ node: Node, _ what: Message, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, what) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            report(node, "expected-integer", en: "\(what.en) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
                   ja: "\(what.ja)は \(range.lowerBound)〜\(range.upperBound) の整数で書いてください（「\(text)」は不可）")
            return nil
        }
        return value
    }

    /// A positive number, or nil (reported).
    func positiveNumber(_ node: Node, _ what: Message) -> Double? {
        guard let text = string(node, what) else { return nil }
        guard let value = Double(text), value.isFinite, value > 0 else {
            report(node, "expected-number", en: "\(what.en) must be a positive number, not '\(text)'",
                   ja: "\(what.ja)は正の数で書いてください（「\(text)」は不可）")
            return nil
        }
        return value
    }

    /// Text in every one of `languages`, or nil (reported). Extra languages are reported as warnings.
    func localized(_ node: Node, _ what: Message, languages: [String]) -> LocalizedText? {
        guard let pairs = mapping(node, what) else { return nil }
        var values: [String: String] = [:]
        for (key, keyNode, value) in pairs {
            guard let text = string(value, what) else { continue }
            if !languages.contains(key) {
                report(keyNode, "unknown-language",
                       en: "\(what.en) has text in '\(key)', which is not among the survey's languages (\(languages.joined(separator: ", ")))",
                       ja: "\(what.ja)に調査の言語（\(languages.joined(separator: ", "))）にない「\(key)」の文があります", severity: .warning)
                continue
            }
            if text.trimmingSpaces.isEmpty {
                report(value, "empty-text", en: "\(what.en) is empty in '\(key)'", ja: "\(what.ja)の「\(key)」が空です")
            }
            values[key] = text
        }
        for language in languages where values[language] == nil {
            report(node, "missing-translation", en: "\(what.en) has no '\(language)' text", ja: "\(what.ja)に「\(language)」の文がありません")
        }
        return LocalizedText(values)
    }

    /// Parses the expression in a scalar node; syntax problems are reported at their exact line and column.
    func expression(_ node: Node, _ what: Message) -> Expression? {
        guard let source = string(node, what) else { return nil }
        let start = position(node) ?? SourcePosition(file: file, line: 1, column: 1)
        do {
            let parsed = try ExpressionParser.parse(source)
            return Expression(source: source, node: parsed, position: expressionStart(node) ?? start)
        } catch {
            report(at: position(of: error.offset, in: node), error.code,
                   Message(en: "\(what.en): \(error.message.en)", ja: "\(what.ja)：\(error.message.ja)"))
            return nil
        }
    }

    /// Parses an expression and binds it with `binder`, reporting syntax and binding problems at their exact positions.
    func boundExpression(_ node: Node, _ what: Message, binder: ExpressionBinder, context: ExpressionBinder.Context) -> Expression? {
        guard var parsed = expression(node, what) else { return nil }
        let (bound, problems) = binder.bind(parsed.node, in: context)
        for problem in problems {
            report(at: position(of: problem.offset, in: node), problem.code,
                   Message(en: "\(what.en): \(problem.message.en)", ja: "\(what.ja)：\(problem.message.ja)"))
        }
        parsed.node = bound
        return problems.isEmpty ? parsed : nil
    }

    // MARK: - Positions inside scalars

    private func expressionStart(_ node: Node) -> SourcePosition? {
        position(of: 0, in: node)
    }

    /// The line and column of the `offset`-th Unicode scalar of a scalar node's value.
    /// Exact for plain, quoted and literal-block scalars on which the value is written verbatim; otherwise the node's start.
    func position(of offset: Int, in node: Node) -> SourcePosition? {
        guard case let .scalar(scalar) = node, let mark = scalar.mark else { return position(node) }
        let fallback = SourcePosition(file: file, line: mark.line, column: mark.column)
        let value = Array(scalar.string.unicodeScalars)
        switch scalar.style {
        case .plain, .any, .singleQuoted, .doubleQuoted:
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            guard mark.line - 1 < lines.count else { return fallback }
            let line = lines[mark.line - 1]
            var column = mark.column - 1 + (quoted ? 1 : 0)
            var consumed = 0
            while consumed < min(offset, value.count), column < line.count {
                if scalar.style == .singleQuoted, line[column] == "'" { column += 2 }
                else if scalar.style == .doubleQuoted, line[column] == "\\" { column += escapeLength(line, column) }
                else { column += 1 }
                consumed += 1
            }
            return SourcePosition(file: file, line: mark.line, column: column + 1)
        case .folded:
            // Folding joins the block's lines with single spaces: walk the source lines until the offset falls in one.
            guard mark.line < lines.count else { return fallback }
            let indent = lines[mark.line].prefix { $0 == " " }.count
            var remaining = offset
            var lineIndex = mark.line
            while lineIndex < lines.count {
                let content = lines[lineIndex].count > indent ? lines[lineIndex].count - indent : 0
                if remaining <= content || lineIndex + 1 == lines.count {
                    return SourcePosition(file: file, line: lineIndex + 1, column: indent + remaining + 1)
                }
                remaining -= content + 1
                lineIndex += 1
            }
            return fallback
        case .literal:
            // Block content starts on the line after the indicator; find the line and column of the offset.
            var lineIndex = 0
            var columnInLine = 0
            for scalarValue in value.prefix(offset) {
                if scalarValue == "\n" { lineIndex += 1; columnInLine = 0 } else { columnInLine += 1 }
            }
            let sourceLine = mark.line + lineIndex
            guard sourceLine < lines.count, mark.line < lines.count else { return fallback }
            // Every content line is indented by the block's base indentation, that of its first line.
            let indent = lines[mark.line].prefix { $0 == " " }.count
            return SourcePosition(file: file, line: sourceLine + 1, column: indent + columnInLine + 1)
        }
    }

    private func escapeLength(_ line: [Unicode.Scalar], _ column: Int) -> Int {
        guard column + 1 < line.count else { return 1 }
        switch line[column + 1] {
        case "x": return 4
        case "u": return 6
        case "U": return 10
        default: return 2
        }
    }
}
