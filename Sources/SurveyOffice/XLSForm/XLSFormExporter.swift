public import SurveyCore

/// Writes a survey definition as an XLSForm workbook that `XLSFormImporter` reads back to the same definition.
///
/// What XLSForm has no column for travels in columns other tools ignore: `chosa::type` marks yes/no questions
/// (written as `select_one` over a yes/no list so other tools still show them), `chosa::min` and `chosa::max` a
/// repeat's fewest and most instances (not `repeat_count`, which in ODK fixes the count and makes pyxform add a
/// `<repeat>_count` field), and the settings sheet's `deadline`, `description` and `chosa_title` columns (the title in every
/// language; `form_title` holds the first, because pyxform refuses a translated one).
public enum XLSFormExporter {
    /// The yes/no options, as the portal labels them (`YesNo.choices`).
    public static var yesNoLabels: [(value: String, label: Message)] { YesNo.choices }

    /// Language names for column headers such as `label::Japanese (ja)`.
    static let languageNames = ["ja": "Japanese", "en": "English", "zh": "Chinese", "ko": "Korean", "fr": "French", "es": "Spanish", "de": "German"]

    /// The workbook for `survey`.
    public static func workbook(_ survey: SurveyDefinition) -> Workbook {
        let languages = survey.languages
        func header(_ base: String, _ code: String) -> String { "\(base)::\(languageNames[code] ?? code) (\(code))" }
        let yesNoList = Self.freeListName(in: survey)
        var columns = ["type", "name"]
        columns += languages.map { header("label", $0) } + languages.map { header("hint", $0) }
        columns += ["required", "relevant", "constraint"] + languages.map { header("constraint_message", $0) }
        columns += ["calculation", "appearance", "chosa::min", "chosa::max", "chosa::type", "chosa::prefill", "body::accept"]
        var rows: [[String: CellValue]] = []
        func texts(_ base: String, _ text: LocalizedText?) -> [String: CellValue] {
            var cells: [String: CellValue] = [:]
            for code in languages { if let value = text?.values[code] { cells[header(base, code)] = .text(value) } }
            return cells
        }
        func add(_ item: Item) {
            var row: [String: CellValue] = ["name": .text(item.id)]
            row.merge(texts("label", item.text)) { $1 }
            row.merge(texts("hint", item.hint)) { $1 }
            row.merge(texts("constraint_message", item.constraintMessage)) { $1 }
            switch item.required {
            case .optional: break
            case .always: row["required"] = .text("yes")
            case let .when(expression): row["required"] = .text(expression.source)
            }
            if let relevant = item.relevant { row["relevant"] = .text(relevant.source) }
            if let constraint = item.constraint { row["constraint"] = .text(constraint.source) }
            if let calculation = item.calculation { row["calculation"] = .text(calculation.source) }
            switch item.type {
            case .yesNo:
                row["type"] = .text("select_one \(yesNoList)")
                row["chosa::type"] = .text(ItemType.yesNo.rawValue)
            case .selectOne, .selectMultiple:
                row["type"] = .text("\(item.type.rawValue) \(item.choices ?? "")")
                if let prefill = item.prefill { row["chosa::prefill"] = .text(prefill.rawValue) }
            case .integer, .decimal, .text, .date, .note, .calculate:
                row["type"] = .text(item.type.rawValue)
            case .longText:
                row["type"] = .text("text")
                row["appearance"] = .text("multiline")
            case .evidence:
                row["type"] = .text("file")
                if !item.accept.isEmpty { row["body::accept"] = .text(item.accept.joined(separator: ",")) }
            case .repeat, .group:
                row["type"] = .text("begin \(item.type.rawValue)")
                if let high = item.maxCount { row["chosa::max"] = .number(Double(high)) }
                if let low = item.minCount { row["chosa::min"] = .number(Double(low)) }
                rows.append(row)
                item.items.forEach(add)
                rows.append(["type": .text("end \(item.type.rawValue)")])
                return
            }
            rows.append(row)
        }
        for section in survey.sections {
            var row: [String: CellValue] = ["type": .text("begin group"), "name": .text(section.id)]
            row.merge(texts("label", section.title)) { $1 }
            row.merge(texts("hint", section.description)) { $1 }
            if let relevant = section.relevant { row["relevant"] = .text(relevant.source) }
            rows.append(row)
            section.items.forEach(add)
            rows.append(["type": .text("end group")])
        }
        var workbook = Workbook()
        workbook.sheets.append(sheet("survey", columns: columns, rows: rows))
        workbook.sheets.append(choicesSheet(survey, yesNoList: yesNoList, header: header))
        workbook.sheets.append(settingsSheet(survey, header: header))
        return workbook
    }

    /// `yes_no`, or a variant no choice list of the survey already uses.
    static func freeListName(in survey: SurveyDefinition) -> String {
        var name = "yes_no"
        while survey.choiceList(name) != nil { name = "chosa_" + name }
        return name
    }

    private static func choicesSheet(_ survey: SurveyDefinition, yesNoList: String, header: (String, String) -> String) -> Worksheet {
        let columns = ["list_name", "name"] + survey.languages.map { header("label", $0) }
        var rows: [[String: CellValue]] = []
        for list in survey.choiceLists {
            for choice in list.choices {
                var row: [String: CellValue] = ["list_name": .text(list.id), "name": .text(choice.value)]
                for code in survey.languages { if let label = choice.label.values[code] { row[header("label", code)] = .text(label) } }
                rows.append(row)
            }
        }
        if survey.slots.contains(where: { $0.item.type == .yesNo }) {
            for (value, label) in yesNoLabels {
                var row: [String: CellValue] = ["list_name": .text(yesNoList), "name": .text(value)]
                for code in survey.languages { row[header("label", code)] = .text(code == "ja" ? label.ja : label.en) }
                rows.append(row)
            }
        }
        return sheet("choices", columns: columns, rows: rows)
    }

    private static func settingsSheet(_ survey: SurveyDefinition, header: (String, String) -> String) -> Worksheet {
        // pyxform refuses a translated form_title, so it holds the first language; chosa reads every language from `chosa_title` (pyxform takes `title` for `form_title`).
        var columns = ["form_id", "version", "form_title"] + survey.languages.map { header("chosa_title", $0) }
        columns += ["default_language", "deadline"] + survey.languages.map { header("description", $0) }
        var row: [String: CellValue] = ["form_id": .text(survey.id), "version": .text(survey.version), "deadline": .date(survey.deadline)]
        if let first = survey.languages.first {
            row["default_language"] = .text("\(languageNames[first] ?? first) (\(first))")
            row["form_title"] = .text(survey.title.values[first] ?? survey.id)
        }
        for code in survey.languages {
            if let title = survey.title.values[code] { row[header("chosa_title", code)] = .text(title) }
            if let description = survey.description?.values[code] { row[header("description", code)] = .text(description) }
        }
        return sheet("settings", columns: columns, rows: [row])
    }

    private static func sheet(_ name: String, columns: [String], rows: [[String: CellValue]]) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.append(columns.map { Cell($0, bold: true) })
        for row in rows { sheet.append(columns.map { Cell(row[$0] ?? .empty) }) }
        sheet.frozenRows = 1
        for (index, column) in columns.enumerated() { sheet.columnWidths[index + 1] = column.hasPrefix("label") ? 48 : 16 }
        return sheet
    }
}
