import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SurveyCore
import SurveyOffice

/// Offline answering (DESIGN §5.12): `GET`/`PUT /api/v1/response.xlsx` and the portal's download link and upload form.
/// Both go through `ResponseService.answerWorkbook` / `saveWorkbook`, and so through the one draft save.
struct WorkbookController {
    let service: ResponseService
    let configuration: ServerConfiguration

    static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// Uploads larger than the workbook reader's own cap are refused before reading the body.
    var uploadLimit: Int { min(configuration.maxUploadBytes, WorkbookLimits.standard.fileBytes) }

    func addRoutes(api: RouterGroup<PortalRequestContext>, portal: RouterGroup<PortalRequestContext>) {
        api.get("response.xlsx", use: download)
        api.put("response.xlsx", use: upload)
        portal.get("response.xlsx", use: download)
        portal.post("response.xlsx", use: portalUpload)
    }

    @Sendable func download(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let language = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) ?? PortalLanguage.of(request)
        let (data, revision) = try await service.answerWorkbook(caller, language: language)
        var headers = HTTPFields()
        headers[.contentType] = Self.mediaType
        headers[.contentDisposition] = ContentDisposition.attachment("chosa-\(caller.institution)-r\(revision).xlsx")
        headers[.cacheControl] = "private, no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    @Sendable func upload(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let data = try await BodyReader.read(request, limit: uploadLimit)
        let result = try await service.saveWorkbook(caller, data: data)
        return APIJSON.response(.object([
            "revision": .number(Double(result.revision)),
            "problems": .array(result.problems.map(APIJSON.problem)),
        ]))
    }

    /// The portal's upload form: a multipart post with the CSRF token and the file in `workbook`.
    @Sendable func portalUpload(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let form = try await PostedForm.read(request, limit: uploadLimit + 64 * 1024)
        try CSRFCheck.verify(form, request: request, context: context, secure: configuration.secureCookies)
        guard let file = form.files.first(where: { $0.field == "workbook" && !$0.data.isEmpty }) else {
            throw PortalError.badRequest(Message(en: "Choose the workbook (.xlsx) to upload.", ja: "アップロードするブック（.xlsx）を選択してください。"))
        }
        do {
            _ = try await service.saveWorkbook(caller, data: file.data)
        } catch {
            let language = PortalLanguage.of(request)
            // The problems by cell are the point of the message, so they go into the page, one after another.
            let details = (error.problems.map { "\($0.path): \($0.message.text(language))" }
                + (error.changedItems.isEmpty ? [] : [error.changedItems.joined(separator: ", ")]))
            let text = ([error.message.text(language)] + details).joined(separator: language == .ja ? "／" : " / ")
            let page = ErrorPage(status: Int(error.status.code), message: text, language: language)
            var headers = HTTPFields()
            headers[.contentType] = "text/html; charset=utf-8"
            return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.html)))
        }
        return PortalPages.redirect("/portal/review")
    }
}

extension PortalError {
    /// Items others changed, for a stale-revision refusal.
    var changedItems: [String] {
        guard case let .staleRevision(_, changes) = self else { return [] }
        return Array(Set(changes.flatMap(\.items))).sorted()
    }
}
