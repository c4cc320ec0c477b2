/// Runs a ``RegexProgram`` over a text by advancing every thread in lockstep, one scalar at a time.
///
/// Each instruction is visited at most once per text position, so a run costs O(instructions × scalars)
/// whatever the pattern; there is no backtracking and no recursion. Captures are not needed, so the
/// threads carry no state and thread priority does not matter: this is Thompson's NFA simulation in
/// the shape of Pike's VM.
struct PikeVM {
    /// The program to run.
    let program: RegexProgram

    /// Whether `text` contains a match (`wholeText` false, Java's `find()`) or is one (`wholeText` true, Java's `matches()`).
    func run(_ text: String, wholeText: Bool) -> Bool {
        let count = program.instructions.count
        // marks, the current thread list, and a work stack that also carries the next position's seeds:
        // seeds (≤ count) plus at most two pushes per visited instruction (≤ 2 × count) plus the start.
        let capacity = 5 * count + 2
        // Temporary allocation lives on the stack for ordinary programs, so a match allocates nothing on the heap.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { buffer in
            guard let base = buffer.baseAddress else { return false }
            let marks = base
            let threads = base + count
            let stack = base + 2 * count
            marks.initialize(repeating: -1, count: count)
            return program.instructions.withUnsafeBufferPointer { instructions in
                program.sets.withUnsafeBufferPointer { sets in
                    simulate(
                        text, wholeText: wholeText, instructions: instructions, sets: sets,
                        marks: marks, threads: threads, stack: stack)
                }
            }
        }
    }

    private func simulate(
        _ text: String, wholeText: Bool,
        instructions: UnsafeBufferPointer<RegexInstruction>, sets: UnsafeBufferPointer<ScalarSet>,
        marks: UnsafeMutablePointer<Int>, threads: UnsafeMutablePointer<Int>, stack: UnsafeMutablePointer<Int>
    ) -> Bool {
        let seedsEveryPosition = !wholeText && !program.isAnchoredAtStart
        // A window of the text around `position`: `$` needs to see up to two scalars past the current one.
        var iterator = text.unicodeScalars.makeIterator()
        var previous: UInt32?
        var current = iterator.next()?.value
        var next = iterator.next()?.value
        var afterNext = iterator.next()?.value
        var position = 0
        var stackCount = 0

        while true {
            // Follow jumps, splits and assertions from the seeds, collecting the threads that consume a scalar.
            if position == 0 || seedsEveryPosition {
                stack[stackCount] = 0
                stackCount += 1
            }
            var threadCount = 0
            while stackCount > 0 {
                stackCount -= 1
                let pc = stack[stackCount]
                if marks[pc] == position { continue }
                marks[pc] = position
                let instruction = instructions[pc]
                switch instruction.operation {
                case .scalar, .set:
                    threads[threadCount] = pc
                    threadCount += 1
                case .match:
                    if !wholeText || current == nil { return true }
                case .jump:
                    stack[stackCount] = Int(instruction.x)
                    stackCount += 1
                case .split:
                    stack[stackCount] = Int(instruction.y)
                    stack[stackCount + 1] = Int(instruction.x)
                    stackCount += 2
                case .assert:
                    let holds = Self.holds(
                        instruction.x, position: position,
                        previous: previous, current: current, next: next, afterNext: afterNext)
                    if holds {
                        stack[stackCount] = pc + 1
                        stackCount += 1
                    }
                }
            }
            guard let scalar = current else { return false }
            if threadCount == 0 && !seedsEveryPosition { return false }

            // Advance the threads whose instruction accepts this scalar; they seed the next position.
            for index in 0..<threadCount {
                let pc = threads[index]
                let instruction = instructions[pc]
                let accepts =
                    instruction.operation == .scalar
                    ? UInt32(bitPattern: instruction.x) == scalar
                    : sets[Int(instruction.x)].contains(scalar)
                if accepts {
                    stack[stackCount] = pc + 1
                    stackCount += 1
                }
            }
            position += 1
            previous = scalar
            current = next
            next = afterNext
            afterNext = iterator.next()?.value
        }
    }

    /// Whether assertion `raw` holds between `previous` and `current`.
    @inline(__always)
    private static func holds(
        _ raw: Int32, position: Int,
        previous: UInt32?, current: UInt32?, next: UInt32?, afterNext: UInt32?
    ) -> Bool {
        guard let assertion = RegexAssertion(rawValue: UInt8(truncatingIfNeeded: raw)) else { return false }
        switch assertion {
        case .textStart:
            return position == 0
        case .textEnd:
            return current == nil
        case .textEndOrFinalTerminator:
            // Java's `$` without MULTILINE: at the end, before a final line terminator, or before a final "\r\n"
            // (but never between its \r and \n).
            guard let current else { return true }
            guard let next else {
                if current == 0x0A { return previous != 0x0D }
                return ScalarSet.lineTerminator.contains(current)
            }
            return afterNext == nil && current == 0x0D && next == 0x0A
        case .wordBoundary, .notWordBoundary:
            let before = previous.map(ScalarSet.word.contains) ?? false
            let after = current.map(ScalarSet.word.contains) ?? false
            return (before != after) == (assertion == .wordBoundary)
        }
    }
}
