import Foundation
import SurveyCore

/// 設問別の集計: every tabulated question's answers by category, section by section, and the questionnaire annex.
extension DocumentBuilder {
    func questions() -> ReportDocument.Chapter {
        var blocks: [ReportDocument.Block] = [.paragraph(t(ReportText.questionsIntro))]
        var children: [(id: String, label: String)] = []
        let sections = report.survey?.sections ?? []
        var lastSection = -1
        for (index, question) in report.questions.enumerated() {
            if question.question.section != lastSection {
                lastSection = question.question.section
                let id = "q-section-\(lastSection + 1)"
                let title = lastSection < sections.count ? sections[lastSection].title.text(language) : ""
                children.append((id, title))
                blocks.append(.heading(level: 3, id: id, text: "\(lastSection + 1). " + title))
            }
            blocks.append(.table(questionTable(question, position: index + 1)))
        }
        return ReportDocument.Chapter(id: "questions", title: t(ReportText.questionsTitle), blocks: blocks, children: children, pageBreak: true)
    }

    /// The table of one question: choices with shares and counts, or quantiles.
    func questionTable(_ published: PublishedQuestion, position: Int) -> TableModel {
        let question = published.question
        let caption = question.number + " " + question.text.text(language)
        let id = "question.\(question.id)"
        if let table = published.table {
            var model = view.countTable(table, caption: caption, id: id)
            model.note = t(question.kind == .multiple ? ReportText.multipleNote : ReportText.tableNote)
            return model
        }
        if let distribution = published.distribution {
            var model = view.distributionTable(distribution, caption: caption, format: Figures.compact)
            model.id = id
            if question.kind == .entries { model.headers[1] = t(ReportText.answeredBase) }
            model.note = t(question.kind == .entries ? ReportText.entriesNote : ReportText.numberNote)
            return model
        }
        return TableModel(id: id, title: caption, headers: [], rows: [])
    }

    func annex() -> ReportDocument.Chapter {
        guard let survey = report.survey else {
            return ReportDocument.Chapter(id: "annex", title: t(ReportText.annexTitle), blocks: [])
        }
        let lines = PaperForm(survey: survey, language: language).markdown().splitting(on: "\n").map(String.init)
        return ReportDocument.Chapter(id: "annex", title: t(ReportText.annexTitle),
                                      blocks: [.note(t(ReportText.annexNote)), .questionnaire(Array(lines.drop { !$0.hasPrefix("## ") }))],
                                      pageBreak: true)
    }
}
