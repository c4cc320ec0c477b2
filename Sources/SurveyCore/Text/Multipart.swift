public import Foundation

/// A `multipart/form-data` body (RFC 7578), as the portal's section forms send answers and files together. Pure,
/// so it can be fuzzed on its own; the server turns its parts into a posted form.
public enum Multipart {
    /// One part: its field name, its file name when it is a file, and its bytes (a slice of the body).
    public struct Part: Sendable, Equatable {
        /// The `name` parameter.
        public var name: String
        /// The `filename` parameter, for file parts.
        public var fileName: String?
        /// The content.
        public var body: Data
    }

    /// The boundary parameter of a `multipart/form-data` content type (1–70 characters), or nil.
    public static func boundary(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return (1...70).contains(value.count) ? value : nil
            }
        }
        return nil
    }

    /// The parts of `data`, or nil when it is not a well-formed body with at most `maximumParts` parts. Parts
    /// without a name are skipped; bodies are slices sharing `data`'s storage.
    public static func parse(_ data: Data, boundary: String, maximumParts: Int) -> [Part]? {
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n\r\n".utf8)
        let lineEnd = Data("\r\n".utf8)
        var parts: [Part] = []
        guard var cursor = data.range(of: delimiter)?.upperBound else { return nil }
        var count = 0
        while cursor < data.endIndex {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if data[cursor...].starts(with: Data("--".utf8)) { return parts }
            guard data[cursor...].starts(with: lineEnd) else { return nil }
            let headerStart = cursor + 2
            guard let headerEnd = data.range(of: separator, in: headerStart..<data.endIndex),
                  let next = data.range(of: lineEnd + delimiter, in: headerEnd.upperBound..<data.endIndex) else { return nil }
            count += 1
            guard count <= maximumParts else { return nil }
            let headers = String(decoding: data[headerStart..<headerEnd.lowerBound], as: UTF8.self)
            let disposition = headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") }.map(String.init) ?? ""
            if let name = parameter("name", in: disposition) {
                parts.append(Part(name: name, fileName: parameter("filename", in: disposition), body: data[headerEnd.upperBound..<next.lowerBound]))
            }
            cursor = next.upperBound
        }
        return nil
    }

    /// A parameter of a `Content-Disposition` header, unquoted.
    public static func parameter(_ key: String, in header: String) -> String? {
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
