import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SurveyCore
import SurveyOffice
@testable import SurveyServer
import SurveyStore
import Testing

/// What each role may do in the workspace, and that an analyst's daily work changes the score and the audit log.
@Suite struct WorkspaceActionTests {
    /// One write of the workspace: its path and fields (the CSRF token is added).
    struct Action: Sendable {
        let name: String
        let path: String
        let fields: [(String, String)]
        let least: AnalystRole
    }

    static let actions: [Action] = [
        Action(name: "verify", path: "/institutions/NU-001/verify",
               fields: [("measure", "gov_accountable_executive"), ("level", "E3"), ("note", "minutes checked")], least: .analyst),
        Action(name: "override", path: "/institutions/NU-001/override",
               fields: [("measure", "gov_accountable_executive"), ("status", "partial"), ("evidence", ""), ("reason", "only on paper")], least: .analyst),
        Action(name: "extend", path: "/institutions/PU-002/extend", fields: [("until", "2023-12-15"), ("reason", "fire in the office")], least: .analyst),
        Action(name: "assign", path: "/queue/NU-001/assign", fields: [("assignee", "ana")], least: .analyst),
        Action(name: "done", path: "/queue/NU-001/done", fields: [], least: .analyst),
        Action(name: "reopen", path: "/queue/NU-001/reopen", fields: [], least: .analyst),
        Action(name: "confirm verdict", path: "/institutions/NU-001/confirm", fields: [("note", "checked the one answer")], least: .analyst),
        Action(name: "reset account", path: "/accounts/ana/reset", fields: [], least: .admin),
        Action(name: "add account", path: "/accounts", fields: [("name", "intern"), ("role", "viewer")], least: .admin),
        Action(name: "disable account", path: "/accounts/vic/disable", fields: [], least: .admin),
    ]

    static let reads = ["/", "/institutions", "/institutions/NU-001", "/queue", "/requests", "/audit", "/exports", "/exports/scores.csv",
                        "/exports/responses.json", "/report"]

