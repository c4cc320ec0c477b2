import Foundation
import GRDB
import SurveyCore
@testable import SurveyStore
import Testing

/// What the season after submission records (DESIGN §5.9): the roster's optional columns, deadline extensions,
/// verdict confirmations and the list of institutions still to answer.
@Suite struct SeasonTests {
    @Test func rostersMayCarryHeadContactAndMinistry() throws {
        let text = """
            id,name_ja,name_en,category,contact,head_title,head_name,contact_name,ministry
            NU-001,架空国立大学第1,Fictional NU 1,national_university,a@nu.example,学長,架空 一郎,研究推進課 架空 花子,文部科学省
            RA-002,架空研究機関第2,Fictional RA 2,national_research_agency,b@ra.example,理事長,,,経済産業省
            """
        let entries = try #require(Roster.read(Data(text.utf8), file: "roster.csv").entries)
        #expect(entries[0].headTitle == "学長" && entries[0].headName == "架空 一郎" && entries[0].contactName == "研究推進課 架空 花子")
        #expect(entries[1].ministry == "経済産業省" && entries[1].headName.isEmpty)
        let store = try SurveyStore.inMemory()
        _ = try store.importRoster(entries, by: StoreFixtures.analyst)
        let stored = try #require(try store.institution("NU-001"))
        #expect(stored.headTitle == "学長" && stored.ministry == "文部科学省")
        // A five-column roster still imports, and clears nothing it does not mention… as a full replacement of the row.
        let five = try #require(Roster.read(Data("id,name_ja,name_en,category,contact\nNU-003,架空,Fictional,private_university,\n".utf8),
                                            file: "five.csv").entries)
        #expect(five.first?.headTitle == "")
        // A bad optional value is reported by row and column, and nothing is read.
        let bad = Roster.read(Data("id,name_ja,name_en,category,contact,head_title\nNU-1,a,b,national_university,,\"学\n長\"\n".utf8), file: "bad.csv")
        #expect(bad.entries == nil)
        #expect(bad.diagnostics.contains { $0.rendered(.en).contains("row 2, column head_title") && $0.code == "control-character" })
        let unknown = Roster.read(Data("id,name_ja,name_en,category,contact,head_titel\n".utf8), file: "x.csv")
        #expect(unknown.diagnostics.contains { $0.code == "unknown-column" && $0.message.en.contains("did you mean 'head_title'") })
    }

    @Test func anExtensionBelongsToOneInstitutionAndNeverShortensTheSeason() throws {
        let store = try StoreFixtures.loadedStore()
        let version = try store.catalog().selected(nil)
        let later = try #require(CivilDate(iso: "2023-11-15"))
        try store.extend(institution: "NU-001", survey: version, until: later, reason: "Office closed after a fire", by: StoreFixtures.analyst)
        #expect(try store.deadlineExtension(institution: "NU-001", survey: version.survey.id)?.until == later)
        #expect(try store.deadlineExtension(institution: "PU-002", survey: version.survey.id) == nil)
        #expect(try store.deadlineExtensions(survey: version.survey.id).keys.sorted() == ["NU-001"])
        let before = try StoreFixtures.dump(store)
        #expect(throws: StoreError.self) {
            try store.extend(institution: "NU-001", survey: version, until: try #require(CivilDate(iso: "2023-10-01")), reason: "x",
                             by: StoreFixtures.analyst)
        }
        #expect(throws: StoreError.reasonRequired) {
            try store.extend(institution: "NU-001", survey: version, until: later, reason: "  ", by: StoreFixtures.analyst)
        }
        #expect(throws: StoreError.unknownInstitution("XX-9")) {
            try store.extend(institution: "XX-9", survey: version, until: later, reason: "x", by: StoreFixtures.analyst)
        }
        #expect(try StoreFixtures.dump(store) == before)
        #expect(try StoreFixtures.auditCount(store, action: "deadline.extend") == 1)
    }

    @Test func nonRespondersAreThoseWithoutASubmissionToTheSurvey() throws {
        let store = try StoreFixtures.loadedStore()
        let survey = try store.catalog().selected(nil).survey.id
        #expect(try ResponseImporter(store: store).importFile(try StoreFixtures.example("NU-001"), file: "x", by: StoreFixtures.analyst).succeeded)
        _ = try store.saveDraft(institution: "PU-002", survey: survey, answers: [:], baseRevision: 0, by: Actor("pu-staff", at: StoreFixtures.when))
        let list = try store.nonResponders(survey: survey)
        #expect(list.map(\.institution.id) == ["PR-003", "PU-002", "RA-004"])
        #expect(list.first { $0.institution.id == "PU-002" }?.lastSavedBy == "pu-staff")
        #expect(list.filter(\.hasDraft).map(\.institution.id) == ["PU-002"])
        // Another survey's submission does not count.
        #expect(try store.nonResponders(survey: "another-survey").count == 4)
    }

    @Test func aConfirmationNamesTheCardItConfirmed() throws {
        let store = try StoreFixtures.loadedStore()
        #expect(try ResponseImporter(store: store).importFile(try StoreFixtures.example("PR-003"), file: "x", by: StoreFixtures.analyst).succeeded)
        let catalog = try store.catalog()
        let survey = try catalog.selected(nil).survey.id
        let latest = try #require(try store.latestSubmission(of: "PR-003", survey: survey))
        let card = try store.score(latest, reviews: [:], catalog: catalog)
        try store.confirmVerdict(institution: "PR-003", survey: survey, submissionID: latest.submissionId, card: card, note: "Checked",
                                 by: StoreFixtures.analyst)
        let confirmation = try #require(try store.verdictConfirmation(institution: "PR-003", survey: survey))
        #expect(confirmation.verdict == card.verdict.rawValue)
        #expect(confirmation.cardSha256 == CanonicalJSON.sha256(CanonicalJSON.string(card)))
        #expect(throws: StoreError.reasonRequired) {
            try store.confirmVerdict(institution: "PR-003", survey: survey, submissionID: latest.submissionId, card: card, note: "",
                                     by: StoreFixtures.analyst)
        }
    }
}
