import Foundation
import SurveyCore
import SurveyStore

/// The surveys of the database, parsed once and re-read only when `chosa survey load` registers a newer version,
/// so requests do not re-read YAML; and the survey institutions answer.
///
/// The rule (DESIGN §5.10): of the surveys loaded (each at its newest version), the most recently loaded one whose
/// window is open today — today, in Tokyo, from its `opens` day (when set) through its deadline; when none is open,
/// the most recently loaded survey, so institutions can still read their receipts after the season.
actor SurveyProvider {
    private let store: SurveyStore
    private var cached: (newestVersion: Int64, catalog: SurveyCatalog)?

    init(store: SurveyStore) {
        self.store = store
    }

    /// Every loaded survey version.
    func catalog() throws(PortalError) -> SurveyCatalog {
        do {
            guard let newest = try store.newestSurveyVersionID() else { throw PortalError.noSurvey }
            if let cached, cached.newestVersion == newest { return cached.catalog }
            let catalog = try store.catalog()
            cached = (newest, catalog)
            return catalog
        } catch let error as PortalError {
            throw error
        } catch let error as StoreError {
            throw PortalError.storage(error)
        } catch {
            throw PortalError.noSurvey
        }
    }

    /// The survey answered on `today`, or `noSurvey`.
    func current(today: CivilDate) throws(PortalError) -> LoadedSurvey {
        guard let chosen = Self.answered(in: try catalog(), today: today) else { throw PortalError.noSurvey }
        return chosen
    }

    /// The rule above, over a catalog.
    static func answered(in catalog: SurveyCatalog, today: CivilDate) -> LoadedSurvey? {
        let surveys = catalog.latestBySurvey.values.sorted { $0.versionID > $1.versionID }
        return surveys.first { $0.survey.isOpen(on: today) } ?? surveys.first
    }
}
