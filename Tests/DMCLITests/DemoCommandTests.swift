import Testing

@testable import DMCLI

@Suite struct DemoCommandTests {
    @Test func fastDemoWalksThroughEveryStepAndExitsZero() async throws {
        let harness = try CommandHarness()
        let result = await harness.run("demo", "--fast")
        #expect(result.status == 0, "\(result.stderr)")
        for step in 1...12 { #expect(result.stdout.contains("[\(step)/12]")) }
        #expect(result.stdout.contains("✓ Logged in to http://127.0.0.1:"))
        #expect(result.stdout.contains("Saved ruleset 'demo_customers': valid"))
        #expect(result.stdout.contains("finished after"))
        #expect(result.stdout.contains("✓ Masked 2 tables, 750 rows"))
        #expect(result.stdout.contains("Masked 2 records in one call, then deleted the plan."))
        #expect(result.stdout.contains("ann.smith@shop.example"))
        #expect(result.stdout.contains("DATAMASQUE_SPCS_PAT"))
        #expect(!(result.stdout + result.stderr).contains(DemoContent.connectionPassword))
    }
}
