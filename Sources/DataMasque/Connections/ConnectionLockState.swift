/// What the server reports about a connection's edit and delete locks.
///
/// These fields are read-only:
/// they are read from responses and never sent back.
public struct ConnectionLockState: Sendable, Hashable {
    /// The license edit lock, if the license caps connections and this one is locked.
    public var licenseLock: LicenseLock?
    /// Whether the connection's protected fields are locked by the license edit lock (`target_frozen`).
    public var isTargetFrozen: Bool
    /// The wire keys of the locked fields, such as `schema`; empty unless ``isTargetFrozen``.
    public var frozenTargetFields: [String]
    /// Whether the server refuses to delete the connection (`deletion_frozen`).
    ///
    /// It can differ from ``isTargetFrozen``:
    /// connections stay deletable while the instance is over its cap.
    public var isDeletionFrozen: Bool

    /// Creates a lock state; the defaults describe an unlocked connection.
    public init(
        licenseLock: LicenseLock? = nil,
        isTargetFrozen: Bool = false,
        frozenTargetFields: [String] = [],
        isDeletionFrozen: Bool = false
    ) {
        self.licenseLock = licenseLock
        self.isTargetFrozen = isTargetFrozen
        self.frozenTargetFields = frozenTargetFields
        self.isDeletionFrozen = isDeletionFrozen
    }
}

extension ConnectionLockState: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case licenseLock = "license_lock"
        case isTargetFrozen = "target_frozen"
        case frozenTargetFields = "frozen_target_fields"
        case isDeletionFrozen = "deletion_frozen"

        var key: AnyCodingKey { AnyCodingKey(stringValue: rawValue) }
    }

    /// Reads the lock fields from a connection object; absent or `null` fields mean unlocked.
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder.container(keyedBy: AnyCodingKey.self))
    }

    /// Reads the lock fields from a connection object's container,
    /// so a connection's decoding reads its members once.
    init(from container: KeyedDecodingContainer<AnyCodingKey>) throws {
        self.init(
            licenseLock: try container.decodeIfPresent(LicenseLock.self, forKey: CodingKeys.licenseLock.key),
            isTargetFrozen: try container.decode(CodingKeys.isTargetFrozen.key, default: false),
            frozenTargetFields: try container.decode(CodingKeys.frozenTargetFields.key, default: []),
            isDeletionFrozen: try container.decode(CodingKeys.isDeletionFrozen.key, default: false)
        )
    }
}
