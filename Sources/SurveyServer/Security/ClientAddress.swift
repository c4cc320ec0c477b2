import HTTPTypes
import Foundation
import Hummingbird

/// The address throttling counts failures against. Only a connection from a trusted proxy has its
/// `X-Forwarded-For` read, and then from the right: entries appended by trusted proxies are skipped and the first
/// other one is the client (whatever a client writes at the left of the header is never believed).
enum ClientAddress {
    static func of(_ request: Request, context: PortalRequestContext, trustedProxies: Set<String>) -> String {
        resolve(peer: context.peerAddress ?? "unknown", forwardedFor: request.headers[values: .xForwardedFor], trustedProxies: trustedProxies)
    }

    /// The client behind `peer`, given the `X-Forwarded-For` header lines it sent.
    static func resolve(peer: String, forwardedFor: [String], trustedProxies: Set<String>) -> String {
        guard trustedProxies.contains(peer) else { return peer }
        let entries = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for entry in entries.reversed() where !trustedProxies.contains(entry) {
            return looksLikeAddress(entry) ? entry : peer
        }
        return peer
    }

    /// An IPv4 or IPv6 address's characters and length; anything else is not used as a throttling key.
    static func looksLikeAddress(_ text: String) -> Bool {
        (2...45).contains(text.utf8.count) && text.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || $0 == "." || $0 == ":" }
    }
}
