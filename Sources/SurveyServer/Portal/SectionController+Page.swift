import Foundation
import Hummingbird
import HummingbirdAuth
import Mustache
import SurveyCore
import SurveyReports
import SurveyStore

/// What a section page shows besides the survey: the answers (saved or as posted), the revision the form
/// saves over, problems, and a conflict when someone else saved first.
struct SectionPageState {
    var answers: [String: JSONValue]
    var evidence: [String: [ResponseFile.EvidenceFile]]
    var revision: Int
    var problems: [ResponseProblem]
    var saved = false
    var conflict: [DraftChange]?
    /// Which page of long repeats' entries to show.
    var rowPage = 1
    /// Last year's answers, shown beside each question in a new year's survey.
    var previous: (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]])?
}

extension SectionController {
    func sectionPage(_ request: Request, context: PortalRequestContext, caller: Caller, loaded: LoadedSurvey, index: Int, section: Section,
                     form: FormState, state: SectionPageState, status: HTTPResponse.Status) throws -> Response {
        PortalPages.html(try sectionHTML(request, csrf: context.sessions.session?.csrfToken ?? "", caller: caller, loaded: loaded,
                                         index: index, section: section, form: form, state: state), status: status)
    }

    /// The section page's HTML: the items (a page of each long repeat's entries), problems and conflict.
    func sectionHTML(_ request: Request, csrf: String, caller: Caller, loaded: LoadedSurvey, index: Int, section: Section,
                     form: FormState, state: SectionPageState) throws -> String {
        let language = PortalLanguage.of(request)
        let survey = loaded.survey
        let open = try service.isOpen(survey, for: caller)
        let institution = try service.institution(caller)
        var builder = ItemViewBuilder(survey: survey, form: form, answers: state.answers, evidence: state.evidence,
                                      problems: state.problems, language: language, readOnly: !open)
        builder.previous = state.previous
        builder.rowPage = state.rowPage
        builder.maxFileBytes = pages.configuration.maxUploadBytes
        builder.roster = [.rosterCategory: institution.category]
        let items = section.items.map { builder.build($0) }
        var page = pages.base(request, csrf: csrf, title: section.title.text(language), institutionName: pages.name(institution, language))
        page["sections"] = pages.sectionList(survey, form: form, language: language, current: section.id)
        page["open"] = open
        page["sectionID"] = section.id
        page["sectionNumber"] = index + 1
        page["sectionTitle"] = section.title.text(language)
        page["hasDescription"] = section.description != nil
        page["description"] = section.description?.text(language) ?? ""
        page["notAsked"] = section.items.contains { $0.type != .note } && !section.items.contains { form.isRelevant($0.id) }
        page["items"] = items
        page["revision"] = state.revision
        page["saved"] = state.saved
        page["savedText"] = language == .ja ? "保存しました（\(state.revision)回目の保存）。" : "Saved (save no. \(state.revision))."
        page["sectionMenuText"] = language == .ja ? "セクション一覧（\(index + 1)/\(survey.sections.count)）"
            : "Sections (\(index + 1) of \(survey.sections.count))"
        page["hasNext"] = index + 1 < survey.sections.count
        page["rowPage"] = state.rowPage
        let numbers = QuestionNumbers(survey)
        let errors = Self.inQuestionOrder(state.problems.filter { $0.severity == .error }, survey: survey)
        // The summary lists a bounded number of problems and says how many more there are.
        let links = errors.prefix(PortalError.listedProblems).map { problem -> [String: String] in
            let label = problem.itemID.map { numbers.label($0) } ?? ""
            let target = problem.path.isEmpty ? "main" : "item-\(Self.domID(problem.path))"
            return ["target": target, "text": label.isEmpty ? problem.message.text(language) : "\(label): \(problem.message.text(language))"]
        }
        page["hasErrors"] = !links.isEmpty
        page["errorLinks"] = links
        page["hasMoreErrors"] = errors.count > links.count
        page["moreErrors"] = errors.count - links.count
        if let conflict = state.conflict {
            page["conflict"] = true
            var seen: Set<String> = []
            let changed = conflict.flatMap(\.items).filter { seen.insert($0).inserted }
                .sorted { (survey.slotIndex($0) ?? .max) < (survey.slotIndex($1) ?? .max) }
            page["changes"] = changed.map { id -> String in
                let text = survey.item(id)?.text?.text(language) ?? id
                return "\(numbers.label(id)) \(text)"
            }
        }
        return PortalTemplates.library.render(page, withTemplate: "section") ?? ""
    }

    /// Problems in the order of the questions they are about (general ones first), entries in order, so the summary
    /// reads down the page; problems found by different checks were once listed Q2.8 before Q2.3.
    static func inQuestionOrder(_ problems: [ResponseProblem], survey: SurveyDefinition) -> [ResponseProblem] {
        func key(_ problem: ResponseProblem) -> (Int, Int) {
            let slot = problem.itemID.flatMap { survey.slotIndex($0) } ?? -1
            let instance = problem.path.firstIndex(of: "[").flatMap { open in
                Int(problem.path[problem.path.index(after: open)...].prefix { $0 != "]" })
            } ?? -1
            return (slot, instance)
        }
        return problems.enumerated().sorted { left, right in
            let (a, b) = (key(left.element), key(right.element))
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    /// The element id of the item a problem path names: `a[1].b` → `q-a-1-b`, `evidence.x[0]` → `q-x`.
    static func domID(_ path: String) -> String {
        var path = path
        if path.hasPrefix("evidence.") { path = String(path.dropFirst("evidence.".count).prefix { $0 != "[" }) }
        guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), open < close else { return "q-\(path)" }
        let repeatID = path[..<open]
        let instance = path[path.index(after: open)..<close]
        let rest = path[path.index(after: close)...].drop { $0 == "." }
        return rest.isEmpty ? "q-\(repeatID)" : "q-\(repeatID)-\(instance)-\(rest)"
    }
}
