import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Ruleset generation over loopback")
struct RulesetGenerationTests {
    typealias Support = DiscoverySupport

    static let selection: JSONValue = [
        "public": ["customers": ["email", "first_name", "dob"], "orders": ["card_number"]]
    ]

    @Test("discover, generate, store the ruleset and mask with it: the run finishes over the generated tables")
    func discoverGenerateMask() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                _ = try await Support.start(client, "/api/schema-discovery/", ["connection": .string(connection)])
                await emulator.control.completeRuns()

                let generated = try await Support.post(
                    client, "/api/generate-ruleset/v2/",
                    ["connection": .string(connection), "selected_columns": Self.selection,
                     "hash_columns": ["public": ["customers": ["table": ["id"], "columns": ["dob": nil]]]]])
                #expect(generated.status == 201)
                let yaml = generated.text
                #expect(yaml.contains("table: \"public.customers\""))
                #expect(yaml.contains("value_format: \"{[a-z],8}@example.com\""))
                #expect(yaml.contains("type: credit_card"))
                #expect(yaml.contains("hash_columns:\n          - \"id\""))

                let ruleset = try await client.rulesets.createOrUpdate(Ruleset(name: "generated", yaml: yaml))
                #expect(ruleset.isValid == .valid)
                let run = try await client.runs.start(MaskingRunRequest(connectionID: connection, rulesetID: try #require(ruleset.id)))
                await emulator.control.completeRuns()
                #expect(try await client.runs.get(id: run).status == .finished)
                let log = try await client.runs.logEntries(id: run).map(\.message)
                #expect(log.contains { $0.hasPrefix("Masked table public.customers") })
                #expect(log.contains { $0.hasPrefix("Masked table public.orders") })
            }
        }
    }

    @Test("file generation writes tabular and JSON tasks that validate as a file ruleset")
    func fileGeneration() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let share = try await Support.share(client)
                let body: JSONValue = [
                    "connection": .string(share),
                    "selected_data": [
                        ["files": ["exports/customers/customers_2024.csv"], "locators": ["email", "phone"]],
                        ["files": ["exports/hr/staff.json"], "locators": [["employees", "*", "ssn"]]],
                    ],
                ]
                let generated = try await Support.post(client, "/api/generate-file-ruleset/", body)
                #expect(generated.status == 201)
                #expect(generated.text.contains("type: mask_tabular_file"))
                #expect(generated.text.contains("path: [\"employees\",\"*\",\"ssn\"]"))
                let ruleset = try await client.rulesets.createOrUpdate(Ruleset(name: "files", yaml: generated.text, rulesetType: .file))
                #expect(ruleset.isValid == .valid)

                var withConfig = try #require(body.objectValue)
                withConfig["rg_config"] = .null
                #expect(try await Support.post(client, "/api/generate-file-ruleset/v2/", .object(withConfig)).status == 201)
                withConfig["rg_config"] = "gone"
                let unknown = try await Support.post(client, "/api/generate-file-ruleset/v2/", .object(withConfig))
                #expect(unknown.status == 400)
                #expect(unknown.json == ["rg_config": ["Invalid pk \"gone\" - object does not exist."]])
                let empty = try await Support.post(
                    client, "/api/generate-file-ruleset/", ["connection": .string(share), "selected_data": [["files": [], "locators": ["a"]]]])
                #expect(empty.status == 400)
            }
        }
    }

    @Test("an RG config's mask for a label replaces the built-in one; labels it does not name keep theirs")
    func rgConfigMasks() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let yaml = "version: \"1.0\"\nlabels:\n  email: {type: from_fixed, value: \"someone@example.test\"}\n"
                let config = try await client.rgConfigs.create(RGConfig(name: "fixed-email", yaml: yaml))
                let generated = try await Support.post(
                    client, "/api/generate-ruleset/v3/",
                    ["connection": .string(connection), "selected_columns": Self.selection, "rg_config": .string(try #require(config.id))])
                #expect(generated.status == 201)
                #expect(generated.text.contains("someone@example.test"))
                #expect(!generated.text.contains("@example.com"))
                #expect(generated.text.contains("type: credit_card"))
                let ruleset = try await client.rulesets.createOrUpdate(Ruleset(name: "configured", yaml: generated.text))
                #expect(ruleset.isValid == .valid)
            }
        }
    }

    @Test("v3 needs rg_config; unknown configs and missing fields draw the bodies clients translate")
    func generationRefusals() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let missing = try await Support.post(client, "/api/generate-ruleset/v3/", ["selected_columns": Self.selection, "rg_config": nil])
                #expect(missing.json == ["connection": ["This field is required."]])
                let unknown = try await Support.post(
                    client, "/api/generate-ruleset/v3/",
                    ["connection": .string(connection), "selected_columns": Self.selection, "rg_config": "x"])
                #expect(unknown.json == ["rg_config": ["Invalid pk \"x\" - object does not exist."]])
                let noKey = try await Support.post(
                    client, "/api/generate-ruleset/v3/", ["connection": .string(connection), "selected_columns": Self.selection])
                #expect(noKey.json == ["rg_config": ["This field is required."]])
                let ok = try await Support.post(
                    client, "/api/generate-ruleset/v3/",
                    ["connection": .string(connection), "selected_columns": Self.selection, "rg_config": nil])
                #expect(ok.status == 201)
                let shape = try await Support.post(
                    client, "/api/generate-ruleset/v2/", ["connection": .string(connection), "selected_columns": ["public": ["customers": "email"]]])
                #expect(shape.status == 400)
                #expect(shape.json?["selected_columns"] != nil)
            }
        }
    }

    @Test("an async generation walks queued, running, finished on the clock; download redirects to the status")
    func asyncSelection() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let path = "/api/async-generate-ruleset/\(connection)/"
                #expect(try await Support.get(client, path).status == 404)
                let started = try await Support.post(client, path, ["selected_columns": Self.selection])
                #expect(started.status == 201)
                #expect(try await Support.get(client, path).json?["status"] == "queued")
                #expect(try await Support.get(client, path + "download-rulesets/").status == 404)
                let again = try await Support.post(client, "/api/async-generate-ruleset/v2/\(connection)/", ["selected_columns": Self.selection, "rg_config": nil])
                #expect(again.status == 400)
                await emulator.control.advanceRuns(steps: 1)
                #expect(try await Support.get(client, path).json?["status"] == "running")
                await emulator.control.advanceRuns(steps: 1)
                let finished = try #require(try await Support.get(client, path).json)
                #expect(finished["status"] == "finished")
                let yaml = try #require(finished["generated_ruleset"]?.stringValue)

                await emulator.control.removeRecordedRequests()
                let download = try await Support.get(client, path + "download-rulesets/")
                #expect(download.status == 200)
                #expect(download.json?["generated_ruleset"]?.stringValue == yaml)
                let requests = await emulator.control.requests
                #expect(requests.map(\.path) == [path + "download-rulesets/", path])
                #expect(requests.first?.status == 303)

                let unknown = try await Support.post(
                    client, "/api/async-generate-ruleset/v2/\(connection)/", ["selected_columns": Self.selection, "rg_config": "x"])
                #expect(unknown.json == ["rg_config": ["Invalid pk \"x\" - object does not exist."]])
            }
        }
    }

    @Test("a scripted failure, a cancel, and a CSV that selects nothing end the task without rulesets")
    func asyncEnds() async throws {
        try await withEmulator(Support.manualClock) { emulator in
            try await emulator.withClient { client in
                let connection = try await Support.database(client)
                let path = "/api/async-generate-ruleset/\(connection)/"
                _ = try await Support.post(client, path, ["selected_columns": Self.selection])
                try await emulator.control.setGenerationOutcome(.failed, forConnection: connection)
                await emulator.control.completeRuns()
                #expect(try await Support.get(client, path).json?["status"] == "failed")
                #expect(try await Support.get(client, path + "download-rulesets/").status == 404)

                _ = try await Support.post(client, path, ["selected_columns": Self.selection])
                #expect(try await client.send(.DELETE, path, checkStatus: false).status == 204)
                #expect(try await Support.get(client, path).json?["status"] == "cancelled")

                let csv = "schema,table,column,selected\npublic,customers,email,false\n"
                let upload = try await client.send(
                    .POST, path + "from-csv/",
                    body: .multipart(files: [("csv_or_zip_file", .data(Data(csv.utf8), filename: "ruleset.csv"), "text/csv")]))
                #expect(upload.status == 201)
                await emulator.control.completeRuns()
                #expect(try await Support.get(client, path).json?["status"] == "failed")
            }
        }
    }
}
