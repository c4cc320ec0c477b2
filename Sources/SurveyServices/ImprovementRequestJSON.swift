public import SurveyCore
public import SurveyStore

extension ImprovementRequestRecord {
    /// The request as JSON, the one shape the API (`GET /api/v1/requests`) and `chosa requests list --format json`
    /// write; `status` is given by the caller so the CLI can say `overdue`.
    public func json(status: String? = nil) -> JSONValue {
        .object([
            "id": .number(Double(id)), "survey": .string(survey), "institution": .string(institution), "letter": .string(letterNumber),
            "measure": .string(measure), "critical": .bool(critical), "status": .string(status ?? self.status.rawValue),
            "due": .string(due.description), "note": lastNote.map(JSONValue.string) ?? .null,
            "reply": lastReply.map { reply in
                .object(["action": .string(reply.action), "planned_by": reply.plannedBy.map { .string($0.description) } ?? .null,
                         "contest": reply.contest.map(JSONValue.string) ?? .null, "evidence": .array(reply.evidence.map(JSONValue.string))])
            } ?? .null,
        ])
    }
}
