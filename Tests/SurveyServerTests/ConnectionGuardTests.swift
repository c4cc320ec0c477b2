import HTTPTypes
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
@testable import SurveyServer
import Testing

/// Half-open and slow connections are closed, and one address cannot take every connection (issue 16, finding 1).
/// The guard runs on an embedded event loop whose clock the tests move: nothing waits for real time.
@Suite struct ConnectionGuardTests {
    static let limits = ConnectionLimits(headerTimeout: .seconds(20), bodyIdleTimeout: .seconds(30), bodyTimeout: .seconds(300),
                                         perClient: 2, total: 4, reservedForLoopback: 1)

    func connect(_ shared: ConnectionGuard.Shared, from address: String) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(ConnectionGuard(shared: shared))
        // The guard may close the channel while it connects; the test reads the outcome from `isActive`.
        _ = try? channel.connect(to: SocketAddress(ipAddress: address, port: 40000)).wait()
        return channel
    }

    static let upload = HTTPRequest(method: .put, scheme: "http", authority: "portal", path: "/api/v1/response")

    @Test func aRequestHeadMustArriveInTime() throws {
        let channel = try connect(.init(limits: Self.limits, exempt: []), from: "203.0.113.9")
        channel.embeddedEventLoop.advanceTime(by: .seconds(19))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive)
    }

    @Test func aSlowBodyIsCutOffButAServerAtWorkIsNot() throws {
        let shared = ConnectionGuard.Shared(limits: Self.limits, exempt: [])
        let slow = try connect(shared, from: "203.0.113.9")
        try slow.writeInbound(HTTPRequestPart.head(Self.upload))
        for _ in 0..<5 {
            slow.embeddedEventLoop.advanceTime(by: .seconds(25))
            try slow.writeInbound(HTTPRequestPart.body(ByteBuffer(string: "x")))
        }
        #expect(slow.isActive)
        slow.embeddedEventLoop.advanceTime(by: .seconds(31))
        #expect(!slow.isActive)

        // A body that trickles forever still ends at the total limit.
        let trickle = try connect(shared, from: "203.0.113.10")
        try trickle.writeInbound(HTTPRequestPart.head(Self.upload))
        for _ in 0..<20 where trickle.isActive {
            trickle.embeddedEventLoop.advanceTime(by: .seconds(20))
            _ = try? trickle.writeInbound(HTTPRequestPart.body(ByteBuffer(string: "x")))
        }
        #expect(!trickle.isActive)

        // Once the request is complete the server may take its time; the head timer starts after the response.
        let busy = try connect(shared, from: "203.0.113.11")
        try busy.writeInbound(HTTPRequestPart.head(Self.upload))
        try busy.writeInbound(HTTPRequestPart.end(nil))
        busy.embeddedEventLoop.advanceTime(by: .seconds(600))
        #expect(busy.isActive)
        try busy.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
        try busy.writeOutbound(HTTPResponsePart.end(nil))
        busy.embeddedEventLoop.advanceTime(by: .seconds(21))
        #expect(!busy.isActive)
    }

    @Test func oneAddressCannotTakeEveryConnectionAndLoopbackKeepsARoom() throws {
        let shared = ConnectionGuard.Shared(limits: Self.limits, exempt: ["10.0.0.5"])
        let first = try connect(shared, from: "203.0.113.9")
        let second = try connect(shared, from: "203.0.113.9")
        let third = try connect(shared, from: "203.0.113.9")
        #expect(first.isActive && second.isActive)
        #expect(!third.isActive)
        #expect(shared.total == 2)
        let other = try connect(shared, from: "198.51.100.7")
        #expect(other.isActive)
        // Three of four taken: the last is kept for loopback (health checks).
        #expect(!(try connect(shared, from: "198.51.100.8")).isActive)
        let health = try connect(shared, from: "127.0.0.1")
        #expect(health.isActive)
        #expect(shared.total == 4)
        // Closing frees the places.
        try first.close().wait()
        try second.close().wait()
        #expect(shared.total == 2)
        #expect(try connect(shared, from: "203.0.113.9").isActive)
    }

    @Test func trustedProxiesAreNotCountedPerClient() throws {
        let shared = ConnectionGuard.Shared(limits: ConnectionLimits(perClient: 1, total: 10, reservedForLoopback: 0), exempt: ["10.0.0.5"])
        let channels = try (0..<3).map { _ in try connect(shared, from: "10.0.0.5") }
        let allActive = channels.allSatisfy { $0.isActive }
        #expect(allActive)
    }
}
