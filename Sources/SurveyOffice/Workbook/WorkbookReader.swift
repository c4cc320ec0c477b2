public import Foundation
import SurveyCore

/// Reads `.xlsx` bytes into a `Workbook`, refusing hostile files before expanding them (see `WorkbookLimits`).
///
/// Only cell values and sheet order, names and visibility are read; styles, validations and protection are not.
/// Dates come back as the serial numbers Excel stores (`CellValue.date(serial:)` converts them).
public enum WorkbookReader {
    /// The workbook in `data`, or an `OfficeError` saying why the file is refused; with `sheetLimit`, only the first
    /// that many sheets are read (enough to recognise a workbook without expanding all of it).
    public static func read(_ data: Data, limits: WorkbookLimits = .standard, sheetLimit: Int = .max) throws(OfficeError) -> Workbook {
        var package = try OfficePackage(data, limits: limits)
        if let types = try package.part("[Content_Types].xml"), let text = String(data: types, encoding: .utf8) {
            let lowered = text.lowercased()
            if lowered.contains("macroenabled") || lowered.contains("vbaproject") { throw .macros(path: "[Content_Types].xml") }
        }
        let workbookPath = try officeDocumentPath(&package)
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationships = try relationships(&package, path: folder + "/_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels")
        let strings = try sharedStrings(&package, folder: folder, relationships: relationships)
        // Sheets are listed first and read after, so only one part is being parsed at a time.
        let listing = WorkbookListing()
        try XMLEvents.parse(try package.requiredPart(workbookPath), part: workbookPath) { event in listing.consume(event) }
        var workbook = Workbook(definedNames: listing.definedNames)
        for entry in listing.sheets.prefix(sheetLimit) {
            guard let target = relationships[entry.relationship] else { continue }
            let path = resolve(target, in: folder)
            var sheet = try SheetReader.read(try package.requiredPart(path), part: path, name: entry.name, strings: strings, limits: limits)
            sheet.visibility = entry.state == nil || entry.state == "visible" ? .visible : .hidden
            workbook.sheets.append(sheet)
        }
        return workbook
    }

    private static func officeDocumentPath(_ package: inout OfficePackage) throws(OfficeError) -> String {
        let root = try relationshipTable(&package, path: "_rels/.rels")
        for (_, value) in root where value.type.hasSuffix("/officeDocument") {
            let path = resolve(value.target, in: "")
            if path.lowercased().hasSuffix(".bin") { throw .notAWorkbook(detail: "binary workbooks (.xlsb) are not accepted") }
            return path
        }
        return "xl/workbook.xml"
    }

    struct Relationship {
        var type: String
        var target: String
    }

    private static func relationshipTable(_ package: inout OfficePackage, path: String) throws(OfficeError) -> [String: Relationship] {
        guard let data = try package.part(path) else { return [:] }
        let table = RelationshipTable()
        try XMLEvents.parse(data, part: path) { event in
            guard case let .start("Relationship", attributes) = event, let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            table.entries[id] = Relationship(type: attributes["Type"] ?? "", target: target)
        }
        return table.entries
    }

    private static func relationships(_ package: inout OfficePackage, path: String) throws(OfficeError) -> [String: String] {
        try relationshipTable(&package, path: path).mapValues(\.target)
    }

    private static func sharedStrings(_ package: inout OfficePackage, folder: String,
                                      relationships: [String: String]) throws(OfficeError) -> [String] {
        let target = relationships.values.first { $0.lowercased().hasSuffix("sharedstrings.xml") } ?? "sharedStrings.xml"
        let path = resolve(target, in: folder)
        guard let data = try package.part(path) else { return [] }
        let table = SharedStringTable()
        try XMLEvents.parse(data, part: path) { event in table.consume(event) }
        return table.strings
    }

    /// A relationship target resolved against the folder of the part that names it.
    static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
