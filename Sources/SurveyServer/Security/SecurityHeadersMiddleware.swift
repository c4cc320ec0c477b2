import HTTPTypes
import Hummingbird

/// Adds the headers every response carries: a Content-Security-Policy without inline script, no MIME sniffing,
/// no referrer (login links carry tokens), no framing, no caching of pages with institution data, and when served
/// for TLS, `Strict-Transport-Security` so browsers never fall back to plain HTTP.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Send HSTS (given with `--secure-cookies`: the site is served over HTTPS).
    var strictTransportSecurity = false

    /// One year, the value HSTS preload lists ask for.
    static var hstsValue: String { "max-age=31536000; includeSubDomains" }

    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        // A handler may send a stricter policy of its own (the report preview: inline styles, nothing else).
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.xFrameOptions] = "DENY"
        if strictTransportSecurity { response.headers[.strictTransportSecurity] = Self.hstsValue }
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
