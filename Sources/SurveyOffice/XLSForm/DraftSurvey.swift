import SurveyCore

/// A survey being assembled from an XLSForm, before it is written as YAML and checked by `SurveyLoader`.
/// Every part remembers the cell it came from, so problems the loader finds can be reported by cell.
struct DraftSurvey {
    /// Text by language code.
    typealias Text = [String: String]

    struct Choice {
        var value: String
        var label: Text
        var cell: String
    }

    struct ChoiceList {
        var id: String
        var choices: [Choice]
        var cell: String
    }

    struct Item {
        var id: String
        var type: ItemType
        var text: Text?
        var hint: Text?
        /// `true`, or an expression.
        var required: String?
        var relevant: String?
        var constraint: String?
        var constraintMessage: Text?
        var calculation: String?
        var choices: String?
        var minCount: Int?
        var maxCount: Int?
        var prefill: String?
        var accept: [String] = []
        var items: [Item] = []
        /// The cell each key came from; `id` is the item's own (its `name` cell).
        var cells: [String: String] = [:]
    }

    struct Section {
        var id: String
        var title: Text
        var description: Text?
        var relevant: String?
        var items: [Item]
        var cells: [String: String] = [:]
    }

    var id: String
    var version: String
    var title: Text
    var description: Text?
    var languages: [String]
    var deadline: CivilDate
    var choiceLists: [ChoiceList]
    var sections: [Section]
}

/// Where a line of the written YAML came from, so a loader problem on that line can undo the right part.
enum DraftOrigin {
    case none
    case section(Int, key: String?)
    /// An item by its path: section index, then indices through nested items.
    case item([Int], key: String?)
    case choiceList(Int)
    case choice(Int, Int)
}

extension DraftSurvey {
    /// The item at `path` (section index, then item indices).
    func item(at path: [Int]) -> Item? {
        guard let first = path.first, sections.indices.contains(first) else { return nil }
        var items = sections[first].items
        var found: Item?
        for index in path.dropFirst() {
            guard items.indices.contains(index) else { return nil }
            found = items[index]
            items = items[index].items
        }
        return found
    }

    /// Changes the item at `path` in place.
    mutating func modifyItem(at path: [Int], _ change: (inout Item?) -> Void) {
        guard let first = path.first, sections.indices.contains(first), path.count > 1 else { return }
        Self.modify(&sections[first].items, path: Array(path.dropFirst()), change)
    }

    private static func modify(_ items: inout [Item], path: [Int], _ change: (inout Item?) -> Void) {
        guard let index = path.first, items.indices.contains(index) else { return }
        if path.count == 1 {
            var item: Item? = items[index]
            change(&item)
            if let item { items[index] = item } else { items.remove(at: index) }
        } else {
            modify(&items[index].items, path: Array(path.dropFirst()), change)
        }
    }
}
