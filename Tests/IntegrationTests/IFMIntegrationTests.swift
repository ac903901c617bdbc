import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

/// The in-flight masking client against the emulator's JWT routes and IFM service, over loopback.
@Suite("In-flight masking against the emulator")
struct IFMIntegrationTests {
    static let planYAML = """
        version: "1.0"
        rules:
          - masks:
              - type: json
                transforms:
                  - path: [email]
                    masks:
                      - type: from_fixed
                        value: "masked@example.com"
        """

    struct Customer: Codable, Sendable, Equatable {
        var id: Int
        var email: String
    }

    /// Runs `body` with an IFM client of `emulator` logging in as its administrator.
    static func withIFMClient<Result: Sendable>(
        _ emulator: RunningEmulator,
        _ body: (DataMasqueIFMClient) async throws -> Result
    ) async throws -> Result {
        let configuration = try DataMasqueIFMClient.Configuration(
            adminURL: emulator.baseURL,
            credential: .password(username: emulator.configuration.username, password: emulator.configuration.password),
            timeout: .init(request: .seconds(30)))
        return try await withDataMasqueIFMClient(configuration, body)
    }

    @Test("plans: create with a suffixed name, list and page, get, replace, patch and delete")
    func planLifecycle() async throws {
        try await withEmulator { emulator in
            try await Self.withIFMClient(emulator) { ifm in
                let plan = try await ifm.rulesetPlans.create(
                    name: "customers", yaml: Self.planYAML, options: .init(enabled: true, defaultLogLevel: .warning))
                #expect(plan.name.wholeMatch(of: #/customers-[a-z0-9]{6}/#) != nil, "\(plan.name)")
                #expect(plan.serial == 1)
                #expect(plan.url?.path() == "/ifm/ruleset-plans/\(plan.name)/")
                #expect(plan.options.enabled == true && plan.options.defaultLogLevel == .warning)
                for name in ["b", "c"] { _ = try await ifm.rulesetPlans.create(name: name, yaml: Self.planYAML) }

                var pages: [Page<RulesetPlan>] = []
                for try await page in ifm.rulesetPlans.listPaginated(pageSize: 2).pages { pages.append(page) }
                #expect(pages.map(\.results.count) == [2, 1])
                #expect(pages.allSatisfy { $0.count == 3 && $0.next == nil })
                #expect(try await ifm.rulesetPlans.list().map(\.name).contains(plan.name))

                let fetched = try await ifm.rulesetPlans.get(name: plan.name)
                #expect(fetched.yaml == Self.planYAML)
                let replaced = try await ifm.rulesetPlans.update(name: plan.name, yaml: Self.planYAML)
                #expect(replaced.serial == 2)
                let patched = try await ifm.rulesetPlans.patch(name: plan.name, options: .init(enabled: false))
                #expect(patched.serial == 3 && patched.options.enabled == false)
                #expect(patched.yaml == nil || patched.yaml == Self.planYAML)

                try await ifm.rulesetPlans.delete(name: plan.name)
                let error = await #expect(throws: DataMasqueError.self) { _ = try await ifm.rulesetPlans.get(name: plan.name) }
                #expect(error?.code == .api)
                #expect(error?.status == 404)
                #expect(error?.serverMessage?.contains(plan.name) == true)
            }
        }
    }

    @Test("mask: JSON values and the caller's own Codable type come back masked, in order")
    func mask() async throws {
        try await withEmulator { emulator in
            try await Self.withIFMClient(emulator) { ifm in
                let plan = try await ifm.rulesetPlans.create(name: "customers", yaml: Self.planYAML)
                let json = try await ifm.mask(
                    plan: plan.name, records: [["id": 1, "email": "ann@shop.example"]] as [JSONValue],
                    options: IFMMaskOptions(requestID: "req-42"))
                #expect(json.success)
                #expect(json.requestID == "req-42")
                #expect(json.rulesetPlan == RulesetPlanReference(name: plan.name, serial: 1))
                #expect(json.records == [["id": 1, "email": "masked@example.com"]])
                let customers = [Customer(id: 1, email: "ann@shop.example"), Customer(id: 2, email: "bob@shop.example")]
                let typed = try await ifm.mask(plan: plan.name, records: customers)
                #expect(typed.records == customers.map { Customer(id: $0.id, email: "masked@example.com") })
            }
        }
    }

    @Test("a record the plan cannot mask is a soft failure with error logs, not an error")
    func softFailure() async throws {
        try await withEmulator { emulator in
            try await Self.withIFMClient(emulator) { ifm in
                let plan = try await ifm.rulesetPlans.create(name: "customers", yaml: Self.planYAML)
                let result = try await ifm.mask(plan: plan.name, records: [1, 2] as [JSONValue])
                #expect(!result.success)
                #expect(result.records.isEmpty)
                #expect(!result.logs.isEmpty)
                #expect(result.logs.allSatisfy { $0.logLevel == .error })
                #expect(result.rulesetPlan?.name == plan.name)
            }
        }
    }

    @Test("an expired JWT is refreshed once; an expired refresh token leads to one new login")
    func refreshAndRelogin() async throws {
        try await withEmulator { emulator in
            try await Self.withIFMClient(emulator) { ifm in
                #expect(try await ifm.verifyToken().scopes.contains("ifm/mask"))
                #expect(await emulator.control.ifmLoginCount == 1)
                await emulator.control.expireIFMTokens()
                _ = try await ifm.verifyToken()
                #expect(await emulator.control.ifmRefreshCount == 1)
                #expect(await emulator.control.ifmLoginCount == 1)
                await emulator.control.expireIFMTokens(includingRefreshTokens: true)
                _ = try await ifm.verifyToken()
                #expect(await emulator.control.ifmLoginCount == 2)
            }
            let requests = await emulator.control.requests
            let auth = requests.filter { $0.path.hasPrefix("/api/auth/jwt/") }
            #expect(auth.allSatisfy { $0.headers["authorization"] == nil })
            #expect(requests.filter { $0.path.hasPrefix("/ifm/") }.allSatisfy { $0.headers["authorization"] != nil })
        }
    }

    @Test("64 concurrent calls share one login, and after expiry one refresh")
    func singleFlight() async throws {
        try await withEmulator { emulator in
            try await Self.withIFMClient(emulator) { ifm in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<64 { group.addTask { _ = try await ifm.verifyToken() } }
                    try await group.waitForAll()
                }
                await emulator.control.expireIFMTokens()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<64 { group.addTask { _ = try await ifm.rulesetPlans.list() } }
                    try await group.waitForAll()
                }
            }
            #expect(await emulator.control.ifmLoginCount == 1)
            #expect(await emulator.control.ifmRefreshCount == 1)
        }
    }
}
