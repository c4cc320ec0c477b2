import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A browser for portal tests: keeps cookies between requests, reads CSRF tokens and revisions from pages, and
/// posts forms as `multipart/form-data` the way the section pages do.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var origin: String?
    /// `Sec-Fetch-Site`, which current browsers send with every request.
    var fetchSite: String?
    /// `X-Forwarded-For`, to stand for different clients behind a trusted proxy.
    var forwardedFor: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    var cookieHeader: HTTPFields {
        var headers = HTTPFields()
        if !cookies.isEmpty { headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let origin { headers[.origin] = origin }
        if let fetchSite, let name = HTTPField.Name("Sec-Fetch-Site") { headers[name] = fetchSite }
        if let forwardedFor, let name = HTTPField.Name("X-Forwarded-For") { headers[name] = forwardedFor }
        return headers
    }

    mutating func remember(_ response: TestResponse) {
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";").first?.split(separator: "=", maxSplits: 1) ?? []
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
    }

    mutating func get(_ path: String) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: cookieHeader, body: nil)
        remember(response)
        return response
    }

    /// Posts fields (a name may repeat) and files as multipart/form-data.
    mutating func post(_ path: String, _ fields: [(String, String)], files: [(field: String, name: String, data: Data)] = []) async throws -> TestResponse {
        let boundary = "chosa-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for file in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/pdf\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var headers = cookieHeader
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body))
        remember(response)
        return response
    }

    /// Posts fields as application/x-www-form-urlencoded.
    mutating func postURLEncoded(_ path: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let text = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: text))
        remember(response)
        return response
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// Logs in with `token` through the login form; returns the response to the login post.
    @discardableResult
    mutating func logIn(_ token: String) async throws -> TestResponse {
        let form = try await get("/login")
        return try await postURLEncoded("/login", [("_csrf", Self.hidden("_csrf", in: form.text)), ("token", token)])
    }

    /// The value of a hidden input on a page.
    static func hidden(_ name: String, in html: String) -> String {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return "" }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
