import Foundation
import GRDB
import SurveyCore
@testable import SurveyStore
import SurveyServices
import Testing

@Suite struct ImportTests {
    @Test func importingTwiceChangesNothing() throws {
        let store = try StoreFixtures.loadedStore()
        let importer = try ResponseImporter(store: store)
        let first = importer.importFile(try StoreFixtures.example("NU-001"), file: "NU-001.json", by: StoreFixtures.analyst)
        #expect(first.succeeded && first.imported == 1, "\(first.problems)")
        let before = try StoreFixtures.dump(store)
        let second = importer.importFile(try StoreFixtures.example("NU-001"), file: "NU-001.json", by: StoreFixtures.analyst)
        #expect(second.succeeded && second.imported == 0 && second.alreadyPresent == 1)
        #expect(try StoreFixtures.dump(store) == before)
    }

    @Test func conflictingSubmissionIDChangesNothing() throws {
        let store = try StoreFixtures.loadedStore()
        let importer = try ResponseImporter(store: store)
        _ = importer.importFile(try StoreFixtures.example("NU-001"), file: "a.json", by: StoreFixtures.analyst)
        let before = try StoreFixtures.dump(store)
        // A second file: one new valid response, then the first response's id with changed answers.
        var original = try #require(try ResponseFile.read(try StoreFixtures.example("NU-001")).first?.response)
        original.answers["researchers_total"] = .number(2151)
        let fresh = try #require(try ResponseFile.read(try StoreFixtures.example("PU-002")).first?.response)
        let file = try JSONEncoder().encode(JSONValue.array([ResponseExport.json(fresh), ResponseExport.json(original)]))
        let result = importer.importFile(file, file: "b.json", by: StoreFixtures.analyst)
        #expect(!result.succeeded)
        #expect(result.problems.contains { $0.path == "[1].submission_id" && $0.message.en.contains("already recorded with different content") })
        #expect(try StoreFixtures.dump(store) == before)
    }

    @Test func anInvalidResponseImportsNothingFromItsFile() throws {
        let store = try StoreFixtures.loadedStore()
        let importer = try ResponseImporter(store: store)
        var broken = try #require(try ResponseFile.read(try StoreFixtures.example("PR-003")).first?.response)
        broken.answers["researchers_total"] = .string("many")
        var unknown = try #require(try ResponseFile.read(try StoreFixtures.example("RA-004")).first?.response)
        unknown.institution = "XX-999"
        let good = try #require(try ResponseFile.read(try StoreFixtures.example("NU-001")).first?.response)
        let file = try JSONEncoder().encode(JSONValue.array([good, broken, unknown].map(ResponseExport.json)))
        let before = try StoreFixtures.dump(store)
        let result = importer.importFile(file, file: "mixed.json", by: StoreFixtures.analyst)
        #expect(result.problems.contains { $0.path == "[1].answers.researchers_total" }, "\(result.problems)")
        #expect(try StoreFixtures.dump(store) == before)
        // With the invalid response removed, the unknown institution alone still stops the file.
        let second = importer.importFile(try JSONEncoder().encode(JSONValue.array([good, unknown].map(ResponseExport.json))),
                                         file: "mixed.json", by: StoreFixtures.analyst)
        #expect(second.problems.map(\.path) == ["[1].institution"])
        #expect(try StoreFixtures.dump(store) == before)
    }

    @Test func requiresSubmissionIDAndALoadedSurvey() throws {
        let store = try StoreFixtures.loadedStore()
        let importer = try ResponseImporter(store: store)
        var response = try #require(try ResponseFile.read(try StoreFixtures.example("NU-001")).first?.response)
        response.submissionID = nil
        let missingID = importer.importFile(try JSONEncoder().encode(ResponseExport.json(response)), file: "x.json", by: StoreFixtures.analyst)
        #expect(missingID.problems.map(\.path) == ["submission_id"])
        response.submissionID = UUID().uuidString.lowercased()
        response.survey = "another-survey"
        let wrongSurvey = importer.importFile(try JSONEncoder().encode(ResponseExport.json(response)), file: "x.json", by: StoreFixtures.analyst)
        #expect(wrongSurvey.problems.contains { $0.path == "survey" && $0.message.en.contains("not loaded") })
        let notJSON = importer.importFile(Data("{\"survey\": ".utf8), file: "x.json", by: StoreFixtures.analyst)
        #expect(notJSON.problems.first?.message.en.contains("line 1") == true)
        #expect(try store.submissionCount() == 0)
    }

    @Test func exportedJSONImportsBackUnchanged() throws {
        let store = try StoreFixtures.loadedStore()
        let importer = try ResponseImporter(store: store)
        for id in ["NU-001", "PU-002", "PR-003", "RA-004"] {
            #expect(importer.importFile(try StoreFixtures.example(id), file: id, by: StoreFixtures.analyst).succeeded)
        }
        let version = try #require(try store.catalog().newest)
        try store.verify(institution: "NU-001", measure: "gov_accountable_executive", level: .e3, note: "Checked the published regulation",
                         version: version, by: StoreFixtures.analyst)
        let exported = try ResponseExport(store: store).json(surveyID: "cao-research-integrity-2023")
        let copy = try StoreFixtures.loadedStore()
        let result = try ResponseImporter(store: copy).importFile(exported, file: "export.json", by: StoreFixtures.analyst)
        #expect(result.imported == 4 && result.verifications == 1, "\(result.problems)")
        #expect(try ResponseExport(store: copy).json(surveyID: "cao-research-integrity-2023") == exported)
        let original = try store.submissions(of: "PR-003").map(\.contentSha256)
        #expect(try copy.submissions(of: "PR-003").map(\.contentSha256) == original)
    }

    @Test func csvExportIsFormulaSafeWithOptionalByteOrderMark() throws {
        let store = try StoreFixtures.loadedStore()
        var response = try #require(try ResponseFile.read(try StoreFixtures.example("NU-001")).first?.response)
        response.attestedBy = "=HYPERLINK(\"http://evil.example\")"
        if case var .array(rows)? = response.answers["foreign_funding"], case var .object(row) = rows[0] {
            row["funder_type"] = .string("other")
            row["funder_type_other"] = .string("@SUM(A1:A9)")
            rows[0] = .object(row)
            response.answers["foreign_funding"] = .array(rows)
        }
        let result = try ResponseImporter(store: store).importFile(try JSONEncoder().encode(ResponseExport.json(response)), file: "x", by: StoreFixtures.analyst)
        #expect(result.succeeded, "\(result.problems)")
        let tables = try ResponseExport(store: store).tables(surveyID: "cao-research-integrity-2023")
        let main = tables[0].csv(excel: true)
        #expect(main.hasPrefix("\u{FEFF}institution,"))
        #expect(!tables[0].csv(excel: false).hasPrefix("\u{FEFF}"))
        #expect(main.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""))
        #expect(tables[0].header.contains("committee_members__export_control"))
        #expect(tables[0].header.contains("foreign_funding_count__calculated"))
        let funding = try #require(tables.first { $0.repeatID == "foreign_funding" })
        #expect(funding.csv(excel: false).contains("'@SUM(A1:A9)"))
        #expect(funding.rows.count == 3)
    }
}
