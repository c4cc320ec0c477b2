import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// The analyst workspace over the real survey, with NU-001's example response submitted and one account per role,
/// all with the same password (bcrypt at cost 12 is slow by design, so it is hashed once for every test).
extension Harness {
    static let analystPassword = "correct horse battery staple"
    static let analystHash = AnalystPassword.hash(analystPassword)
    static let regulationPDF = Data("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)

    /// A harness whose store holds a submission from NU-001 and accounts `admin`, `ana` (analyst), `vic` (viewer).
    static func workspace(configuration: ServerConfiguration = ServerConfiguration(port: 0)) throws -> Harness {
        let harness = try Harness.make(real: true, configuration: configuration)
        let version = try harness.store.catalog().latest("cao-research-integrity-2023")
        var response = try #require(try ResponseFile.read(Data(contentsOf: Harness.realSurvey.appendingPathComponent("examples/NU-001.json")))
            .first?.response)
        response.institution = "NU-001"
        // One file really stored, so its download can be checked.
        let stored = try harness.store.storeEvidence(regulationPDF, mediaType: "application/pdf", by: Actor("NU-001", at: Harness.october))
        response.evidence["integrity_regulation_doc"] = [ResponseFile.EvidenceFile(sha256: stored.sha256, name: "研究インテグリティ規程.pdf",
                                                                                   size: regulationPDF.count, mediaType: "application/pdf")]
        _ = try harness.store.recordSubmission(response, version: version, source: .import, by: Actor("import", at: Harness.october))
        for (name, role) in [("admin", AnalystRole.admin), ("ana", .analyst), ("vic", .viewer)] {
            try harness.store.addAnalyst(name: name, role: role, setupToken: nil, expiresAt: nil, passwordHash: analystHash,
                                         by: Actor("setup", at: Harness.october))
        }
        return harness
    }

    /// The workspace application over this harness's store and clock.
    func workspaceApp() -> some ApplicationProtocol {
        var logger = Logger(label: "chosa.test.workspace")
        logger.logLevel = .error
        return buildWorkspaceApplication(configuration: configuration, store: store, clock: clock.serverClock, logger: logger)
    }

    /// Every audit row, for "nothing changed" checks.
    func auditCount() throws -> Int {
        try store.auditEntries(AuditFilter(limit: 5000)).count
    }
}

extension Browser {
    /// Logs in to the workspace through its form; returns the response to the login post.
    @discardableResult
    mutating func logInAnalyst(_ name: String, password: String = Harness.analystPassword) async throws -> TestResponse {
        let form = try await get("/login")
        return try await postURLEncoded("/login", [("_csrf", Self.hidden("_csrf", in: form.text)), ("username", name), ("password", password)])
    }

    /// The CSRF token on a workspace page (any form's).
    mutating func csrf(_ path: String = "/") async throws -> String {
        Self.hidden("_csrf", in: try await get(path).text)
    }
}
