import ArgumentParser
import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nCLI

/// The `--help` of every command and subcommand, compared byte for byte with
/// `Tests/Fixtures/golden/help/<command>.txt` (`tipl10n.txt` for the root, `cost-estimate.txt`
/// for `tipl10n cost estimate`), rendered 100 columns wide.
///
/// When a help text changes on purpose, regenerate the files and review the diff:
///
///     TIPL10N_UPDATE_GOLDEN=1 swift test --filter HelpGoldenTests
@Suite struct HelpGoldenTests {
    /// Set to `1` to rewrite the golden files instead of comparing.
    static let updateVariable = "TIPL10N_UPDATE_GOLDEN"
    static var isUpdating: Bool { ProcessInfo.processInfo.environment[updateVariable] == "1" }

    /// Every command under the root, depth first: the golden file's name and the command's type.
    static func commandTree(
        _ type: any ParsableCommand.Type = TipL10nCommand.self, path: [String] = []
    ) -> [(name: String, type: any ParsableCommand.Type)] {
        let name = path.isEmpty ? "tipl10n" : path.joined(separator: "-")
        var result: [(name: String, type: any ParsableCommand.Type)] = [(name, type)]
        for subcommand in type.configuration.subcommands {
            let subcommandName = subcommand.configuration.commandName ?? "\(subcommand)"
            result += commandTree(subcommand, path: path + [subcommandName])
        }
        return result
    }

    static let names = commandTree().map(\.name)

    /// The help text as `tipl10n <command> --help` prints it 100 columns wide, with a final line end.
    static func help(_ type: any ParsableCommand.Type) -> String {
        TipL10nCommand.helpMessage(for: type, includeHidden: false, columns: 100) + "\n"
    }

    @Test(arguments: names)
    func helpMatchesItsGoldenFile(name: String) throws {
        let type = try #require(Self.commandTree().first { $0.name == name }?.type)
        let rendered = Self.help(type)
        let file = TestPaths.goldenHelp.appendingPathComponent("\(name).txt")
        if Self.isUpdating {
            try FileManager.default.createDirectory(at: TestPaths.goldenHelp, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: file)
            return
        }
        let golden = try? String(contentsOf: file, encoding: .utf8)
        #expect(
            golden == rendered,
            """
            The help of `\(name.replacingOccurrences(of: "-", with: " "))` differs from \
            Tests/Fixtures/golden/help/\(name).txt. If the change is intended, regenerate the golden files \
            with `\(Self.updateVariable)=1 swift test --filter HelpGoldenTests` and review the diff.
            """)
    }

    @Test func everyGoldenFileBelongsToACommand() throws {
        guard !Self.isUpdating else { return }
        let files = FileFixtures.contents("golden/help", in: TestPaths.fixtures)
        #expect(files == Self.names.map { "\($0).txt" }.sorted(), "remove golden files of commands that are gone")
        #expect(Self.names.count == 31)
    }

    @Test func theRootHelpNamesEveryCommand() throws {
        let root = Self.help(TipL10nCommand.self)
        for name in [
            "init", "export", "import", "verify", "status", "build", "cost", "tm", "glossary", "segment", "cable",
        ] {
            #expect(root.contains("\n  \(name) "), "\(name)")
        }
    }

    @Test func helpIsPrintedOnStandardOutput() throws {
        let folder = try temporaryFolder()
        let run = CommandRunner.run(["cost", "estimate", "--help"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout.trimmingCharacters(in: .newlines)
                == TipL10nCommand.helpMessage(for: CostEstimateCommand.self, columns: nil)
                .trimmingCharacters(in: .newlines))
    }
}
