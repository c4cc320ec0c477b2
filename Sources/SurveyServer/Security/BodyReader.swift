import Foundation
import Hummingbird
import NIOCore
import SurveyCore

/// Reads request bodies with an explicit limit, answering 413 before reading when `Content-Length` is too big.
enum BodyReader {
    static func read(_ request: Request, limit: Int) async throws(PortalError) -> Data {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw PortalError.tooLarge(limit: limit)
        }
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: limit)
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw PortalError.tooLarge(limit: limit)
        } catch {
            throw PortalError.badRequest(Message(en: "The request body could not be read.", ja: "リクエスト本文を読み取れませんでした。"))
        }
    }
}
