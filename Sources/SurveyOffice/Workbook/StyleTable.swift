/// The cell formats a workbook uses, each written once to `styles.xml`; cells refer to them by index.
struct StyleTable {
    /// What distinguishes one cell format from another.
    struct Key: Hashable {
        var bold: Bool
        var wraps: Bool
        var locked: Bool
        var isDate: Bool
    }

    /// The default format (index 0) comes first, as Excel expects.
    private var keys: [Key] = [Key(bold: false, wraps: false, locked: true, isDate: false)]
    private var index: [Key: Int] = [Key(bold: false, wraps: false, locked: true, isDate: false): 0]

    /// The index of the format for `cell`.
    mutating func index(for cell: Cell) -> Int {
        var isDate = false
        if case .date = cell.value { isDate = true }
        let key = Key(bold: cell.bold, wraps: cell.wraps, locked: cell.locked, isDate: isDate)
        if let found = index[key] { return found }
        index[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }

    /// Custom number format for dates; ids from 164 are free for workbooks to define.
    static let dateFormatID = 164

    var xml: String {
        var xml = WorkbookWriter.header + "<styleSheet xmlns=\"\(WorkbookWriter.mainNamespace)\">"
        xml += "<numFmts count=\"1\"><numFmt numFmtId=\"\(Self.dateFormatID)\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        // Fill 2 marks the cells a respondent may edit, so unlocked cells stand out.
        xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF8DC\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(keys.count)\">"
        for key in keys {
            let format = key.isDate ? Self.dateFormatID : 0
            xml += "<xf numFmtId=\"\(format)\" fontId=\"\(key.bold ? 1 : 0)\" fillId=\"\(key.locked ? 0 : 2)\" borderId=\"0\" xfId=\"0\""
            xml += key.isDate ? " applyNumberFormat=\"1\"" : ""
            xml += " applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\" applyProtection=\"1\">"
            xml += "<alignment vertical=\"top\"\(key.wraps ? " wrapText=\"1\"" : "")/>"
            xml += "<protection locked=\"\(key.locked ? 1 : 0)\"/></xf>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }
}
