public import Foundation

/// One institution's response as exchanged in files (DESIGN §5.4): import, export and `chosa score`.
public struct ResponseFile: Sendable, Equatable {
    /// A file attached to an evidence item, named by the SHA-256 of its content.
    public struct EvidenceFile: Sendable, Equatable, Hashable, Codable {
        /// Lower-case hex SHA-256 of the file's bytes.
        public var sha256: String
        /// The file name as uploaded.
        public var name: String
        /// Size in bytes, when known.
        public var size: Int?
        /// Media type sniffed from the content, when known.
        public var mediaType: String?

        /// A file reference from its parts.
        public init(sha256: String, name: String, size: Int? = nil, mediaType: String? = nil) {
            self.sha256 = sha256
            self.name = name
            self.size = size
            self.mediaType = mediaType
        }

        enum CodingKeys: String, CodingKey {
            case sha256, name, size
            case mediaType = "media_type"
        }
    }

    /// An analyst's record of how far a measure's evidence was checked (E2, E3) and what was seen.
    public struct Verification: Sendable, Equatable, Hashable, Codable {
        /// The evidence level the analyst recorded.
        public var level: EvidenceLevel
        /// What was checked.
        public var note: String

        /// A verification from its parts.
        public init(level: EvidenceLevel, note: String) {
            self.level = level
            self.note = note
        }
    }

    /// The survey id the response answers.
    public var survey: String
    /// The institution's roster id.
    public var institution: String
    /// The submission's unique id (a UUID); nil for drafts.
    public var submissionID: String?
    /// When it was submitted, as written (ISO 8601 with offset).
    public var submittedAt: String?
    /// The officer who attested the answers.
    public var attestedBy: String?
    /// Answers by item id; repeats are lists of objects.
    public var answers: [String: JSONValue]
    /// Attached files by evidence item id.
    public var evidence: [String: [EvidenceFile]]
    /// Analyst verifications by measure id.
    public var verification: [String: Verification]

    /// A response from its parts.
    public init(survey: String, institution: String, submissionID: String? = nil, submittedAt: String? = nil,
                attestedBy: String? = nil, answers: [String: JSONValue] = [:], evidence: [String: [EvidenceFile]] = [:],
                verification: [String: Verification] = [:]) {
        self.survey = survey
        self.institution = institution
        self.submissionID = submissionID
        self.submittedAt = submittedAt
        self.attestedBy = attestedBy
        self.answers = answers
        self.evidence = evidence
        self.verification = verification
    }

    /// The largest response file read; a real response is tens of kilobytes.
    public static let maximumBytes = 16 * 1024 * 1024
    static let keys = ["survey", "institution", "submission_id", "submitted_at", "attested_by", "answers", "evidence", "verification"]

    /// Reads a file holding one response object or a JSON array of them.
    /// Returns each response with the problems in its envelope (problems in answers are the validator's job).
    public static func read(_ data: Data) throws(ResponseFileError) -> [(response: ResponseFile?, problems: [ResponseProblem])] {
        guard data.count <= maximumBytes else {
            throw ResponseFileError(Message(en: "file is \(data.count) bytes; response files are limited to \(maximumBytes) bytes",
                                            ja: "ファイルが \(data.count) バイトあります。回答ファイルの上限は \(maximumBytes) バイトです"))
        }
        switch try JSONValue.decode(data) {
        case let .array(elements):
            return elements.enumerated().map { index, element in parse(element, prefix: "[\(index)]") }
        case let value:
            return [parse(value, prefix: "")]
        }
    }

