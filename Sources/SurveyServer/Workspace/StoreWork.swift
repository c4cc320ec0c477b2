import SurveyCore
import SurveyStore

/// The workspace's way to the store: the call runs off the cooperative pool (`BlockingWork`), and a store error
/// becomes a `PortalError` that the error middleware turns into a page.
enum StoreWork {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws(StoreError) -> T) async throws(PortalError) -> T {
        do {
            return try await BlockingWork.run(body)
        } catch {
            throw mapped(error)
        }
    }

    /// An analyst's mistake (an unknown id, a missing reason) is a 4xx with the store's message; the rest a 500.
    static func mapped(_ error: StoreError) -> PortalError {
        switch error {
        case .unknownInstitution, .noSuchRequest, .surveyNotLoaded, .unknownAnalyst:
            .notFound(error.message)
        case .unknownMeasure, .reasonRequired, .invalidExtension, .analystExists, .invalidAnalystName, .noSubmission:
            .badRequest(error.message)
        case .noDatabase, .cannotOpen, .newerSchema, .notDurable, .previousSurvey, .surveyMismatch, .storedDefinitionInvalid,
             .staleRevision, .conflictingSubmission, .fileProblem, .database:
            .storage(error)
        }
    }
}
