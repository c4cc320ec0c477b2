/// The JSON shape of DESIGN §5.5, with a few extra fields that explain each measure. The shape is written in one
/// place, `CanonicalJSONWriter.write(_: ScoreCard)` (the store's hot path writes cards straight into bytes); the
/// value and `Encodable` output are that text read back, so the two can never disagree.
extension ScoreCard: Encodable {
    /// The card as §5.5 JSON.
    public var jsonValue: JSONValue {
        // The canonical writer's output is always valid JSON; `ScoreCardJSONTests` holds it to that.
        (try? JSONValue.decode(CanonicalJSON.string(self))) ?? .null
    }

    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
