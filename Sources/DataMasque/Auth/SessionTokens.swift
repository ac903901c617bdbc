/// What a login yields: the token requests carry and, for in-flight masking, the refresh token that renews it.
///
/// Neither token shows in its description or mirror.
struct SessionTokens: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// The token sent in `Authorization`.
    var access: String
    /// The token that obtains a new ``access`` token without the password, if the login issued one.
    var refresh: String?

    init(access: String, refresh: String? = nil) {
        self.access = access
        self.refresh = refresh
    }

    var description: String { "SessionTokens(access: <redacted>, refresh: \(refresh == nil ? "none" : "<redacted>"))" }

    var customMirror: Mirror { Mirror(self, children: ["description": description], displayStyle: .struct) }
}
