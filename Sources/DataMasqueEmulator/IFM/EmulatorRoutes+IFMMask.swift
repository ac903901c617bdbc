import DataMasque
import Foundation
import Hummingbird

extension EmulatorRoutes {
    /// `POST /ifm/ruleset-plans/{name}/mask/`:
    /// `200` with one masked record per input, or the soft failure `400` with error `logs` and no `data`.
    func mask(_ request: Request, plan name: String) async throws -> Response {
        _ = try await ifmUser(request, requiring: .mask)
        let plan = try await state.transact { try $0.plans.plan(named: name) }
        guard plan.isEnabled else { throw IFMError.badRequest("Ruleset plan '\(name)' is disabled.") }
        let body = try MaskRequest(try await request.jsonObject())
        let secret = body.secret(instanceSecret: configuration.inFlightMasking.instanceSecret)
        let outcome = plan.ruleset.parsed.mask(body, secret: secret)
        let now = await state.transact { $0.clock.now }
        var result: [String: JSONValue] = [
            "request_id": .string(body.requestID ?? UUID().uuidString.lowercased()),
            "ruleset_plan": plan.reference,
        ]
        switch outcome {
        case .masked(let records):
            let level = body.logLevel ?? plan.options["default_log_level"]?.stringValue ?? "WARNING"
            let logs: [IFMLog] =
                ["DEBUG", "INFO"].contains(level)
                ? [.info("Masked \(records.count) records with ruleset plan \(plan.name) (serial \(plan.serial)).")] : []
            result["logs"] = .array(logs.map { $0.json(at: now) })
            result["data"] = .array(records)
            return .json(.object(result))
        case .failed(let errors):
            result["logs"] = .array(errors.map { $0.json(at: now) })
            return .json(.object(result), status: .badRequest)
        }
    }
}
