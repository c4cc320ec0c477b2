import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// The JSON API of DESIGN §5.6, rule by rule.
@Suite struct APITests {
    let complete: [String: JSONValue] = ["has_office": "yes", "office_name": "Research integrity office", "colours": .array(["red"])]

    @Test func healthzAnswersWithSecurityHeaders() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
        }
    }

    @Test func meNamesTheCallersInstitution() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let me = try await APIClient(client, token: harness.token("NU-001")).get("me")
            #expect(me.status == .ok)
            let body = try me.json()
            #expect(body["institution"]?.string == "NU-001")
            #expect(body["survey"]?.string == "all-types")
            #expect(body["status"]?.string == "not_started")
            #expect(body["open"] == .bool(true))
            let survey = try await APIClient(client, token: harness.token("NU-001")).get("survey")
            #expect(try survey.json()["sections"]?.array.count == 2)
        }
    }

    @Test(arguments: ["", "Bearer ", "Bearer not-a-token", "Basic abc", "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"])
    func badTokensAre401(_ header: String) async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var headers = HTTPFields()
            if !header.isEmpty { headers[.authorization] = header }
            let response = try await client.execute(uri: "/api/v1/me", method: .get, headers: headers)
            #expect(response.status == .unauthorized)
            #expect(response.headers[.wwwAuthenticate] == "Bearer")
            #expect(try response.json()["error"]?.string == "unauthorized")
        }
    }

    @Test func revokedAndExpiredTokensAre401() async throws {
        let harness = try Harness.make(keys: 2)
        try await harness.app().test(.router) { client in
            #expect(try await APIClient(client, token: harness.token("NU-001", 1)).get("me").status == .ok)
            try harness.store.revokeInvitation(tokenSha256: InvitationToken.hash(harness.token("NU-001", 1)), by: Actor("test", at: Harness.october))
            #expect(try await APIClient(client, token: harness.token("NU-001", 1)).get("me").status == .unauthorized)
            #expect(try await APIClient(client, token: harness.token("NU-001")).get("me").status == .ok)
            harness.clock.set(Date(timeIntervalSince1970: 1_700_000_001))
            #expect(try await APIClient(client, token: harness.token("NU-001")).get("me").status == .unauthorized)
        }
    }

    @Test func tenFailuresInAMinuteThrottleTheClient() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let attacker = APIClient(client, token: "wrong-token-wrong-token-wrong", forwardedFor: "203.0.113.9")
            for _ in 0..<10 { #expect(try await attacker.get("me").status == .unauthorized) }
            let throttled = try await attacker.get("me")
            #expect(throttled.status == .tooManyRequests)
            #expect(Int(throttled.headers[.retryAfter] ?? "") ?? 0 > 0)
            // The right token is never refused because of others' failures; a forged X-Forwarded-For (no trusted
            // proxy here) does not escape the throttle.
            #expect(try await APIClient(client, token: harness.token("NU-001"), forwardedFor: "203.0.113.9").get("me").status == .ok)
            #expect(try await APIClient(client, token: "wrong-token-wrong-token-wrong", forwardedFor: "198.51.100.7").get("me").status == .tooManyRequests)
            harness.clock.advance(by: 61)
            #expect(try await attacker.get("me").status == .unauthorized)
        }
    }

    @Test func saveReturnsTheNewRevisionAndStaleSavesAre409() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            let first = try await api.save(["has_office": "yes"], base: 0)
            #expect(first.status == .ok)
            #expect(try first.json()["revision"]?.number == 1)
            let stale = try await api.save(["has_office": "no"], base: 0)
            #expect(stale.status == .conflict)
            let body = try stale.json()
            #expect(body["current_revision"]?.number == 1)
            #expect(body["changed_items"]?.array == ["has_office"])
            let current = try await api.get("response").json()
            #expect(current["answers"]?["has_office"] == "yes")
            #expect(current["revision"]?.number == 1)
        }
    }

    @Test func wrongTypesAndUnknownItemsAre422WithPerItemMessages() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            let response = try await api.save(["staff": "many", "colour": "green", "has_ofice": "yes", "staff_double": 4], base: 0)
            #expect(response.status == .unprocessableContent)
            let problems = try response.json()["problems"]?.array ?? []
            let byPath = Dictionary(problems.map { ($0["path"]?.string ?? "", $0["code"]?.string ?? "") }, uniquingKeysWith: { first, _ in first })
            #expect(byPath["staff"] == "wrong-type")
            #expect(byPath["colour"] == "not-a-choice")
            #expect(byPath["has_ofice"] == "unknown-item")
            #expect(byPath["staff_double"] == "calculated-answer")
            #expect(problems.allSatisfy { $0["message"]?["ja"]?.string?.isEmpty == false && $0["message"]?["en"]?.string?.isEmpty == false })
            // Nothing was saved.
            #expect(try await api.get("response").json()["revision"]?.number == 0)
            // A constraint failure is reported but saved, so work is never lost.
            let saved = try await api.save(["staff": -1], base: 0)
            #expect(saved.status == .ok)
            #expect(try saved.json()["problems"]?.array.first?["code"]?.string == "constraint")
        }
    }

    @Test func concurrentSavesOnOneRevisionLetExactlyOneWin() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            let statuses = try await withThrowingTaskGroup(of: (Int, HTTPResponse.Status).self) { group in
                for index in 0..<20 {
                    group.addTask { (index, try await api.save(["staff": .number(Double(index))], base: 0).status) }
                }
                return try await group.reduce(into: [(Int, HTTPResponse.Status)]()) { $0.append($1) }
            }
            let winners = statuses.filter { $0.1 == .ok }
            #expect(winners.count == 1)
            #expect(statuses.filter { $0.1 == .conflict }.count == 19)
            let stored = try await api.get("response").json()
            #expect(stored["revision"]?.number == 1)
            #expect(stored["answers"]?["staff"]?.number == Double(winners.first?.0 ?? -1))
        }
    }

    @Test func hundredConcurrentSavesByTwentyInstitutionsLoseNothing() async throws {
        let institutions = (1...20).map { String(format: "IN-%03d", $0) }
        let harness = try Harness.make(institutions: institutions)
        try await harness.app().test(.router) { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for institution in institutions {
                    group.addTask {
                        let api = APIClient(client, token: harness.token(institution))
                        for save in 0..<5 {
                            let response = try await api.save(["staff": .number(Double(save)), "office_name": .string(institution)], base: save)
                            #expect(response.status == .ok)
                        }
                    }
                }
                try await group.waitForAll()
            }
            for institution in institutions {
                let draft = try #require(try harness.store.draft(institution: institution, survey: "all-types"))
                #expect(draft.revision == 5)
                #expect(draft.answers["staff"] == .number(4))
                #expect(draft.answers["office_name"] == .string(institution))
            }
        }
    }

    @Test func submissionsAreIdempotentAndConflictsAre409() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(complete, base: 0).status == .ok)
            let id = UUID().uuidString.lowercased()
            let first = try await api.submit(id)
            #expect(first.status == .created)
            let receipt = try first.json()
            #expect(receipt["submission_id"]?.string == id)
            #expect(receipt["revision"]?.number == 1)
            #expect(receipt["sha256"]?.string?.count == 64)
            let replay = try await api.submit(id)
            #expect(replay.status == .created)
            #expect(try replay.json() == receipt)
            #expect(replay.headers[try #require(HTTPField.Name("Idempotent-Replayed"))] == "true")
            #expect(try await api.submit(id, attestedBy: "Someone else").status == .conflict)
            #expect(try await api.get("submissions/\(id)").json() == receipt)
            #expect(try await api.get("me").json()["status"]?.string == "submitted")
            // An amendment is a new, separate submission.
            #expect(try await api.save(complete.merging(["staff": 3]) { $1 }, base: 1).status == .ok)
            #expect(try await api.get("me").json()["status"]?.string == "changed_since_submission")
            let second = try await api.submit(UUID().uuidString)
            #expect(second.status == .created)
            #expect(try second.json()["sha256"] != receipt["sha256"])
            #expect(try await api.get("submissions").json().array.count == 2)
        }
    }

    @Test func incompleteResponsesAre422() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["has_office": "yes"], base: 0).status == .ok)
            let response = try await api.submit(UUID().uuidString)
            #expect(response.status == .unprocessableContent)
            let problems = try response.json()["problems"]?.array ?? []
            #expect(problems.contains { $0["path"]?.string == "office_name" && $0["code"]?.string == "required" })
            #expect(try await api.submit(UUID().uuidString, attestedBy: "  ").status == .unprocessableContent)
            #expect(try await api.submit("not-a-uuid").status == .badRequest)
        }
    }

    @Test func theSurveyIsReadOnlyAfterTheDeadline() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(complete, base: 0).status == .ok)
            let id = UUID().uuidString
            #expect(try await api.submit(id).status == .created)
            // The last second of the deadline day (Tokyo) is still open.
            harness.clock.set(Harness.afterDeadline.addingTimeInterval(-2))
            #expect(try await api.save(complete, base: 1).status == .ok)
            harness.clock.set(Harness.afterDeadline)
            let closed = try await api.save(complete, base: 2)
            #expect(closed.status == .forbidden)
            #expect(try closed.json()["error"]?.string == "survey_closed")
            #expect(try await api.submit(UUID().uuidString).status == .forbidden)
            #expect(try await api.upload("any_doc", SampleFile.pdf, name: "late.pdf").status == .forbidden)
            #expect(try await api.get("me").json()["open"] == .bool(false))
            #expect(try await api.get("response").status == .ok)
            // A retried submission still gets its receipt.
            #expect(try await api.submit(id).status == .created)
        }
    }

    @Test func hugeBodiesAre413() async throws {
        let harness = try Harness.make(configuration: ServerConfiguration(port: 0, maxBodyBytes: 64 * 1024, maxUploadBytes: 128 * 1024))
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            let big = JSONValue.object(["base_revision": 0, "answers": .object(["story": .string(String(repeating: "x", count: 100_000))])])
            let response = try await api.send(.put, "response", json: big)
            #expect(response.status == .contentTooLarge)
            #expect(try response.json()["error"]?.string == "body_too_large")
            let upload = try await api.upload("any_doc", SampleFile.pdf + Data(count: 200_000), name: "big.pdf")
            #expect(upload.status == .contentTooLarge)
        }
    }

    @Test func uploadsAreSniffedAndCheckedAgainstAccept() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            let png = try await api.upload("any_doc", SampleFile.png, name: "scan.pdf")
            #expect(png.status == .created)
            #expect(try png.json()["media_type"]?.string == "image/png")
            // The stored name carries the sniffed type's extension, not the one the client claimed.
            #expect(try png.json()["name"]?.string == "scan.png")
            let refused = try await api.upload("regulation_doc", SampleFile.png, name: "regulation.pdf")
            #expect(refused.status == .unsupportedMediaType)
            #expect(try await api.upload("any_doc", SampleFile.exe, name: "setup.pdf").status == .unsupportedMediaType)
            #expect(try await api.upload("no_such_item", SampleFile.pdf, name: "x.pdf").status == .notFound)
            #expect(try await api.upload("staff", SampleFile.pdf, name: "x.pdf").status == .notFound)
            let pdf = try await api.upload("regulation_doc", SampleFile.pdf, name: "../../etc/規程.pdf")
            #expect(pdf.status == .created)
            #expect(try pdf.json()["name"]?.string == "規程.pdf")
            let docx = try await api.upload("any_doc", SampleFile.ooxml(main: "word/document.xml"), name: "a.docx")
            #expect(try docx.json()["media_type"]?.string == MediaSniffer.docx)
            let response = try await api.get("response").json()
            #expect(response["revision"]?.number == 3)
            #expect(response["evidence"]?["any_doc"]?.array.count == 2)
            let sha = try #require(try pdf.json()["sha256"]?.string)
            let download = try await api.get("files/\(sha)")
            #expect(download.status == .ok)
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment") == true)
        }
    }

    @Test func otherInstitutionsSeeNoReceiptsOrFiles() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let owner = APIClient(client, token: harness.token("NU-001"))
            let other = APIClient(client, token: harness.token("PU-002"))
            #expect(try await owner.save(complete, base: 0).status == .ok)
            let sha = try #require(try await owner.upload("any_doc", SampleFile.pdf, name: "secret.pdf").json()["sha256"]?.string)
            let id = UUID().uuidString.lowercased()
            #expect(try await owner.submit(id).status == .created)
            #expect(try await other.get("submissions/\(id)").status == .notFound)
            #expect(try await other.get("files/\(sha)").status == .notFound)
            #expect(try await other.get("submissions").json().array.isEmpty)
            #expect(try await other.get("response").json()["answers"] == .object([:]))
            // Re-using another institution's submission id, or claiming its file, changes nothing.
            #expect(try await other.submit(id).status == .conflict)
            let claim = try await other.send(.put, "response", json: .object([
                "base_revision": 0, "answers": .object([:]),
                "evidence": .object(["any_doc": .array([.object(["sha256": .string(sha), "name": "mine.pdf"])])]),
            ]))
            #expect(claim.status == .unprocessableContent)
            #expect(try claim.json()["problems"]?.array.first?["code"]?.string == "unknown-file")
            // The owner's own upload of the same bytes is still theirs alone.
            #expect(try await other.upload("any_doc", SampleFile.pdf, name: "same.pdf").status == .created)
            #expect(try await other.get("files/\(sha)").status == .ok)
        }
    }
}

@Suite("Amending a response that came from a file")
struct ImportedResponseTests {
    @Test func theLatestSubmissionIsTheStartingDraft() async throws {
        let harness = try Harness.make(real: true)
        let version = try harness.store.catalog().latest("cao-research-integrity-2023")
        var response = try #require(try ResponseFile.read(Data(contentsOf: Harness.realSurvey.appendingPathComponent("examples/NU-001.json")))
            .first?.response)
        response.institution = "NU-001"
        _ = try harness.store.recordSubmission(response, version: version, source: .import, by: Actor("analyst", at: Harness.october))
        let researchers = response.answers["researchers_total"]
        try await harness.app().test(.router) { client in
            let own = try await APIClient(client, token: harness.token("NU-001")).get("response")
            #expect(own.status == .ok)
            let body = try own.json()
            #expect(body["revision"] == .number(0))
            #expect(researchers != nil && body["answers"]?["researchers_total"] == researchers)
            #expect(body["status"]?.string == "submitted")
            let other = try await APIClient(client, token: harness.token("PU-002")).get("response")
            #expect(try other.json()["answers"] == .object([:]))
        }
    }
}
