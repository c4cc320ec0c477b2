/// One questionnaire item as a template sees it: labels, ids that tie hints and errors to inputs, the
/// current value and, for containers, the items inside. Every string is plain text; templates escape it.
struct ItemView: Sendable {
    /// One option of a choice item.
    struct Option: Sendable {
        var value: String
        var label: String
        var optionID: String
        var checked: Bool
    }

    /// A file attached to an evidence item.
    struct File: Sendable {
        var name: String
        var sha256: String
        var sizeText: String
        var detachAction: String
    }

    /// One entry of a repeat.
    struct Row: Sendable {
        var legend: String
        var cells: [ItemView]
        var removeAction: String
    }

    var id: String
    var domID: String
    var name: String
    var number: String
    var label: String
    var hint: String
    var condition: String
    var required: Bool
    var hidden: Bool
    var readOnly: Bool
    var errors: [String]
    var describedBy: String
    var value: String = ""
    var options: [Option] = []
    var inputType: String = "text"
    var inputMode: String = ""
    var files: [File] = []
    var accept: String = ""
    var acceptText: String = ""
    /// The per-file limit, said beside the input and checked by the script before sending.
    var limitText: String = ""
    var limitSentence: String = ""
    var maxFileBytes: Int = 0
    var acceptID: String = ""
    var children: [ItemView] = []
    var rows: [Row] = []
    var rowsName: String = ""
    var rowCount: Int = 0
    var rowsFromName: String = ""
    var rowsFrom: Int = 0
    var rowsShownName: String = ""
    var rowsShown: Int = 0
    var hasPager = false
    var pagerText: String = ""
    var hasPreviousRows = false
    var hasNextRows = false
    var previousRowsPage: Int = 0
    var nextRowsPage: Int = 0
    var addAction: String = ""
    var canAdd: Bool = false

    var isNote = false
    var isCalculate = false
    var isChoice = false
    var isField = false
    var isLongText = false
    var isEvidence = false
    var isGroup = false
    var isRepeat = false

    // Flags for optional parts: a missing or empty value would make Mustache look the name up in the
    // enclosing item, so every key exists on every view and sections test these Booleans.
    var hasHint = false
    var hasCondition = false
    var hasInputMode = false
    var hasNumber = false
    var hasDescribedBy = false
    var hasFiles = false
    var hasRows = false
    /// Last year's answer in words, for a new year's survey.
    var hasPrevious = false
    /// Chosen from the roster, not yet saved by the institution.
    var isPrefilled = false
    var previousText = ""

    // Stored, not computed: templates read values through reflection, which sees stored properties only.
    var hasErrors = false
    var hintID = ""
    var conditionID = ""
    var errorID = ""
}
