import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
@testable import SurveyServer
import SurveyStore
import Testing

/// Findings 5 and 7 of issue 16: quotas, Office files checked before they are kept, and honest file names.
@Suite struct EvidenceHardeningTests {
    static func pdf(_ number: Int) -> Data {
        SampleFile.pdf + Data("% file \(number)\n".utf8)
    }

    @Test func itemAndInstitutionQuotasAreEnforced() async throws {
        let quotas = EvidenceQuotas(filesPerItem: 2, bytesPerItem: 10_000, filesPerInstitution: 3, bytesPerInstitution: 1_000_000)
        let harness = try Harness.make(configuration: ServerConfiguration(port: 0, quotas: quotas))
        try await harness.app().test(.router) { (client) async throws in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.upload("any_doc", Self.pdf(1), name: "1.pdf").status == .created)
            #expect(try await api.upload("any_doc", Self.pdf(2), name: "2.pdf").status == .created)
            let third = try await api.upload("any_doc", Self.pdf(3), name: "3.pdf")
            #expect(third.status == .contentTooLarge)
            #expect(try third.json()["error"] == "quota_exceeded")
            // The same file again costs nothing.
            #expect(try await api.upload("any_doc", Self.pdf(1), name: "again.pdf").status == .created)
            #expect(try await api.upload("regulation_doc", Self.pdf(4), name: "4.pdf").status == .created)
            // Four uploads were refused or counted: the institution's three distinct files are its quota.
            #expect(try await api.upload("regulation_doc", Self.pdf(5), name: "5.pdf").status == .contentTooLarge)
            #expect(try harness.store.evidenceUsage(institution: "NU-001", survey: "all-types") == EvidenceUsage(files: 3, bytes: 3 * Self.pdf(1).count))
            // Another institution has its own quota.
            #expect(try await APIClient(client, token: harness.token("PU-002")).upload("any_doc", Self.pdf(5), name: "5.pdf").status == .created)
            let big = try await api.upload("regulation_doc", SampleFile.pdf + Data(count: 20_000), name: "big.pdf")
            #expect(big.status == .contentTooLarge)
        }
    }

    @Test func officeFilesThatExpandTooFarOrHaveTooManyPartsAreRefused() async throws {
        let quotas = EvidenceQuotas(maxExpandedBytes: 1_000_000, maxParts: 20)
        let harness = try Harness.make(configuration: ServerConfiguration(port: 0, quotas: quotas))
        try await harness.app().test(.router) { (client) async throws in
            let api = APIClient(client, token: harness.token("NU-001"))
            let bomb = SampleFile.ooxml(main: "word/document.xml", extra: [("word/media/zeros.bin", 3_000_000)])
            #expect(bomb.count < 100_000)
            let refused = try await api.upload("any_doc", bomb, name: "report.docx")
            #expect(refused.status == .unprocessableContent)
            #expect(try refused.json()["error"] == "rejected_file")
            let parts = SampleFile.ooxml(main: "word/document.xml", extra: (0..<30).map { ("word/p\($0).xml", 4) })
            #expect(try await api.upload("any_doc", parts, name: "parts.docx").status == .unprocessableContent)
            #expect(try await api.upload("any_doc", Data("PK\u{03}\u{04}broken".utf8), name: "broken.docx").status == .unprocessableContent)
            let fine = try await api.upload("any_doc", SampleFile.ooxml(main: "word/document.xml"), name: "fine.docx")
            #expect(fine.status == .created)
            #expect(try fine.json()["media_type"]?.string == MediaSniffer.docx)
            #expect(try harness.store.evidenceUsage(institution: "NU-001", survey: "all-types").files == 1)
        }
        // Nothing refused was left behind in the evidence folder.
        let folder = try #require(harness.store.evidenceFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count == 1)
    }

    @Test(arguments: [
        ("poly.html", "pdf", "poly.pdf"), ("x.svg", "png", "x.png"), ("\u{202E}gpj.exe", "pdf", "gpj.pdf"),
        ("report\u{200F}.pdf", "pdf", "report.pdf"), ("../../etc/規程.PDF", "pdf", "規程.pdf"), ("", "pdf", "file.pdf"),
        ("...", "png", "file.png"), ("a\u{0}b\nc.pdf", "pdf", "abc.pdf"), ("年報 2023.final", "pdf", "年報 2023.pdf"),
    ])
    func storedNamesCarryTheSniffedTypeAndNoInvisibleCharacters(_ raw: String, _ kind: String, _ expected: String) {
        let type = kind == "pdf" ? MediaSniffer.pdf : MediaSniffer.png
        #expect(ResponseService.cleanFileName(raw, mediaType: type) == expected)
    }

    @Test func aPDFNamedAsAPageDownloadsAsAPDF() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { (client) async throws in
            let api = APIClient(client, token: harness.token("NU-001"))
            let uploaded = try await api.upload("any_doc", SampleFile.pdf, name: "\u{202E}lmth.poly.html")
            #expect(try uploaded.json()["name"]?.string == "lmth.poly.pdf")
            let sha = try #require(try uploaded.json()["sha256"]?.string)
            let download = try await api.get("files/\(sha)")
            #expect(download.headers[.contentDisposition]?.contains("filename=\"lmth.poly.pdf\"") == true)
            #expect(download.headers[.contentType] == MediaSniffer.pdf)
        }
    }
}
