public import Foundation
import SurveyCore

/// Reads `.xlsx` bytes into a `Workbook`, refusing hostile files before expanding them (see `WorkbookLimits`).
///
/// Only cell values and sheet order, names and visibility are read; styles, validations and protection are not.
/// Dates come back as the serial numbers Excel stores (`CellValue.date(serial:)` converts them).
public enum WorkbookReader {
    /// The workbook in `data`, or an `OfficeError` saying why the file is refused.
    public static func read(_ data: Data, limits: WorkbookLimits = .standard) throws(OfficeError) -> Workbook {
        var package = try OfficePackage(data, limits: limits)
        if let types = try package.part("[Content_Types].xml"), let text = String(data: types, encoding: .utf8) {
            let lowered = text.lowercased()
            if lowered.contains("macroenabled") || lowered.contains("vbaproject") { throw .macros(path: "[Content_Types].xml") }
        }
        let workbookPath = try officeDocumentPath(&package)
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationships = try relationships(&package, path: folder + "/_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels")
        let strings = try sharedStrings(&package, folder: folder, relationships: relationships)
        var workbook = Workbook()
        let events = try XMLEvents.parse(try package.requiredPart(workbookPath), part: workbookPath)
        var definedName: (String, String)?
        for event in events {
            switch event {
            case let .start("sheet", attributes):
                guard let name = attributes["name"], let id = attributes["id"], let target = relationships[id] else { continue }
                let path = resolve(target, in: folder)
                var sheet = try SheetReader.read(try package.requiredPart(path), part: path, name: name, strings: strings, limits: limits)
                sheet.visibility = attributes["state"] == nil || attributes["state"] == "visible" ? .visible : .hidden
                workbook.sheets.append(sheet)
            case let .start("definedName", attributes):
                definedName = (attributes["name"] ?? "", "")
            case let .text(text):
                if let current = definedName { definedName = (current.0, current.1 + text) }
            case .end("definedName"):
                if let current = definedName { workbook.definedNames.append(DefinedName(name: current.0, formula: current.1)) }
                definedName = nil
            case .start, .end:
                continue
            }
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

    private struct Relationship {
        var type: String
        var target: String
    }

    private static func relationshipTable(_ package: inout OfficePackage, path: String) throws(OfficeError) -> [String: Relationship] {
        guard let data = try package.part(path) else { return [:] }
        var result: [String: Relationship] = [:]
        for case let .start("Relationship", attributes) in try XMLEvents.parse(data, part: path) {
            guard let id = attributes["Id"], let target = attributes["Target"] else { continue }
            if attributes["TargetMode"] == "External" { continue }
            result[id] = Relationship(type: attributes["Type"] ?? "", target: target)
        }
        return result
    }

    private static func relationships(_ package: inout OfficePackage, path: String) throws(OfficeError) -> [String: String] {
        try relationshipTable(&package, path: path).mapValues(\.target)
    }

    private static func sharedStrings(_ package: inout OfficePackage, folder: String,
                                      relationships: [String: String]) throws(OfficeError) -> [String] {
        let target = relationships.values.first { $0.lowercased().hasSuffix("sharedstrings.xml") } ?? "sharedStrings.xml"
        let path = resolve(target, in: folder)
        guard let data = try package.part(path) else { return [] }
        var strings: [String] = []
        var current = ""
        var inText = false
        var phoneticDepth = 0
        for event in try XMLEvents.parse(data, part: path) {
            switch event {
            case .start("si", _): current = ""
            case .end("si"): strings.append(current)
            // Furigana (rPh) that Japanese Excel stores beside the text is not part of the value.
            case .start("rPh", _): phoneticDepth += 1
            case .end("rPh"): phoneticDepth -= 1
            case .start("t", _): inText = phoneticDepth == 0
            case .end("t"): inText = false
            case let .text(text): if inText { current += text }
            case .start, .end: continue
            }
        }
        return strings
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
