import Foundation
import ZIPFoundation

/// Reads a zip archive's entry list and expands every entry without keeping it, to tell an Office Open XML
/// document (docx, xlsx, pptx) from any other zip and to refuse zip bombs: a 2 MB .docx that expands to 2 GiB was
/// once accepted. The central directory's sizes can lie, so the bytes are counted as they are inflated.
enum OfficePackage {
    /// What the archive is, or why it is refused.
    enum Verdict: Equatable {
        /// A docx, xlsx or pptx (its media type), or plain `application/zip`.
        case mediaType(String)
        /// More parts than allowed.
        case tooManyParts(Int)
        /// Expands to more bytes than allowed.
        case tooLarge
        /// Not a readable zip.
        case unreadable
    }

    /// Inspects the zip at `url` within the limits.
    static func inspect(_ url: URL, maxParts: Int, maxExpandedBytes: Int) -> Verdict {
        guard let archive = try? Archive(url: url, accessMode: .read) else { return .unreadable }
        var names: [String] = []
        var declared: UInt64 = 0
        for entry in archive {
            names.append(entry.path)
            declared &+= entry.uncompressedSize
            if names.count > maxParts { return .tooManyParts(names.count) }
            if declared > UInt64(maxExpandedBytes) { return .tooLarge }
        }
        var expanded = 0
        for entry in archive where entry.type == .file {
            do {
                _ = try archive.extract(entry, skipCRC32: true) { chunk in
                    expanded += chunk.count
                    if expanded > maxExpandedBytes { throw ExpansionLimit() }
                }
            } catch is ExpansionLimit {
                return .tooLarge
            } catch {
                return .unreadable
            }
        }
        return .mediaType(mediaType(names: names))
    }

    /// An OOXML package names its main part in `[Content_Types].xml` and stores it under `word/`, `xl/` or `ppt/`.
    static func mediaType(names: [String]) -> String {
        guard names.contains("[Content_Types].xml") else { return MediaSniffer.zip }
        if names.contains(where: { $0.hasPrefix("word/") }) { return MediaSniffer.docx }
        if names.contains(where: { $0.hasPrefix("xl/") }) { return MediaSniffer.xlsx }
        if names.contains(where: { $0.hasPrefix("ppt/") }) { return MediaSniffer.pptx }
        return MediaSniffer.zip
    }

    private struct ExpansionLimit: Error {}
}
