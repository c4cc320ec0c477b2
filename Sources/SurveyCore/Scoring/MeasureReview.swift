/// What analysts recorded about one measure for one institution: a verified evidence level, and an override of the
/// status or level with a reason. Both stay visible beside what the rules computed.
public struct MeasureReview: Sendable, Equatable, Codable {
    /// The evidence level an analyst verified (E2 records reviewed, E3 checked against independent data).
    public var verifiedLevel: EvidenceLevel?
    /// What the analyst checked.
    public var verificationNote: String?
    /// A status the analyst set in place of the computed one.
    public var overrideStatus: MeasureStatus?
    /// An evidence level the analyst set in place of the computed one.
    public var overrideEvidence: EvidenceLevel?
    /// Why the analyst overrode.
    public var overrideReason: String?

    /// A review from its parts.
    public init(verifiedLevel: EvidenceLevel? = nil, verificationNote: String? = nil, overrideStatus: MeasureStatus? = nil,
                overrideEvidence: EvidenceLevel? = nil, overrideReason: String? = nil) {
        self.verifiedLevel = verifiedLevel
        self.verificationNote = verificationNote
        self.overrideStatus = overrideStatus
        self.overrideEvidence = overrideEvidence
        self.overrideReason = overrideReason
    }

    /// Reviews from a response file's `verification` entries.
    public static func fromFile(_ verification: [String: ResponseFile.Verification]) -> [String: MeasureReview] {
        verification.mapValues { MeasureReview(verifiedLevel: $0.level, verificationNote: $0.note) }
    }
}
