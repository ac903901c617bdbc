/// A list result: rows of values under named columns.
///
/// As JSON it is an array of objects whose keys are the columns;
/// for people it is a table.
struct TableOutput {
    /// The line above the table, if any.
    var title: String?
    /// The column names, which are also the JSON keys.
    var columns: [String]
    /// One value per column in each row.
    var rows: [[OrderedJSON]]

    /// The JSON form: an array of objects keyed by column, in column order.
    var json: OrderedJSON {
        .array(rows.map { row in .object(zip(columns, row).map { OrderedJSON.Field($0, $1) }) })
    }
}
