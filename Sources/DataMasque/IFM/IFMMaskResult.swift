/// What a mask request returned: the masked records, or the logs saying why the plan could not mask them.
///
/// A plan that cannot handle a record (a soft failure) is not an error:
/// ``success`` is `false`, ``records`` is empty and ``logs`` say what went wrong.
///
/// ```swift
/// let result = try await ifm.mask(plan: plan.name, records: customers)
/// guard result.success else {
///     for entry in result.logs { print(entry.logLevel, entry.message) }
///     return
/// }
/// ```
public struct IFMMaskResult<Record: Sendable>: Sendable {
    /// Whether the plan masked the records: `true` for a success,
    /// `false` for a soft failure (HTTP 400 with a mask result).
    public var success: Bool
    /// The request's identifier: the one given in ``IFMMaskOptions/requestID``, or the service's own.
    public var requestID: String?
    /// The plan, and the version of it, that handled the request.
    public var rulesetPlan: RulesetPlanReference?
    /// What the service logged while masking; on a soft failure, the reason.
    public var logs: [IFMLogEntry]
    /// The masked records, one for each record sent, in the same order and shape; empty on a soft failure.
    public var records: [Record]

    /// Creates a result, for example in a test double.
    public init(
        success: Bool,
        requestID: String? = nil,
        rulesetPlan: RulesetPlanReference? = nil,
        logs: [IFMLogEntry] = [],
        records: [Record] = []
    ) {
        self.success = success
        self.requestID = requestID
        self.rulesetPlan = rulesetPlan
        self.logs = logs
        self.records = records
    }
}

extension IFMMaskResult: Equatable where Record: Equatable {}
extension IFMMaskResult: Hashable where Record: Hashable {}

/// A mask result as the service sends it, without the client's verdict.
struct IFMWireMaskResult<Record: Decodable & Sendable>: Decodable {
    var requestID: String?
    var rulesetPlan: RulesetPlanReference?
    var logs: [IFMLogEntry]
    var data: [Record]

    enum CodingKeys: String, CodingKey {
        case requestID = "request_id"
        case rulesetPlan = "ruleset_plan"
        case logs
        case data
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
        rulesetPlan = try container.decodeIfPresent(RulesetPlanReference.self, forKey: .rulesetPlan)
        logs = try container.decode(.logs, default: [])
        data = try container.decode(.data, default: [])
    }

    /// The result the caller sees, with `success` as the status decided.
    func result(success: Bool) -> IFMMaskResult<Record> {
        IFMMaskResult(success: success, requestID: requestID, rulesetPlan: rulesetPlan, logs: logs, records: data)
    }
}
