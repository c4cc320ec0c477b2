import Foundation
import Hummingbird
import SurveyCore
import SurveyStore

/// A submitted HTML form: its fields (a name may repeat, as checkboxes do) and its files.
struct PostedForm: Sendable {
    /// A file part.
    struct File: Sendable {
        var field: String
        var fileName: String
        var data: Data
    }

    var fields: [String: [String]] = [:]
    var files: [File] = []

    /// The first value of a field.
    func value(_ name: String) -> String? {
        fields[name]?.first
    }

    /// Every non-empty value of a field.
    func values(_ name: String) -> [String] {
        (fields[name] ?? []).filter { !$0.isEmpty }
    }

    /// The most parts a form may have: a section with a long repeat has a few thousand fields.
    static let maximumParts = 20_000

    /// Reads an `application/x-www-form-urlencoded` or `multipart/form-data` body within `limit` bytes. With
    /// `store`, a multipart body (which may carry files) is received into a file and mapped rather than held in
    /// memory, so its file parts are pages of that file until they are stored.
    static func read(_ request: Request, limit: Int, spoolingIn store: SurveyStore? = nil) async throws(PortalError) -> PostedForm {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        if contentType.hasPrefix("multipart/form-data") {
            guard let boundary = MultipartParser.boundary(request.headers[.contentType] ?? "") else {
                throw PortalError.badRequest(Message(en: "The form has no multipart boundary.", ja: "フォームの形式が正しくありません。"))
            }
            guard let store else { return try MultipartParser.parse(try await BodyReader.read(request, limit: limit), boundary: boundary) }
            let spooled = try await SpooledUpload.receive(request, limit: limit, store: store)
            defer { spooled.discard() }  // the mapping stays valid after the name is removed
            guard let mapped = try? Data(contentsOf: spooled.url, options: .alwaysMapped) else {
                throw PortalError.badRequest(Message(en: "The form could not be read.", ja: "フォームを読み取れませんでした。"))
            }
            return try MultipartParser.parse(mapped, boundary: boundary)
        }
        return urlEncoded(try await BodyReader.read(request, limit: limit))
    }

    /// Parses `a=1&b=x+y` with percent-decoding; malformed pairs are skipped.
    static func urlEncoded(_ data: Data) -> PostedForm {
        var form = PostedForm()
        let text = String(decoding: data, as: UTF8.self)
        for pair in text.split(separator: "&").prefix(maximumParts) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { continue }
            let value = parts.count > 1 ? decode(parts[1]) ?? "" : ""
            form.fields[name, default: []].append(value)
        }
        return form
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
