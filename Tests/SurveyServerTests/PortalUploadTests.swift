import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// Issue 15, defects 1, 2 and 6: a refused file never costs the clerk her answers, her revision or a false conflict.
@Suite struct PortalUploadTests {
    /// The text of the element with `id` up to its closing tag (enough for the error block at an input).
    static func element(_ id: String, in html: String) -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "</div>")?.lowerBound ?? rest.endIndex)])
    }

    /// Defect 1: an .exe renamed .pdf answered 415 with the answers saved but the page left at the old revision, so
    /// the next save (with a real PDF) was refused as someone else's conflict and the PDF dropped.
    @Test func aRefusedFileLeavesTheAnswersSavedAndTheNextSaveIsNoConflict() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/details")
            let csrf = Browser.hidden("_csrf", in: page.text)
            #expect(page.text.contains("受付形式: PDF、Word、Excel、PNG、JPEG のいずれか（1ファイル 20 MB まで）"))
            let refused = try await browser.post("/portal/sections/details", [
                ("_csrf", csrf), ("base_revision", Browser.hidden("base_revision", in: page.text)), ("a:reviewed", "yes"),
            ], files: [("file:regulation_doc", "setup.pdf", SampleFile.exe), ("file:any_doc", "setup2.pdf", SampleFile.exe)])
            #expect(refused.status == .unsupportedMediaType)
            let draft = try #require(try harness.store.draft(institution: "NU-001", survey: "all-types"))
            #expect(draft.answers["reviewed"] == "yes")
            #expect(draft.evidence.isEmpty)
            // The page carries the revision just saved and says so.
            #expect(Browser.hidden("base_revision", in: refused.text) == String(draft.revision))
            #expect(refused.text.contains("保存しました（"))
            // Each error is at its own input, in plain words, and the summary links there.
            let atRegulation = Self.element("error-q-regulation_doc", in: refused.text)
            #expect(atRegulation.contains("PDFのファイルを選んでください"))
            let atAny = Self.element("error-q-any_doc", in: refused.text)
            #expect(atAny.contains("PDF、Word、Excel、PNG、JPEG のいずれかのファイルを選んでください"))
            #expect(!atAny.contains("application/"))
            #expect(refused.text.contains("href=\"#item-q-regulation_doc\""))
            #expect(!refused.text.contains("<li><a href=\"#main\""))

            // The clerk's next save, over the page she was shown, is hers alone: no conflict, and the PDF is kept.
            let next = try await browser.post("/portal/sections/details", [
                ("_csrf", csrf), ("base_revision", Browser.hidden("base_revision", in: refused.text)), ("a:reviewed", "yes"),
            ], files: [("file:regulation_doc", "regulation.pdf", SampleFile.pdf)])
            #expect(next.status == .seeOther)
            let after = try #require(try harness.store.draft(institution: "NU-001", survey: "all-types"))
            #expect(after.evidence["regulation_doc"]?.map(\.name) == ["regulation.pdf"])
        }
    }

    /// Defect 2: a file over the per-file limit gave a bare 413 page and lost the clerk's other edits.
    @Test func anOversizedFileIsRefusedAtItsInputAndTheOtherEditsAreSaved() async throws {
        let harness = try Harness.make(configuration: ServerConfiguration(port: 0, maxBodyBytes: 64 * 1024, maxUploadBytes: 1024 * 1024))
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/details")
            let csrf = Browser.hidden("_csrf", in: page.text)
            // The limit is stated beside every file input and given to the script, before anything is sent.
            #expect(page.text.components(separatedBy: "（1ファイル 1 MB まで）").count == 3)
            #expect(page.text.components(separatedBy: "data-max-bytes=\"1048576\"").count == 3)
            let big = SampleFile.pdf + Data(count: 1024 * 1024 + 512 * 1024)
            let refused = try await browser.post("/portal/sections/details", [
                ("_csrf", csrf), ("base_revision", "0"), ("rows:partners", "0"), ("a:reviewed", "no"),
            ], files: [("file:regulation_doc", "huge.pdf", big), ("file:any_doc", "small.pdf", SampleFile.pdf)])
            #expect(refused.status == .contentTooLarge)
            #expect(refused.text.contains("<form method=\"post\" action=\"/portal/sections/details\""))
            let draft = try #require(try harness.store.draft(institution: "NU-001", survey: "all-types"))
            #expect(draft.answers["reviewed"] == "no")
            // Only the oversized file is refused; the other one is attached.
            #expect(draft.evidence["regulation_doc"] == nil)
            #expect(draft.evidence["any_doc"]?.map(\.name) == ["small.pdf"])
            #expect(Browser.hidden("base_revision", in: refused.text) == String(draft.revision))
            let error = Self.element("error-q-regulation_doc", in: refused.text)
            #expect(error.contains("1.5 MB"))
            #expect(error.contains("上限（1 MB）"))
            #expect(!refused.text.contains("バイト"))

            // A body beyond even the generous total is refused as a whole, but still on the form, in megabytes.
            let huge = SampleFile.pdf + Data(count: 5 * 1024 * 1024)
            var english = browser
            english.cookies["chosa_lang"] = "en"
            let whole = try await english.post("/portal/sections/details", [("_csrf", csrf), ("base_revision", String(draft.revision))],
                                               files: [("file:regulation_doc", "huger.pdf", huge)])
            #expect(whole.status == .contentTooLarge)
            #expect(whole.text.contains("<form method=\"post\" action=\"/portal/sections/details\""))
            #expect(whole.text.contains("4.1 MB"))
        }
    }
}
