public import Foundation

extension DataMasqueClient {
    /// Server-wide settings, application logs and the first-time set-up of a DataMasque instance.
    ///
    /// Reach it through ``DataMasqueClient/settings``.
    ///
    /// ```swift
    /// try await client.settings.setLocality("en_GB")
    /// try await client.settings.downloadApplicationLogs(to: URL(fileURLWithPath: "datamasque-logs.tar.gz"))
    /// ```
    public struct Settings: Sendable {
        let client: DataMasqueClient
        private static let path = "/api/settings/"

        /// The current settings.
        public func get() async throws -> InstanceSettings {
            try await client.get(InstanceSettings.self, Self.path, operation: "settings.get")
        }

        /// Sets the locality used for generated values and templates, such as `en_GB`.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `400`
        ///   when the server does not know the locality.
        public func setLocality(_ locality: String) async throws {
            try await patch(["locality": .string(locality)], operation: "settings.setLocality")
        }

        /// Sets the URL of the DataMasque AI Engine; `nil` removes it.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `400`
        ///   when the server refuses the URL.
        public func setAIEngineURL(_ url: String?) async throws {
            try await patch(["dm_ai_engine_url": .string(url ?? "")], operation: "settings.setAIEngineURL")
        }

        /// Downloads the application logs archive (`.tar.gz`) into `destination`, streamed to disk.
        ///
        /// The file appears only once the whole archive has arrived, replacing any file there.
        public func downloadApplicationLogs(to destination: URL) async throws {
            try await client.download(
                "/api/logs/download/", query: [("log_service", "application")], to: destination,
                operation: "settings.downloadApplicationLogs")
        }

        /// Creates the first administrator of a freshly installed instance, without logging in.
        ///
        /// ```swift
        /// try await client.settings.adminInstall(email: "ops@example.com")
        /// ```
        ///
        /// - Parameters:
        ///   - email: The administrator's email address.
        ///   - username: The administrator's username.
        ///   - password: The administrator's password; by default, the password this client logs in with.
        ///   - allowedHosts: The host names the instance answers to;
        ///     by default `localhost`, `127.0.0.1` and the host of the client's base URL.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when no password is given and the client uses a token provider,
        ///   ``DataMasqueError/Code/api`` with status `401` when the instance is already installed,
        ///   or `400` when the server refuses a field.
        public func adminInstall(
            email: String,
            username: String = "admin",
            password: String? = nil,
            allowedHosts: [String]? = nil
        ) async throws {
            let configuration = client.configuration
            guard let chosen = password ?? configuration.credential.password else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "adminInstall needs a password: pass one, or use a client configured with a password.")
            }
            var hosts = allowedHosts ?? ["localhost", "127.0.0.1"]
            if allowedHosts == nil, let host = configuration.baseURL.host(), !hosts.contains(host) { hosts.append(host) }
            let body: JSONValue = [
                "email": .string(email), "username": .string(username),
                "password": .string(chosen), "re_password": .string(chosen),
                "allowed_hosts": .array(hosts.map(JSONValue.string)),
            ]
            _ = try await client.send(
                .POST, "/api/users/admin-install/", body: try .json(body), requiresAuthorization: false,
                operation: "settings.adminInstall")
        }

        private func patch(_ fields: JSONValue, operation: String) async throws {
            _ = try await client.send(.PATCH, Self.path, body: try .json(fields), operation: operation)
        }
    }
}
