import SurveyCore

extension XLSFormBuilder {
    /// An open `begin group` / `begin repeat` / `begin loop` while the survey sheet is read.
    private struct Frame {
        enum Kind { case section, group, `repeat`, skipped }
        var kind: Kind
        var item: DraftSurvey.Item
        var section: DraftSurvey.Section?
    }

    /// Top-level parts in order: sections from top-level groups, and items outside any group.
    private enum TopLevel {
        case section(DraftSection)
        case item(DraftSurvey.Item)
    }

    private typealias DraftSection = DraftSurvey.Section

    /// The sections of the survey sheet: top-level groups become sections; items outside any group are gathered
    /// into sections of their own titled with the survey's title.
    mutating func readSurvey(title: DraftSurvey.Text) -> [DraftSurvey.Section] {
        var top: [TopLevel] = []
        var stack: [Frame] = []
        for row in survey.rows {
            guard let found = survey.value(row, "type") else {
                if survey.value(row, "name") != nil || survey.value(row, "label") != nil {
                    notes.append(ImportNote(cell: survey.cell(row, "type"), Message(
                        en: "the row has no type; it is left out", ja: "type が空欄のため、この行は取り込みません")))
                }
                continue
            }
            let (typeText, typeCell) = (found.text, found.cell)
            let type = FormType(typeText)
            if stack.last?.kind == .skipped {
                switch type {
                case .beginGroup, .beginRepeat, .beginLoop: stack.append(Frame(kind: .skipped, item: placeholder))
                case .endGroup, .endRepeat, .endLoop: stack.removeLast()
                case .item, .unsupported: break
                }
                continue
            }
            switch type {
            case .beginGroup, .beginRepeat:
                guard let id = readName(row, what: type == .beginGroup ? "group" : "repeat") else {
                    stack.append(Frame(kind: .skipped, item: placeholder))
                    continue
                }
                if type == .beginGroup, stack.isEmpty {
                    var section = DraftSection(id: id, title: texts(survey, row, "label") ?? Dictionary(uniqueKeysWithValues: languages.map { ($0, id) }),
                                               description: texts(survey, row, "hint"), relevant: survey.value(row, "relevant")?.text, items: [])
                    section.cells = itemCells(row)
                    stack.append(Frame(kind: .section, item: placeholder, section: section))
                } else {
                    let item = readItem(row, id: id, type: type == .beginGroup ? .group : .repeat, list: nil)
                    stack.append(Frame(kind: type == .beginGroup ? .group : .repeat, item: item))
                }
            case .beginLoop:
                notes.append(ImportNote(cell: typeCell, Message(en: "loops ('\(typeText)') are not supported; the loop and its questions are left out",
                                                                ja: "ループ（「\(typeText)」）には対応していません。ループとその中の設問は取り込みません")))
                stack.append(Frame(kind: .skipped, item: placeholder))
            case .endGroup, .endRepeat, .endLoop:
                let expected: Frame.Kind? = type == .endRepeat ? .repeat : type == .endGroup ? nil : .skipped
                guard let frame = stack.last, expected == nil ? (frame.kind == .group || frame.kind == .section) : frame.kind == expected else {
                    notes.append(ImportNote(cell: typeCell, Message(en: "'\(typeText)' has no matching begin; the row is ignored",
                                                                    ja: "「\(typeText)」に対応する begin がありません。この行は無視します"), severity: .warning))
                    continue
                }
                stack.removeLast()
                close(frame, stack: &stack, top: &top)
            case let .item(itemType, list, orOther):
                guard let id = readName(row, what: "question") else { continue }
                if orOther {
                    notes.append(ImportNote(cell: typeCell, Message(
                        en: "'or specify other' is not supported; the question is kept without its 'other' text box",
                        ja: "「その他（具体的に）」の指定には対応していません。設問は「その他」の記入欄なしで取り込みます")))
                }
                let item = readItem(row, id: id, type: itemType, list: list)
                if itemType == .note, item.text == nil {
                    notes.append(ImportNote(cell: survey.cell(row, "label"), Message(
                        en: "note '\(id)' has no label (media-only notes are not supported); it is left out",
                        ja: "注記「\(id)」にラベルがありません（画像等のみの注記には対応していません）。取り込みません")))
                    continue
                }
                append(item, stack: &stack, top: &top)
            case let .unsupported(message):
                notes.append(ImportNote(cell: typeCell, message))
            }
        }
        while let frame = stack.popLast() {
            notes.append(ImportNote(cell: survey.sheet, Message(en: "a group or repeat is never closed; it is closed at the end of the sheet",
                                                                ja: "グループまたは繰り返しが閉じられていません。シートの末尾で閉じました"), severity: .warning))
            close(frame, stack: &stack, top: &top)
        }
        return sections(top, title: title)
    }

    private var placeholder: DraftSurvey.Item { DraftSurvey.Item(id: "", type: .group) }

    private func close(_ frame: Frame, stack: inout [Frame], top: inout [TopLevel]) {
        switch frame.kind {
        case .section: if let section = frame.section { top.append(.section(section)) }
        case .group, .repeat: append(frame.item, stack: &stack, top: &top)
        case .skipped: break
        }
    }

    private func append(_ item: DraftSurvey.Item, stack: inout [Frame], top: inout [TopLevel]) {
        guard let last = stack.indices.last else {
            top.append(.item(item))
            return
        }
        if stack[last].kind == .section { stack[last].section?.items.append(item) } else { stack[last].item.items.append(item) }
    }

    /// Runs of top-level items become sections named `main` (one run) or `part_1`, `part_2`, ….
    private mutating func sections(_ top: [TopLevel], title: DraftSurvey.Text) -> [DraftSurvey.Section] {
        var runs = 0
        var previousWasItem = false
        for entry in top {
            if case .item = entry, !previousWasItem { runs += 1 }
            if case .item = entry { previousWasItem = true } else { previousWasItem = false }
        }
        var sections: [DraftSurvey.Section] = []
        var run = 0
        var inRun = false
        for entry in top {
            switch entry {
            case let .section(section):
                sections.append(section)
                inRun = false
            case let .item(item):
                if inRun, let last = sections.indices.last {
                    sections[last].items.append(item)
                    continue
                }
                run += 1
                inRun = true
                var id = runs == 1 ? "main" : "part_\(run)"
                while usedNames.contains(id) { id += "_" }
                sections.append(DraftSection(id: id, title: title, description: nil, relevant: nil, items: [item]))
            }
        }
        return sections
    }

    /// The row's `name` when it is a usable chosa id; otherwise noted, and nil.
    private mutating func readName(_ row: XLSFormTable.Row, what: String) -> String? {
        guard let found = survey.value(row, "name") else {
            notes.append(ImportNote(cell: survey.cell(row, "name"), Message(en: "the \(what) has no name; it is left out",
                                                                            ja: "name が空欄のため、取り込みません")))
            return nil
        }
        let (name, cell) = (found.text, found.cell)
        guard IDPattern.itemID.matches(name) else {
            notes.append(ImportNote(cell: cell, Message(en: "name '\(name)' \(IDPattern.itemID.rule.en); the \(what) is left out",
                                                        ja: "name「\(name)」\(IDPattern.itemID.rule.ja)。取り込みません")))
            return nil
        }
        usedNames.insert(name)
        return name
    }
}
