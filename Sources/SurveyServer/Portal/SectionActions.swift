import SurveyCore

/// The buttons of a section form besides save: add or remove a repeat entry, remove an attached file.
enum SectionActions {
    static func apply(_ action: String, answers: inout [String: JSONValue], evidence: inout [String: [ResponseFile.EvidenceFile]],
                      evidenceChanged: inout Bool) {
        let parts = action.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return }
        switch parts[0] {
        case "add":
            var rows: [JSONValue] = if case let .array(list)? = answers[parts[1]] { list } else { [] }
            rows.append(.object([:]))
            answers[parts[1]] = .array(rows)
        case "remove" where parts.count == 3:
            guard case var .array(rows)? = answers[parts[1]], let index = Int(parts[2]), rows.indices.contains(index) else { return }
            rows.remove(at: index)
            answers[parts[1]] = rows.isEmpty ? nil : .array(rows)
        case "detach" where parts.count == 3:
            guard var files = evidence[parts[1]] else { return }
            files.removeAll { $0.sha256 == parts[2] }
            evidence[parts[1]] = files.isEmpty ? nil : files
            evidenceChanged = true
        default:
            return
        }
    }
}
