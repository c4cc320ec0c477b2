import Foundation

/// Reads the language part of XLSForm column names (`label::Japanese (ja)`, `label:English`, `label::en`) as a code.
enum FormLanguage {
    /// Language names XLSForm authors commonly write, by lower-cased name.
    static let codesByName: [String: String] = [
        "english": "en", "英語": "en", "japanese": "ja", "日本語": "ja", "chinese": "zh", "中文": "zh", "中国語": "zh",
        "korean": "ko", "한국어": "ko", "韓国語": "ko", "french": "fr", "français": "fr", "francais": "fr", "spanish": "es",
        "español": "es", "espanol": "es", "portuguese": "pt", "português": "pt", "german": "de", "deutsch": "de",
        "italian": "it", "dutch": "nl", "russian": "ru", "arabic": "ar", "hindi": "hi", "swahili": "sw",
        "indonesian": "id", "vietnamese": "vi", "thai": "th",
    ]

    /// The code for a column's language part, or nil when it names no language chosa can write as a code.
    static func code(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // "Japanese (ja)": the code in parentheses wins; a region or script ("zh-Hans") is dropped.
        if let open = trimmed.lastIndex(of: "("), trimmed.hasSuffix(")") {
            let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            if let code = plainCode(String(inner)) { return code }
        }
        if let code = plainCode(trimmed) { return code }
        return codesByName[trimmed.lowercased()]
    }

    private static func plainCode(_ text: String) -> String? {
        let primary = text.split(separator: "-").first.map { $0.lowercased() } ?? ""
        guard (2...3).contains(primary.count), primary.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        // Three-letter words such as "eng" are codes too, but "new" or "old" would not be; accept only known ones.
        if primary.count == 3 { return ["eng": "en", "jpn": "ja", "zho": "zh", "fra": "fr", "spa": "es"][primary] }
        return primary
    }

    /// True when `text` holds kana or kanji, the hint that an unmarked single-language form is Japanese.
    static func looksJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }
}
