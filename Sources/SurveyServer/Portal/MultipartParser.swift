import Foundation
import SurveyCore

/// The portal's section forms as `multipart/form-data`: `Multipart` reads the parts, this makes them a posted form.
enum MultipartParser {
    static func boundary(_ contentType: String) -> String? {
        Multipart.boundary(contentType)
    }

    static func parse(_ data: Data, boundary: String) throws(PortalError) -> PostedForm {
        guard let parts = Multipart.parse(data, boundary: boundary, maximumParts: PostedForm.maximumParts) else {
            throw PortalError.badRequest(Message(en: "The form could not be read.", ja: "フォームを読み取れませんでした。"))
        }
        var form = PostedForm()
        for part in parts {
            if let fileName = part.fileName {
                // A slice shares the (mapped) body's storage instead of copying the file.
                if !fileName.isEmpty || !part.body.isEmpty {
                    form.files.append(PostedForm.File(field: part.name, fileName: fileName, data: part.body))
                }
            } else {
                form.fields[part.name, default: []].append(String(decoding: part.body, as: UTF8.self))
            }
        }
        return form
    }
}
