import Foundation
import SurveyStore

/// The survey institutions answer — the newest version loaded — parsed once and reloaded only when
/// `chosa survey load` registers a newer version, so requests do not re-read YAML.
actor SurveyProvider {
    private let store: SurveyStore
    private var cached: (id: Int64, survey: LoadedSurvey)?

    init(store: SurveyStore) {
        self.store = store
    }

    /// The newest loaded survey version, or `noSurvey`.
    func current() throws(PortalError) -> LoadedSurvey {
        do {
            guard let newest = try store.newestSurveyVersionID() else { throw PortalError.noSurvey }
            if let cached, cached.id == newest { return cached.survey }
            guard let loaded = try store.catalog().versions[newest] else { throw PortalError.noSurvey }
            cached = (newest, loaded)
            return loaded
        } catch let error as PortalError {
            throw error
        } catch let error as StoreError {
            throw PortalError.storage(error)
        } catch {
            throw PortalError.noSurvey
        }
    }
}
