import SurveyCore

/// Writes one worksheet part (`xl/worksheets/sheetN.xml`) in the element order the schema requires.
enum SheetXML {
    static func write(_ sheet: Worksheet, strings: inout SharedStrings, styles: inout StyleTable) -> String {
        var xml = WorkbookWriter.header
        xml += "<worksheet xmlns=\"\(WorkbookWriter.mainNamespace)\" xmlns:r=\"\(WorkbookWriter.relationshipNamespace)\">"
        if sheet.frozenRows > 0 {
            let top = CellReference(row: sheet.frozenRows + 1, column: 1)
            xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (column, width) in sheet.columnWidths.sorted(by: { $0.key < $1.key }) {
                xml += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(CellValue.format(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() where !row.isEmpty {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let style = styles.index(for: cell)
                if case .empty = cell.value, style == 0 { continue }
                let reference = CellReference(row: rowIndex + 1, column: columnIndex + 1)
                let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
                switch cell.value {
                case .empty:
                    xml += "<c r=\"\(reference)\"\(styleAttribute)/>"
                case let .text(text):
                    xml += "<c r=\"\(reference)\"\(styleAttribute) t=\"s\"><v>\(strings.add(text))</v></c>"
                case let .number(number):
                    guard number.isFinite else { continue }
                    xml += "<c r=\"\(reference)\"\(styleAttribute)><v>\(CellValue.format(number))</v></c>"
                case let .date(date):
                    xml += "<c r=\"\(reference)\"\(styleAttribute)><v>\(date.daysSinceEpoch + CellValue.serialOfUnixEpoch)</v></c>"
                case let .bool(flag):
                    xml += "<c r=\"\(reference)\"\(styleAttribute) t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.isProtected {
            // Rows and columns may still be resized, so long answers can be read.
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations { xml += validationXML(validation) }
            xml += "</dataValidations>"
        }
        return xml + "</worksheet>"
    }

    private static func validationXML(_ validation: DataValidation) -> String {
        var attributes = "allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
        if let prompt = validation.prompt { attributes += " prompt=\"\(XMLText.escape(String(prompt.prefix(255))))\"" }
        if let error = validation.error { attributes += " error=\"\(XMLText.escape(String(error.prefix(225))))\"" }
        let range = XMLText.escape(validation.range)
        switch validation.rule {
        case let .list(source):
            return "<dataValidation type=\"list\" \(attributes) sqref=\"\(range)\"><formula1>\(XMLText.escape(source))</formula1></dataValidation>"
        case .wholeNumber:
            return "<dataValidation type=\"whole\" operator=\"between\" \(attributes) sqref=\"\(range)\"><formula1>-999999999999999</formula1><formula2>999999999999999</formula2></dataValidation>"
        case .decimal:
            return "<dataValidation type=\"decimal\" operator=\"between\" \(attributes) sqref=\"\(range)\"><formula1>-1E+15</formula1><formula2>1E+15</formula2></dataValidation>"
        case .date:
            return "<dataValidation type=\"date\" operator=\"greaterThan\" \(attributes) sqref=\"\(range)\"><formula1>1</formula1></dataValidation>"
        }
    }
}
