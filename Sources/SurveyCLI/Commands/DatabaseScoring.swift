import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// The database mode of `chosa score`: every institution's latest submission to one survey, scored and stored.
enum DatabaseScoring {
    static func run(database: DatabaseOption, survey: SurveyIDOption, format: ScoreCommand.Format, _ lang: Language) throws {
        let store = try database.open(lang)
        let catalog = try storeStep(lang) { () throws(StoreError) in try store.catalog() }
        guard !catalog.versions.isEmpty else {
            Terminal.err(Message(en: "\(database.path): error: no survey is loaded; run `chosa survey load --survey PATH` and import responses first",
                                 ja: "\(database.path): エラー: 調査が登録されていません。先に `chosa survey load --survey PATH` で登録し、回答を取り込んでください").text(lang))
            throw ExitCode(1)
        }
        let newest = try storeStep(lang) { () throws(StoreError) in try survey.selected(in: catalog) }
        var cards: [ScoreCard] = []
        _ = try storeStep(lang) { () throws(StoreError) in
            try store.scoreLatestSubmissions(survey: newest.survey.id, catalog: catalog, save: true, by: database.actor) { cards.append($0.card) }
        }
        switch format {
        case .json:
            Terminal.out(try JSONOutput.string(cards))
        case .csv:
            Terminal.out(ScoreTable.csv(cards, rubric: newest.rubric), terminator: "")
        case .table:
            Terminal.out(ScoreTable.text(cards, rubric: newest.rubric, lang))
            Terminal.err(Message(en: "\(database.path): \(cards.count) institutions scored and stored for survey \(newest.survey.id)",
                                 ja: "\(database.path): 調査 \(newest.survey.id) について \(cards.count) 機関を採点し、保存しました").text(lang))
        }
    }
}
