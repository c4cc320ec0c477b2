import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// Answering, uploading, reviewing and submitting through the HTML portal.
@Suite struct PortalFlowTests {
    @Test func answerUploadReviewSubmitAndPrint() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/basics")
            let csrf = Browser.hidden("_csrf", in: page.text)
            let saved = try await browser.post("/portal/sections/basics", [
                ("_csrf", csrf), ("base_revision", "0"), ("action", "next"), ("a:has_office", "yes"), ("a:office_name", "Integrity office"),
                ("a:colours", "red"), ("a:colours", "blue"), ("a:staff", "１，２００"), ("a:fte", "2.5"), ("a:founded", "2020-04-01"),
            ])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/portal/sections/details?saved=1")
            let draft = try #require(try harness.store.draft(institution: "NU-001", survey: "all-types"))
            #expect(draft.answers["staff"] == .number(1200))
            #expect(draft.answers["colours"] == .array(["red", "blue"]))

            // Add an entry, fill it, and attach a file with the same save.
            let added = try await browser.post("/portal/sections/details", [("_csrf", csrf), ("base_revision", "1"), ("action", "add:partners"), ("rows:partners", "0")])
            #expect(added.status == .seeOther)
            let details = try await browser.get("/portal/sections/details")
            #expect(details.text.contains("name=\"a:partners:0:partner\""))
            let withFile = try await browser.post("/portal/sections/details", [
                ("_csrf", csrf), ("base_revision", Browser.hidden("base_revision", in: details.text)), ("action", "save"), ("rows:partners", "1"),
                ("a:partners:0:partner", "X Institute"), ("a:partners:0:amount", "1200000"), ("a:reviewed", "yes"),
            ], files: [("file:regulation_doc", "regulation.pdf", SampleFile.pdf)])
            #expect(withFile.status == .seeOther)
            let afterUpload = try await browser.get("/portal/sections/details")
            #expect(afterUpload.text.contains("regulation.pdf"))
            let wrongType = try await browser.post("/portal/sections/details", [
                ("_csrf", csrf), ("base_revision", Browser.hidden("base_revision", in: afterUpload.text)), ("rows:partners", "1"),
                ("a:partners:0:partner", "X Institute"),
            ], files: [("file:regulation_doc", "photo.pdf", SampleFile.png)])
            #expect(wrongType.status == .unsupportedMediaType)
            #expect(wrongType.text.contains("PNG 形式のため受け付けられません"))

            let review = try await browser.get("/portal/review")
            #expect(review.status == .ok)
            #expect(review.text.contains("Integrity office"))
            #expect(review.text.contains("X Institute"))
            let id = Browser.hidden("submission_id", in: review.text)
            let revision = Browser.hidden("revision", in: review.text)
            #expect(!id.isEmpty)
            let unconfirmed = try await browser.post("/portal/submit", [("_csrf", csrf), ("submission_id", id), ("revision", revision),
                                                                       ("officer_name", "Hanako Sato"), ("officer_title", "Director")])
            #expect(unconfirmed.status == .unprocessableContent)
            let form = [("_csrf", csrf), ("submission_id", id), ("revision", revision), ("officer_name", "Hanako Sato"),
                        ("officer_title", "Director"), ("confirm", "yes")]
            let submitted = try await browser.post("/portal/submit", form)
            #expect(submitted.headers[.location] == "/portal/receipts/\(id)?new=1")
            // A second click on the same form is the same submission.
            #expect(try await browser.post("/portal/submit", form).headers[.location] == "/portal/receipts/\(id)?new=1")
            #expect(try harness.store.submissions(of: "NU-001").count == 1)
            let stored = try #require(try harness.store.submission(id))
            #expect(stored.attestedBy == "Hanako Sato, Director")
            #expect(stored.source == "portal")

