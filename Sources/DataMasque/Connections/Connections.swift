import Foundation
import NIOHTTP1

extension DataMasqueClient {
    /// The connections stored on a DataMasque instance: databases and file stores to mask.
    ///
    /// Reach it through ``DataMasqueClient/connections``.
    ///
    /// ```swift
    /// var postgres = Connection.database(DatabaseConnection(
    ///     name: "customers", databaseType: .postgres,
    ///     host: "db.internal", port: 5432, database: "crm", user: "masker", password: secret))
    /// postgres = try await client.connections.createOrUpdate(postgres)
    /// ```
    ///
    /// Connections read from the server never hold secrets:
    /// DataMasque returns passwords and keys only in encrypted form, and the client drops them.
    public struct Connections: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/connections/"

        /// Every connection, in the server's order.
        ///
        /// A connection of a kind this release does not know is returned as ``Connection/unknown(_:)``
        /// rather than failing the list.
        public func list() async throws -> [Connection] {
            try await client.get([Connection].self, Self.collection, operation: "connections.list")
        }

        /// The connection with this id.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func get(id: String) async throws -> Connection {
            try await client.get(Connection.self, Self.path(id), operation: "connections.get")
        }

        /// The first connection with exactly this name, or `nil`.
        public func get(named name: String) async throws -> Connection? {
            try await list().first { $0.name == name }
        }

        /// Creates `connection` and returns it with the id the server gave it.
        public func create(_ connection: Connection) async throws -> Connection {
            try await store(connection, method: .POST, path: Self.collection, operation: "connections.create")
        }

        /// Replaces the stored connection that has `connection`'s id.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `connection` has no id.
        public func update(_ connection: Connection) async throws -> Connection {
            guard let id = connection.id else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "Connection '\(connection.name)' has no id, so it cannot be updated; create it first.")
            }
            return try await store(connection, method: .PUT, path: Self.path(id), operation: "connections.update")
        }

        /// Creates `connection`, or replaces the stored one with exactly the same name.
        ///
        /// Without a same-named connection, a `connection` that has an id replaces that one;
        /// otherwise a new connection is created.
        public func createOrUpdate(_ connection: Connection) async throws -> Connection {
            var connection = connection
            if let existing = try await get(named: connection.name), let id = existing.id {
                connection.id = id
            }
            return connection.id == nil ? try await create(connection) : try await update(connection)
        }

        /// Changes only the given fields of a stored connection, by their wire names.
        ///
        /// ```swift
        /// try await client.connections.patch(id: id, fields: ["host": "db2.internal", "dbpassword": "new"])
        /// ```
        public func patch(id: String, fields: [String: JSONValue]) async throws -> Connection {
            try await client.sendJSON(
                .PATCH, Self.path(id), body: JSONValue.object(fields), decoding: Connection.self,
                operation: "connections.patch")
        }

        /// Asks DataMasque to reach the connection's database or file store.
        ///
        /// - Returns: A warning from the server, if it gave one.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `400`
        ///   when the connection cannot be reached; ``DataMasqueError/serverMessage`` says why.
        public func test(id: String) async throws -> String? {
            let response = try await client.send(
                .POST, Self.path(id) + "test/", body: try .json(JSONValue.object([:])), operation: "connections.test")
            return response.json?["message"]?.stringValue
        }

        /// Deletes the connection with this id; does nothing if there is none.
        public func deleteIfExists(id: String) async throws {
            try await client.deleteIfExists(Self.path(id), operation: "connections.delete")
        }

        /// Deletes every connection with exactly this name; does nothing if there is none.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when a matching connection has no id.
        public func deleteIfExists(named name: String) async throws {
            for connection in try await list() where connection.name == name {
                guard let id = connection.id else {
                    throw DataMasqueError(
                        code: .unexpectedResponse,
                        message: "The server listed connection '\(name)' without an id, so it cannot be deleted.")
                }
                try await deleteIfExists(id: id)
            }
        }

        private func store(
            _ connection: Connection,
            method: HTTPMethod,
            path: String,
            operation: String
        ) async throws -> Connection {
            let response = try await client.send(method, path, body: try .json(connection.requestBody()), operation: operation)
            guard let id = response.json?["id"].flatMap({ $0.stringValue ?? $0.intValue.map(String.init) }) else {
                throw DataMasqueError(
                    code: .unexpectedResponse,
                    message: "The server stored connection '\(connection.name)' but returned no id.",
                    request: .init(method: method.rawValue, path: path),
                    response: response)
            }
            var stored = connection
            stored.id = id
            return stored
        }

        private static func path(_ id: String) -> String {
            collection + PathSegment.escape(id) + "/"
        }
    }
}
