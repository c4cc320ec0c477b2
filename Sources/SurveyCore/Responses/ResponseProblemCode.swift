/// What kind of problem a `ResponseProblem` is: a stable code for machines (its raw value, e.g. `wrong-type`) and,
/// in one place, whether it stops a draft from being saved. Wrong shapes (a value of the wrong type, an unknown
/// item, a choice not offered) block a save, because they cannot be stored as answers; unmet requirements and
/// constraints do not, so work in progress is never lost. Every problem blocks a submission.
public enum ResponseProblemCode: String, Sendable, Codable, CaseIterable {
    // The response file's envelope.
    case unknownKey = "unknown-key"
    case duplicateKey = "duplicate-key"
    case missingField = "missing-field"
    case invalidID = "invalid-id"
    case invalidUUID = "invalid-uuid"
    case invalidTime = "invalid-time"
    case invalidSHA256 = "invalid-sha256"
    case invalidName = "invalid-name"
    case invalidLevel = "invalid-level"
    case unknownMeasure = "unknown-measure"
    case wrongSurvey = "wrong-survey"
    // The shape of answers and files.
    case wrongType = "wrong-type"
    case unknownItem = "unknown-item"
    case misplacedAnswer = "misplaced-answer"
    case calculatedAnswer = "calculated-answer"
    case noAnswerExpected = "no-answer-expected"
    case notAChoice = "not-a-choice"
    case duplicateChoice = "duplicate-choice"
    case notAnInteger = "not-an-integer"
    case notANumber = "not-a-number"
    case invalidDate = "invalid-date"
    case tooLong = "too-long"
    case controlCharacter = "control-character"
    case tooManyInstances = "too-many-instances"
    case mediaTypeNotAccepted = "media-type-not-accepted"
    case unknownFile = "unknown-file"
    // An uploaded answer workbook (Excel).
    case invalidCell = "invalid-cell"
    case wrongInstitution = "wrong-institution"
    // The rules of the questionnaire.
    case required
    case constraint
    case tooFewInstances = "too-few-instances"
    case notRelevant = "not-relevant"
    case evaluationFailed = "evaluation-failed"
    case attestationRequired = "attestation-required"
    // A request the portal refused as a whole (a file too large or of a type not accepted).
    case requestRefused = "request-refused"

    /// Whether the problem stops a draft save (it always stops a submission).
    public var blocksDraftSave: Bool {
        switch self {
        case .unknownKey, .duplicateKey, .missingField, .invalidID, .invalidUUID, .invalidTime, .invalidSHA256, .invalidName, .invalidLevel, .unknownMeasure, .wrongSurvey,
             .wrongType, .unknownItem, .misplacedAnswer, .calculatedAnswer, .noAnswerExpected, .notAChoice, .duplicateChoice,
             .notAnInteger, .invalidDate, .tooLong, .controlCharacter, .tooManyInstances, .mediaTypeNotAccepted, .unknownFile,
             .invalidCell, .wrongInstitution:
            true
        case .notANumber, .required, .constraint, .tooFewInstances, .notRelevant, .evaluationFailed, .attestationRequired, .requestRefused:
            false
        }
    }
}
