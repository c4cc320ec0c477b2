import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import SurveyCore
import SurveyServer
import SurveyStore
import Testing
import ZIPFoundation

/// A clock tests can move. The lock guards the only mutable state, so sharing it across tasks is safe.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ date: Date) {
        current = date
    }

    var now: Date {
        lock.withLock { current }
    }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }

    func set(_ date: Date) {
        lock.withLock { current = date }
    }

    var serverClock: ServerClock {
        ServerClock { [self] in now }
    }
}

/// One in-memory world per test: a store with a survey, a roster, invitation tokens and a clock in October 2023.
struct Harness {
    let store: SurveyStore
    let clock: TestClock
    /// Tokens by institution; the first is from `invite`, the rest are additional staff keys.
    let tokens: [String: [String]]
    let configuration: ServerConfiguration

    /// 2023-10-01 10:00 Tokyo.
    static let october = Date(timeIntervalSince1970: 1_696_122_000)
    /// 2023-11-01 00:00:01 Tokyo, the first moment after the 2023-10-31 deadline.
    static let afterDeadline = Date(timeIntervalSince1970: 1_698_764_401)

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let realSurvey = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("surveys/cao-research-integrity-2023")

    /// A world with `institutions`, each holding `keys` tokens, answering the fixture with every item type (or the real survey).
    static func make(institutions: [String] = ["NU-001", "PU-002"], keys: Int = 1, real: Bool = false,
                     configuration: ServerConfiguration = ServerConfiguration(port: 0)) throws -> Harness {
        let evidence = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-tests-\(UUID().uuidString)")
        let store = try SurveyStore.inMemory(evidenceFolder: evidence)
        let surveyFolder = real ? realSurvey : folder.appendingPathComponent("all-types")
        let result = CheckedSurvey.check(surveyYAML: try Data(contentsOf: surveyFolder.appendingPathComponent("survey.yaml")), surveyFile: "survey.yaml",
                                         rubricYAML: try Data(contentsOf: surveyFolder.appendingPathComponent("rubric.yaml")), rubricFile: "rubric.yaml")
        let checked = try #require(result.checked, "fixture does not load: \(result.diagnostics)")
        let clock = TestClock(october)
        let actor = Actor("test", at: october)
        _ = try store.registerSurvey(checked, by: actor)
        _ = try store.importRoster(institutions.map {
            RosterEntry(id: $0, nameJa: "機関\($0)", nameEn: "Institution \($0)", category: .nationalUniversity)
        }, by: actor)
        var random = SeededGenerator(seed: 42)
        let expiry = Date(timeIntervalSince1970: 1_700_000_000)
        var tokens: [String: [String]] = [:]
        for invitation in try store.invite(institutions, expiresAt: expiry, by: actor, using: &random) {
            tokens[invitation.institution] = [invitation.token]
        }
        for institution in institutions {
            for _ in 1..<max(1, keys) {
                tokens[institution, default: []].append(try store.issueAdditionalInvitation(institution, expiresAt: expiry, by: actor, using: &random).token)
            }
        }
        return Harness(store: store, clock: clock, tokens: tokens, configuration: configuration)
    }

    func token(_ institution: String, _ index: Int = 0) -> String {
        tokens[institution]?[index] ?? ""
    }

    func app() -> some ApplicationProtocol {
        var logger = Logger(label: "chosa.test")
        logger.logLevel = .error
        return buildApplication(configuration: configuration, store: store, clock: clock.serverClock, logger: logger)
    }
}

extension TestResponse {
    /// The body as text.
    var text: String {
        String(buffer: body)
    }

    /// The body as JSON.
    func json() throws -> JSONValue {
        try JSONValue.decode(Data(body.readableBytesView))
    }
}

extension JSONValue {
    subscript(_ key: String) -> JSONValue? {
        if case let .object(fields) = self { return fields[key] }
        return nil
    }

    var number: Double? {
        if case let .number(value) = self { return value }
        return nil
    }

    var string: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    var array: [JSONValue] {
        if case let .array(values) = self { return values }
        return []
    }
}

/// JSON API calls with a bearer token.
struct APIClient {
    let client: any TestClientProtocol
    let token: String
    var forwardedFor: String?

    init(_ client: any TestClientProtocol, token: String, forwardedFor: String? = nil) {
        self.client = client
        self.token = token
        self.forwardedFor = forwardedFor
    }

    func headers(_ contentType: String? = "application/json") -> HTTPFields {
        var headers = HTTPFields()
        headers[.authorization] = "Bearer \(token)"
        if let contentType { headers[.contentType] = contentType }
        if let forwardedFor, let name = HTTPField.Name("X-Forwarded-For") { headers[name] = forwardedFor }
        return headers
    }

    func get(_ path: String) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/\(path)", method: .get, headers: headers(nil), body: nil)
    }

    func send(_ method: HTTPRequest.Method, _ path: String, json: JSONValue) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/\(path)", method: method, headers: headers(),
                                 body: ByteBuffer(string: CanonicalJSON.string(json)))
    }

    func save(_ answers: [String: JSONValue], base: Int) async throws -> TestResponse {
        try await send(.put, "response", json: .object(["base_revision": .number(Double(base)), "answers": .object(answers)]))
    }

    func submit(_ id: String, attestedBy: String = "Hanako Sato, Director") async throws -> TestResponse {
        try await send(.post, "submissions", json: .object(["submission_id": .string(id), "attested_by": .string(attestedBy)]))
    }

    func upload(_ item: String, _ data: Data, name: String) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/evidence/\(item)?name=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")", method: .post, headers: headers("application/octet-stream"),
                                 body: ByteBuffer(bytes: data))
    }
}

/// Sample files by their magic numbers.
enum SampleFile {
    static let pdf = Data("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".utf8)
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    static let exe = Data([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00])

    /// A zip whose entries name an OOXML package: a Word document when `main` is `word/document.xml`. `extra`
    /// adds entries of the given sizes (zeros, which deflate to almost nothing: a zip bomb in miniature).
    static func ooxml(main: String, extra: [(String, Int)] = []) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (name, size) in [("[Content_Types].xml", 4), (main, 4)] + extra {
                let body = size == 4 ? Data("<x/>".utf8) : Data(count: size)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(body.count), compressionMethod: .deflate) { position, length in
                    body.subdata(in: Int(position)..<Int(position) + length)
                }
            }
            return archive.data ?? Data()
        } catch {
            return Data()
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral {
    init(stringLiteral value: String) {
        self = .string(value)
    }

    init(integerLiteral value: Int) {
        self = .number(Double(value))
    }

    init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }
}