    @Test(arguments: [AnalystRole.viewer, .analyst, .admin])
    func eachRoleMayDoWhatItsRoleAllowsAndNothingElse(role: AnalystRole) async throws {
        let harness = try Harness.workspace()
        let name = ["admin": "admin", "analyst": "ana", "viewer": "vic"][role.rawValue] ?? ""
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.logInAnalyst(name).status == .seeOther)
            for path in Self.reads {
                #expect(try await browser.get(path).status == .ok, "\(role) GET \(path)")
            }
            #expect(try await browser.get("/accounts").status == (role >= .admin ? .ok : .forbidden))
            let csrf = try await browser.csrf()
            for action in Self.actions {
                let before = try harness.auditCount()
                let response = try await browser.postURLEncoded(action.path, [("_csrf", csrf)] + action.fields)
                if role >= action.least {
                    #expect(response.status == .seeOther || response.status == .ok, "\(role) \(action.name): \(response.status)")
                    let written = try harness.store.auditEntries(AuditFilter(actor: name, limit: 1)).first
                    #expect(try harness.auditCount() > before, "\(role) \(action.name) is audited")
                    #expect(written?.actor == name)
                } else {
                    #expect(response.status == .forbidden, "\(role) \(action.name)")
                    #expect(try harness.auditCount() == before, "\(role) \(action.name) changed nothing")
                }
            }
        }
    }

    @Test func aPostWithoutTheCSRFTokenOrFromAnotherSiteChangesNothing() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("admin")
            let before = try harness.auditCount()
            let fields = [("measure", "gov_accountable_executive"), ("level", "E3"), ("note", "forged")]
            #expect(try await browser.postURLEncoded("/institutions/NU-001/verify", fields).status == .forbidden)
            let csrf = try await browser.csrf()
            var elsewhere = browser
            elsewhere.origin = "http://evil.example"
            #expect(try await elsewhere.postURLEncoded("/institutions/NU-001/verify", [("_csrf", csrf)] + fields).status == .forbidden)
            // Without a session at all: 401, not a redirect, and nothing written.
            var stranger = Browser(client)
            #expect(try await stranger.postURLEncoded("/institutions/NU-001/verify", fields).status == .unauthorized)
            #expect(try harness.auditCount() == before)
        }
    }

    @Test func anOversizedFormIsRefusedAndChangesNothing() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("ana")
            let csrf = try await browser.csrf()
            let before = try harness.auditCount()
            let huge = String(repeating: "x", count: 200_000)
            let response = try await browser.postURLEncoded("/institutions/NU-001/verify", [("_csrf", csrf), ("measure", "gov_accountable_executive"),
                                                                                            ("level", "E2"), ("note", huge)])
            #expect(response.status == .contentTooLarge)
            #expect(try harness.auditCount() == before)
        }
    }

    @Test func verifyingAMeasureChangesTheScoreAndTheAuditLog() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("ana")
            let sorted = try await browser.get("/institutions?sort=laxity&q=Institution")
            let order = ["NU-001", "PU-002"].compactMap { sorted.text.range(of: "/institutions/\($0)\"")?.lowerBound }
            #expect(order.count == 2 && order[0] < order[1], "scored NU-001 before unscored PU-002")
            let list = try await browser.get("/institutions?status=submitted")
            #expect(list.text.contains("/institutions/NU-001"))
            #expect(!list.text.contains("/institutions/PU-002"))
            let before = try await browser.get("/institutions/NU-001")
            #expect(before.text.contains("gov_accountable_executive") || before.text.contains("verify-measure"))
            let csrf = Browser.hidden("_csrf", in: before.text)
            let override = try await browser.postURLEncoded("/institutions/NU-001/override", [
                ("_csrf", csrf), ("measure", "gov_accountable_executive"), ("status", "not_met"), ("evidence", ""), ("reason", "no such executive <b>x</b>"),
            ])
            #expect(override.status == .seeOther)
            #expect(override.headers[.location]?.hasPrefix("/institutions/NU-001?saved=1") == true)
            let after = try await browser.get("/institutions/NU-001")
            #expect(after.text.contains("no such executive &lt;b&gt;x&lt;/b&gt;"))
            #expect(!after.text.contains("<b>x</b>"))
            let card = try #require(try harness.store.reviews(of: "NU-001", survey: "cao-research-integrity-2023")["gov_accountable_executive"])
            #expect(card.overrideStatus == .notMet)
            let audit = try await browser.get("/audit?institution=NU-001&analyst=ana")
            #expect(audit.text.contains("override.set"))
            let missing = try await browser.postURLEncoded("/institutions/NU-001/verify", [("_csrf", csrf), ("measure", "no_such_measure"),
                                                                                           ("level", "E2"), ("note", "x")])
            #expect(missing.status == .badRequest)
            #expect(try await browser.postURLEncoded("/institutions/XX-999/verify", [("_csrf", csrf), ("measure", "gov_accountable_executive"),
                                                                                     ("level", "E2"), ("note", "x")]).status == .notFound)
        }
    }

    @Test func evidenceDownloadsOnlyTheInstitutionsOwnFilesAsAttachments() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("vic")
            let page = try await browser.get("/institutions/NU-001")
            let sha = CanonicalJSON.sha256(Harness.regulationPDF)
            #expect(page.text.contains("/institutions/NU-001/evidence/\(sha)"))
            let file = try await browser.get("/institutions/NU-001/evidence/\(sha)")
            #expect(file.status == .ok)
            #expect(file.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            #expect(file.body.getBytes(at: file.body.readerIndex, length: file.body.readableBytes) == Array(Harness.regulationPDF))
            // The same file asked for under another institution is not found there.
            #expect(try await browser.get("/institutions/PU-002/evidence/\(sha)").status == .notFound)
            #expect(try await browser.get("/institutions/NU-001/evidence/" + String(repeating: "0", count: 64)).status == .notFound)
            #expect(try await browser.get("/institutions/NO-SUCH").status == .notFound)
            let preview = try await browser.get("/report/preview.ja.html")
            #expect(preview.status == .ok || preview.status == .badRequest)
            #expect(preview.headers[.contentSecurityPolicy]?.contains("script-src") == false)
        }
    }

    @Test func analystsReviewRepliesToImprovementRequests() async throws {
        let harness = try Harness.workspace()
        let store = harness.store
        let catalog = try store.catalog()
        let survey = "cao-research-integrity-2023"
        let latest = try #require(try store.latestSubmission(of: "NU-001", survey: survey))
        let card = try store.score(latest, reviews: [:], catalog: catalog)
        let day = try #require(CivilDate(iso: "2023-11-20"))
        _ = try store.issueLetter(survey: survey, institution: "NU-001", submissionID: latest.submissionId, card: card,
                                  measures: [(id: "gov_accountable_executive", critical: true)], issuedOn: day, replyBy: day,
                                  number: { "府科事第\($0)号" }, by: Actor("admin", at: Harness.october))
        let request = try #require(try store.requests(survey: survey).first)
        _ = try store.replyToRequest(request.id, institution: "NU-001",
                                     reply: RequestReply(action: "Appoint a vice-president <script>", plannedBy: day, contest: nil, evidence: []),
                                     by: Actor("NU-001", at: Harness.october))
        try await harness.workspaceApp().test(.router) { client in
            var viewer = Browser(client)
            try await viewer.logInAnalyst("vic")
            let page = try await viewer.get("/requests")
            #expect(page.text.contains("Appoint a vice-president &lt;script&gt;"))
            #expect(!page.text.contains("name=\"decision\""), "a viewer sees no decision form")
            let csrf = Browser.hidden("_csrf", in: page.text)
            #expect(try await viewer.postURLEncoded("/requests/\(request.id)/review", [("_csrf", csrf), ("decision", "accept"), ("note", "ok")]).status == .forbidden)

            var analyst = Browser(client)
            try await analyst.logInAnalyst("ana")
            let form = try await analyst.get("/requests")
            #expect(form.text.contains("name=\"decision\""))
            let token = Browser.hidden("_csrf", in: form.text)
            #expect(try await analyst.postURLEncoded("/requests/\(request.id)/review", [("_csrf", token), ("decision", "maybe"), ("note", "x")]).status == .badRequest)
            let accepted = try await analyst.postURLEncoded("/requests/\(request.id)/review", [("_csrf", token), ("decision", "accept"), ("note", "plan is credible")])
            #expect(accepted.headers[.location] == "/requests?saved=1")
        }
        #expect(try store.request(request.id)?.status == .closed)
    }

    @Test func theAuditLogFiltersByInstitutionAnalystAndDay() async throws {
        let harness = try Harness.workspace()
        let version = try harness.store.catalog().latest("cao-research-integrity-2023")
        try harness.store.verify(institution: "NU-001", measure: "gov_accountable_executive", level: .e2, note: "seen", version: version,
                                 by: Actor("ana", at: Harness.october))
        try harness.store.verify(institution: "PU-002", measure: "gov_accountable_executive", level: .e2, note: "seen", version: version,
                                 by: Actor("admin", at: Harness.october.addingTimeInterval(3 * 86_400)))
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("vic")
            let byInstitution = try await browser.get("/audit?institution=NU-001")
            #expect(byInstitution.text.contains("cao-research-integrity-2023/NU-001/gov_accountable_executive"))
            #expect(!byInstitution.text.contains("PU-002/gov_accountable_executive"))
            let byAnalyst = try await browser.get("/audit?analyst=admin")
            #expect(byAnalyst.text.contains("PU-002/gov_accountable_executive") && !byAnalyst.text.contains("NU-001/gov_accountable_executive"))
            let firstDay = try await browser.get("/audit?from=2023-10-01&to=2023-10-01")
            #expect(firstDay.text.contains("NU-001/gov_accountable_executive") && !firstDay.text.contains("PU-002/gov_accountable_executive"))
            let badDate = try await browser.get("/audit?from=yesterday")
            #expect(badDate.status == .ok && badDate.text.contains("YYYY-MM-DD"))
        }
    }

    @Test func exportsAreAttachmentsOfThisSurveysData() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("vic")
            let scores = try await browser.get("/exports/scores.csv")
            #expect(scores.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(scores.text.contains("institution,laxity,verdict") && scores.text.contains("NU-001"))
            let responses = try await browser.get("/exports/responses.json")
            #expect(responses.text.contains("\"NU-001\""))
            let workbook = try await browser.get("/exports/responses.xlsx")
            #expect(workbook.headers[.contentType]?.contains("spreadsheetml") == true)
            var limits = WorkbookLimits.standard
            limits.columns = 4096
            let read = try WorkbookReader.read(Data(workbook.body.getBytes(at: workbook.body.readerIndex, length: workbook.body.readableBytes) ?? []),
                                               limits: limits)
            let sheet = try #require(read.sheets.first)
            #expect(sheet.name == "responses")
            #expect(sheet.rows.count == 2, "a header and NU-001's row")
            #expect(sheet.rows.dropFirst().first?.contains { $0.value == .text("NU-001") } == true)
            #expect(try await browser.get("/exports/../../etc/passwd").status == .notFound)
            #expect(try await browser.get("/exports/secrets.txt").status == .notFound)
        }
    }

    /// RA-004's example answers, recorded for PU-002: "needs improvement", one answer from "adequate".
    static func withLetterDue() throws -> Harness {
        let harness = try Harness.workspace()
        let version = try harness.store.catalog().latest("cao-research-integrity-2023")
        var response = try #require(try ResponseFile.read(Data(contentsOf: Harness.realSurvey.appendingPathComponent("examples/RA-004.json")))
            .first?.response)
        response.institution = "PU-002"
        _ = try harness.store.recordSubmission(response, version: version, source: .import, by: Actor("import", at: Harness.october))
        return harness
    }

    @Test func administratorsIssueLettersOnceTheOneAnswerVerdictIsConfirmed() async throws {
        let harness = try Self.withLetterDue()
        try await harness.workspaceApp().test(.router) { client in
            var analyst = Browser(client)
            try await analyst.logInAnalyst("ana")
            let page = try await analyst.get("/institutions/PU-002")
            #expect(page.text.contains("/institutions/PU-002/letter"))
            #expect(!page.text.contains("action=\"/institutions/PU-002/letter\""), "only administrators see the issue button")
            let draft = try await analyst.get("/institutions/PU-002/letter")
            #expect(draft.status == .ok)
            #expect(draft.text.contains("機関PU-002") || draft.text.contains("Institution PU-002"))
            #expect(draft.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let csrf = Browser.hidden("_csrf", in: page.text)
            #expect(try await analyst.postURLEncoded("/institutions/PU-002/letter", [("_csrf", csrf)]).status == .forbidden)
            #expect(try await analyst.get("/institutions/NU-001/letter").status == .notFound, "adequate: no letter")

            var admin = Browser(client)
            try await admin.logInAnalyst("admin")
            let adminCSRF = try await admin.csrf("/institutions/PU-002")
            let held = try await admin.postURLEncoded("/institutions/PU-002/letter", [("_csrf", adminCSRF)])
            #expect(held.status == .badRequest)
            #expect(try harness.store.letter(survey: "cao-research-integrity-2023", institution: "PU-002") == nil)
            #expect(try await analyst.postURLEncoded("/institutions/PU-002/confirm", [("_csrf", csrf), ("note", "the one answer was checked")]).status == .seeOther)
            let issued = try await admin.postURLEncoded("/institutions/PU-002/letter", [("_csrf", adminCSRF)])
            #expect(issued.status == .seeOther)
            let letter = try #require(try harness.store.letter(survey: "cao-research-integrity-2023", institution: "PU-002"))
            #expect(letter.number == "府科事第1号")
            #expect(try await admin.get("/institutions/PU-002/letter").text.contains("府科事第1号"))
            #expect(try await admin.get("/requests").text.contains("府科事第1号"))
        }
    }

    @Test func everyTemplateCompiles() {
        #expect(WorkspaceTemplates.compiled.failure == nil)
    }
}
