import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// Issue 15, defects 3–5 and 7–10, found by walking two clerks through the portal in a real browser.
@Suite struct PortalPolishTests {
    /// The opening tag of the innermost item `<div>` before `offset`.
    static func enclosingItemTag(_ html: String, before offset: String.Index) -> String {
        guard let start = html[..<offset].range(of: "<div class=\"item", options: .backwards) else { return "" }
        return String(html[start.lowerBound...].prefix { $0 != ">" })
    }

    /// Defect 3: 「他の回答により対象外です」 appeared under questions that were shown.
    @Test func theNotAskedNoteIsOnlyOnQuestionsThatAreHidden() async throws {
        let harness = try Harness.make(real: true)
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/profile")
            let saved = try await browser.post("/portal/sections/profile", [
                ("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "0"), ("a:institution_category", "national_university"),
                ("a:researchers_total", "100"), ("a:students_total", "0"), ("a:received_foreign_funding", "no"),
            ])
            #expect(saved.status == .seeOther)
            for section in ["profile", "governance", "disclosure", "verification", "sanctions", "export_control", "information_security",
                            "training"] {
                let html = try await browser.get("/portal/sections/\(section)").text
                var search = html.startIndex..<html.endIndex
                var notes = 0
                while let found = html.range(of: "class=\"not-asked-note\"", range: search) {
                    notes += 1
                    #expect(Self.enclosingItemTag(html, before: found.lowerBound).hasSuffix(" hidden"), "\(section): a note under a shown question")
                    search = found.upperBound..<html.endIndex
                }
                if section == "profile" { #expect(notes > 0) }
            }
        }
    }

    /// Defect 4: the receipt names the institution, gives the time in 和暦 and Japan time, and fits a phone.
    @Test func theReceiptNamesTheInstitutionAndReadsOnAPhone() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["has_office": "yes", "office_name": "x", "colours": ["red"]], base: 0).status == .ok)
            let id = UUID().uuidString.lowercased()
            #expect(try await api.submit(id).status == .created)
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let receipt = try await browser.get("/portal/receipts/\(id)")
            #expect(receipt.text.contains("<dt>機関名</dt><dd>機関NU-001</dd>"))
            #expect(receipt.text.contains("令和5年10月1日 10時00分（日本時間）"))
            #expect(!receipt.text.contains("2023-10-01T"))
            let printable = try await browser.get("/portal/receipts/\(id)/print")
            #expect(printable.text.contains("<dt>機関名</dt><dd>機関NU-001</dd>"))
            #expect(try await browser.get("/portal").text.contains("令和5年10月1日 10時00分"))
            var english = browser
            english.cookies["chosa_lang"] = "en"
            #expect(try await english.get("/portal/receipts/\(id)").text.contains("1 October 2023, 10:00 JST"))
            let css = try await browser.get("/static/portal.css").text
            #expect(css.contains("minmax(0, 1fr)"))
            #expect(css.contains("@media (max-width: 40rem)"))
            #expect(!css.contains("avoid-page"))
        }
    }

    /// Defect 5: a refused submission stays on the review page's address with the error focused beside the fields.
    @Test func aRefusedSubmissionStaysOnTheReviewPage() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["has_office": "yes", "office_name": "x", "colours": ["red"]], base: 0).status == .ok)
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let review = try await browser.get("/portal/review")
            #expect(review.text.contains("action=\"/portal/review#submit-error\""))
            let form = [("_csrf", Browser.hidden("_csrf", in: review.text)), ("submission_id", Browser.hidden("submission_id", in: review.text)),
                        ("revision", Browser.hidden("revision", in: review.text))]
            let refused = try await browser.post("/portal/review", form + [("officer_name", ""), ("officer_title", "")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"submit-error\" tabindex=\"-1\""))
            #expect(refused.text.contains("name=\"officer_name\" autocomplete=\"name\" value=\"\" aria-invalid=\"true\""))
            #expect(refused.text.contains("/language/en?back=%2Fportal%2Freview"))
            let stale = try await browser.get("/portal/submit")
            #expect(stale.status == .seeOther)
            #expect(stale.headers[.location] == "/portal/review")
            let accepted = try await browser.post("/portal/review", form + [("officer_name", "山田 花子"), ("officer_title", "研究推進部長"),
                                                                         ("confirm", "yes")])
            #expect(accepted.status == .seeOther)
            // Defect 10: a Japanese name and title are joined with 「、」.
            #expect(try harness.store.submissions(of: "NU-001").first?.attestedBy == "山田 花子、研究推進部長")
        }
    }

    /// Defect 7: totals do not grow with follow-ups (a question counts once its required follow-ups are answered too),
    /// an empty entry is not an answer, optional evidence is not owed.
    @Test func progressCountsWhatIsAskedWhateverTheAnswers() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let first = try await browser.get("/portal/sections/basics")
            #expect(first.text.contains("1. 基本</a> <span class=\"progress\">0/7 "))
            #expect(first.text.contains("2. 詳細</a> <span class=\"progress\">0/1 "))
            let csrf = Browser.hidden("_csrf", in: first.text)
            // A question whose required follow-up is still blank is not yet answered.
            #expect(try await browser.post("/portal/sections/basics", [("_csrf", csrf), ("base_revision", "0"), ("a:has_office", "yes")])
                .status == .seeOther)
            #expect(try await browser.get("/portal/sections/basics").text.contains("1. 基本</a> <span class=\"progress\">0/7 "))
            #expect(try await browser.post("/portal/sections/basics", [("_csrf", csrf), ("base_revision", "1"), ("a:has_office", "yes"),
                                                                       ("a:office_name", "Office")]).status == .seeOther)
            #expect(try await browser.post("/portal/sections/details", [("_csrf", csrf), ("base_revision", "2"),
                                                                        ("action", "add:partners"), ("rows:partners", "0")]).status == .seeOther)
            let after = try await browser.get("/portal/sections/details")
            #expect(after.text.contains("1. 基本</a> <span class=\"progress\">1/7 "))
            #expect(after.text.contains("2. 詳細</a> <span class=\"progress\">0/1 "))
            #expect(!after.text.contains("版"))
            #expect(try await browser.get("/portal").text.contains("全8問中 1問回答済み"))
        }
    }

    /// Defect 8: the summary follows the questions' order, and a question is not blamed for another's unreadable answer.
    @Test func errorsAreListedInQuestionOrderAndBlameOnlyTheirOwnInput() async throws {
        let harness = try Harness.make(real: true)
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/profile")
            let refused = try await browser.post("/portal/sections/profile", [
                ("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "0"), ("a:researchers_total", "百人"),
                ("a:foreign_researchers", "3"), ("a:students_total", "-1"),
            ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"error-q-researchers_total\""))
            #expect(!refused.text.contains("id=\"error-q-foreign_researchers\""))
            let summary = try #require(refused.text.range(of: "error-summary"))
            let tail = refused.text[summary.upperBound...]
            let researchers = try #require(tail.range(of: "#item-q-researchers_total"))
            let students = try #require(tail.range(of: "#item-q-students_total"))
            #expect(researchers.lowerBound < students.lowerBound)
        }
    }

    /// Defect 10: a follow-up is numbered under the question before it, so hiding it leaves no gap (1.4 → 1.6).
    @Test func followUpsAreNumberedUnderTheQuestionBeforeThem() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/basics").text
            #expect(page.contains("<span class=\"num\">1.1</span> 担当部署はありますか"))
            #expect(page.contains("<span class=\"num\">1.1-1</span> 部署名"))
            #expect(page.contains("<span class=\"num\">1.2</span> 色"))
            // A section whose first question is a follow-up numbers it as usual.
            #expect(try await browser.get("/portal/sections/details").text.contains("<span class=\"num\">2.1</span> 確認済み"))
        }
    }

    /// Defect 10: the portal knows the institution's category from the roster; Q1.1 shows it chosen until answered.
    @Test func theCategoryIsPrefilledFromTheRoster() async throws {
        let harness = try Harness.make(real: true)
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/profile")
            #expect(page.text.contains("name=\"a:institution_category\" value=\"national_university\" checked"))
            #expect(page.text.contains("内閣府の名簿に基づき選択しています"))
            #expect(try harness.store.draft(institution: "NU-001", survey: "cao-research-integrity-2023") == nil)
            #expect(try await browser.post("/portal/sections/profile", [("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "0"),
                                                                        ("a:institution_category", "national_university")]).status == .seeOther)
            #expect(try harness.store.draft(institution: "NU-001", survey: "cao-research-integrity-2023")?.answers["institution_category"]
                == "national_university")
            #expect(!(try await browser.get("/portal/sections/profile").text.contains("内閣府の名簿に基づき選択しています")))
        }
    }

    /// Defects 9 and 10: the last section goes on to review, the autosave notice is above the form, the section list
    /// folds away, headings step down one level, amounts read with grouped digits and ¥ is accepted.
    @Test func layoutAndAmounts() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            var visitor = Browser(client)
            let login = try await visitor.get("/login")
            #expect(login.text.contains("autocomplete=\"current-password\""))
            let page = try await browser.get("/portal/sections/details")
            #expect(page.text.contains("value=\"review\""))
            #expect(page.text.contains("保存して確認へ"))
            let notice = try #require(page.text.range(of: "class=\"autosave\""))
            let form = try #require(page.text.range(of: "<form method=\"post\" action=\"/portal/sections/details\""))
            #expect(notice.lowerBound < form.lowerBound)
            #expect(page.text.contains("<details class=\"sections-menu\"><summary>セクション一覧（2/2）</summary>"))
            #expect(page.text.contains("<h2 id=\"q-partners-title\">"))
            #expect(!page.text.contains("<h3"))
            let saved = try await browser.post("/portal/sections/details", [
                ("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "0"), ("action", "review"), ("rows:partners", "1"),
                ("a:partners:0:partner", "X"), ("a:partners:0:amount", "¥3,000,000"),
            ])
            #expect(saved.headers[.location] == "/portal/review")
            #expect(try harness.store.draft(institution: "NU-001", survey: "all-types")?.answers["partners"]
                == .array([.object(["partner": "X", "amount": .number(3_000_000)])]))
            #expect(try await browser.get("/portal/review").text.contains("3,000,000"))
        }
    }
}