            let receipt = try await browser.get("/portal/receipts/\(id)?new=1")
            #expect(receipt.text.contains(stored.contentSha256))
            #expect(receipt.text.contains(id))
            let printable = try await browser.get("/portal/receipts/\(id)/print")
            #expect(printable.text.contains("Integrity office"))
            let content = try await browser.get("/portal/receipts/\(id)/content.json")
            #expect(CanonicalJSON.sha256(content.text) == stored.contentSha256)
            #expect(try await browser.get("/portal").text.contains(id))
        }
    }

    @Test func aStaleSaveShowsWhatChangedAndKeepsTheEntries() async throws {
        let harness = try Harness.make(keys: 2)
        try await harness.app().test(.router) { client in
            var first = Browser(client)
            var second = Browser(client)
            try await first.logIn(harness.token("NU-001", 0))
            try await second.logIn(harness.token("NU-001", 1))
            let pageA = try await first.get("/portal/sections/basics")
            let pageB = try await second.get("/portal/sections/basics")
            #expect(try await first.post("/portal/sections/basics", [("_csrf", Browser.hidden("_csrf", in: pageA.text)), ("base_revision", "0"),
                                                                     ("a:office_name", "Alice's office")]).status == .seeOther)
            let csrfB = Browser.hidden("_csrf", in: pageB.text)
            let conflict = try await second.post("/portal/sections/basics", [("_csrf", csrfB), ("base_revision", "0"), ("a:office_name", "Bob's office"),
                                                                             ("a:staff", "5")])
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("他の担当者が先に保存しました"))
            #expect(conflict.text.contains("Q1.1-1"))
            #expect(conflict.text.contains("value=\"Bob&#39;s office\""))
            #expect(Browser.hidden("base_revision", in: conflict.text) == "1")
            #expect(try harness.store.draft(institution: "NU-001", survey: "all-types")?.answers["office_name"] == .string("Alice's office"))
            // Saving again from the conflict page applies the entries on top of the latest version.
            #expect(try await second.post("/portal/sections/basics", [("_csrf", csrfB), ("base_revision", "1"), ("a:office_name", "Bob's office"),
                                                                      ("a:staff", "5")]).status == .seeOther)
            let draft = try #require(try harness.store.draft(institution: "NU-001", survey: "all-types"))
            #expect(draft.revision == 2)
            #expect(draft.answers["staff"] == .number(5))
        }
    }

    @Test func problemsAreShownBesideTheirInputsInTheChosenLanguage() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            _ = try await browser.get("/language/en")
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/basics")
            let response = try await browser.post("/portal/sections/basics", [("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "0"),
                                                                              ("a:staff", "lots"), ("a:office_name", "kept")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("id=\"error-q-staff\""))
            #expect(response.text.contains("aria-describedby=\"error-q-staff\""))
            #expect(response.text.contains("Enter a whole number using digits"))
            #expect(response.text.contains("href=\"#item-q-staff\""))
            #expect(response.text.contains("value=\"lots\""))
            #expect(try harness.store.draft(institution: "NU-001", survey: "all-types") == nil)
            // A constraint failure is saved and shown on the page.
            #expect(try await browser.post("/portal/sections/basics", [("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "0"),
                                                                       ("a:staff", "-3")]).status == .seeOther)
            #expect(try await browser.get("/portal/sections/basics").text.contains("Enter 0 or more."))
        }
    }

    @Test func theScriptAsksWhichQuestionsApplyWithoutSaving() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let csrf = Browser.hidden("_csrf", in: try await browser.get("/portal/sections/basics").text)
            let yes = try await browser.post("/portal/sections/basics/relevance", [("_csrf", csrf), ("a:has_office", "yes")])
            #expect(yes.status == .ok)
            #expect(!(try yes.json()["hidden"]?.array.contains("q-office_name") ?? true))
            let no = try await browser.post("/portal/sections/basics/relevance", [("_csrf", csrf), ("a:has_office", "no")])
            #expect(try no.json()["hidden"]?.array.contains("q-office_name") == true)
            #expect(try await browser.post("/portal/sections/basics/relevance", [("a:has_office", "no")]).status == .forbidden)
            #expect(try harness.store.draft(institution: "NU-001", survey: "all-types") == nil)
        }
    }

    @Test func thePortalIsReadOnlyAfterTheDeadline() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            // A month later a session would have ended (idle and absolute expiry run on the same clock): log in then.
            harness.clock.set(Harness.afterDeadline)
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/basics")
            #expect(page.status == .ok)
            #expect(page.text.contains("回答期限を過ぎたため"))
            #expect(!page.text.contains("value=\"save\""))
            #expect(page.text.contains(" disabled"))
            let post = try await browser.post("/portal/sections/basics", [("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "0"),
                                                                          ("a:has_office", "yes")])
            #expect(post.status == .forbidden)
            #expect(!(try await browser.get("/portal/review").text.contains("name=\"submission_id\"")))
        }
    }

    @Test func otherInstitutionsReceiptsAndFilesAre404InThePortal() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let owner = APIClient(client, token: harness.token("NU-001"))
            #expect(try await owner.save(["has_office": "yes", "office_name": "x", "colours": ["red"]], base: 0).status == .ok)
            let sha = try #require(try await owner.upload("any_doc", SampleFile.pdf, name: "secret.pdf").json()["sha256"]?.string)
            let id = UUID().uuidString.lowercased()
            #expect(try await owner.submit(id).status == .created)
            var other = Browser(client)
            try await other.logIn(harness.token("PU-002"))
            for path in ["/portal/receipts/\(id)", "/portal/receipts/\(id)/print", "/portal/receipts/\(id)/content.json", "/portal/files/\(sha)"] {
                let response = try await other.get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(!response.text.contains("secret.pdf"))
            }
            var mine = Browser(client)
            try await mine.logIn(harness.token("NU-001"))
            #expect(try await mine.get("/portal/receipts/\(id)").status == .ok)
            #expect(try await mine.get("/portal/files/\(sha)").status == .ok)
        }
    }
}
