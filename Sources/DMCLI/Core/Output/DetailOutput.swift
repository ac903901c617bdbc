/// A single result: named fields.
///
/// As JSON it is one object; for people it is a key/value grid under a title.
struct DetailOutput {
    /// The line above the grid.
    var title: String
    /// The fields, in output order.
    var fields: [OrderedJSON.Field]

    /// The JSON form: an object with the fields in order.
    var json: OrderedJSON { .object(fields) }
}
