/// One page of an in-flight masking collection, as the service sends it;
/// ``PagedSequence`` hands its elements and total on as a ``Page``.
struct IFMPage<Element: Decodable & Sendable>: Decodable, Sendable {
    var items: [Element]
    /// How many elements the whole collection has.
    var total: Int
    /// The page size the service applied, when it says.
    var limit: Int?
    /// The position of this page's first element in the collection, when the service says.
    var offset: Int?

    enum CodingKeys: String, CodingKey {
        case items
        case total
        case limit
        case offset
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decode([Element].self, forKey: .items)
        total = try container.decodeLenientInt(.total)
        limit = try container.decodeLenientIntIfPresent(forKey: .limit)
        offset = try container.decodeLenientIntIfPresent(forKey: .offset)
    }
}
