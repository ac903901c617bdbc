/// The contents of the config file: the saved profiles and which one is active.
struct CLIConfiguration: Sendable, Equatable {
    /// The profile used when neither `--profile` nor the environment says otherwise.
    var activeProfile = "default"
    /// The profiles by name.
    private(set) var profiles: [String: Profile] = [:]

    /// The profile names in file order (alphabetical, as the file is written).
    var profileNames: [String] { profiles.keys.sorted() }

    /// The profile named `name`, or the active one; an unknown name gives a blank, unconfigured profile.
    func profile(named name: String? = nil) -> Profile {
        profiles[name ?? activeProfile] ?? Profile()
    }

    /// Whether a profile of that name is saved.
    func contains(_ name: String) -> Bool {
        profiles[name] != nil
    }

    /// Saves `profile` under `name`, replacing any profile of that name.
    mutating func set(_ profile: Profile, named name: String) {
        profiles[name] = profile
    }

    /// Removes the named profile; returns whether it existed.
    ///
    /// When it was active, the first remaining profile becomes active, or `default` when none remain.
    @discardableResult
    mutating func remove(named name: String) -> Bool {
        guard profiles.removeValue(forKey: name) != nil else { return false }
        if activeProfile == name { activeProfile = profileNames.first ?? "default" }
        return true
    }
}
