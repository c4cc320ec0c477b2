public import Hummingbird
import NIOCore
import SurveyCore
import SurveyStore
import Logging

extension PortalError: HTTPResponseError {
    /// A JSON body for the API and a plain HTML page for the portal, both carrying the message in both languages.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        if case let .storage(error) = self {
            context.logger.error("store error", metadata: ["detail": .string(error.message.en)])
        }
        var headers = HTTPFields()
        if case let .throttled(seconds) = self { headers[.retryAfter] = String(seconds) }
        if case .unauthorized = self, request.uri.path.hasPrefix("/api/") { headers[.wwwAuthenticate] = "Bearer" }
        if request.uri.path.hasPrefix("/api/") {
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: APIJSON.text(body))))
        }
        headers[.contentType] = "text/html; charset=utf-8"
        let language = PortalLanguage.of(request)
        let page = ErrorPage(status: Int(status.code), message: message.text(language), language: language)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.html)))
    }

    /// The most problems one answer lists; the message says how many more there are.
    static let listedProblems = 100

    /// The JSON error body: `{"error", "message": {"en","ja"}, "problems": [...]}` plus the current revision on 409.
    var body: JSONValue {
        var fields: [String: JSONValue] = [
            "error": .string(code),
            "message": .object(["en": .string(message.en), "ja": .string(message.ja)]),
        ]
        if !problems.isEmpty, case let .object(withProblems) = APIJSON.withProblems(problems, fields) {
            // However many problems a body has (60,000 unknown keys were once sent), one answer lists a bounded number.
            fields = withProblems
        }
        if case let .staleRevision(current, changes) = self {
            fields["current_revision"] = .number(Double(current))
            fields["changed_items"] = .array(Array(Set(changes.flatMap(\.items))).sorted().map(JSONValue.string))
        }
        return .object(fields)
    }
}
