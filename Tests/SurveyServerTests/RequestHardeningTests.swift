import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SurveyCore
@testable import SurveyServer
import SurveyStore
import Testing

/// Findings 2, 3, 4 and 9 of issue 16, through the router: bodies the API refuses, bounded answers, the language
/// switch's return path, the throttle, and the origin check.
@Suite struct RequestHardeningTests {
    @Test func theAPIWantsJSONWithoutRepeatedOrUnknownKeys() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { (client) async throws in
            let api = APIClient(client, token: harness.token("NU-001"))
            var plain = api.headers("text/plain")
            let body = ByteBuffer(string: "{\"base_revision\": 0, \"answers\": {\"has_office\": \"yes\"}}")
            #expect(try await client.execute(uri: "/api/v1/response", method: .put, headers: plain, body: body).status == .unsupportedMediaType)
            plain[.contentType] = "application/json; charset=utf-8"
            #expect(try await client.execute(uri: "/api/v1/response", method: .put, headers: plain, body: body).status == .ok)

            let twice = ByteBuffer(string: "{\"base_revision\": 1, \"answers\": {\"has_office\": \"yes\", \"has_office\": \"no\"}}")
            let duplicate = try await client.execute(uri: "/api/v1/response", method: .put, headers: api.headers(), body: twice)
            #expect(duplicate.status == .unprocessableContent)
            #expect(try duplicate.json()["problems"]?.array.first?["code"] == "duplicate-key")

            let unknown = try await api.send(.post, "submissions", json: .object([
                "submission_id": .string(UUID().uuidString), "attested_by": "Hanako Sato", "revison": 1,
            ]))
            #expect(unknown.status == .unprocessableContent)
            #expect(try unknown.json()["problems"]?.array.first?["path"] == "revison")
            #expect(try harness.store.receipts(of: "NU-001", survey: "all-types").isEmpty)
        }
    }

    @Test func sixtyThousandUnknownKeysGetABoundedAnswer() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { (client) async throws in
            let api = APIClient(client, token: harness.token("NU-001"))
            var answers: [String: JSONValue] = [:]
            for index in 0..<60_000 { answers["k\(index)"] = .number(1) }
            let response = try await api.save(answers, base: 0)
            #expect(response.status == .unprocessableContent)
            let body = try response.json()
            #expect(body["problems"]?.array.count == PortalError.listedProblems)
            #expect(body["problems_not_listed"]?.number == Double(60_000 - PortalError.listedProblems))
            #expect(body["message"]?["en"]?.string?.contains("59900 more") == true)
            #expect(response.body.readableBytes < 100_000)
        }
    }

    @Test(arguments: ["/%09/evil.example", "%2F%09%2Fevil.example", "/%E2%80%AE/evil.example", "//evil.example", "/\\evil.example",
                      "https://evil.example", "/static/../../x", "/%0D%0ALocation:%20x", "/elsewhere", "javascript:alert(1)"])
    func theLanguageSwitchGoesOnlyToOurPages(_ back: String) async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { (client) async throws in
            let response = try await client.execute(uri: "/language/en?back=\(back)", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/portal")
        }
    }

    @Test func theLanguageSwitchReturnsToOurPages() {
        #expect(LoginController.returnPath("/portal/sections/basics") == "/portal/sections/basics")
        #expect(LoginController.returnPath("/login") == "/login")
        #expect(LoginController.returnPath("/portal/review?x=1") == "/portal/review")
        #expect(LoginController.returnPath("/\t/evil.example") == "/portal")
    }

    @Test func aValidTokenIsAdmittedWhateverOthersGotWrong() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { (client) async throws in
            let attacker = APIClient(client, token: "wrong-token-wrong-token-wrong")
            for _ in 0..<10 { #expect(try await attacker.get("me").status == .unauthorized) }
            #expect(try await attacker.get("me").status == .tooManyRequests)
            for _ in 0..<24 {
                #expect(try await APIClient(client, token: harness.token("NU-001")).get("me").status == .ok)
                #expect(try await attacker.get("me").status == .tooManyRequests)
            }
        }
    }

    @Test func forwardedForIsReadOnlyFromTrustedProxiesAndFromTheRight() {
        let proxies: Set<String> = ["10.0.0.5", "10.0.0.6"]
        // Not a proxy: its header is ignored, so rotating X-Forwarded-For changes nothing.
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"], trustedProxies: proxies) == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: ["1.2.3.4"], trustedProxies: []) == "203.0.113.9")
        // Through our proxies: the rightmost address they did not add; what the client wrote on the left is ignored.
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["192.0.2.66, 198.51.100.1"], trustedProxies: proxies) == "198.51.100.1")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["192.0.2.66", "198.51.100.1, 10.0.0.6"], trustedProxies: proxies) == "198.51.100.1")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["<script>"], trustedProxies: proxies) == "10.0.0.5")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: [], trustedProxies: proxies) == "10.0.0.5")
        #expect(ServerConfiguration.isIPAddress("10.0.0.5") && ServerConfiguration.isIPAddress("::1") && !ServerConfiguration.isIPAddress("proxy"))
    }

    @Test func hstsIsSentWhenServedForTLS() async throws {
        let secure = try Harness.make(configuration: ServerConfiguration(port: 0, secureCookies: true))
        try await secure.app().test(.router) { (client) async throws in
            #expect(try await client.execute(uri: "/healthz", method: .get).headers[.strictTransportSecurity] == "max-age=31536000; includeSubDomains")
        }
        let plain = try Harness.make()
        try await plain.app().test(.router) { (client) async throws in
            #expect(try await client.execute(uri: "/healthz", method: .get).headers[.strictTransportSecurity] == nil)
        }
    }

    @Test func theOriginMustBeExactlyThisSite() {
        func request(_ origin: String) -> Request {
            var head = HTTPRequest(method: .post, scheme: "http", authority: "127.0.0.1:18080", path: "/login")
            head.headerFields[.origin] = origin
            return Request(head: head, body: .init(buffer: ByteBuffer()))
        }
        #expect(CSRFCheck.fromThisSite(request("http://127.0.0.1:18080"), secure: false))
        #expect(CSRFCheck.fromThisSite(request("HTTP://127.0.0.1:18080"), secure: false))
        #expect(CSRFCheck.fromThisSite(request("null"), secure: false))
        for hostile in ["http://evil.example://127.0.0.1:18080", "https://127.0.0.1:18080", "http://127.0.0.1:18081", "http://127.0.0.1",
                        "http://127.0.0.1:18080/", "http://x127.0.0.1:18080", "http://127.0.0.1:18080.evil.example", ""] {
            #expect(!CSRFCheck.fromThisSite(request(hostile), secure: false), "\(hostile)")
        }
        #expect(CSRFCheck.fromThisSite(request("https://127.0.0.1:18080"), secure: true))
        #expect(!CSRFCheck.fromThisSite(request("http://127.0.0.1:18080"), secure: true))
    }
}
