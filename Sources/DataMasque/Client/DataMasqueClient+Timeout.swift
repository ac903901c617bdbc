extension DataMasqueClient.Configuration {
    /// How long calls may take.
    ///
    /// Each call has one deadline, set when it starts,
    /// that covers connecting, sending, the response headers, the whole body and every retry.
    /// Ordinary calls get ``request``;
    /// uploads, downloads to a file and reports get the longer ``transfer``.
    /// Within that deadline, a response that stops sending for ``idle`` fails at once,
    /// so a stalled server is noticed early and a server that drips bytes forever still ends at the deadline.
    ///
    /// ```swift
    /// let timeout = DataMasqueClient.Configuration.Timeout(request: .seconds(30))
    /// ```
    ///
    /// ``DataMasqueClient/with(timeout:logger:)`` sets a different deadline for some calls.
    public struct Timeout: Sendable, Hashable, CustomStringConvertible {
        /// The deadline of an ordinary call, retries included. 60 seconds by default.
        public let request: Duration
        /// The deadline of an upload, a download to a file or a report, retries included. One hour by default.
        public let transfer: Duration
        /// The longest wait for the next bytes of a response, from a client the DataMasque client created.
        /// 60 seconds by default.
        public let idle: Duration

        /// The longest timeout accepted: 30 days.
        public static let longest = Duration.seconds(30 * 24 * 3600)

        /// Creates timeouts.
        ///
        /// Each must be positive and at most ``longest``, which ``DataMasqueClient/Configuration`` checks.
        public init(request: Duration = .seconds(60), transfer: Duration = .seconds(3600), idle: Duration = .seconds(60)) {
            self.request = request
            self.transfer = transfer
            self.idle = idle
        }

        public var description: String { "Timeout(request: \(request), transfer: \(transfer), idle: \(idle))" }

        /// Throws unless every timeout is positive and at most ``longest``.
        func check() throws {
            for (name, value) in [("request", request), ("transfer", transfer), ("idle", idle)]
            where value <= .zero || value > Self.longest {
                throw DataMasqueError(
                    code: .configuration,
                    message: "The \(name) timeout must be more than zero and at most 30 days, got \(value).")
            }
        }
    }
}
