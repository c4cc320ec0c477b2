import Foundation
import Hummingbird
import HummingbirdTesting
@testable import SurveyServer
import SurveyCore
import SurveyStore
import Testing

/// Every page renders every item type accessibly, in both languages, and nothing an institution typed becomes markup.
@Suite struct PortalRenderingTests {
    @Test func everyTemplateCompiles() {
        #expect(PortalTemplates.compiled.failure == nil)
    }

    @Test(arguments: [false, true], Language.allCases)
    func everyItemOfEverySectionRenders(real: Bool, language: Language) async throws {
        let harness = try Harness.make(real: real)
        let survey = try #require(try harness.store.catalog().newest?.survey)
        try await harness.app().test(.router) { client in
            // One entry in every repeat, so the items inside repeats are on the page too.
            let api = APIClient(client, token: harness.token("NU-001"))
            var answers: [String: JSONValue] = [:]
            for slot in survey.slots where slot.item.type == .repeat && slot.repeatSlot == nil { answers[slot.item.id] = [.object([:])] }
            #expect(try await api.save(answers, base: 0).status == .ok)
            var browser = Browser(client)
            _ = try await browser.get("/language/\(language.rawValue)")
            try await browser.logIn(harness.token("NU-001"))
            for (index, section) in survey.sections.enumerated() {
                let page = try await browser.get("/portal/sections/\(section.id)")
                #expect(page.status == .ok)
                let html = page.text
                #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
                #expect(html.contains(section.title.text(language)))
                for slot in survey.slots where slot.section == index {
                    #expect(html.contains("data-item=\"\(slot.item.id)\""), "\(section.id): \(slot.item.id) missing")
                    if slot.item.type.takesChoices || slot.item.type == .yesNo {
                        #expect(html.contains("name=\"a:\(slot.repeatSlot.map { "\(survey.slots[$0].item.id):0:" } ?? "")\(slot.item.id)\""))
                    }
                    if let hint = slot.item.hint, slot.repeatSlot == nil {
                        #expect(html.contains("id=\"hint-q-\(slot.item.id)\""))
                        #expect(html.contains(hint.text(language).replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\"", with: "&quot;")))
                    }
                }
                #expect(!html.contains("<legend></legend>"))
            }
            let review = try await browser.get("/portal/review")
            #expect(review.status == .ok)
            #expect(try await browser.get("/portal").status == .ok)
        }
    }

    @Test func choicesAreFieldsetsAndHintsAreLinked() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let html = try await browser.get("/portal/sections/basics").text
            #expect(html.contains("<fieldset aria-describedby=\"hint-q-has_office\">"))
            #expect(html.contains("<label class=\"option\" for=\"q-has_office-yes\"><input type=\"radio\" id=\"q-has_office-yes\" name=\"a:has_office\" value=\"yes\">"))
            #expect(html.contains("<input type=\"checkbox\" id=\"q-colours-red\" name=\"a:colours\" value=\"red\">"))
            #expect(html.contains("<textarea id=\"q-story\" name=\"a:story\""))
            #expect(html.contains("<input type=\"date\" id=\"q-founded\""))
            #expect(html.contains("inputmode=\"numeric\""))
            // office_name is asked only when has_office is yes: hidden, with its condition in words.
            #expect(html.contains("id=\"item-q-office_name\" data-item=\"office_name\" hidden"))
            #expect(html.contains("「はい」と回答した場合のみ回答してください"))
            #expect(!html.contains("<script>"))
            #expect(html.contains("<script src=\"/static/portal.js\" defer></script>"))
        }
    }

    @Test func hostileTextIsInertWhereverItIsShown() async throws {
        let harness = try Harness.make()
        let hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)> & {{t.app}} javascript:alert(1) '"
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["has_office": "yes", "office_name": .string(hostile), "story": .string(hostile), "colours": ["red"],
                                        "partners": [.object(["partner": .string(hostile)])]], base: 0).status == .ok)
            #expect(try await api.upload("any_doc", SampleFile.pdf, name: "<b onmouseover=alert(1)>x.pdf").status == .created)
            let id = UUID().uuidString
            #expect(try await api.submit(id, attestedBy: hostile).status == .created)
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            for path in ["/portal/sections/basics", "/portal/sections/details", "/portal/review", "/portal/receipts/\(id.lowercased())",
                         "/portal/receipts/\(id.lowercased())/print", "/portal"] {
                let html = try await browser.get(path).text
                #expect(!html.contains("<script>alert"), "\(path)")
                #expect(!html.contains("<img src=x"), "\(path)")
                #expect(!html.contains("<b onmouseover"), "\(path)")
                #expect(!html.contains("href=\"javascript:"), "\(path)")
                #expect(!html.contains("chosa 調査回答ポータル javascript"), "\(path): a mustache tag in an answer was expanded")
            }
            let review = try await browser.get("/portal/review").text
            #expect(review.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; {{t.app}} javascript:alert(1) &#39;"))
            #expect(review.contains("&lt;b onmouseover=alert(1)&gt;x.pdf"))
        }
    }

    @Test func contentTypesAndStaticFiles() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let css = try await client.execute(uri: "/static/portal.css", method: .get)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            let script = try await client.execute(uri: "/static/portal.js", method: .get)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            let missing = try await client.execute(uri: "/nowhere", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.xContentTypeOptions] == "nosniff")
        }
    }

    @Test(arguments: [
        ("%PDF-1.4", MediaSniffer.pdf), ("\u{FF}\u{D8}\u{FF}\u{E0}", MediaSniffer.jpeg), ("MZ\u{90}", nil),
    ] as [(String, String?)])
    func sniffingReadsMagicNumbers(_ head: String, _ expected: String?) {
        let bytes = Data(head.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(MediaSniffer.signature(bytes) == (expected.map(MediaSniffer.Signature.known) ?? .unknown))
    }

    @Test func officeFilesAreToldApartByTheirParts() throws {
        func inspect(_ data: Data) throws -> OfficePackage.Verdict {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-zip-\(UUID().uuidString)")
            try data.write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            return OfficePackage.inspect(url, maxParts: 100, maxExpandedBytes: 1_000_000)
        }
        #expect(MediaSniffer.signature(SampleFile.ooxml(main: "word/document.xml")) == .zip)
        #expect(try inspect(SampleFile.ooxml(main: "word/document.xml")) == .mediaType(MediaSniffer.docx))
        #expect(try inspect(SampleFile.ooxml(main: "xl/workbook.xml")) == .mediaType(MediaSniffer.xlsx))
        #expect(try inspect(SampleFile.ooxml(main: "ppt/presentation.xml")) == .mediaType(MediaSniffer.pptx))
        #expect(try inspect(SampleFile.ooxml(main: "other.txt")) == .mediaType(MediaSniffer.zip))
        #expect(MediaSniffer.isPlainText(Data("a,b\n1,2\n".utf8)))
        #expect(!MediaSniffer.isPlainText(Data("a,b\u{0}".utf8)))
    }

    @Test func secretsAreComparedWholly() {
        #expect(ConstantTime.equals("abc", "abc"))
        #expect(!ConstantTime.equals("abc", "abd"))
        #expect(!ConstantTime.equals("abc", "abcd"))
        #expect(!ConstantTime.equals("", "a"))
    }
}
