import Hummingbird

/// Authenticates `/api/v1` requests by `Authorization: Bearer <invitation token>`; anything else is 401.
struct BearerAuthMiddleware: RouterMiddleware {
    typealias Context = PortalRequestContext
    let gate: InvitationGate
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let client = ClientAddress.of(request, context: context, trustedProxies: trustedProxies)
        guard let header = request.headers[.authorization], header.count > 7, header.prefix(7).lowercased() == "bearer " else {
            try await gate.throttle.check(client)
            throw PortalError.unauthorized
        }
        var context = context
        context.caller = try await gate.admit(token: String(header.dropFirst(7)), client: client)
        return try await next(request, context)
    }
}
