import DataMasque
import HTTPTypes
import Hummingbird
import Testing

@testable import DataMasqueEmulator

@Suite struct PaginationTests {
    let items: [JSONValue] = [1, 2, 3, 4, 5]

    func page(_ query: String) -> JSONValue {
        Pagination(origin: "http://127.0.0.1:8765", path: "/api/runs/", query: FormEncoding.decode(query)).page(items)
    }

    @Test func withoutLimitTheAnswerIsABareArray() {
        #expect(page("") == .array(items))
        #expect(page("offset=2") == .array(items))
    }

    @Test(arguments: ["limit=0", "limit=-1", "limit=abc", "limit="])
    func anUnusableLimitCountsAsAbsent(query: String) {
        #expect(page(query) == .array(items))
    }

    @Test func theFirstPageLinksToTheNextOnly() {
        #expect(
            page("limit=2&offset=0")
                == [
                    "count": 5, "results": [1, 2], "previous": nil,
                    "next": "http://127.0.0.1:8765/api/runs/?limit=2&offset=2",
                ])
    }

    @Test func theSecondPageLinksBackWithoutOffset() {
        let envelope = page("offset=2&limit=2")
        #expect(envelope["results"] == [3, 4])
        #expect(envelope["previous"] == "http://127.0.0.1:8765/api/runs/?limit=2")
        #expect(envelope["next"] == "http://127.0.0.1:8765/api/runs/?limit=2&offset=4")
    }

    @Test func theLastPageHasNoNextLink() {
        let envelope = page("limit=2&offset=4")
        #expect(envelope["results"] == [5])
        #expect(envelope["next"] == .null)
        #expect(envelope["previous"] == "http://127.0.0.1:8765/api/runs/?limit=2&offset=2")
    }

    @Test func anOffsetPastTheEndGivesNoResults() {
        let envelope = page("limit=2&offset=9")
        #expect(envelope["count"] == 5)
        #expect(envelope["results"] == [])
        #expect(envelope["next"] == .null)
    }

    @Test func linksKeepOtherParametersInSortedOrder() {
        let envelope = page("name_exact=a+b%26c&limit=1&offset=1&run_status=")
        #expect(envelope["next"] == "http://127.0.0.1:8765/api/runs/?limit=1&name_exact=a+b%26c&offset=2&run_status=")
        #expect(envelope["previous"] == "http://127.0.0.1:8765/api/runs/?limit=1&name_exact=a+b%26c&run_status=")
    }

    @Test func extraMembersJoinTheEnvelope() {
        let pagination = Pagination(origin: "http://h", path: "/p/", query: [("limit", "10")])
        #expect(pagination.page([], extra: ["table_metadata": []])["table_metadata"] == [])
    }

    @Test func formEncodingRoundTrips() {
        let pairs = FormEncoding.decode("a=x+y&b=%C3%A9%2F&c")
        #expect(pairs.map(\.name) == ["a", "b", "c"])
        #expect(pairs.map(\.value) == ["x y", "é/", ""])
        #expect(FormEncoding.encode(pairs) == "a=x+y&b=%C3%A9%2F&c=")
    }
}

@Suite struct PaginationRequestTests {
    @Test func linksUseTheHostTheClientAddressed() {
        let head = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:54321", path: "/api/runs/?limit=1")
        let pagination = Pagination(Request(head: head, body: .init(buffer: ByteBuffer())))
        #expect(pagination.page([1, 2])["next"] == "http://127.0.0.1:54321/api/runs/?limit=1&offset=1")
    }
}
