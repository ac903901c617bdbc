import DataMasque

extension DataMasqueClient.Users {
    /// The active user called `username`.
    ///
    /// - Throws: ``CLIError`` `not_found` when there is none.
    func require(username: String) async throws -> User {
        guard let user = try await get(username: username) else {
            throw CLIError(
                .notFound, "User '\(username)' not found.", hint: "Run `dm users list` to see the usernames.")
        }
        return user
    }
}
