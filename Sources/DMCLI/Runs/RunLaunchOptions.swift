import ArgumentParser
import DataMasque

/// `-b/--background` with the waiting options of `dm run start` and `dm run retry`.
struct RunLaunchOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Return once the run has started instead of waiting.")
    var background = false

    @OptionGroup var waiting: RunWaitOptions

    /// The waiter for a run started with these options; `nil` with `--background`.
    func waiter(client: DataMasqueClient, terminal: Terminal) -> RunWaiter? {
        background ? nil : RunWaiter(client: client, terminal: terminal, options: waiting)
    }
}
