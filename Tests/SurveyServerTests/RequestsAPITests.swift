import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// Improvement requests over the API (DESIGN §5.9): an institution sees and answers its own requests only; an
/// analyst's acceptance closes the request and re-scores the measure as met.
@Suite struct RequestsAPITests {
    /// NU-001 submits without an office (the measure is not met) and is issued a letter with one request.
    static func issued(_ harness: Harness) async throws -> Int64 {
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            let saved = try await api.save(["has_office": "no", "colours": ["red"]], base: 0)
            #expect(saved.status == .ok)
            let submitted = try await api.submit("00000000-0000-4000-8000-0000000000c1")
            #expect(submitted.status == .created, "\(submitted.text)")
        }
        let store = harness.store
        let catalog = try store.catalog()
        let survey = try catalog.selected(nil).survey.id
        let latest = try #require(try store.latestSubmission(of: "NU-001", survey: survey))
        let card = try store.score(latest, reviews: [:], catalog: catalog)
        #expect(card.measure("office")?.status == .notMet)
        let day = try #require(CivilDate(iso: "2023-11-20"))
        let (letter, isNew) = try store.issueLetter(survey: survey, institution: "NU-001", submissionID: latest.submissionId, card: card,
                                                    measures: [(id: "office", critical: false)], issuedOn: day,
                                                    replyBy: OfficeCalendar.openingDay(onOrAfter: CivilDate(daysSinceEpoch: day.daysSinceEpoch + 30)),
                                                    number: { "府科事第\($0)号" }, by: Actor("analyst", at: Harness.october))
        #expect(isNew && letter.number == "府科事第1号")
        // Issuing again changes nothing.
        let again = try store.issueLetter(survey: survey, institution: "NU-001", submissionID: latest.submissionId, card: card,
                                          measures: [(id: "office", critical: false)], issuedOn: day, replyBy: day,
                                          number: { "other \($0)" }, by: Actor("analyst", at: Harness.october))
        #expect(!again.isNew && again.letter == letter)
        #expect(try store.requests(survey: survey).count == 1)
        return try #require(try store.requests(survey: survey).first?.id)
    }

    @Test func institutionsAnswerTheirOwnRequestsOnly() async throws {
        let harness = try Harness.make()
        let id = try await Self.issued(harness)
        harness.clock.set(Harness.afterDeadline)
        try await harness.app().test(.router) { client in
            let mine = APIClient(client, token: harness.token("NU-001"))
            let listed = try await mine.get("requests").json().array
            #expect(listed.count == 1)
            #expect(listed.first?["measure"]?.string == "office" && listed.first?["status"]?.string == "open")
            #expect(listed.first?["letter"]?.string == "府科事第1号")
            let other = APIClient(client, token: harness.token("PU-002"))
            let theirs = try await other.get("requests").json()
            #expect(theirs.array.isEmpty)
            let body: JSONValue = .object(["action": "An office was set up on 1 December", "planned_by": "2023-12-01"])
            let stolen = try await other.send(.post, "requests/\(id)/reply", json: body)
            #expect(stolen.status == .notFound)
            let missing = try await mine.send(.post, "requests/99999/reply", json: body)
            #expect(missing.status == .notFound)
            let unknown = try await mine.send(.post, "requests/\(id)/reply", json: .object(["action": "x", "extra": 1]))
            #expect(unknown.status == .unprocessableContent)
            let empty = try await mine.send(.post, "requests/\(id)/reply", json: .object(["action": "  "]))
            #expect(empty.status == .badRequest)
            let badDate = try await mine.send(.post, "requests/\(id)/reply", json: .object(["action": "x", "planned_by": "soon"]))
            #expect(badDate.status == .badRequest)
            let unheld = try await mine.send(.post, "requests/\(id)/reply", json: .object(["action": "x", "evidence": [.string(String(repeating: "a", count: 64))]]))
            #expect(unheld.status == .unprocessableContent)
            #expect(try harness.store.request(id)?.status == .open)
            let replied = try await mine.send(.post, "requests/\(id)/reply", json: .object([
                "action": "An office was set up", "planned_by": "2023-12-01", "contest": .object(["reason": "The office existed already"]),
            ]))
            #expect(replied.status == .created)
            #expect(try replied.json()["status"]?.string == "replied")
            #expect(try replied.json()["reply"]?["contest"]?.string == "The office existed already")
        }
        // The analyst accepts: the request closes and the measure re-scores as met.
        let closed = try harness.store.reviewRequest(id, accept: true, note: "Office regulation seen", by: Actor("analyst", at: Harness.afterDeadline))
        #expect(closed.status == .closed && closed.lastNote == "Office regulation seen")
        let catalog = try harness.store.catalog()
        let survey = try catalog.selected(nil).survey.id
        let latest = try #require(try harness.store.latestSubmission(of: "NU-001", survey: survey))
        let card = try harness.store.score(latest, reviews: try harness.store.reviews(of: "NU-001", survey: survey), catalog: catalog)
        #expect(card.measure("office")?.status == .met)
        #expect(throws: StoreError.noSuchRequest(id)) {
            try harness.store.reviewRequest(id, accept: false, note: "again", by: Actor("analyst", at: Harness.afterDeadline))
        }
        try await harness.app().test(.router) { client in
            let late = try await APIClient(client, token: harness.token("NU-001")).send(.post, "requests/\(id)/reply", json: .object(["action": "x"]))
            #expect(late.status == .notFound)
        }
    }

    @Test func aReturnedRequestReopensWithTheNote() async throws {
        let harness = try Harness.make()
        let id = try await Self.issued(harness)
        _ = try harness.store.replyToRequest(id, institution: "NU-001", reply: RequestReply(action: "Will do", plannedBy: nil, contest: nil, evidence: []),
                                             by: Actor("nu", at: Harness.october))
        let returned = try harness.store.reviewRequest(id, accept: false, note: "Please attach the regulation", by: Actor("analyst", at: Harness.october))
        #expect(returned.status == .open)
        try await harness.app().test(.router) { client in
            let listed = try await APIClient(client, token: harness.token("NU-001")).get("requests").json().array
            #expect(listed.first?["note"]?.string == "Please attach the regulation")
        }
        #expect(try harness.store.request(id)?.isOverdue(on: try #require(CivilDate(iso: "2024-01-31"))) == true)
    }

    @Test func thePortalListsRequestsAndTakesAReply() async throws {
        let harness = try Harness.make()
        let id = try await Self.issued(harness)
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/requests")
            #expect(page.status == .ok)
            #expect(page.text.contains("府科事第1号") && page.text.contains("設ける") && page.text.contains("回答待ち"))
            let csrf = Browser.hidden("_csrf", in: page.text)
            let empty = try await browser.post("/portal/requests/\(id)/reply", [("_csrf", csrf), ("action", " ")])
            #expect(empty.status == .unprocessableContent)
            #expect(try harness.store.request(id)?.status == .open)
            let forged = try await browser.post("/portal/requests/\(id)/reply", [("action", "x")])
            #expect(forged.status == .forbidden)
            let sent = try await browser.post("/portal/requests/\(id)/reply", [("_csrf", csrf), ("action", "<b>Set up</b> an office"),
                                                                               ("planned_by", "2023-12-01"), ("contest", "")])
            #expect(sent.status == .seeOther)
            let after = try await browser.get("/portal/requests")
            #expect(after.text.contains("&lt;b&gt;Set up&lt;/b&gt;") && !after.text.contains("<b>Set up</b>"))
            #expect(try harness.store.request(id)?.status == .replied)
            // Another institution sees none of it, and cannot post to it.
            var other = Browser(client)
            try await other.logIn(harness.token("PU-002"))
            let theirs = try await other.get("/portal/requests")
            #expect(!theirs.text.contains("府科事第1号"))
            let stolen = try await other.post("/portal/requests/\(id)/reply", [("_csrf", Browser.hidden("_csrf", in: theirs.text)), ("action", "x")])
            #expect(stolen.status == .notFound)
        }
    }

    @Test func evidenceCanBeSentWithAReplyAfterTheDeadline() async throws {
        let harness = try Harness.make()
        let id = try await Self.issued(harness)
        harness.clock.set(Harness.afterDeadline)
        try await harness.app().test(.router) { client in
            let mine = APIClient(client, token: harness.token("NU-001"))
            let refused = try await client.execute(uri: "/api/v1/requests/\(id)/evidence?name=x.exe", method: .post,
                                                   headers: mine.headers("application/octet-stream"), body: ByteBuffer(bytes: SampleFile.exe))
            #expect(refused.status == .unsupportedMediaType)
            let other = APIClient(client, token: harness.token("PU-002"))
            let stolen = try await client.execute(uri: "/api/v1/requests/\(id)/evidence?name=r.pdf", method: .post,
                                                  headers: other.headers("application/octet-stream"), body: ByteBuffer(bytes: SampleFile.pdf))
            #expect(stolen.status == .notFound)
            let sent = try await client.execute(uri: "/api/v1/requests/\(id)/evidence?name=regulation.pdf", method: .post,
                                                headers: mine.headers("application/octet-stream"), body: ByteBuffer(bytes: SampleFile.pdf))
            #expect(sent.status == .created)
            let sha = try #require(try sent.json()["sha256"]?.string)
            #expect(try sent.json()["name"]?.string == "regulation.pdf")
            let replied = try await mine.send(.post, "requests/\(id)/reply", json: .object([
                "action": "The regulation was approved", "evidence": .array([.string(sha)]),
            ]))
            #expect(replied.status == .created)
            #expect(try replied.json()["reply"]?["evidence"]?.array.first?.string == sha)
            #expect(try harness.store.request(id)?.lastReply?.evidence == [sha])
        }
    }
}
