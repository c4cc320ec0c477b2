import ArgumentParser
import Foundation
import Testing
@testable import SurveyCLI
@testable import SurveyCore
@testable import SurveyReports
@testable import SurveyStore

/// `chosa reminders`: a letter and an e-mail for each institution still to answer, and for no other.
@Suite struct RemindersTests {
    @Test func remindersGoOnlyToInstitutionsWithoutASubmission() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-reminders-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = try DatabaseReportTests.database(in: folder)
        let store = try SurveyStore.open(path: path)
        let survey = try store.catalog().selected(nil).survey.id
        let missing = try store.nonResponders(survey: survey).map(\.institution.id)
        #expect(!missing.isEmpty)
        let out = folder.appendingPathComponent("reminders")
        var command = try RemindersCommand.parse(["--db", path, "--out", out.path, "--lang", "ja", "--date", "2023-10-25", "--reinvite"])
        try command.run()
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == missing.flatMap { ["reminder-\($0).eml", "reminder-\($0).html", "reminder-\($0).md"] }.sorted())
        let first = try #require(missing.first)
        let eml = try String(contentsOf: out.appendingPathComponent("reminder-\(first).eml"), encoding: .utf8)
        let (head, body) = try #require(eml.range(of: "\r\n\r\n").map { (String(eml[..<$0.lowerBound]), String(eml[$0.upperBound...])) })
        #expect(head.contains("Content-Type: text/plain; charset=UTF-8") && head.contains("Subject: =?UTF-8?B?"))
        #expect(head.split(separator: "\r\n").allSatisfy { $0.contains(": ") })
        let text = try #require(Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: "")).flatMap { String(data: $0, encoding: .utf8) })
        #expect(text.contains("令和5年10月31日") && text.contains("/login?token="))
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("reminder-\(first).eml").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // The fresh link logs in: one more active token per institution.
        let token = try #require(text.components(separatedBy: "token=").last?.prefix { !$0.isWhitespace })
        #expect(try store.institution(forTokenHash: InvitationToken.hash(String(token)), at: DatabaseReportTests.actor.now) == first)
    }

    @Test func hostileRosterTextCannotAddAHeaderOrMarkup() {
        let reminder = SurveyNotice(kind: .reminder, institutionName: "<script>alert(1)</script>\r\nBcc: x@evil.example", headTitle: "学長",
                                      contactName: "Eve\r\nBcc: y@evil.example", contactAddress: "a@b.example>\r\nBcc: z@evil.example",
                                      surveyTitle: "調査", deadline: CivilDate(daysSinceEpoch: 19_661), hasDraft: true, loginURL: nil,
                                      sender: .cabinetOffice, date: CivilDate(daysSinceEpoch: 19_650), language: .ja)
        let eml = reminder.email(from: "from@example.org", messageID: "x\r\nBcc: w@evil.example", sent: Date(timeIntervalSince1970: 0))
        let head = eml.components(separatedBy: "\r\n\r\n")[0]
        let lines = head.components(separatedBy: "\r\n")
        #expect(lines.count == 8, "\(lines)")
        #expect(!lines.contains { $0.lowercased().hasPrefix("bcc") })
        #expect(!head.contains("\n\n") && !head.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!reminder.html().contains("<script>"))
        #expect(!reminder.markdown().contains("<script>"))
    }

    @Test func invitationLettersCarryEachInstitutionsOwnLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-invite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = try DatabaseReportTests.database(in: folder, submissions: false)
        let out = folder.appendingPathComponent("letters")
        var command = try InviteCommand.parse(["--db", path, "--institution", "ZQX-1001", "--institution", "ZQX-1002", "--add",
                                               "--out", folder.appendingPathComponent("tokens.csv").path, "--letters", out.path,
                                               "--expires", "2099-12-31", "--lang", "ja"])
        try command.run()
        let csv = try String(contentsOf: folder.appendingPathComponent("tokens.csv"), encoding: .utf8)
        for id in ["ZQX-1001", "ZQX-1002"] {
            let letter = try String(contentsOf: out.appendingPathComponent("invitation-\(id).md"), encoding: .utf8)
            let token = try #require(letter.components(separatedBy: "token=").last?.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            #expect(token.count >= 22)
            #expect(csv.split(separator: "\n").contains { $0.contains(id) && $0.contains(String(token)) })
            #expect(letter.contains("御協力について（依頼）") && letter.contains("令和5年10月31日"))
            let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("invitation-\(id).eml").path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 6)
    }
}
