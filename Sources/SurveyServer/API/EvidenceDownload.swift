import Foundation
import Hummingbird
import NIOCore
import SurveyCore

/// Evidence files are always sent as downloads with their sniffed type, so a stored file never runs as a page.
enum EvidenceDownload {
    static func response(file: ResponseFile.EvidenceFile, data: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = file.mediaType ?? "application/octet-stream"
        // Names stored before names were cleaned are cleaned on the way out too.
        headers[.contentDisposition] = ContentDisposition.attachment(ResponseService.cleanFileName(file.name, mediaType: file.mediaType ?? ""))
        headers[.cacheControl] = "private, no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
