import Foundation
import SurveyCore
@testable import SurveyStore
import Testing

@Suite struct RosterTests {
    @Test func readsQuotedFieldsAndByteOrderMark() throws {
        let text = "\u{FEFF}id,name_ja,name_en,category,contact\r\nNU-001,架空国立大学第1,\"Fictional University, Main \"\"Campus\"\"\",national_university,\"line one\nline two\"\r\nPR-002,架空私立大学第2,Fictional Private 2,private_university,\n"
        let result = Roster.read(Data(text.utf8), file: "roster.csv")
        let entries = try #require(result.entries, "\(result.diagnostics)")
        #expect(entries.count == 2)
        #expect(entries[0].nameEn == "Fictional University, Main \"Campus\"")
        #expect(entries[0].contact == "line one\nline two")
        #expect(entries[1].category == .privateUniversity)
    }

    @Test func reportsEveryProblemByRowAndColumn() {
        let text = """
            id,name_ja,name_en,category,contact
            NU-001,架空国立大学,Fictional NU,national_university,a@b.example
            NU-001,架空国立大学,Fictional NU again,national_universty,
            bad id!,,Fictional,private_university,
            """
        let result = Roster.read(Data(text.utf8), file: "roster.csv")
        #expect(result.entries == nil)
        let rendered = result.diagnostics.map { $0.rendered(.en) }
        #expect(rendered.contains { $0.hasPrefix("roster.csv:3:1:") && $0.contains("row 3, column id") && $0.contains("already used on row 2") })
        #expect(rendered.contains { $0.hasPrefix("roster.csv:3:") && $0.contains("column category") && $0.contains("did you mean 'national_university'") })
        #expect(rendered.contains { $0.contains("row 4, column id") })
        #expect(rendered.contains { $0.contains("row 4, column name_ja") })
        #expect(result.diagnostics.count == 4)
    }

    @Test(arguments: [
        ("id,name_ja\nX,Y\n", "missing-column"),
        ("id,name_ja,name_en,category,contact\n\"NU-1,a,b,national_university,\n", "csv-syntax"),
        ("id,name_ja,name_en,category,contact\nNU-1,a\n", "field-count"),
        ("", "empty-roster"),
    ])
    func rejectsMalformedFiles(text: String, code: String) {
        let result = Roster.read(Data(text.utf8), file: "r.csv")
        #expect(result.entries == nil)
        #expect(result.diagnostics.map(\.code).contains(code), "\(result.diagnostics)")
    }

    @Test func rejectsTextThatIsNotUTF8() {
        var bytes = Array("id,name_ja,name_en,category,contact\nNU-1,".utf8)
        bytes += [0x82, 0xA0]  // Shift_JIS あ
        bytes += Array(",b,national_university,\n".utf8)
        let result = Roster.read(Data(bytes), file: "r.csv")
        #expect(result.diagnostics.first?.code == "not-utf8")
        #expect(result.diagnostics.first?.position?.line == 2)
    }

    @Test func importAddsUpdatesAndAuditsEachChange() throws {
        let store = try SurveyStore.inMemory()
        let first = try store.importRoster(StoreFixtures.roster, by: StoreFixtures.analyst)
        #expect(first == RosterImportSummary(added: 4, updated: 0, unchanged: 0))
        var changed = StoreFixtures.roster
        changed[1].contact = "new@pu.example"
        let second = try store.importRoster(changed, by: StoreFixtures.analyst)
        #expect(second == RosterImportSummary(added: 0, updated: 1, unchanged: 3))
        #expect(try StoreFixtures.auditCount(store, action: "institution.add") == 4)
        #expect(try StoreFixtures.auditCount(store, action: "institution.update") == 1)
        #expect(try store.institution("PU-002")?.contact == "new@pu.example")
    }
}
