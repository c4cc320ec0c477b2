import Yams

extension SurveyWalker {
    static let itemKeys = ["id", "type", "text", "hint", "required", "relevant", "constraint", "constraint_message",
                           "calculation", "choices", "min", "max", "accept", "items", "prefill"]

    /// One item and, for containers, its children; nil (reported) when it cannot be read.
    mutating func readItem(_ node: Node, repeatSlot: Int?, depth: Int) -> Item? {
        guard let fields = reader.fields(node, Message(en: "an item", ja: "項目"), allowed: Self.itemKeys, required: ["id", "type"]),
              let idNode = fields["id"], let typeNode = fields["type"],
              let id = readID(idNode, Message(en: "item id", ja: "項目ID"), pattern: .itemID) else { return nil }
        let what = Message(en: "item '\(id)'", ja: "項目「\(id)」")
        let position = reader.position(node) ?? SourcePosition(file: reader.file, line: 1, column: 1)
        if let first = seenIDs[id] {
            reader.report(idNode, "duplicate-id", en: "item id '\(id)' is already used at \(first)",
                          ja: "項目ID「\(id)」は \(first) で既に使われています")
        } else {
            seenIDs[id] = position
        }
        guard let typeName = reader.string(typeNode, Message(en: "the type of \(what.en)", ja: "\(what.ja)の type")) else { return nil }
        guard let type = ItemType(rawValue: typeName) else {
            // Still check the texts, so fixing the type does not reveal a second round of problems.
            for key in ["text", "hint"] {
                if let textNode = fields[key] {
                    _ = reader.localized(textNode, Message(en: "the \(key) of \(what.en)", ja: "\(what.ja)の \(key)"), languages: languages)
                }
            }
            let names = ItemType.allCases.map(\.rawValue)
            let hint = Suggestion.closest(to: typeName, in: names)
            reader.report(typeNode, "unknown-item-type",
                          en: "unknown item type '\(typeName)'" + (hint.map { "; did you mean '\($0)'?" } ?? "; use one of \(names.joined(separator: ", "))"),
                          ja: "不明な項目タイプ「\(typeName)」です" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? "。使えるタイプ：\(names.joined(separator: ", "))"))
            return nil
        }
        var item = Item(id: id, type: type, position: position)
        let applicable = Set(["id", "type", "text", "hint", "relevant"] + ItemCodec.of(type).extraKeys)
        if case let .mapping(mapping) = node {
            for (keyNode, _) in mapping {
                guard let key = keyNode.string, Self.itemKeys.contains(key), !applicable.contains(key) else { continue }
                reader.report(keyNode, "inapplicable-key", en: "'\(key)' does not apply to \(type.article) \(type.rawValue) item",
                              ja: "「\(key)」は \(type.rawValue) 型の項目には使えません")
            }
        }
        let slot = symbols[id]?.slot
        let insideContext = ExpressionBinder.Context(repeatSlot: repeatSlot)
        if let node = fields["text"] {
            item.text = reader.localized(node, Message(en: "the text of \(what.en)", ja: "\(what.ja)の text"), languages: languages)
        } else if type != .calculate {
            reader.report(node, "missing-key", en: "\(what.en) needs 'text'", ja: "\(what.ja)に「text」がありません")
        }
        if let node = fields["hint"] {
            item.hint = reader.localized(node, Message(en: "the hint of \(what.en)", ja: "\(what.ja)の hint"), languages: languages)
        }
        if let node = fields["relevant"] {
            item.relevant = expression(node, Message(en: "relevant of \(what.en)", ja: "\(what.ja)の relevant"), context: insideContext)
        }
        if applicable.contains("required"), let node = fields["required"] {
            item.required = readRequirement(node, what, context: insideContext)
        }
        if applicable.contains("constraint"), let node = fields["constraint"] {
            var context = insideContext
            context.allowsCurrent = true
            item.constraint = expression(node, Message(en: "constraint of \(what.en)", ja: "\(what.ja)の constraint"), context: context)
        }
        if applicable.contains("constraint_message"), let node = fields["constraint_message"] {
            item.constraintMessage = reader.localized(node, Message(en: "the constraint_message of \(what.en)", ja: "\(what.ja)の constraint_message"),
                                                      languages: languages)
            if fields["constraint"] == nil {
                reader.report(node, "orphan-constraint-message", en: "\(what.en) has a constraint_message but no constraint",
                              ja: "\(what.ja)に constraint がないのに constraint_message があります", severity: .warning)
            }
        }
        readTypeSpecific(&item, fields, what: what, node: node, repeatSlot: repeatSlot, slot: slot, depth: depth)
        return item
    }

    private mutating func readTypeSpecific(_ item: inout Item, _ fields: [String: Node], what: Message, node: Node,
                                           repeatSlot: Int?, slot: Int?, depth: Int) {
        switch item.type {
        case .selectOne, .selectMultiple:
            guard let choicesNode = fields["choices"] else {
                reader.report(node, "missing-key", en: "\(what.en) needs 'choices' naming a choice list",
                              ja: "\(what.ja)に選択肢リストを指定する「choices」がありません")
                return
            }
            guard let listID = reader.string(choicesNode, Message(en: "choices of \(what.en)", ja: "\(what.ja)の choices")) else { return }
            usedChoiceLists.insert(listID)
            if !choiceListIDs.contains(listID) {
                let hint = Suggestion.closest(to: listID, in: choiceListIDs)
                reader.report(choicesNode, "unknown-choice-list",
                              en: "unknown choice list '\(listID)'" + (hint.map { "; did you mean '\($0)'?" } ?? ""),
                              ja: "不明な選択肢リスト「\(listID)」です" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? ""))
            }
            item.choices = listID
            if let prefillNode = fields["prefill"], item.type == .selectOne,
               let name = reader.string(prefillNode, Message(en: "prefill of \(what.en)", ja: "\(what.ja)の prefill")) {
                if let prefill = Prefill(rawValue: name) {
                    item.prefill = prefill
                } else {
                    let names = Prefill.allCases.map(\.rawValue)
                    reader.report(prefillNode, "unknown-prefill", en: "unknown prefill '\(name)'; use one of \(names.joined(separator: ", "))",
                                  ja: "不明な prefill「\(name)」です。使える値：\(names.joined(separator: ", "))")
                }
            }
        case .calculate:
            guard let calculationNode = fields["calculation"] else {
                reader.report(node, "missing-key", en: "\(what.en) needs 'calculation'", ja: "\(what.ja)に「calculation」がありません")
                return
            }
            item.calculation = expression(calculationNode, Message(en: "calculation of \(what.en)", ja: "\(what.ja)の calculation"),
                                          context: .init(repeatSlot: repeatSlot))
        case .evidence:
            if repeatSlot != nil {
                reader.report(node, "evidence-in-repeat", en: "\(what.en) is an evidence item inside a repeat; files are attached per item, not per row, so place it outside the repeat",
                              ja: "\(what.ja)は繰り返しの中の証憑項目です。ファイルは行ごとではなく項目ごとに添付するため、繰り返しの外に置いてください")
            }
            if let acceptNode = fields["accept"], let nodes = reader.sequence(acceptNode, Message(en: "accept of \(what.en)", ja: "\(what.ja)の accept")) {
                for typeNode in nodes {
                    guard let mediaType = reader.string(typeNode, Message(en: "a media type", ja: "メディアタイプ")) else { continue }
                    if !Self.isMediaType(mediaType) {
                        reader.report(typeNode, "invalid-media-type", en: "'\(mediaType)' is not a media type such as application/pdf",
                                      ja: "「\(mediaType)」は application/pdf のようなメディアタイプではありません")
                    } else {
                        item.accept.append(mediaType)
                    }
                }
            }
        case .repeat, .group:
            if item.type == .repeat, repeatSlot != nil {
                reader.report(node, "nested-repeat", en: "\(what.en) is a repeat inside a repeat; repeats cannot be nested",
                              ja: "\(what.ja)は繰り返しの中の繰り返しです。繰り返しは入れ子にできません")
            }
            if depth >= SurveyLoader.maximumItemDepth {
                reader.report(node, "too-deep", en: "\(what.en) is nested more than \(SurveyLoader.maximumItemDepth) levels deep",
                              ja: "\(what.ja)の入れ子が \(SurveyLoader.maximumItemDepth) 段を超えています")
                return
            }
            if item.type == .repeat { readRepeatCounts(&item, fields, what: what) }
            guard let itemsNode = fields["items"] else {
                reader.report(node, "missing-key", en: "\(what.en) needs 'items'", ja: "\(what.ja)に「items」がありません")
                return
            }
            guard let nodes = reader.sequence(itemsNode, Message(en: "items of \(what.en)", ja: "\(what.ja)の items")) else { return }
            if nodes.isEmpty {
                reader.report(itemsNode, "empty-container", en: "\(what.en) has no items", ja: "\(what.ja)に項目がありません")
            }
            let innerRepeat = item.type == .repeat ? slot : repeatSlot
            item.items = nodes.compactMap { readItem($0, repeatSlot: innerRepeat, depth: depth + 1) }
        default:
            break
        }
    }

    /// `type/subtype` in lower case, e.g. `application/pdf`.
    static func isMediaType(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        return parts[0].unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
            && parts[1].unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".+-".unicodeScalars.contains($0) }
    }

    private func readRepeatCounts(_ item: inout Item, _ fields: [String: Node], what: Message) {
        if let node = fields["min"] {
            item.minCount = reader.integer(node, Message(en: "min of \(what.en)", ja: "\(what.ja)の min"), in: 0...10_000)
        }
        if let node = fields["max"] {
            item.maxCount = reader.integer(node, Message(en: "max of \(what.en)", ja: "\(what.ja)の max"), in: 1...10_000)
        }
        if let low = item.minCount, let high = item.maxCount, low > high, let node = fields["min"] {
            reader.report(node, "min-above-max", en: "min (\(low)) of \(what.en) is greater than its max (\(high))",
                          ja: "\(what.ja)の min（\(low)）が max（\(high)）より大きくなっています")
        }
    }

    private func readRequirement(_ node: Node, _ what: Message, context: ExpressionBinder.Context) -> Requirement {
        if let value = reader.plainBool(node) { return value ? .always : .optional }
        guard let parsed = expression(node, Message(en: "required of \(what.en)", ja: "\(what.ja)の required"), context: context) else {
            return .optional
        }
        return .when(parsed)
    }
}
