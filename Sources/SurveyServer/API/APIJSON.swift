import Foundation
import Hummingbird
import NIOCore
import SurveyCore
import SurveyStore

/// The JSON shapes of the API (DESIGN §5.6), built as `JSONValue` and written in canonical form.
enum APIJSON {
    static func text(_ value: JSONValue) -> String {
        CanonicalJSON.string(value)
    }

    static func response(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text(value))))
    }

    static func problem(_ problem: ResponseProblem) -> JSONValue {
        var fields: [String: JSONValue] = [
            "path": .string(problem.path),
            "code": .string(problem.code.rawValue),
            "severity": .string(problem.severity == .error ? "error" : "warning"),
            "message": .object(["en": .string(problem.message.en), "ja": .string(problem.message.ja)]),
        ]
        if let item = problem.itemID { fields["item"] = .string(item) }
        return .object(fields)
    }

    /// `fields` plus at most `PortalError.listedProblems` problems, and how many were not listed.
    static func withProblems(_ problems: [ResponseProblem], _ fields: [String: JSONValue]) -> JSONValue {
        var fields = fields
        fields["problems"] = .array(problems.prefix(PortalError.listedProblems).map(problem))
        if problems.count > PortalError.listedProblems { fields["problems_not_listed"] = .number(Double(problems.count - PortalError.listedProblems)) }
        return .object(fields)
    }

    static func receipt(_ receipt: Receipt) -> JSONValue {
        .object([
            "submission_id": .string(receipt.submissionID),
            "institution": .string(receipt.institution),
            "revision": receipt.revision.map { .number(Double($0)) } ?? .null,
            "sha256": .string(receipt.sha256),
            "submitted_at": .string(receipt.submittedAt),
            "received_at": .string(receipt.receivedAt),
            "attested_by": .string(receipt.attestedBy),
            "source": .string(receipt.source),
        ])
    }

    static func evidence(_ evidence: [String: [ResponseFile.EvidenceFile]]) -> JSONValue {
        .object(evidence.mapValues { files in
            .array(files.map { file in
                var fields: [String: JSONValue] = ["sha256": .string(file.sha256), "name": .string(file.name)]
                if let size = file.size { fields["size"] = .number(Double(size)) }
                if let mediaType = file.mediaType { fields["media_type"] = .string(mediaType) }
                return .object(fields)
            })
        })
    }

    static func attached(_ file: AttachedFile) -> JSONValue {
        .object([
            "item": .string(file.item), "sha256": .string(file.sha256), "size": .number(Double(file.size)),
            "media_type": .string(file.mediaType), "name": .string(file.name), "revision": .number(Double(file.revision)),
        ])
    }

    static func localized(_ text: LocalizedText?) -> JSONValue {
        guard let text else { return .null }
        return .object(text.values.mapValues(JSONValue.string))
    }
}