    /// Interprets one decoded JSON value as a response; nil response when the envelope is unusable.
    public static func parse(_ value: JSONValue, prefix: String = "") -> (response: ResponseFile?, problems: [ResponseProblem]) {
        var problems: [ResponseProblem] = []
        func problem(_ path: String, _ code: ResponseProblemCode, en: String, ja: String) {
            problems.append(ResponseProblem(path: prefix.isEmpty ? path : "\(prefix).\(path)", code: code, Message(en: en, ja: ja)))
        }
        guard case let .object(fields) = value else {
            problem("", .wrongType, en: "a response must be a JSON object, not \(value.typeDescription.en)",
                    ja: "回答は JSON オブジェクトで書いてください（\(value.typeDescription.ja)は不可）")
            return (nil, problems)
        }
        for key in fields.keys.sorted() where !keys.contains(key) {
            let hint = Suggestion.closest(to: key, in: keys)
            problem(key, .unknownKey, en: "unknown field '\(key)'" + (hint.map { "; did you mean '\($0)'?" } ?? ""),
                    ja: "不明なフィールド「\(key)」です" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? ""))
        }
        func string(_ key: String, required: Bool) -> String? {
            switch fields[key] {
            case let .string(text)? where !text.trimmingSpaces.isEmpty: return text
            case nil, .null?, .string?:
                if required { problem(key, .missingField, en: "'\(key)' is required", ja: "「\(key)」は必須です") }
                return nil
            case let other?:
                problem(key, .wrongType, en: "'\(key)' must be a string, not \(other.typeDescription.en)",
                        ja: "「\(key)」は文字列で書いてください（\(other.typeDescription.ja)は不可）")
                return nil
            }
        }
        let survey = string("survey", required: true)
        let institution = string("institution", required: true)
        if let institution, !InstitutionID.isValid(institution) {
            problem("institution", .invalidID, en: "institution id '\(institution)' must be 1–32 letters, digits, '-' or '_'",
                    ja: "機関ID「\(institution)」は英数字・「-」「_」の 1〜32 文字にしてください")
        }
        let submissionID = string("submission_id", required: false)
        if let submissionID, UUID(uuidString: submissionID) == nil {
            problem("submission_id", .invalidUUID, en: "submission_id '\(submissionID)' is not a UUID",
                    ja: "submission_id「\(submissionID)」は UUID ではありません")
        }
        let submittedAt = string("submitted_at", required: false)
        if let submittedAt, Timestamp.parse(submittedAt) == nil {
            problem("submitted_at", .invalidTime, en: "submitted_at '\(submittedAt)' is not a time like 2023-10-20T10:00:00+09:00",
                    ja: "submitted_at「\(submittedAt)」は 2023-10-20T10:00:00+09:00 のような日時ではありません")
        }
        let attestedBy = string("attested_by", required: false)
        var answers: [String: JSONValue] = [:]
        switch fields["answers"] {
        case let .object(object)?: answers = object
        case nil, .null?: problem("answers", .missingField, en: "'answers' is required", ja: "「answers」は必須です")
        case let other?:
            problem("answers", .wrongType, en: "'answers' must be an object of item id to answer, not \(other.typeDescription.en)",
                    ja: "「answers」は項目IDと回答のオブジェクトで書いてください（\(other.typeDescription.ja)は不可）")
        }
        let evidence = parseEvidence(fields["evidence"], problem)
        let verification = parseVerification(fields["verification"], problem)
        guard let survey, let institution else { return (nil, problems) }
        let response = ResponseFile(survey: survey, institution: institution, submissionID: submissionID?.lowercased(),
                                    submittedAt: submittedAt, attestedBy: attestedBy, answers: answers,
                                    evidence: evidence, verification: verification)
        return (response, problems)
    }

    private static func parseEvidence(_ value: JSONValue?, _ problem: (String, ResponseProblemCode, String, String) -> Void) -> [String: [EvidenceFile]] {
        guard let value, value != .null else { return [:] }
        guard case let .object(items) = value else {
            problem("evidence", .wrongType, "'evidence' must be an object of item id to a list of files", "「evidence」は項目IDとファイル一覧のオブジェクトで書いてください")
            return [:]
        }
        var result: [String: [EvidenceFile]] = [:]
        for (item, files) in items.sorted(by: { $0.key < $1.key }) {
            guard case let .array(list) = files else {
                problem("evidence.\(item)", .wrongType, "must be a list of files", "ファイルの配列で書いてください")
                continue
            }
            var parsed: [EvidenceFile] = []
            for (index, file) in list.enumerated() {
                let path = "evidence.\(item)[\(index)]"
                guard case let .object(f) = file, case let .string(sha)? = f["sha256"], case let .string(name)? = f["name"] else {
                    problem(path, .wrongType, "each file needs 'sha256' and 'name'", "各ファイルには「sha256」と「name」が必要です")
                    continue
                }
                guard sha.count == 64, sha.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) else {
                    problem(path, .invalidSHA256, "sha256 must be 64 lower-case hex digits", "sha256 は小文字16進数 64 桁で書いてください")
                    continue
                }
                guard !name.trimmingSpaces.isEmpty, name.count <= 255 else {
                    problem(path, .invalidName, "file name must be 1–255 characters", "ファイル名は 1〜255 文字にしてください")
                    continue
                }
                var size: Int?
                if case let .number(n)? = f["size"], n >= 0, n == n.rounded(), n < 1e15 { size = Int(n) }
                var mediaType: String?
                if case let .string(m)? = f["media_type"] { mediaType = m }
                parsed.append(EvidenceFile(sha256: sha, name: name, size: size, mediaType: mediaType))
            }
            result[item] = parsed
        }
        return result
    }

    private static func parseVerification(_ value: JSONValue?, _ problem: (String, ResponseProblemCode, String, String) -> Void) -> [String: Verification] {
        guard let value, value != .null else { return [:] }
        guard case let .object(measures) = value else {
            problem("verification", .wrongType, "'verification' must be an object of measure id to {level, note}",
                    "「verification」は評価項目IDと {level, note} のオブジェクトで書いてください")
            return [:]
        }
        var result: [String: Verification] = [:]
        for (measure, entry) in measures.sorted(by: { $0.key < $1.key }) {
            let path = "verification.\(measure)"
            guard case let .object(fields) = entry, case let .string(levelText)? = fields["level"] else {
                problem(path, .wrongType, "needs a 'level' (E0–E3)", "「level」（E0〜E3）が必要です")
                continue
            }
            guard let level = EvidenceLevel(rawValue: levelText) else {
                problem(path, .invalidLevel, "level '\(levelText)' must be E0, E1, E2 or E3", "level「\(levelText)」は E0・E1・E2・E3 のいずれかにしてください")
                continue
            }
            var note = ""
            if case let .string(text)? = fields["note"] { note = text }
            result[measure] = Verification(level: level, note: note)
        }
        return result
    }
}

/// The shape of institution ids in the roster and in response files.
public enum InstitutionID {
    /// True for 1–32 ASCII letters, digits, '-' or '_'.
    public static func isValid(_ id: String) -> Bool {
        (1...32).contains(id.unicodeScalars.count) && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
