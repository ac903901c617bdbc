import DataMasque
import Testing

@Suite("Runs: repeating a stored run")
struct RepeatedRunRequestTests {
    @Test("a repeated run keeps connections, ruleset, kind and named options, without the secret or unknown options")
    func repeatsAFileRun() throws {
        let run = RunInfo(
            id: 9, status: .failed, maskType: .file,
            sourceConnection: RunConnection(id: "src-1", name: "in"),
            destinationConnection: RunConnection(id: "dst-1", name: "out"),
            rulesetName: "rs", rulesetID: "rs-1",
            options: ["batch_size": 500, "dry_run": nil, "run_secret": "abcdefghijklmnop", "future_knob": true])
        let request = try MaskingRunRequest(repeating: run, name: "again")
        #expect(request.connectionID == "src-1" && request.destinationConnectionID == "dst-1")
        #expect(request.rulesetID == "rs-1" && request.maskType == .file && request.name == "again")
        #expect(request.options.batchSize == 500)
        #expect(request.options.dryRun == nil && request.options.runSecret == nil)
        #expect(request.options.additional.isEmpty)
    }

    @Test("a run without a source connection id or ruleset id cannot be repeated")
    func refusesARunWithoutIDs() {
        let run = RunInfo(id: 3, status: .finished, sourceConnection: RunConnection(name: "in"), rulesetName: "rs")
        let error = #expect(throws: DataMasqueError.self) { try MaskingRunRequest(repeating: run) }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("Run 3") == true)
    }

    @Test("options of the wrong type are a configuration error naming the run")
    func refusesMistypedOptions() {
        let run = RunInfo(
            id: 4, status: .finished, sourceConnection: RunConnection(id: "s", name: "in"), rulesetName: "rs",
            rulesetID: "r", options: ["batch_size": "lots"])
        let error = #expect(throws: DataMasqueError.self) { try MaskingRunRequest(repeating: run) }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("run 4") == true)
    }
}
