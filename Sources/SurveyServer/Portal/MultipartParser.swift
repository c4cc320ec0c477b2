import Foundation
import SurveyCore

/// A small `multipart/form-data` parser (RFC 7578) for the portal's section forms, which carry answers and files together.
enum MultipartParser {
    static func boundary(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return (1...70).contains(value.count) ? value : nil
            }
        }
        return nil
    }

    static func parse(_ data: Data, boundary: String) throws(PortalError) -> PostedForm {
        let malformed = PortalError.badRequest(Message(en: "The form could not be read.", ja: "フォームを読み取れませんでした。"))
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n\r\n".utf8)
        var form = PostedForm()
        guard var cursor = data.range(of: delimiter)?.upperBound else { throw malformed }
        var parts = 0
        while cursor < data.endIndex {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if data[cursor...].starts(with: Data("--".utf8)) { return form }
            guard data[cursor...].starts(with: Data("\r\n".utf8)) else { throw malformed }
            let headerStart = cursor + 2
            guard let headerEnd = data.range(of: separator, in: headerStart..<data.endIndex),
                  let next = data.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<data.endIndex) else { throw malformed }
            parts += 1
            guard parts <= PostedForm.maximumParts else { throw malformed }
            let headers = String(decoding: data[headerStart..<headerEnd.lowerBound], as: UTF8.self)
            let body = data[headerEnd.upperBound..<next.lowerBound]
            let disposition = headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") }.map(String.init) ?? ""
            if let name = parameter("name", in: disposition) {
                if let fileName = parameter("filename", in: disposition) {
                    if !fileName.isEmpty || !body.isEmpty {
                        form.files.append(PostedForm.File(field: name, fileName: fileName, data: Data(body)))
                    }
                } else {
                    form.fields[name, default: []].append(String(decoding: body, as: UTF8.self))
                }
            }
            cursor = next.upperBound
        }
        throw malformed
    }

    /// A parameter of a `Content-Disposition` header, unquoted.
    static func parameter(_ key: String, in header: String) -> String? {
        var index = header.startIndex
        while let found = header.range(of: "\(key)=", range: index..<header.endIndex) {
            let before = found.lowerBound == header.startIndex ? " " : header[header.index(before: found.lowerBound)]
            index = found.upperBound
            guard before == " " || before == ";" else { continue }
            let rest = header[found.upperBound...]
            if rest.hasPrefix("\"") {
                let value = rest.dropFirst().prefix { $0 != "\"" }
                return String(value).replacingOccurrences(of: "%22", with: "\"")
            }
            return String(rest.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
