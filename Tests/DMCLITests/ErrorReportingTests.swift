import ArgumentParser
import DataMasque
import Foundation
import Testing

@testable import DMCLI

@Suite struct ErrorReportingTests {
    @Test func everyCodeHasItsDocumentedExitStatus() {
        let expected: [ErrorCode: Int32] = [
            .error: 1, .notFound: 3, .invalidInput: 4, .ambiguous: 5, .authRequired: 6, .authFailed: 7, .conflict: 8,
            .transportError: 9, .cancelled: 10, .forbidden: 11,
        ]
        #expect(ErrorCode.allCases.count == expected.count)
        for code in ErrorCode.allCases { #expect(code.exitStatus == expected[code]) }
    }

    @Test func agentModePrintsExactlyTheEnvelope() {
        let test = TestTerminal(["DM_OUTPUT": "json"])
        let status = test.terminal.exitStatus(
            reporting: CLIError(.notFound, "Connection 'x' not found.", hint: "List them."))
        #expect(status == 3)
        #expect(test.stdout.text.isEmpty)
        #expect(
            test.stderr.text
                == "{\"error\": {\"code\": \"not_found\", \"message\": \"Connection 'x' not found.\", \"hint\": \"List them.\"}}\n"
        )
    }

    @Test func theEnvelopeFoldsDetailsIntoTheMessageAndOmitsAMissingHint() {
        #expect(
            CLIError(.invalidInput, "Invalid", details: ["a", "b"]).envelope
                == "{\"error\": {\"code\": \"invalid_input\", \"message\": \"Invalid: a; b\"}}")
    }

    @Test func humanErrorsListDetailsKeepingTheirIndentation() {
        let test = TestTerminal()
        test.terminal.report(
            CLIError(.invalidInput, "Ruleset is invalid", details: ["line 3", "yaml:\n  ^ here"], hint: "Fix it."))
        #expect(test.stderr.text == "Error: Ruleset is invalid:\n  line 3\n  yaml:\n    ^ here\nHint: Fix it.\n")
    }

    @Test func exitCodesThrownByCommandsPassThrough() {
        #expect(TestTerminal().terminal.exitStatus(reporting: ExitCode(5)) == 5)
    }

    @Test func unexpectedErrorsExit1() {
        struct Bug: Error {}
        let test = TestTerminal()
        #expect(test.terminal.exitStatus(reporting: Bug()) == 1)
        #expect(test.stderr.text.hasPrefix("Error: "))
    }

    private func apiError(status: Int, body: String) -> DataMasqueError {
        DataMasqueError(
            code: .api, message: "GET /api/x/ failed with HTTP \(status)",
            request: .init(method: "GET", path: "/api/x/"),
            response: DataMasqueResponse(status: status, body: Data(body.utf8)))
    }

    @Test(arguments: [
        (400, ErrorCode.invalidInput), (401, .authFailed), (403, .forbidden), (404, .notFound), (409, .conflict),
        (422, .invalidInput), (500, .error),
    ])
    func httpStatusesMapToCodes(_ status: Int, _ code: ErrorCode) {
        let error = CLIError(apiError(status: status, body: #"{"detail": "The reason."}"#))
        #expect(error.code == code)
        #expect(error.message == (status == 409 ? "The reason." : "Request failed: The reason."))
        #expect((error.hint?.contains("dm auth login") ?? false) == (status == 401))
    }

    @Test func withoutAServerReasonTheClientMessageIsShown() {
        #expect(
            CLIError(apiError(status: 500, body: "<html>")).message
                == "Request failed: GET /api/x/ failed with HTTP 500")
    }

    @Test func fieldErrorsBecomeTheReason() {
        let error = CLIError(
            apiError(status: 400, body: #"{"name": ["This field is required."], "non_field_errors": ["Bad."]}"#))
        #expect(error.message.contains("name: This field is required."))
        #expect(error.message.contains("Bad."))
    }

    @Test func notReadyExplainsTheServerIsStartingUp() {
        let error = CLIError(DataMasqueError(code: .notReady, message: ""))
        #expect(error.code == .error)
        #expect(error.message.contains("starting up"))
    }

    private func transportError(_ text: String) -> DataMasqueError {
        DataMasqueError(code: .transport, message: "GET https://dm/api/ failed before a response arrived: \(text)")
    }

    @Test(arguments: [
        ("SSL handshake failed", true, true), ("certificate has expired", true, true), ("unable to VERIFY", true, true),
        ("connection refused", true, false), ("certificate has expired", false, false),
    ])
    func theTLSHintNeedsVerificationAndATLSLookingError(_ text: String, _ verifying: Bool, _ hinted: Bool) {
        let error = CLIError(transportError(text), verifyingTLS: verifying)
        #expect(error.code == .transportError)
        #expect(error.message.contains(text))
        #expect((error.hint?.contains("--insecure") ?? false) == hinted)
    }

    @Test func timeoutsAreTransportErrors() {
        #expect(CLIError(DataMasqueError(code: .timeout, message: "late")).code == .transportError)
    }

    @Test func refusedLoginsAreAuthFailures() {
        let error = CLIError.loginFailed(
            apiError(status: 400, body: #"{"non_field_errors": ["Unable to log in with provided credentials."]}"#),
            url: "https://dm", verifyingTLS: true)
        #expect(error == CLIError(.authFailed, "Authentication failed: Unable to log in with provided credentials."))
    }

    @Test(arguments: [500, 503])
    func serverErrorsAtLoginAreNotAuthFailures(status: Int) {
        let error = CLIError.loginFailed(apiError(status: status, body: "{}"), url: "https://dm", verifyingTLS: true)
        #expect(error.code != .authFailed)
    }

    @Test func unreachableLoginsNameTheURL() {
        let error = CLIError.loginFailed(transportError("Connection refused"), url: "https://dm", verifyingTLS: true)
        #expect(error.code == .transportError)
        #expect(error.message.hasPrefix("Could not connect to https://dm: "))
    }

    @Test func gatewayRejectionsAreAuthFailuresWithDetailRequestIDAndHint() {
        let rejection = SPCSGatewayRejection(
            status: 401, responseType: "ERROR_INVALID_TOKEN", requestID: "0d1a2b3c-0000-4000-8000-000000000001",
            detail: "Invalid token")
        let error = CLIError(
            DataMasqueError(code: .spcsGatewayRejected, message: "rejected", gatewayRejection: rejection))
        #expect(error.code == .authFailed)
        #expect(error.message.contains("Invalid token"))
        #expect(error.message.contains(rejection.requestID))
        #expect(error.hint == rejection.hint)
    }
}
