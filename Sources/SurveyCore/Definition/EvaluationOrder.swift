/// Orders slots so that every relevance condition and calculation is evaluated after the items it reads,
/// and reports cycles (a calculation that depends on itself, directly or through relevance).
enum EvaluationOrder {
    static func compute(_ slots: [ItemSlot], sections: [Section]) -> (order: [Int], diagnostics: [Diagnostic]) {
        var dependencies = [[Int]](repeating: [], count: slots.count)
        for slot in slots {
            var reads: [Int] = []
            if let parent = slot.parent {
                reads.append(parent)
            } else if let relevant = sections[slot.section].relevant {
                // A section's condition is evaluated with its top-level items, so what it reads comes first.
                reads += relevant.node.references.compactMap(\.slot)
            }
            for expression in [slot.item.relevant, slot.item.calculation].compactMap({ $0 }) {
                reads += expression.node.references.compactMap(\.slot)
            }
            dependencies[slot.index] = reads
        }
        var state = [UInt8](repeating: 0, count: slots.count)   // 0 new, 1 on the stack, 2 done
        var order: [Int] = []
        var diagnostics: [Diagnostic] = []
        for start in slots.indices where state[start] == 0 {
            // Iterative depth-first search, so a long chain of calculations cannot exhaust the stack.
            var stack: [(slot: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let deps = dependencies[top.slot]
                if top.next < deps.count {
                    stack[stack.count - 1].next += 1
                    let dep = deps[top.next]
                    if state[dep] == 0 {
                        state[dep] = 1
                        stack.append((dep, 0))
                    } else if state[dep] == 1 {
                        let cycleStart = stack.firstIndex { $0.slot == dep } ?? 0
                        let path = stack[cycleStart...].map { slots[$0.slot].item.id } + [slots[dep].item.id]
                        let item = slots[dep].item
                        let kind = item.type == .calculate ? Message(en: "calculation", ja: "計算") : Message(en: "relevance", ja: "表示条件")
                        diagnostics.append(Diagnostic(at: item.position, code: "cycle", Message(
                            en: "\(kind.en) cycle: \(path.joined(separator: " → ")); an item cannot depend on itself",
                            ja: "\(kind.ja)が循環しています：\(path.joined(separator: " → "))。項目は自分自身に依存できません")))
                    }
                } else {
                    state[top.slot] = 2
                    order.append(top.slot)
                    stack.removeLast()
                }
            }
        }
        return (order, diagnostics)
    }
}
