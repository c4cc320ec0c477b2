public import Foundation

/// Recognises evidence files by their first bytes (magic numbers), never by name or the client's Content-Type:
/// PDF, PNG, JPEG, and the Office Open XML formats (zip archives told apart by the parts they contain, which
/// `OfficePackage` reads).
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

    /// PowerPoint presentation.
    public static let pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

    /// What a file's first bytes say it is: a kind with a fixed type, a zip to inspect further, or nothing known.
    enum Signature: Equatable {
        case known(String)
        case zip
        case unknown
    }

    /// The signature in a file's first bytes.
    static func signature(_ head: Data) -> Signature {
        let head = [UInt8](head.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return .known(pdf) }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .known(png) }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .known(jpeg) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        return .unknown
    }

    /// CSV text: UTF-8 without control characters other than tab and line ends.
    static func isPlainText(_ data: Data) -> Bool {
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
        case pptx: "pptx"
        case csv: "csv"
        default: "bin"
        }
    }
}
