/// A language chosa speaks to its users; every text a user reads exists in each.
public enum Language: String, CaseIterable, Sendable, Codable {
    case ja
    case en

    /// The language named by an environment such as `LANG=ja_JP.UTF-8`, English otherwise.
    public static func preferred(environment: [String: String]) -> Language {
        for key in ["CHOSA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ja") ? .ja : .en
        }
        return .en
    }
}
