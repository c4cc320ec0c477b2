import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// The database mode of `chosa score`: every institution's latest submission, scored and stored.
enum DatabaseScoring {
    static func run(database: DatabaseOption, format: ScoreCommand.Format, _ lang: Language) throws {
        let store = try database.open(lang)
        let catalog = try storeStep(lang) { () throws(StoreError) in try store.catalog() }
        guard let newest = catalog.newest else {
            throw StoreError.surveyNotLoaded("(any)").report(lang)
        }
        var cards: [ScoreCard] = []
        _ = try storeStep(lang) { () throws(StoreError) in
            try store.scoreLatestSubmissions(catalog: catalog, save: true, by: database.actor) { cards.append($0.card) }
        }
        switch format {
        case .json:
            Terminal.out(try JSONOutput.string(cards))
        case .csv:
            Terminal.out(ScoreTable.csv(cards, rubric: newest.rubric), terminator: "")
        case .table:
            Terminal.out(ScoreTable.text(cards, rubric: newest.rubric, lang))
            Terminal.err(Message(en: "\(database.path): \(cards.count) institutions scored and stored",
                                 ja: "\(database.path): \(cards.count) 機関を採点し、保存しました").text(lang))
        }
    }
}
