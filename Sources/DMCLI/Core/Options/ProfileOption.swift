import ArgumentParser

/// `-p/--profile`: the saved profile to log in with, instead of the environment or the active profile.
struct ProfileOption: ParsableArguments {
    @Option(
        name: [.customLong("profile"), .customShort("p")],
        help: "Use this saved profile instead of the environment or the active profile.")
    var profile: String?
}
