import HTTPTypes
import Foundation
import Hummingbird

/// The address throttling counts failures against: the peer, or behind a trusted proxy the address it appended
/// last to `X-Forwarded-For`.
enum ClientAddress {
    static func of(_ request: Request, context: PortalRequestContext, trustForwardedFor: Bool) -> String {
        if trustForwardedFor, let forwarded = request.headers[.xForwardedFor],
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return context.peerAddress ?? "unknown"
    }
}
