import Testing

@testable import DMCLI

@Suite struct CLIConfigurationTests {
    @Test(arguments: [
        Profile(url: "", username: "u", password: "p"), Profile(url: "https://a", username: "", password: "p"),
        Profile(url: "https://a", username: "u", password: ""),
    ])
    func aProfileNeedsURLUsernameAndPassword(_ profile: Profile) {
        #expect(!profile.isConfigured)
    }

    @Test func anUnknownProfileIsBlankAndNotAdded() {
        let configuration = CLIConfiguration()
        #expect(configuration.profile(named: "nope") == Profile())
        #expect(!configuration.contains("nope"))
    }

    @Test func removingTheActiveProfileActivatesTheFirstRemaining() {
        var configuration = CLIConfiguration()
        configuration.set(Profile(url: "https://a"), named: "prod")
        configuration.set(Profile(url: "https://b"), named: "default")
        configuration.set(Profile(url: "https://c"), named: "staging")
        configuration.activeProfile = "default"
        let removed = configuration.remove(named: "default")
        let removedAgain = configuration.remove(named: "default")
        #expect(removed && !removedAgain)
        #expect(configuration.activeProfile == "prod")
        configuration.remove(named: "prod")
        configuration.remove(named: "staging")
        #expect(configuration.activeProfile == "default")
    }
}
