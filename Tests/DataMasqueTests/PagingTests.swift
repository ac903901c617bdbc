import DataMasque
import Foundation
import Synchronization
import Testing

@Suite("Pagination")
struct PagingTests {
    struct Item: Decodable, Sendable, Equatable { var name: String }

    static func page(_ names: [String], next: String?) -> DataMasqueResponse {
        let results = names.map { #"{"name": "\#($0)"}"# }.joined(separator: ",")
        let nextText = next.map { "\"\($0)\"" } ?? "null"
        return .json(200, #"{"count": 99, "next": \#(nextText), "previous": null, "results": [\#(results)]}"#)
    }

    static func client(_ pages: [String: DataMasqueResponse]) throws -> (DataMasqueClient, ClosureTransport) {
        let transport = ClosureTransport { request in
            if request.url.path() == "/api/auth/token/login/" { return loginOK }
            return pages[request.url.absoluteString] ?? .json(404, #"{"detail": "Not found."}"#)
        }
        return (DataMasqueClient(configuration: try .test(), transport: transport), transport)
    }

    @Test("follows absolute next links as they are, and sends limit and offset only first")
    func followsNext() async throws {
        let (client, transport) = try Self.client([
            "https://dm.example.com/api/things/?limit=100&offset=0&name_exact=x": Self.page(["a", "b"], next: "https://other.example.com/api/things/?limit=2&offset=2"),
            "https://other.example.com/api/things/?limit=2&offset=2": Self.page(["c"], next: nil),
        ])
        let items = try await client.paged(Item.self, "/api/things/", query: [("name_exact", "x")]).collect()
        #expect(items.map(\.name) == ["a", "b", "c"])
        #expect(transport.requests.count == 3)
    }

    @Test("sends no request until the first element is pulled, then one page at a time")
    func lazy() async throws {
        let first = "https://dm.example.com/api/things/?limit=100&offset=0"
        let second = "https://dm.example.com/api/things/?limit=100&offset=2"
        let (client, transport) = try Self.client([
            first: Self.page(["a", "b"], next: second),
            second: Self.page(["c"], next: nil),
        ])
        let sequence = client.paged(Item.self, "/api/things/")
        var iterator = sequence.makeAsyncIterator()
        try await Task.sleep(for: .milliseconds(50))
        #expect(transport.requests.isEmpty)

        #expect(try await iterator.next()?.name == "a")
        #expect(transport.requests.map(\.url.absoluteString).last == first)
        let afterFirstPage = transport.requests.count
        #expect(try await iterator.next()?.name == "b")
        #expect(transport.requests.count == afterFirstPage)
        #expect(try await iterator.next()?.name == "c")
        #expect(transport.requests.map(\.url.absoluteString).last == second)
        #expect(try await iterator.next() == nil)
    }

    @Test("stops at a repeated next link")
    func repeatedLink() async throws {
        let loop = "https://dm.example.com/api/things/?limit=1&offset=1"
        let (client, _) = try Self.client([
            "https://dm.example.com/api/things/?limit=100&offset=0": Self.page(["a"], next: loop),
            loop: Self.page(["b"], next: loop),
        ])
        let items = try await client.paged(Item.self, "/api/things/").collect()
        #expect(items.map(\.name) == ["a", "b"])
    }

    @Test("stops at an empty page even when it has a next link")
    func emptyPage() async throws {
        let (client, _) = try Self.client([
            "https://dm.example.com/api/things/?limit=100&offset=0": Self.page([], next: "https://dm.example.com/x/"),
        ])
        #expect(try await client.paged(Item.self, "/api/things/").collect().isEmpty)
    }

    @Test("pages expose the envelope")
    func pages() async throws {
        let (client, _) = try Self.client([
            "https://dm.example.com/api/things/?limit=100&offset=0": Self.page(["a"], next: nil),
        ])
        var counts: [Int?] = []
        for try await page in client.paged(Item.self, "/api/things/").pages { counts.append(page.count) }
        #expect(counts == [99])
    }
}
