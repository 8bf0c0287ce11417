import ArgumentParser
import TipL10nKit

/// The `tipl10n` root command: subcommands one per file, nested here.
public struct TipL10nCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tipl10n",
        abstract: "Translation and localization workflow for the Trafficking in Persons Report rollout cable.",
        subcommands: []
    )

    public init() {}
}
