import DataMasque
import Foundation
import Hummingbird

extension EmulatorRoutes {
    /// The in-flight masking service under `/ifm/`: token check and ruleset plans.
    func addIFMRoutes(to router: Router<Context>) {
        router.endpoint(
            "/ifm/verify-token/",
            [
                .get: { request, _ in
                    let user = try await ifmUser(request, requiring: nil)
                    return .json(["scopes": .array(IFMScope.scopes(forRoles: user.roles).map { .string($0.rawValue) })])
                }
            ])
        router.endpoint(
            "/ifm/ruleset-plans/",
            [
                .get: { request, _ in
                    _ = try await ifmUser(request, requiring: .list)
                    let (limit, offset) = try Self.ifmPage(request)
                    let (total, items) = await state.transact { state in
                        let plans = state.plans.all
                        let page = offset < plans.count ? plans[offset..<min(plans.count, offset + limit)] : []
                        return (plans.count, page.map { JSONValue.object($0.listItem) })
                    }
                    return .json([
                        "items": .array(items), "total": .int(total), "limit": .int(limit), "offset": .int(offset),
                    ])
                },
                .post: { request, _ in
                    _ = try await ifmUser(request, requiring: .write)
                    let plan = try PlanRequest(try await request.jsonObject(), kind: .create)
                    guard let name = plan.name, let ruleset = plan.ruleset else {
                        throw IFMError.invalid(["body"], "Field required", type: "missing")
                    }
                    let stored = try await state.transact { state in
                        try state.plans.create(
                            name: name, ruleset: ruleset, options: plan.options ?? [:], now: state.clock.now)
                    }
                    return .json(stored.detail(origin: Self.origin(of: request)), status: .created)
                },
            ])
        router.endpoint(
            "/ifm/ruleset-plans/:name/",
            [
                .get: { request, context in
                    _ = try await ifmUser(request, requiring: .read)
                    let name = try context.parameters.require("name")
                    let plan = try await state.transact { try $0.plans.plan(named: name) }
                    return .json(plan.detail(origin: Self.origin(of: request)))
                },
                .put: { request, context in try await updatePlan(request, context, kind: .replace) },
                .patch: { request, context in try await updatePlan(request, context, kind: .patch) },
                .delete: { request, context in
                    _ = try await ifmUser(request, requiring: .write)
                    let name = try context.parameters.require("name")
                    try await state.transact { try $0.plans.delete(name: name) }
                    return .noContent
                },
            ])
        router.endpoint(
            "/ifm/ruleset-plans/:name/mask/",
            [.post: { request, context in try await mask(request, plan: try context.parameters.require("name")) }])
    }

    private func updatePlan(_ request: Request, _ context: Context, kind: PlanRequest.Kind) async throws -> Response {
        _ = try await ifmUser(request, requiring: .write)
        let name = try context.parameters.require("name")
        _ = try await state.transact { try $0.plans.plan(named: name) }
        let plan = try PlanRequest(try await request.jsonObject(), kind: kind)
        let stored = try await state.transact { state in
            try state.plans.update(
                name: name, ruleset: plan.ruleset, options: plan.options, mergingOptions: kind == .patch,
                now: state.clock.now)
        }
        return .json(stored.detail(origin: Self.origin(of: request)))
    }

    /// The active user whose access token `request` presents, when its scopes include `scope`.
    ///
    /// - Throws: ``IFMError/unauthorized(_:)`` for a missing, unknown or expired token;
    ///   ``IFMError/forbidden`` when the user's roles do not grant `scope`.
    func ifmUser(_ request: Request, requiring scope: IFMScope?) async throws -> EmulatorUser {
        let words = (request.headers[.authorization] ?? "").split(whereSeparator: \.isWhitespace)
        guard words.count == 2, words[0].lowercased() == "bearer" else {
            throw IFMError.unauthorized("Not authenticated")
        }
        let token = String(words[1])
        let user = try await state.transact { state throws -> EmulatorUser in
            switch state.ifmTokens.validity(ofAccess: token, now: state.clock.now) {
            case .unknown: throw IFMError.unauthorized("Could not validate credentials")
            case .expired: throw IFMError.unauthorized("Token has expired")
            case .valid(let userID):
                guard let user = try? state.users.user(id: userID), user.isActive else {
                    throw IFMError.unauthorized("Could not validate credentials")
                }
                return user
            }
        }
        if let scope, !IFMScope.scopes(forRoles: user.roles).contains(scope) { throw IFMError.forbidden }
        return user
    }

    /// The largest page `GET /ifm/ruleset-plans/` serves.
    static let ifmPageLimit = 1_000

    /// `limit` (default 100, up to ``ifmPageLimit``) and `offset` (default 0) from the query.
    ///
    /// - Throws: ``APIError`` `422` when either is not a whole number in range.
    private static func ifmPage(_ request: Request) throws -> (limit: Int, offset: Int) {
        let query = FormEncoding.decode(request.uri.query ?? "")
        func number(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
            guard let text = query.last(where: { $0.name == name })?.value else { return fallback }
            guard let value = Int(text), range.contains(value) else {
                throw IFMError.invalid(
                    ["query", name], "Input should be a whole number from \(range.lowerBound) to \(range.upperBound)",
                    type: "int_parsing")
            }
            return value
        }
        return (
            try number("limit", default: 100, in: 1...ifmPageLimit),
            try number("offset", default: 0, in: 0...Int(Int32.max))
        )
    }

    /// Scheme, host and port as the client addressed the emulator.
    static func origin(of request: Request) -> String {
        "http://" + (request.head.authority ?? "localhost")
    }
}
