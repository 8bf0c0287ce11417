import Foundation
import Testing
import TipL10nKit
import TipL10nTestSupport

@testable import TipL10nCLI

/// The root command in process: unknown commands, `--version`, `help`, the `--now` parser's
/// messages.
@Suite struct RootCommandTests {
    @Test(arguments: [
        ("exprot", "did you mean 'export'?"), ("statsu", "did you mean 'status'?"),
        ("EXPORT", "did you mean 'export'?"),
        ("verfy", "did you mean 'verify'?"), ("cots", "did you mean 'cost'?"), ("ini", "did you mean 'init'?"),
        (
            "frobnicate",
            "the commands are init, export, import, verify, status, build, cost, tm, glossary, segment, cable, locale, store"
        ),
    ])
    func anUnknownCommandSuggestsTheNearest(typed: String, suggestion: String) throws {
        let folder = try temporaryFolder()
        let run = CommandRunner.run([typed, "--lang", "sq"], in: folder)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr == "Error: unknown command '\(typed)': \(suggestion)\n")
        #expect(FileFixtures.contents("", in: folder) == [])
    }

    @Test func editDistanceCountsASwapOfNeighboursAsOne() {
        #expect(TipL10nCommand.editDistance("exprot", "export") == 1)
        #expect(TipL10nCommand.editDistance("kitten", "sitting") == 3)
        #expect(TipL10nCommand.editDistance("", "tm") == 2)
        #expect(TipL10nCommand.editDistance("cost", "cost") == 0)
        #expect(TipL10nCommand.unknownCommandMessage("export") == nil)
        #expect(TipL10nCommand.unknownCommandMessage("help") == nil)
    }

    @Test func versionHelpAndNoArguments() throws {
        let folder = try temporaryFolder()
        let version = CommandRunner.run(["--version"], in: folder)
        #expect(version.status == 0)
        #expect(version.stdout == TipL10nVersion.current + "\n")
        #expect(version.stderr == "")
        let help = CommandRunner.run(["help", "export"], in: folder)
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: Export the narrative and press guidance as XLIFF 1.2 (or 2.1) for"))
        let none = CommandRunner.run([], in: folder)
        #expect(none.status == 0)
        #expect(none.lines.first?.hasPrefix("OVERVIEW: Translation and localization workflow") == true)
        #expect(FileFixtures.contents("", in: folder) == [])
    }

    @Test(arguments: ["export", "status", "verify", "build", "segment", "cable"])
    func nowWithoutAZoneIsAUsageErrorThatSaysAZoneIsRequired(command: String) throws {
        let folder = try temporaryFolder()
        let run = CommandRunner.run([command, "--now", "2009-06-16T14:00:00"], in: folder)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(
            run.errorLines.first
                == "Error: The value '2009-06-16T14:00:00' is invalid for '--now <instant>': '2009-06-16T14:00:00' "
                + "has no time zone: add one, e.g. 2009-06-16T14:00:00Z (UTC) or 2009-06-16T14:00:00+02:00 "
                + "(the post's)")
        #expect(run.errorLines.contains { $0.hasPrefix("Usage: tipl10n \(command) ") })
        #expect(FileFixtures.contents("", in: folder) == [])
    }

    @Test func anOptionACommandDoesNotTakeIsAUsageError() throws {
        let folder = try temporaryFolder()
        let run = CommandRunner.run(["status", "--force"], in: folder)
        #expect(run.status == 64)
        #expect(run.errorLines.first == "Error: Unknown option '--force'. Did you mean '--format'?")
    }
}
