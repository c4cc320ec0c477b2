import Foundation

/// Reading and writing `Content-Disposition` file names.
enum ContentDisposition {
    /// `attachment` with an ASCII fallback name and the UTF-8 name percent-encoded (RFC 6266).
    static func attachment(_ name: String) -> String {
        let fallback = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? "file"
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }

    /// The file name in a `Content-Disposition` header, if any.
    static func fileName(_ header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            if pair[0].lowercased() == "filename*", let range = pair[1].range(of: "''") {
                return String(pair[1][range.upperBound...]).removingPercentEncoding
            }
            if pair[0].lowercased() == "filename" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }
}
