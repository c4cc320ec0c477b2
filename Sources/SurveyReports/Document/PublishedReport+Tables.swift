public import SurveyCore

extension PublishedReport {
    /// Every table the report publishes, in the order it shows them, as plain table models in `language`: what a
    /// workbook writer needs for report.xlsx (one sheet a table, `TableModel.id` as a stable sheet key, suppression
    /// marks kept on the cells). Then the tables the page summarises, in full as the open data has them: each domain's
    /// laxity distribution and each measure's statuses by category.
    public func tableModels(_ language: Language) -> [TableModel] {
        let builder = DocumentBuilder(self, language: language)
        var models: [TableModel] = []
        for chapter in builder.build().chapters {
            for block in chapter.blocks {
                switch block {
                case let .table(model): models.append(model)
                case let .figure(figure): if let table = figure.table { models.append(table) }
                case .heading, .paragraph, .note, .list, .facts, .questionnaire: continue
                }
            }
        }
        models += domains.map { builder.view.distributionTable($0, caption: $0.title.text(language)) }
        models += measures.map { builder.view.countTable($0, caption: $0.title.text(language)) }
        return models
    }
}
