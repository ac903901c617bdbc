import Foundation
import Testing

@testable import DMCLI

@Suite struct CatalogTests {
    private func catalog(_ arguments: String...) async throws -> [[String: Any]] {
        let result = try await CommandHarness().run(["catalog"] + arguments)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object["commands"] as? [[String: Any]])
    }

    @Test func compactJSONListsEveryLeafAlphabetically() async throws {
        let commands = try await catalog("--json", "--compact")
        let paths = commands.compactMap { $0["path"] as? String }
        #expect(paths.contains("connections list"))
        #expect(paths.contains("auth login"))
        #expect(paths.contains("version"))
        #expect(!paths.contains("auth"))
        #expect(paths == paths.sorted())
        #expect(commands.allSatisfy { Set($0.keys) == ["path", "help"] })
    }

    @Test func fullJSONDescribesOptionsAndArguments() async throws {
        let commands = try await catalog("--json")
        let list = try #require(commands.first { $0["path"] as? String == "connections list" })
        let options = try #require(list["options"] as? [[String: Any]])
        #expect(options.contains { ($0["flags"] as? [String]) == ["--json"] && ($0["is_flag"] as? Bool) == true })
        #expect(
            options.contains { ($0["flags"] as? [String]) == ["--profile", "-p"] && ($0["is_flag"] as? Bool) == false })
        #expect(!options.contains { ($0["flags"] as? [String])?.contains("--help") == true })
        let get = try #require(commands.first { $0["path"] as? String == "connections get" })
        let first = try #require((get["options"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String == "name")
        #expect(first["is_argument"] as? Bool == true)
        #expect(first["required"] as? Bool == true)
    }

    @Test func keysFollowTheDocumentedOrder() async throws {
        let result = try await CommandHarness().run("catalog", "--json")
        let text = result.stdout
        let flags = try #require(text.range(of: "\"flags\""))
        let isFlag = try #require(text.range(of: "\"is_flag\""))
        #expect(flags.lowerBound < isFlag.lowerBound)
        #expect(text.hasPrefix("{\n  \"commands\": [\n    {\n      \"path\": "))
    }

    @Test func humanFormIsOneLinePerCommand() async throws {
        let result = try await CommandHarness().run("catalog", "--compact")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("{"))
        #expect(result.stdout.contains("  connections list  "))
    }
}
