/// What the reader keeps from `xl/workbook.xml`: the sheets in tab order and the defined names.
final class WorkbookListing {
    struct Entry {
        var name: String
        var relationship: String
        var state: String?
    }

    private(set) var sheets: [Entry] = []
    private(set) var definedNames: [DefinedName] = []
    private var currentName: (String, String)?

    func consume(_ event: XMLEvent) {
        switch event {
        case let .start("sheet", attributes):
            guard let name = attributes["name"], let id = attributes["id"] else { return }
            sheets.append(Entry(name: name, relationship: id, state: attributes["state"]))
        case let .start("definedName", attributes):
            currentName = (attributes["name"] ?? "", "")
        case let .text(text):
            if let current = currentName { currentName = (current.0, current.1 + text) }
        case .end("definedName"):
            if let current = currentName { definedNames.append(DefinedName(name: current.0, formula: current.1)) }
            currentName = nil
        case .start, .end:
            return
        }
    }
}

/// A relationships part (`*.rels`) by relationship id.
final class RelationshipTable {
    var entries: [String: WorkbookReader.Relationship] = [:]
}

/// The shared-string table, each entry's text runs joined; furigana (`rPh`) that Japanese Excel stores beside the
/// text is not part of the value.
final class SharedStringTable {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    func consume(_ event: XMLEvent) {
        switch event {
        case .start("si", _): current = ""
        case .end("si"): strings.append(current)
        case .start("rPh", _): phoneticDepth += 1
        case .end("rPh"): phoneticDepth -= 1
        case .start("t", _): inText = phoneticDepth == 0
        case .end("t"): inText = false
        case let .text(text): if inText { current += text }
        case .start, .end: return
        }
    }
}
