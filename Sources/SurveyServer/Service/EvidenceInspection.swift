import Foundation
import SurveyCore
import SurveyStore

/// The checks an upload passes before it is stored: what it is (sniffed, with Office files expanded within
/// limits) and whether the item and the institution have room for it.
enum EvidenceInspection {
    /// The upload's media type, which the item must accept; 415 for other types, 422 for unsafe Office files.
    static func mediaType(of upload: SpooledUpload, accepted: [String], quotas: EvidenceQuotas) throws(PortalError) -> String {
        let found: String?
        switch MediaSniffer.signature(upload.head(8)) {
        case let .known(type):
            found = type
        case .zip:
            switch OfficePackage.inspect(upload.url, maxParts: quotas.maxParts, maxExpandedBytes: quotas.maxExpandedBytes) {
            case let .mediaType(type):
                found = type
            case let .tooManyParts(count):
                throw PortalError.rejectedFile(Message(
                    en: "This Office file has more than \(quotas.maxParts) parts (\(count) read); it was not stored.",
                    ja: "この Office ファイルは構成部品が上限（\(quotas.maxParts) 個）を超えるため、保存しませんでした。"))
            case .tooLarge:
                throw PortalError.rejectedFile(Message(
                    en: "This Office file expands to more than \(quotas.maxExpandedBytes / (1024 * 1024)) MiB; it was not stored.",
                    ja: "この Office ファイルは展開後の大きさが上限（\(quotas.maxExpandedBytes / (1024 * 1024)) MiB）を超えるため、保存しませんでした。"))
            case .unreadable:
                throw PortalError.rejectedFile(Message(en: "This zip or Office file is damaged and cannot be read.",
                                                       ja: "この zip 又は Office ファイルは破損しているため読み取れません。"))
            }
        case .unknown:
            let text = accepted.contains(MediaSniffer.csv) ? (try? Data(contentsOf: upload.url, options: .alwaysMapped)) : nil
            found = text.flatMap { MediaSniffer.isPlainText($0) ? MediaSniffer.csv : nil }
        }
        guard let found, accepted.contains(found) else { throw PortalError.unsupportedMediaType(found: found, accepted: accepted) }
        return found
    }

    /// Refuses the upload when the item would hold too many files or bytes, or the institution would pass its
    /// total; a file the institution uploaded before costs it nothing again.
    static func checkQuotas(_ upload: SpooledUpload, item: String, attached: [ResponseFile.EvidenceFile], quotas: EvidenceQuotas,
                            usage: () throws(StoreError) -> (uploaded: Bool, usage: EvidenceUsage)) throws(PortalError) {
        guard !attached.contains(where: { $0.sha256 == upload.sha256 }) else { return }
        let mib = { (bytes: Int) in bytes / (1024 * 1024) }
        let itemBytes = attached.reduce(0) { $0 + ($1.size ?? 0) } + upload.size
        guard attached.count + 1 <= quotas.filesPerItem, itemBytes <= quotas.bytesPerItem else {
            throw PortalError.quotaExceeded(Message(
                en: "This item can hold at most \(quotas.filesPerItem) files and \(mib(quotas.bytesPerItem)) MiB; remove a file first.",
                ja: "この項目に添付できるのは \(quotas.filesPerItem) ファイル・\(mib(quotas.bytesPerItem)) MiB までです。先に不要なファイルを外してください。"))
        }
        let current: (uploaded: Bool, usage: EvidenceUsage)
        do { current = try usage() } catch { throw PortalError.from(error) }
        guard !current.uploaded else { return }
        guard current.usage.files + 1 <= quotas.filesPerInstitution, current.usage.bytes + upload.size <= quotas.bytesPerInstitution else {
            throw PortalError.quotaExceeded(Message(
                en: "Your institution has used its evidence quota for this survey (\(quotas.filesPerInstitution) files, \(mib(quotas.bytesPerInstitution)) MiB). Contact the survey office if you need more.",
                ja: "貴機関の本調査の証憑の上限（\(quotas.filesPerInstitution) ファイル・\(mib(quotas.bytesPerInstitution)) MiB）に達しました。追加が必要な場合は調査事務局にご連絡ください。"))
        }
    }
}
