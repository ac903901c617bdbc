import Foundation

extension DataMasqueIFMClient {
    /// Masks `records` with a ruleset plan and returns them masked, as the same type.
    ///
    /// Records may be any JSON (``JSONValue``) or a `Codable` type of your own;
    /// the plan returns one record per input, in the same order and shape.
    ///
    /// ```swift
    /// struct Customer: Codable, Sendable { var id: Int; var email: String }
    /// let result = try await ifm.mask(plan: plan.name, records: customers)
    /// if result.success { save(result.records) }
    /// ```
    ///
    /// - Parameters:
    ///   - plan: The plan's name, as the service returned it.
    ///   - records: The records to mask.
    ///   - options: How this request runs, beyond the plan's defaults.
    /// - Returns: The masked records with ``IFMMaskResult/success`` `true`,
    ///   or, when the plan cannot handle a record, `false` and the logs that say why.
    /// - Throws: ``DataMasqueError``: ``DataMasqueError/Code/notReady`` for `502`,
    ///   ``DataMasqueError/Code/api`` for another error status (`404` for an unknown plan,
    ///   `400` for parameters the service refuses, `401` when the token is refused after one renewal),
    ///   ``DataMasqueError/Code/decoding`` when a masked record does not decode as `Record`.
    public func mask<Record: Codable & Sendable>(
        plan: String,
        records: [Record],
        options: IFMMaskOptions = IFMMaskOptions()
    ) async throws -> IFMMaskResult<Record> {
        try await mask(plan: plan, records: records, as: Record.self, options: options)
    }

    /// Masks `records` with a ruleset plan and decodes the masked records as `Masked`,
    /// for a plan whose output does not fit the input's type.
    ///
    /// ```swift
    /// let result = try await ifm.mask(plan: plan.name, records: customers, as: JSONValue.self)
    /// ```
    ///
    /// - Throws: As ``mask(plan:records:options:)``.
    public func mask<Record: Encodable & Sendable, Masked: Decodable & Sendable>(
        plan: String,
        records: [Record],
        as type: Masked.Type,
        options: IFMMaskOptions = IFMMaskOptions()
    ) async throws -> IFMMaskResult<Masked> {
        let path = try RulesetPlans.path(plan) + "mask/"
        let (request, response) = try await core.exchange(
            .POST, path, body: try .json(IFMMaskBody(records: records, options: options)), checkStatus: false,
            operation: "ifm.mask")
        let success: Bool
        switch response.status {
        case ..<400:
            success = true
        case 400 where response.json?["ruleset_plan"] != nil:
            success = false
        case 502:
            throw DataMasqueClient.notReadyError(for: request)
        default:
            throw DataMasqueClient.apiError(response, for: request)
        }
        var body = response
        if body.body.isEmpty { body.body = Data("{}".utf8) }
        return try DataMasqueClient.decode(IFMWireMaskResult<Masked>.self, from: body, for: request)
            .result(success: success)
    }
}
