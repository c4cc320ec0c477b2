public import SurveyCore

/// Why a workbook could not be read or written; every case explains itself in Japanese and English.
public enum OfficeError: Error, Sendable, Equatable {
    /// The file is bigger than the upload limit.
    case fileTooLarge(bytes: Int, limit: Int)
    /// The bytes are not an `.xlsx` (ZIP) file.
    case notAWorkbook(detail: String)
    /// An old binary `.xls` file, or an `.xlsx` protected with a password (both are OLE compound files).
    case legacyOrEncrypted
    /// More parts than any real workbook has.
    case tooManyParts(count: Int, limit: Int)
    /// One part expands beyond the limit (a zip bomb, or a workbook far larger than a questionnaire).
    case partTooLarge(path: String, limit: Int)
    /// All parts together expand beyond the limit.
    case expandsTooFar(limit: Int)
    /// The workbook carries macros (VBA), which chosa never accepts.
    case macros(path: String)
    /// A part declares a DTD, which Office never writes and entity-expansion attacks need.
    case documentTypeDeclaration(path: String)
    /// A part is missing or is not well-formed XML.
    case malformedPart(path: String, detail: String)
    /// A sheet has more rows or columns than the limits allow.
    case sheetTooLarge(sheet: String, limit: String)
    /// Writing failed (should not happen: the archive is built in memory).
    case cannotWrite(detail: String)

    /// What went wrong and what to do, in both languages.
    public var message: Message {
        switch self {
        case let .fileTooLarge(bytes, limit):
            Message(en: "the workbook is \(bytes) bytes; the limit is \(limit) bytes",
                    ja: "ワークブックのサイズ（\(bytes) バイト）が上限（\(limit) バイト）を超えています")
        case let .notAWorkbook(detail):
            Message(en: "the file is not an Excel workbook (.xlsx): \(detail)",
                    ja: "ファイルが Excel ブック（.xlsx）ではありません：\(detail)")
        case .legacyOrEncrypted:
            Message(en: "the file is an old .xls workbook or is protected by a password; save it as an .xlsx workbook without a password",
                    ja: "ファイルが旧形式（.xls）か、パスワードで保護されています。パスワードなしの .xlsx 形式で保存し直してください")
        case let .tooManyParts(count, limit):
            Message(en: "the workbook has \(count) parts; at most \(limit) are accepted",
                    ja: "ワークブックの構成要素が \(count) 個あり、上限（\(limit) 個）を超えています")
        case let .partTooLarge(path, limit):
            Message(en: "part '\(path)' of the workbook expands beyond \(limit) bytes; the file is refused",
                    ja: "ワークブックの構成要素「\(path)」の展開後のサイズが \(limit) バイトを超えるため、受け付けません")
        case let .expandsTooFar(limit):
            Message(en: "the workbook expands beyond \(limit) bytes in total; the file is refused",
                    ja: "ワークブックの展開後の合計サイズが \(limit) バイトを超えるため、受け付けません")
        case let .macros(path):
            Message(en: "the workbook contains macros ('\(path)'); save it as a macro-free .xlsx workbook",
                    ja: "ワークブックにマクロ（「\(path)」）が含まれています。マクロなしの .xlsx 形式で保存し直してください")
        case let .documentTypeDeclaration(path):
            Message(en: "part '\(path)' of the workbook declares a DTD, which Excel never writes; the file is refused",
                    ja: "ワークブックの構成要素「\(path)」に DTD 宣言があります。Excel が作成するファイルにはないため、受け付けません")
        case let .malformedPart(path, detail):
            Message(en: "part '\(path)' of the workbook cannot be read: \(detail)",
                    ja: "ワークブックの構成要素「\(path)」を読み取れません：\(detail)")
        case let .sheetTooLarge(sheet, limit):
            Message(en: "sheet '\(sheet)' is larger than \(limit)", ja: "シート「\(sheet)」が上限（\(limit)）を超えています")
        case let .cannotWrite(detail):
            Message(en: "the workbook could not be written: \(detail)", ja: "ワークブックを作成できませんでした：\(detail)")
        }
    }
}

/// How much a workbook may hold before the reader refuses it; the defaults are far above any questionnaire.
public struct WorkbookLimits: Sendable, Equatable {
    /// The largest file accepted, in bytes.
    public var fileBytes: Int
    /// The most ZIP entries.
    public var parts: Int
    /// The largest expanded size of one part.
    public var partBytes: Int
    /// The largest expanded size of all parts together.
    public var totalBytes: Int
    /// The most rows in one sheet.
    public var rows: Int
    /// The most columns in one sheet.
    public var columns: Int

    /// Limits from their parts.
    public init(fileBytes: Int, parts: Int, partBytes: Int, totalBytes: Int, rows: Int, columns: Int) {
        self.fileBytes = fileBytes
        self.parts = parts
        self.partBytes = partBytes
        self.totalBytes = totalBytes
        self.rows = rows
        self.columns = columns
    }

    /// 10 MB files, 200 parts, 16 MB per part and 32 MB in all, 10,000 rows, 128 columns. The offline workbook of
    /// the real questionnaire is 23 KB; the sizes and the grid bound the reader's memory (parts are streamed, the grid is not).
    public static let standard = WorkbookLimits(fileBytes: 10 << 20, parts: 200, partBytes: 16 << 20, totalBytes: 32 << 20,
                                                rows: 10_000, columns: 128)
}
