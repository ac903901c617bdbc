import DataMasque

extension CLIError {
    /// Translates a client error that escaped a command.
    ///
    /// - Parameter verifyingTLS: Whether certificate verification was on,
    ///   which allows a hint about `--insecure` for TLS-looking transport failures.
    init(_ error: DataMasqueError, verifyingTLS: Bool = false) {
        if let rejection = error.gatewayRejection {
            self.init(
                .authFailed,
                "The Snowflake SPCS gateway rejected the request (HTTP \(rejection.status), \(rejection.responseType)): "
                    + "\(rejection.detail) (Snowflake request id \(rejection.requestID))",
                hint: rejection.hint
            )
        } else if error.code.isTransportError {
            self.init(.transportError, error.message, hint: Self.tlsHint(for: error, verifyingTLS: verifyingTLS))
        } else if error.code == .notReady {
            self.init(.error, "The DataMasque server is starting up (HTTP 502).", hint: "Try again in a minute.")
        } else if error.code.isAPIError, let status = error.status {
            let reason = error.serverMessage ?? error.message
            self.init(
                ErrorCode(httpStatus: status),
                status == 409 ? reason : "Request failed: \(reason)",
                hint: status == 401 ? "Log in again with `dm auth login`." : nil
            )
        } else {
            self.init(.error, error.message)
        }
    }

    /// Translates a failed login: a refused login is `auth_failed`, an unreachable server `transport_error`,
    /// and any other error status as in ``init(_:verifyingTLS:)``.
    static func loginFailed(_ error: DataMasqueError, url: String, verifyingTLS: Bool) -> CLIError {
        if error.code == .authenticationFailed || (error.code.isAPIError && [400, 401].contains(error.status)) {
            return CLIError(
                .authFailed, "Authentication failed: \(error.serverMessage ?? "HTTP \(error.status ?? 0)")")
        }
        if error.code.isTransportError {
            return CLIError(
                .transportError, "Could not connect to \(url): \(error.message)",
                hint: tlsHint(for: error, verifyingTLS: verifyingTLS))
        }
        return CLIError(error, verifyingTLS: verifyingTLS)
    }

    /// Advice to turn verification off, when it is on and the failure mentions SSL, a certificate or verification.
    private static func tlsHint(for error: DataMasqueError, verifyingTLS: Bool) -> String? {
        let text = (error.message + " " + (error.underlyingError.map { String(describing: $0) } ?? "")).lowercased()
        guard verifyingTLS, ["ssl", "certificate", "verify"].contains(where: text.contains) else { return nil }
        return
            "For a self-signed certificate, log in with `dm auth login --insecure` or set DATAMASQUE_VERIFY_SSL=false."
    }
}
