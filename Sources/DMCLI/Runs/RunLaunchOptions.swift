import ArgumentParser

/// `-b/--background` with the waiting options of `dm run start` and `dm run retry`.
struct RunLaunchOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Return once the run has started instead of waiting.")
    var background = false

    @OptionGroup var waiting: RunWaitOptions

    /// How to wait for the started run; `nil` with `--background`.
    var schedule: RunWaitSchedule? {
        background ? nil : waiting.schedule
    }
}
