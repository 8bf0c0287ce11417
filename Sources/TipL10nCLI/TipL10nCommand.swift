import ArgumentParser
import TipL10nKit

/// The `tipl10n` root command: subcommands one per file, nested here.
///
/// Exit codes: 0 success; 1 data error (bad input, refused action, failed check);
/// 64 usage error (ArgumentParser's).
public struct TipL10nCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tipl10n",
        abstract: "Translation and localization workflow for the Trafficking in Persons (TIP) Report rollout cable.",
        discussion: """
            Reads the rollout cable (the 2009 Kosovo cable 09STATE61188 is built in), splits the country \
            narrative and press guidance into translation units, exports XLIFF for translators, imports the \
            completed files into a translation store, verifies every figure and keeps the ledger of \
            translation-cost requests.
            """,
        version: XLIFF12Writer.toolVersion,
        subcommands: [
            ExportCommand.self, ImportCommand.self, VerifyCommand.self, SegmentCommand.self, CableCommand.self,
            CostCommand.self, BuildCommand.self, StatusCommand.self, TMCommand.self, StoreCommand.self,
        ]
    )

    public init() {}
}
