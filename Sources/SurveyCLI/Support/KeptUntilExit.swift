/// Values a command hands to the operating system at exit instead of releasing them object by object. A one-shot
/// command that built a large structure (the report of 100,000 institutions: millions of cards, answers and table
/// cells) spent most of a second freeing it after its work was done; the process's memory is returned in one step
/// when it exits anyway. Use only for values built once per process run, never in a loop or a server.
enum KeptUntilExit {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until the process exits (an intentional, bounded leak of one box).
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
