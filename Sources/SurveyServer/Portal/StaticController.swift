import Hummingbird
import NIOCore

/// The portal's stylesheet and script, served as files so the Content-Security-Policy needs no inline code.
struct StaticController {
    func addRoutes(to group: RouterGroup<PortalRequestContext>) {
        group.get("portal.css") { _, _ in Self.file(PortalAssets.stylesheet, type: "text/css; charset=utf-8") }
        group.get("portal.js") { _, _ in Self.file(PortalAssets.script, type: "text/javascript; charset=utf-8") }
    }

    static func file(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
