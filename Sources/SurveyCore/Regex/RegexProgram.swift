/// One step of a compiled pattern, kept to twelve bytes so the program stays cache-friendly.
struct RegexInstruction: Sendable, Hashable {
    /// What the instruction does; `x` and `y` mean different things per operation.
    enum Operation: UInt8, Sendable, Hashable {
        /// Consume the scalar whose value is `x`.
        case scalar
        /// Consume a scalar in `sets[x]`.
        case set
        /// Continue at both `x` and `y`.
        case split
        /// Continue at `x`.
        case jump
        /// Continue at the next instruction if assertion `x` holds here.
        case assert
        /// A match has been found.
        case match
    }

    /// The operation.
    var operation: Operation
    /// First operand.
    var x: Int32
    /// Second operand.
    var y: Int32
}

/// A pattern compiled to instructions for the ``PikeVM``.
struct RegexProgram: Sendable, Hashable {
    /// Most instructions a program may have; counted repetition copies its operand, so it is what this limits.
    static let maximumInstructions = 10_000

    /// The instructions; execution starts at index 0.
    private(set) var instructions: [RegexInstruction] = []
    /// Character classes referred to by `.set` instructions.
    private(set) var sets: [ScalarSet] = []
    /// Whether every match begins at the start of the text, which lets a search give up early.
    private(set) var isAnchoredAtStart = false

    /// Compiles `node`, refusing it as `tooComplex` if the program would exceed ``maximumInstructions``.
    init(_ node: RegexNode) throws(RegexSyntaxError) {
        // Sized before emitting, so that `(a{1000}){1000}` is refused without building a million instructions.
        let size = try Self.size(of: node) + 1
        instructions.reserveCapacity(size)
        emit(node)
        append(.match)
        isAnchoredAtStart = node.isAnchoredAtStart
    }

    /// The number of instructions `node` compiles to, throwing at the first repetition that takes it past the limit.
    private static func size(of node: RegexNode) throws(RegexSyntaxError) -> Int {
        let limit = maximumInstructions - 1  // Room for the final match instruction.
        switch node {
        case .empty:
            return 0
        case .literal, .set, .assertion:
            return 1
        case .concatenation(let parts):
            var total = 0
            for (index, part) in parts.enumerated() {
                total += try size(of: part)
                if total > limit { throw repetitionError(in: parts[...index]) }
            }
            return total
        case .alternation(let alternatives):
            var total = 2 * (alternatives.count - 1)
            for (index, alternative) in alternatives.enumerated() {
                total += try size(of: alternative)
                if total > limit { throw repetitionError(in: alternatives[...index]) }
            }
            return total
        case .repetition(let child, let min, let max, let offset):
            let one = try size(of: child)
            // Counts are at most 1,000,000 and `one` at most `limit`, so these products cannot overflow.
            let total: Int
            if let max {
                total = min * one + (max - min) * (one + 1)
            } else {
                total = min == 0 ? one + 2 : min * one + 1
            }
            if total > limit { throw RegexSyntaxError(offset: offset, reason: .tooComplex) }
            return total
        }
    }

    /// Blames a sequence that went over the limit on a quantifier, where the growth comes from:
    /// the first one in the last part that has any.
    private static func repetitionError(in parts: ArraySlice<RegexNode>) -> RegexSyntaxError {
        var pending = Array(parts)
        while let next = pending.popLast() {
            switch next {
            case .repetition(_, _, _, let offset):
                return RegexSyntaxError(offset: offset, reason: .tooComplex)
            case .concatenation(let parts), .alternation(let parts):
                pending.append(contentsOf: parts.reversed())
            case .empty, .literal, .set, .assertion:
                break
            }
        }
        return RegexSyntaxError(offset: 0, reason: .tooComplex)
    }

    private mutating func emit(_ node: RegexNode) {
        switch node {
        case .empty:
            break
        case .literal(let value):
            append(.scalar, Int32(bitPattern: value))
        case .set(let set):
            if let index = sets.firstIndex(of: set) {
                append(.set, Int32(index))
            } else {
                sets.append(set)
                append(.set, Int32(sets.count - 1))
            }
        case .assertion(let assertion):
            append(.assert, Int32(assertion.rawValue))
        case .concatenation(let parts):
            for part in parts { emit(part) }
        case .alternation(let alternatives):
            // split(L1, next); L1: first; jump end; next: split(L2, …) … last; end:
            var jumps: [Int] = []
            for (index, alternative) in alternatives.enumerated() {
                if index < alternatives.count - 1 {
                    let split = append(.split)
                    instructions[split].x = Int32(instructions.count)
                    emit(alternative)
                    jumps.append(append(.jump))
                    instructions[split].y = Int32(instructions.count)
                } else {
                    emit(alternative)
                }
            }
            for jump in jumps { instructions[jump].x = Int32(instructions.count) }
        case .repetition(let child, let min, let max, _):
            emitRepetition(child, min: min, max: max)
        }
    }

    private mutating func emitRepetition(_ child: RegexNode, min: Int, max: Int?) {
        guard let max else {
            if min == 0 {
                // loop: split(body, end); body; jump loop; end:
                let loop = append(.split)
                instructions[loop].x = Int32(instructions.count)
                emit(child)
                append(.jump, Int32(loop))
                instructions[loop].y = Int32(instructions.count)
            } else {
                for _ in 0..<(min - 1) { emit(child) }
                // body; split(body, end): the last required copy doubles as the loop.
                let body = instructions.count
                emit(child)
                append(.split, Int32(body), Int32(instructions.count + 1))
            }
            return
        }
        for _ in 0..<min { emit(child) }
        // Optional copies one after another (x?x?x?) accept the same strings as nested ones, and are simpler.
        for _ in min..<max {
            let split = append(.split)
            instructions[split].x = Int32(instructions.count)
            emit(child)
            instructions[split].y = Int32(instructions.count)
        }
    }

    @discardableResult
    private mutating func append(_ operation: RegexInstruction.Operation, _ x: Int32 = 0, _ y: Int32 = 0) -> Int {
        instructions.append(RegexInstruction(operation: operation, x: x, y: y))
        return instructions.count - 1
    }
}
