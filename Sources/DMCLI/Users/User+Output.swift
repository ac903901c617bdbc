import DataMasque

extension User {
    /// The row of `dm users list`: id, username, email and the roles joined by `, `.
    var listRow: [OrderedJSON] {
        [id.map(OrderedJSON.int) ?? .null, .string(username), .string(email), .string(roleList)]
    }

    /// The role values, such as `mask_builder, mask_runner`.
    var roleList: String {
        roles.map(\.rawValue).joined(separator: ", ")
    }
}
