import Foundation
public import SurveyCore

/// The part of a response that a submission fixes — answers and attached files — in canonical JSON, with its
/// SHA-256. Two submissions with the same id must have the same content hash.
public struct SubmissionContent: Sendable, Equatable {
    /// Canonical JSON: `{"answers":{…},"evidence":{…}}` with sorted keys.
    public let text: String
    /// Lower-case hex SHA-256 of `text`.
    public let sha256: String

    /// The content of `response`.
    public init(_ response: ResponseFile) {
        self.init(answers: response.answers, evidence: response.evidence)
    }

    /// Content from answers and evidence.
    public init(answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]]) {
        // Written straight into one buffer, in the order `CanonicalJSON` would write
        // `{"answers": answers, "evidence": {item: [json(file)]}}`, without building that value first.
        var writer = CanonicalJSONWriter()
        writer.ascii("{\"answers\":")
        writer.write(answers)
        writer.ascii(",\"evidence\":{")
        let items = Array(evidence)
        for (index, position) in CanonicalKeyOrder.positions(count: items.count, key: { items[$0].key }).enumerated() {
            let item = items[position]
            if index > 0 { writer.ascii(",") }
            writer.write(item.key)
            writer.ascii(":[")
            for (offset, file) in item.value.enumerated() {
                if offset > 0 { writer.ascii(",") }
                Self.write(file, to: &writer)
            }
            writer.ascii("]")
        }
        writer.ascii("}}")
        text = String(decoding: writer.bytes, as: UTF8.self)
        sha256 = CanonicalJSON.sha256(writer.bytes)
    }

    /// `json(file)` in canonical form: keys in byte order (media_type, name, sha256, size), which is also their
    /// `String` order since all are ASCII.
    private static func write(_ file: ResponseFile.EvidenceFile, to writer: inout CanonicalJSONWriter) {
        writer.ascii("{")
        if let mediaType = file.mediaType {
            writer.ascii("\"media_type\":")
            writer.write(mediaType)
            writer.ascii(",")
        }
        writer.ascii("\"name\":")
        writer.write(file.name)
        writer.ascii(",\"sha256\":")
        writer.write(file.sha256)
        if let size = file.size {
            writer.ascii(",\"size\":")
            writer.write(Double(size))
        }
        writer.ascii("}")
    }

    /// Answers and evidence read back from stored content text.
    public static func parse(_ text: String) throws(ResponseFileError) -> (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]]) {
        guard case let .object(fields) = try JSONValue.decode(text) else {
            throw ResponseFileError(Message(en: "stored content is not an object", ja: "保存された内容がオブジェクトではありません"))
        }
        var answers: [String: JSONValue] = [:]
        if case let .object(stored)? = fields["answers"] { answers = stored }
        var evidence: [String: [ResponseFile.EvidenceFile]] = [:]
        if case let .object(items)? = fields["evidence"] {
            for (item, files) in items {
                guard case let .array(list) = files else { continue }
                evidence[item] = list.compactMap(Self.file)
            }
        }
        return (answers, evidence)
    }

    /// A file reference as JSON, with size and media type only when known (so references round-trip exactly).
    public static func json(_ file: ResponseFile.EvidenceFile) -> JSONValue {
        var fields: [String: JSONValue] = ["sha256": .string(file.sha256), "name": .string(file.name)]
        if let size = file.size { fields["size"] = .number(Double(size)) }
        if let mediaType = file.mediaType { fields["media_type"] = .string(mediaType) }
        return .object(fields)
    }

    private static func file(_ value: JSONValue) -> ResponseFile.EvidenceFile? {
        guard case let .object(fields) = value, case let .string(sha)? = fields["sha256"], case let .string(name)? = fields["name"] else { return nil }
        var size: Int?
        if case let .number(number)? = fields["size"] { size = Int(exactly: number) }
        var mediaType: String?
        if case let .string(text)? = fields["media_type"] { mediaType = text }
        return ResponseFile.EvidenceFile(sha256: sha, name: name, size: size, mediaType: mediaType)
    }
}
