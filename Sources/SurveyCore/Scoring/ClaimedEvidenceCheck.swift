/// DESIGN §3's evidence rule, checked when a rubric is loaded: a critical measure answered `met` without its document
/// counts as `partial`, so the questionnaire must ask for the document whenever the answers claim the measure — the
/// evidence item must be relevant and required for every set of answers under which `applies` and `met` hold.
///
/// The check is sound and deliberately simple: conditions are read as propositional formulas (`and`, `or`, `not()`,
/// `true()`, `false()`) over their other parts — comparisons, `selected()` and the like — taken as independent atoms,
/// identified by their text up to spacing. It passes only when "applies and met implies relevant and required" holds
/// for every truth assignment of the atoms, so it never passes a questionnaire that can miss the document; it may
/// warn about one that cannot (two atoms that exclude each other, such as `${x} = 'a'` and `${x} = 'b'`, are not known
/// to). The way to satisfy it is to repeat the claim: `required: true` with a `relevant` the measure's `met` implies,
/// or `required:` the measure's `met` condition itself.
enum ClaimedEvidenceCheck {
    /// At most this many distinct atoms are enumerated (2¹⁴ assignments); beyond it the check does not pass.
    static let maximumAtoms = 14

    /// True when the answers cannot claim the measure (`applies` and `met` true) without `evidence` being relevant and
    /// required. An item inside a repeat is never required as such (there may be no instance), so it never passes.
    static func isRequiredWhenClaimed(met: Expression, applies: Expression?, evidence: ItemSlot, in survey: SurveyDefinition) -> Bool {
        guard evidence.repeatSlot == nil else { return false }
        var needed: [ExpressionNode] = []
        switch evidence.item.required {
        case .optional: return false
        case .always: break
        case let .when(condition): needed.append(condition.node)
        }
        if let relevant = evidence.item.relevant { needed.append(relevant.node) }
        var parent = evidence.parent
        while let index = parent {
            if let relevant = survey.slots[index].item.relevant { needed.append(relevant.node) }
            parent = survey.slots[index].parent
        }
        if survey.sections.indices.contains(evidence.section), let relevant = survey.sections[evidence.section].relevant {
            needed.append(relevant.node)
        }
        var atoms: [ExpressionNode] = []
        let claim = Formula.all(([applies?.node, met.node].compactMap { $0 }).map { Formula($0, atoms: &atoms) })
        let need = Formula.all(needed.map { Formula($0, atoms: &atoms) })
        guard atoms.count <= maximumAtoms else { return false }
        for assignment in 0..<(1 << atoms.count) where claim.holds(assignment) && !need.holds(assignment) {
            return false
        }
        return true
    }

    /// A condition's boolean skeleton; everything else is an atom, numbered in `atoms`.
    indirect enum Formula {
        case atom(Int)
        case constant(Bool)
        case not(Formula)
        case and(Formula, Formula)
        case or(Formula, Formula)

        init(_ node: ExpressionNode, atoms: inout [ExpressionNode]) {
            if case let .binary(op, lhs, rhs) = node, op == .and || op == .or {
                let (left, right) = (Formula(lhs, atoms: &atoms), Formula(rhs, atoms: &atoms))
                self = op == .and ? .and(left, right) : .or(left, right)
            } else if case let .call(_, function?, arguments, _) = node, function == .not, arguments.count == 1 {
                self = .not(Formula(arguments[0], atoms: &atoms))
            } else if case let .call(_, function?, arguments, _) = node, function == .true || function == .false, arguments.isEmpty {
                self = .constant(function == .true)
            } else {
                let key = Self.withoutOffsets(node)
                if let index = atoms.firstIndex(of: key) {
                    self = .atom(index)
                } else {
                    atoms.append(key)
                    self = .atom(atoms.count - 1)
                }
            }
        }

        /// The conjunction of `formulas` (true when there are none).
        static func all(_ formulas: [Formula]) -> Formula {
            formulas.reduce(Formula.constant(true)) { .and($0, $1) }
        }

        /// Its truth when atom `i` has the truth of bit `i` of `assignment`.
        func holds(_ assignment: Int) -> Bool {
            switch self {
            case let .atom(index): assignment & (1 << index) != 0
            case let .constant(value): value
            case let .not(operand): !operand.holds(assignment)
            case let .and(lhs, rhs): lhs.holds(assignment) && rhs.holds(assignment)
            case let .or(lhs, rhs): lhs.holds(assignment) || rhs.holds(assignment)
            }
        }

        /// The node with every source offset set to 0, so that the same text in two expressions is the same atom.
        static func withoutOffsets(_ node: ExpressionNode) -> ExpressionNode {
            node.rewritten { node in
                switch node {
                case let .reference(reference): .reference(.init(name: reference.name, offset: 0, slot: reference.slot))
                case let .variable(name, _): .variable(name: name, offset: 0)
                case .current: .current(offset: 0)
                case let .call(name, function, arguments, _): .call(name: name, function: function, arguments: arguments, offset: 0)
                case .string, .number, .negate, .binary, .regexMatch: node
                }
            }
        }
    }
}
