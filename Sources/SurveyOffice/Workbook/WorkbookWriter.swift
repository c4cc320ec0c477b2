public import Foundation
import ZIPFoundation

/// Writes a `Workbook` as an `.xlsx` file (Office Open XML spreadsheet, ZIP of XML parts).
public enum WorkbookWriter {
    /// Every part is stamped with this time so the same workbook always gives the same bytes.
    static let partDate = Date(timeIntervalSince1970: 1_700_000_000)

    /// The workbook as `.xlsx` bytes.
    public static func data(_ workbook: Workbook) throws(OfficeError) -> Data {
        var strings = SharedStrings()
        var styles = StyleTable()
        var parts: [(String, Data)] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let xml = SheetXML.write(sheet, strings: &strings, styles: &styles)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Data(xml.utf8)))
        }
        parts.append(("[Content_Types].xml", Data(contentTypes(sheetCount: workbook.sheets.count).utf8)))
        parts.append(("_rels/.rels", Data(rootRelationships.utf8)))
        parts.append(("xl/workbook.xml", Data(workbookXML(workbook).utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Data(workbookRelationships(sheetCount: workbook.sheets.count).utf8)))
        parts.append(("xl/styles.xml", Data(styles.xml.utf8)))
        parts.append(("xl/sharedStrings.xml", Data(strings.xml.utf8)))
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts.sorted(by: { $0.0 < $1.0 }) {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: partDate,
                                     compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw OfficeError.cannotWrite(detail: "no archive data") }
            return data
        } catch let error as OfficeError {
            throw error
        } catch {
            throw OfficeError.cannotWrite(detail: String(describing: error))
        }
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in 1...max(sheetCount, 1) where index <= sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        return xml + "</Types>"
    }

    private static let rootRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 1...max(sheetCount, 1) where index <= sheetCount {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    private static func workbookXML(_ workbook: Workbook) -> String {
        var xml = header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
        for (index, sheet) in workbook.sheets.enumerated() {
            let state = sheet.visibility == .hidden ? " state=\"hidden\"" : ""
            xml += "<sheet name=\"\(XMLText.escape(Worksheet.safeName(sheet.name)))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        if !workbook.definedNames.isEmpty {
            xml += "<definedNames>"
            for name in workbook.definedNames {
                xml += "<definedName name=\"\(XMLText.escape(name.name))\">\(XMLText.escape(name.formula))</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }
}

/// The shared-string table: each distinct text once, cells refer to it by index.
struct SharedStrings {
    private var index: [String: Int] = [:]
    private var texts: [String] = []

    /// The index of `text`, adding it on first use.
    mutating func add(_ text: String) -> Int {
        if let found = index[text] { return found }
        index[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var xml: String {
        var xml = WorkbookWriter.header + "<sst xmlns=\"\(WorkbookWriter.mainNamespace)\" count=\"\(texts.count)\" uniqueCount=\"\(texts.count)\">"
        for text in texts { xml += "<si>\(XMLText.textElement(text))</si>" }
        return xml + "</sst>"
    }
}
