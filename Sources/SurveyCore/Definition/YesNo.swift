/// The two answers of a `yes_no` item — their values in responses and their labels — in one place: the portal,
/// the paper form, skip wording, the report's tables and the Excel workbooks all show these.
public enum YesNo {
    /// `yes` then `no`, with their labels.
    public static let choices: [(value: String, label: Message)] = [
        ("yes", Message(en: "Yes", ja: "はい")), ("no", Message(en: "No", ja: "いいえ")),
    ]

    /// The label of `value` (`yes` or `no`); nil for any other text.
    public static func label(_ value: String) -> Message? {
        choices.first { $0.value == value }?.label
    }
}
