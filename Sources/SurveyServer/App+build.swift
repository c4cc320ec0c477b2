public import Hummingbird
import HummingbirdAuth
public import Logging
public import SurveyStore

/// The composition root: builds the whole application — portal, API, health check, middleware — from a
/// configuration, a store and a clock. `chosa serve` and the tests both call it; tests pass an in-memory store.
public func buildApplication(configuration: ServerConfiguration, store: SurveyStore, clock: ServerClock = .system,
                             logger: Logger = Logger(label: "chosa.server"),
                             onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
    let sessions = DatabaseSessionDriver(store: store, clock: clock, kind: "portal", idleLimit: configuration.sessionIdleLimit)
    let router = buildRouter(configuration: configuration, store: store, clock: clock, sessionDriver: sessions)
    return listener(router: router, host: configuration.host, port: configuration.port, sessions: sessions, configuration: configuration,
                    logger: logger, onListening: onListening)
}

/// One listener of `chosa serve` (the portal's or the workspace's): its router behind the connection guard, its
/// session store as a service that purges expired sessions, and the bound port reported once listening.
func listener<Context: RequestContext>(router: Router<Context>, host: String, port: Int, sessions: DatabaseSessionDriver,
                                       configuration: ServerConfiguration, logger: Logger,
                                       onListening: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol
    where Context.Source == ApplicationRequestContextSource {
    let guardLimits = ConnectionGuard.Shared(limits: configuration.connections, exempt: configuration.trustedProxies)
    return Application(
        router: router,
        server: .http1(configuration: .init(additionalChannelHandlers: [ConnectionGuard(shared: guardLimits)])),
        configuration: .init(address: .hostname(host, port: port), serverName: "chosa"),
        services: [sessions],
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
        logger: logger
    )
}

/// `GET /healthz` (200, `ok`) on a listener, for load balancers and the operator.
func addHealthCheck<Context: RequestContext>(to router: Router<Context>) {
    router.get("healthz") { _, _ -> Response in
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: .init(string: "ok\n")))
    }
}

/// The router with every route and middleware, sharing one `ResponseService` between portal and API.
func buildRouter(configuration: ServerConfiguration, store: SurveyStore, clock: ServerClock,
                 sessionDriver: any PersistDriver) -> Router<PortalRequestContext> {
    let service = ResponseService(store: store, clock: clock)
    let gate = InvitationGate(store: store, clock: clock,
                              throttle: AuthThrottle(limit: configuration.failureLimit, window: configuration.failureWindow, clock: clock))
    let router = Router(context: PortalRequestContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(strictTransportSecurity: configuration.secureCookies))
    addHealthCheck(to: router)
    StaticController().addRoutes(to: router.group("static"))
    let api = router.group("api/v1").add(middleware: BearerAuthMiddleware(gate: gate, trustedProxies: configuration.trustedProxies))
    APIController(service: service, configuration: configuration).addRoutes(to: api)
    let sessionStorage = SessionStorage<PortalSession>(sessionDriver, configuration: .init(sessionCookieParameters: .init(
        name: configuration.secureCookies ? "__Host-chosa_session" : "chosa_session", path: "/",
        secure: configuration.secureCookies, sameSite: .lax)))
    let browser = router.group().add(middleware: SessionMiddleware(sessionStorage: sessionStorage,
                                                                   defaultSessionExpiration: configuration.sessionLifetime))
    let pages = PortalPages(service: service, configuration: configuration)
    LoginController(pages: pages, gate: gate, sessionStorage: sessionStorage, configuration: configuration,
                    formTokens: LoginFormToken()).addRoutes(to: browser)
    let portal = browser.group("portal").add(middleware: SessionAuthMiddleware(gate: gate))
    SectionController(pages: pages).addRoutes(to: portal)
    SubmissionController(pages: pages).addRoutes(to: portal)
    RequestsController(pages: pages).addRoutes(to: portal)
    WorkbookController(service: service, configuration: configuration).addRoutes(api: api, portal: portal)
    return router
}
