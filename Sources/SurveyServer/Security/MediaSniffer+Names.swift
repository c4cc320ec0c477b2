import Foundation
import SurveyCore

extension MediaSniffer {
    /// A media type as a clerk knows it ("PDF", "Word"), not as a MIME string.
    static func name(_ mediaType: String) -> String {
        switch mediaType {
        case pdf: "PDF"
        case png: "PNG"
        case jpeg: "JPEG"
        case docx: "Word"
        case xlsx: "Excel"
        case pptx: "PowerPoint"
        case csv: "CSV"
        case zip: "zip"
        default: mediaType
        }
    }

    /// The accepted types in plain words: 「PDF、Word、Excel、PNG、JPEG のいずれか」 / "PDF, Word, Excel, PNG or JPEG".
    static func names(_ mediaTypes: [String]) -> Message {
        let names = mediaTypes.map(name)
        guard names.count > 1, let last = names.last else { return Message(en: names.first ?? "", ja: names.first ?? "") }
        return Message(en: names.dropLast().joined(separator: ", ") + " or " + last, ja: names.joined(separator: "、") + " のいずれか")
    }

    /// A size in megabytes as a clerk reads it: "20 MB", "30.5 MB" (1 MB = 1,048,576 bytes, as file managers show).
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        if value >= 10 || value == value.rounded() { return "\(Int(value.rounded())) MB" }
        return String(format: "%.1f MB", value)
    }
}
