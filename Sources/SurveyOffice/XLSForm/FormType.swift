public import SurveyCore

/// What a `type` cell of an XLSForm's survey sheet means to chosa.
enum FormType: Equatable {
    case beginGroup
    case endGroup
    case beginRepeat
    case endRepeat
    case beginLoop
    case endLoop
    /// A question or display item; `list` for selects; `orOther` for the `or_other` / `or specify other` suffix.
    case item(ItemType, list: String?, orOther: Bool)
    /// Something chosa cannot carry, with the reason in words.
    case unsupported(Message)

    /// Metadata XLSForm collects from the device rather than the respondent.
    static let metadata: Set<String> = ["start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
                                        "email", "audit", "start-geopoint", "background-audio", "background-geopoint", "imei", "uri:deviceid",
                                        "uri:email", "uri:username", "uri:phonenumber", "uri:subscriberid", "uri:simserial"]
    /// Question types with no chosa counterpart.
    static let unsupportedTypes: Set<String> = ["geopoint", "geotrace", "geoshape", "image", "audio", "video", "barcode", "time",
                                                "datetime", "range", "rank", "acknowledge", "trigger", "hidden", "xml-external",
                                                "csv-external", "osm", "phone number", "select_one_external", "background-video"]

    /// Reads a `type` cell; `raw` keeps the case of list names.
    init(_ raw: String) {
        let words = raw.split(whereSeparator: \.isWhitespace).map(String.init)
        let lowered = words.map { $0.lowercased() }
        let joined = lowered.joined(separator: " ")
        switch joined {
        case "begin group", "begin_group": self = .beginGroup; return
        case "end group", "end_group": self = .endGroup; return
        case "begin repeat", "begin_repeat": self = .beginRepeat; return
        case "end repeat", "end_repeat": self = .endRepeat; return
        case "end loop", "end_loop": self = .endLoop; return
        case "integer", "int": self = .item(.integer, list: nil, orOther: false); return
        case "decimal": self = .item(.decimal, list: nil, orOther: false); return
        case "text", "string": self = .item(.text, list: nil, orOther: false); return
        case "date": self = .item(.date, list: nil, orOther: false); return
        case "note": self = .item(.note, list: nil, orOther: false); return
        case "calculate": self = .item(.calculate, list: nil, orOther: false); return
        case "file": self = .item(.evidence, list: nil, orOther: false); return
        default: break
        }
        if joined.hasPrefix("begin loop") || joined.hasPrefix("begin_loop") {
            self = .beginLoop
            return
        }
        if let first = lowered.first, first == "select_one_from_file" || first == "select_multiple_from_file" {
            self = .unsupported(Message(en: "type '\(first)' (choices from a file) is not supported; the question is left out",
                                        ja: "タイプ「\(first)」（ファイルからの選択肢）には対応していません。この設問は取り込みません"))
            return
        }
        if let select = Self.select(words: words, lowered: lowered) {
            self = select
            return
        }
        if Self.metadata.contains(joined) {
            self = .unsupported(Message(en: "device metadata '\(joined)' is not supported; the field is left out",
                                        ja: "端末のメタデータ「\(joined)」には対応していません。この項目は取り込みません"))
        } else if Self.unsupportedTypes.contains(joined) || lowered.first.map(Self.unsupportedTypes.contains) == true {
            self = .unsupported(Message(en: "type '\(joined)' is not supported; the question is left out",
                                        ja: "タイプ「\(joined)」には対応していません。この設問は取り込みません"))
        } else {
            self = .unsupported(Message(en: "'\(raw)' is not a question type chosa knows; the row is left out",
                                        ja: "「\(raw)」は chosa が扱える設問タイプではありません。この行は取り込みません"))
        }
    }

    /// `select_one LIST`, `select_multiple LIST`, `select one from LIST`, `select all that apply from LIST`, each optionally
    /// followed by `or_other` / `or specify other`.
    private static func select(words: [String], lowered: [String]) -> FormType? {
        let rest: Range<Int>
        let type: ItemType
        if lowered.first == "select_one" || lowered.first == "select1" {
            type = .selectOne
            rest = 1..<words.count
        } else if lowered.first == "select_multiple" {
            type = .selectMultiple
            rest = 1..<words.count
        } else if lowered.starts(with: ["select", "one", "from"]) {
            type = .selectOne
            rest = 3..<words.count
        } else if lowered.starts(with: ["select", "all", "that", "apply", "from"]) {
            type = .selectMultiple
            rest = 5..<words.count
        } else if lowered.starts(with: ["select", "multiple", "from"]) {
            type = .selectMultiple
            rest = 3..<words.count
        } else {
            return nil
        }
        guard let listIndex = rest.first else {
            return .unsupported(Message(en: "\(type.rawValue) names no choice list; the question is left out",
                                        ja: "\(type.rawValue) に選択肢リストの指定がありません。この設問は取り込みません"))
        }
        let tail = lowered[(listIndex + 1)...].joined(separator: " ")
        switch tail {
        case "": return .item(type, list: words[listIndex], orOther: false)
        case "or_other", "or specify other": return .item(type, list: words[listIndex], orOther: true)
        default:
            return .unsupported(Message(en: "'\(words.joined(separator: " "))' is not a question type chosa knows; the row is left out",
                                        ja: "「\(words.joined(separator: " "))」は chosa が扱える設問タイプではありません。この行は取り込みません"))
        }
    }
}
