public import Foundation

/// Recognises evidence files by their first bytes (magic numbers), never by name or the client's Content-Type:
/// PDF, PNG, JPEG, and the Office Open XML formats (zip archives told apart by the parts they contain).
public enum MediaSniffer {
    /// PDF.
    public static let pdf = "application/pdf"
    /// PNG image.
    public static let png = "image/png"
    /// JPEG image.
    public static let jpeg = "image/jpeg"
    /// Word document.
    public static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    /// Excel workbook.
    public static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    /// CSV, recognised only where an item accepts it: UTF-8 text without control characters.
    public static let csv = "text/csv"
    /// Any other zip archive.
    public static let zip = "application/zip"

    /// The media type of `data`, or nil when it is none chosa recognises.
    public static func mediaType(of data: Data, acceptingText: Bool = false) -> String? {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return pdf }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return officeType(data) }
        if acceptingText, isPlainText(data) { return csv }
        return nil
    }

    /// An OOXML package names its main part in `[Content_Types].xml` and stores it under `word/` or `xl/`; the
    /// local file headers carry those names in clear, so a scan of the entry names is enough.
    private static func officeType(_ data: Data) -> String {
        var names: [String] = []
        let bytes = [UInt8](data)
        var offset = 0
        while offset + 30 <= bytes.count, bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x03, bytes[offset + 3] == 0x04,
              names.count < 2000 {
            let compressed = Int(bytes[offset + 18]) | Int(bytes[offset + 19]) << 8 | Int(bytes[offset + 20]) << 16 | Int(bytes[offset + 21]) << 24
            let nameLength = Int(bytes[offset + 26]) | Int(bytes[offset + 27]) << 8
            let extraLength = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
            let flags = Int(bytes[offset + 6]) | Int(bytes[offset + 7]) << 8
            guard offset + 30 + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self))
            // With a data descriptor (bit 3) the size is not in the header; the names seen so far must do.
            if flags & 0x08 != 0 { break }
            offset += 30 + nameLength + extraLength + compressed
        }
        let hasTypes = names.contains("[Content_Types].xml")
        if hasTypes, names.contains(where: { $0.hasPrefix("word/") }) { return docx }
        if hasTypes, names.contains(where: { $0.hasPrefix("xl/") }) { return xlsx }
        return zip
    }

    private static func isPlainText(_ data: Data) -> Bool {
        guard String(data: data, encoding: .utf8) != nil else { return false }
        return !data.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    /// A file extension for a media type, for names made up when the client sent none.
    public static func fileExtension(_ mediaType: String) -> String {
        switch mediaType {
        case pdf: "pdf"
        case png: "png"
        case jpeg: "jpg"
        case docx: "docx"
        case xlsx: "xlsx"
        case csv: "csv"
        default: "bin"
        }
    }
}
