public import Hummingbird
import HummingbirdAuth
public import Logging
public import SurveyStore

/// The analyst workspace (DESIGN §5.8) as its own application on its own listener: its own router, request
/// context, session kind (`analyst`) and cookie, so no portal route, token or session opens anything here.
public func buildWorkspaceApplication(configuration: ServerConfiguration, store: SurveyStore, clock: ServerClock = .system,
                                      logger: Logger = Logger(label: "chosa.workspace"),
                                      onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
    let sessions = DatabaseSessionDriver(store: store, clock: clock, kind: SurveyStore.analystSessionKind, idleLimit: configuration.analystIdleLimit)
    let router = buildWorkspaceRouter(configuration: configuration, store: store, clock: clock, sessionDriver: sessions)
    return listener(router: router, host: configuration.analystHost, port: configuration.analystPort, sessions: sessions,
                    configuration: configuration, logger: logger, onListening: onListening)
}

/// Every workspace route and middleware.
func buildWorkspaceRouter(configuration: ServerConfiguration, store: SurveyStore, clock: ServerClock,
                          sessionDriver: any PersistDriver) -> Router<WorkspaceRequestContext> {
    let pages = WorkspacePages(store: store, surveys: SurveyProvider(store: store), clock: clock, configuration: configuration)
    let gate = AnalystGate(store: store, clock: clock, limit: configuration.analystFailureLimit, window: configuration.analystFailureWindow)
    let router = Router(context: WorkspaceRequestContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(strictTransportSecurity: configuration.secureCookies))
    addHealthCheck(to: router)
    router.get("static/workspace.css") { _, _ in StaticController.file(WorkspaceTemplates.stylesheet, type: "text/css; charset=utf-8") }
    let sessionStorage = SessionStorage<AnalystSession>(sessionDriver, configuration: .init(sessionCookieParameters: .init(
        name: configuration.secureCookies ? "__Host-chosa_analyst" : "chosa_analyst", path: "/",
        secure: configuration.secureCookies, sameSite: .strict)))
    let browser = router.group()
        .add(middleware: WorkspaceErrorMiddleware(pages: pages))
        .add(middleware: SessionMiddleware(sessionStorage: sessionStorage, defaultSessionExpiration: configuration.analystSessionLifetime))
    WorkspaceLoginController(pages: pages, gate: gate, sessionStorage: sessionStorage, formTokens: LoginFormToken()).addRoutes(to: browser)
    let signedIn = browser.group()
        .add(middleware: AnalystAuthMiddleware(gate: gate))
        .add(middleware: WorkspaceErrorMiddleware(pages: pages))
    SeasonController(pages: pages).addRoutes(to: signedIn)
    InstitutionController(pages: pages).addRoutes(to: signedIn)
    LetterController(pages: pages).addRoutes(to: signedIn)
    RecordsController(pages: pages).addRoutes(to: signedIn)
    AccountsController(pages: pages).addRoutes(to: signedIn)
    return router
}
