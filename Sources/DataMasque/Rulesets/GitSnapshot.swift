public import Foundation

/// Where a ruleset or library was last synced from git.
///
/// The server sends it as the flat fields `git_branch`, `git_commit_sha`, `git_repo_url` and `git_synced_at`;
/// the client folds them into this value.
/// It is read-only and never sent back.
public struct GitSnapshot: Sendable, Hashable, Codable {
    /// The branch synced from.
    public var branch: String
    /// The commit synced, when the server reported it.
    public var commitSHA: String?
    /// The repository synced from, when the server reported it.
    public var repoURL: String?
    /// When the sync happened, when the server reported it.
    public var syncedAt: Date?

    /// Creates a git snapshot.
    public init(branch: String, commitSHA: String? = nil, repoURL: String? = nil, syncedAt: Date? = nil) {
        self.branch = branch
        self.commitSHA = commitSHA
        self.repoURL = repoURL
        self.syncedAt = syncedAt
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case branch
        case commitSHA = "commit_sha"
        case repoURL = "repo_url"
        case syncedAt = "synced_at"

        /// The key of the same field sent flat on a ruleset or library, such as `git_branch`.
        var flatKey: AnyCodingKey { AnyCodingKey(stringValue: "git_" + stringValue) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        branch = try container.decode(String.self, forKey: .branch)
        commitSHA = try container.decodeIfPresent(String.self, forKey: .commitSHA)
        repoURL = try container.decodeIfPresent(String.self, forKey: .repoURL)
        syncedAt = try container.decodeWireDateIfPresent(forKey: .syncedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(branch, forKey: .branch)
        try container.encodeIfPresent(commitSHA, forKey: .commitSHA)
        try container.encodeIfPresent(repoURL, forKey: .repoURL)
        try container.encodeWireDateIfPresent(syncedAt, forKey: .syncedAt)
    }

    /// The wire keys folded into a snapshot: `git` and the four flat `git_*` keys.
    static let wireKeys: Set<String> = Set(["git"] + CodingKeys.allCases.map(\.flatKey.stringValue))

    /// Reads a nested `git` object, else the flat `git_*` fields;
    /// `nil` when `git_branch` is absent or `null` (not synced from git).
    static func folded(from container: KeyedDecodingContainer<AnyCodingKey>) throws -> GitSnapshot? {
        if let nested = try container.decodeIfPresent(GitSnapshot.self, forKey: "git") { return nested }
        guard let branch = try container.decodeIfPresent(String.self, forKey: CodingKeys.branch.flatKey) else {
            return nil
        }
        return GitSnapshot(
            branch: branch,
            commitSHA: try container.decodeIfPresent(String.self, forKey: CodingKeys.commitSHA.flatKey),
            repoURL: try container.decodeIfPresent(String.self, forKey: CodingKeys.repoURL.flatKey),
            syncedAt: try container.decodeWireDateIfPresent(forKey: CodingKeys.syncedAt.flatKey))
    }
}
