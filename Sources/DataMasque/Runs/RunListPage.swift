/// A page of the runs list as a server may send it:
/// a page object (whose `results` may be missing) or a bare array.
struct RunListPage: Decodable {
    var page: Page<RunInfo>

    init(from decoder: any Decoder) throws {
        if (try? decoder.unkeyedContainer()) != nil {
            page = Page(results: try decoder.singleValueContainer().decode([RunInfo].self))
            return
        }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        page = Page(
            count: try container.decodeIfPresent(Int.self, forKey: "count"),
            next: try container.decodeIfPresent(String.self, forKey: "next"),
            previous: try container.decodeIfPresent(String.self, forKey: "previous"),
            results: try container.decode("results", default: []))
    }
}
