import ArgumentParser
import Testing
import TipL10nKit

@testable import TipL10nCLI

/// `tipl10n --version` prints the library's version and exits 0.
@Suite struct VersionOptionTests {
    @Test func versionPrintsTheLibrarysVersionAndSucceeds() throws {
        do {
            _ = try TipL10nCommand.parseAsRoot(["--version"])
            Issue.record("--version parsed as a command instead of printing the version")
        } catch {
            #expect(TipL10nCommand.fullMessage(for: error) == "0.1.0")
            #expect(TipL10nCommand.fullMessage(for: error) == TipL10nVersion.current)
            #expect(TipL10nCommand.exitCode(for: error) == .success)
        }
    }
}
