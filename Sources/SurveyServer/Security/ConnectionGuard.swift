import HTTPTypes
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPTypes

/// Keeps slow and half-open clients from holding the server (issue 16): one per connection, after HTTP decoding.
/// A request's head must arrive within `headerTimeout` of connecting or of the previous response; a body may pause
/// at most `bodyIdleTimeout` and take at most `bodyTimeout` in all; otherwise the connection is closed. While the
/// server works on a request no timer runs. Connections are counted per client address and in total: beyond
/// `perClient` from one address (trusted proxies exempt) or beyond the total (less a reserve kept for loopback,
/// where health checks come from) a new connection is closed at once.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The counts every connection's guard shares.
    final class Shared: Sendable {
        let limits: ConnectionLimits
        let exempt: Set<String>
        private let counts = NIOLockedValueBox(Counts())

        private struct Counts {
            var total = 0
            var perClient: [String: Int] = [:]
        }

        init(limits: ConnectionLimits, exempt: Set<String>) {
            self.limits = limits
            self.exempt = exempt
        }

        /// Counts a new connection from `address`, or returns false when it would pass a limit.
        func admit(_ address: String) -> Bool {
            let loopback = Self.isLoopback(address)
            let limits = limits
            let exempt = exempt.contains(address)
            return counts.withLockedValue { counts in
                let cap = loopback ? limits.total : limits.total - limits.reservedForLoopback
                guard counts.total < cap else { return false }
                let mine = counts.perClient[address, default: 0]
                guard exempt || mine < limits.perClient else { return false }
                counts.total += 1
                counts.perClient[address] = mine + 1
                return true
            }
        }

        /// Forgets a connection counted by `admit`.
        func release(_ address: String) {
            counts.withLockedValue { counts in
                counts.total -= 1
                let left = counts.perClient[address, default: 1] - 1
                counts.perClient[address] = left > 0 ? left : nil
            }
        }

        /// Connections held now.
        var total: Int { counts.withLockedValue { $0.total } }

        static func isLoopback(_ address: String) -> Bool {
            address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
        }
    }

    private let shared: Shared
    private var address: String?
    private var timer: Scheduled<Void>?
    private var bodyDeadline: NIODeadline?

    init(shared: Shared) {
        self.shared = shared
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { activate(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        activate(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        finish()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            let deadline = context.eventLoop.now + Self.amount(shared.limits.bodyTimeout)
            bodyDeadline = deadline
            arm(context, in: shared.limits.bodyIdleTimeout, notAfter: deadline)
        case .body:
            arm(context, in: shared.limits.bodyIdleTimeout, notAfter: bodyDeadline)
        case .end:
            // The server is working on the request: no timer until its response has been written.
            cancelTimer()
            bodyDeadline = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            bodyDeadline = nil
            arm(context, in: shared.limits.headerTimeout, notAfter: nil)
        }
        context.write(data, promise: promise)
    }

    private func activate(_ context: ChannelHandlerContext) {
        guard address == nil else { return }
        let peer = context.channel.remoteAddress?.ipAddress ?? "unknown"
        guard shared.admit(peer) else {
            context.close(promise: nil)
            return
        }
        address = peer
        arm(context, in: shared.limits.headerTimeout, notAfter: nil)
    }

    private func finish() {
        cancelTimer()
        if let address {
            shared.release(address)
            self.address = nil
        }
    }

    /// (Re)starts the one timer: close the connection after `delay`, or at `deadline` if that is sooner.
    private func arm(_ context: ChannelHandlerContext, in delay: Duration, notAfter deadline: NIODeadline?) {
        cancelTimer()
        // The loop's own clock, so tests on an embedded loop move time instead of waiting for it.
        var due = context.eventLoop.now + Self.amount(delay)
        if let deadline, deadline < due { due = deadline }
        timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: due) { [weak self] in
            self?.timer = nil
            context.close(promise: nil)
        }
    }

    private func cancelTimer() {
        timer?.cancel()
        timer = nil
    }

    private static func amount(_ duration: Duration) -> TimeAmount {
        .nanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }
}
