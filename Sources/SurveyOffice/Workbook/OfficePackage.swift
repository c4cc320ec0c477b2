import Foundation
import ZIPFoundation

/// The ZIP container of an `.xlsx`, opened with every guard applied before anything is expanded.
struct OfficePackage {
    private let archive: Archive
    private let limits: WorkbookLimits
    private var expanded = 0

    /// Opens `data`, refusing files that are too large, not ZIPs, legacy or encrypted, macro-bearing or zip bombs.
    init(_ data: Data, limits: WorkbookLimits) throws(OfficeError) {
        guard data.count <= limits.fileBytes else { throw .fileTooLarge(bytes: data.count, limit: limits.fileBytes) }
        let magic = Array(data.prefix(4))
        if magic == [0xD0, 0xCF, 0x11, 0xE0] { throw .legacyOrEncrypted }
        guard magic == [0x50, 0x4B, 0x03, 0x04] else { throw .notAWorkbook(detail: "no ZIP signature") }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notAWorkbook(detail: "the ZIP directory cannot be read")
        }
        // Check what the directory declares before expanding a single byte.
        var count = 0
        var total: UInt64 = 0
        for entry in archive {
            count += 1
            guard count <= limits.parts else { throw .tooManyParts(count: count, limit: limits.parts) }
            let path = entry.path
            let lowered = path.lowercased()
            if lowered.hasSuffix("vbaproject.bin") || lowered.hasSuffix("vbadata.xml") || lowered.hasPrefix("xl/macrosheets/") {
                throw .macros(path: path)
            }
            guard entry.uncompressedSize <= UInt64(limits.partBytes) else { throw .partTooLarge(path: path, limit: limits.partBytes) }
            total += entry.uncompressedSize
            guard total <= UInt64(limits.totalBytes) else { throw .expandsTooFar(limit: limits.totalBytes) }
        }
        self.archive = archive
        self.limits = limits
    }

    /// The expanded bytes of the part at `path`, or nil when there is none. Sizes are counted while expanding
    /// too, because a ZIP's declared sizes can lie.
    mutating func part(_ path: String) throws(OfficeError) -> Data? {
        let normalized = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let entry = archive[normalized] else { return nil }
        var bytes = Data()
        let partLimit = limits.partBytes
        let remaining = limits.totalBytes - expanded
        let totalLimit = limits.totalBytes
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(chunk)
                if bytes.count > partLimit { throw OfficeError.partTooLarge(path: normalized, limit: partLimit) }
                if bytes.count > remaining { throw OfficeError.expandsTooFar(limit: totalLimit) }
            }
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .malformedPart(path: normalized, detail: "it cannot be expanded")
        }
        expanded += bytes.count
        if Self.declaresDTD(bytes) { throw .documentTypeDeclaration(path: normalized) }
        return bytes
    }

    /// The part at `path`, which must exist.
    mutating func requiredPart(_ path: String) throws(OfficeError) -> Data {
        guard let data = try part(path) else { throw .malformedPart(path: path, detail: "the part is missing") }
        return data
    }

    /// True when the bytes contain `<!DOCTYPE` in any case; XML parts of a real workbook never do.
    static func declaresDTD(_ bytes: Data) -> Bool {
        let needle = Array("<!doctype".utf8)
        guard bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBytes { raw -> Bool in
            let buffer = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index + needle.count <= buffer.count {
                if buffer[index] == 0x3C, buffer[index + 1] == 0x21 {
                    var matches = true
                    for offset in 2..<needle.count where buffer[index + offset] | 0x20 != needle[offset] {
                        matches = false
                        break
                    }
                    if matches { return true }
                }
                index += 1
            }
            return false
        }
    }
}
