import Foundation
import SurveyCore
import SurveyOffice

/// Issue 17's figure: the offline-answer workbook for the real questionnaire built, written as `.xlsx`, and read back
/// into answers (target well under a second each), and the XLSForm export and import of the questionnaire.
enum WorkbookBench {
    static func run(_ setup: BenchSetup) {
        let clock = ContinuousClock()
        let rounds = 20
        let context = AnswerWorkbook.Context(institutionID: "B-1", institutionName: "ベンチマーク大学", revision: 3, language: .ja)
        var bytes = Data()
        var failures = 0
        let build = clock.measure {
            for index in 0..<rounds {
                let answers = setup.responses[index % setup.responses.count].answers
                bytes = (try? WorkbookWriter.data(AnswerWorkbook.build(setup.survey, context: context, answers: answers))) ?? Data()
            }
        }
        let read = clock.measure {
            for _ in 0..<rounds {
                if (try? AnswerWorkbookReader.read(bytes, survey: setup.survey)) == nil { failures += 1 }
            }
        }
        var form = Data()
        let export = clock.measure {
            for _ in 0..<rounds { form = (try? WorkbookWriter.data(XLSFormExporter.workbook(setup.survey))) ?? Data() }
        }
        let importing = clock.measure {
            for _ in 0..<rounds {
                let result = try? XLSFormImporter.convert(xlsx: form, source: "bench.xlsx", fallbackID: "bench", fallbackDeadline: setup.today)
                if result?.survey == nil { failures += 1 }
            }
        }
        func each(_ duration: Duration) -> Double { ReportBench.seconds(duration) / Double(rounds) * 1000 }
        print(String(format: "workbook        built+written %.0f ms, read back %.0f ms per workbook (%d KB, target < 1000 ms each: %@)%@",
                     each(build), each(read), bytes.count / 1024, each(build) < 1000 && each(read) < 1000 ? "met" : "MISSED",
                     failures > 0 ? " — \(failures) FAILED" : ""))
        print(String(format: "xlsform         export %.0f ms, import (with survey check) %.0f ms per form (%d KB)",
                     each(export), each(importing), form.count / 1024))
    }
}
