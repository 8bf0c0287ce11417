import ArgumentParser
import TipL10nKit

/// `tipl10n cost`: word counts, estimates and the ledger of translation cost requests to the
/// regional bureau's EX office (cable paragraph 10). Subcommands one per file.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Estimate translation costs and keep the ledger of cost requests to the bureau's EX office.",
        discussion: """
            Words are counted by one documented rule (tipl10n-words-1, GMX-V; see Docs/WordCount.md) and split \
            into new words, exact matches from the translation store and repetitions. Requests are recorded in \
            the translation store with an append-only status history: draft → submitted → approved → paid, or \
            rejected / cancelled on the way. Refused actions exit 1 and change nothing.
            """,
        subcommands: [
            CostEstimateCommand.self, CostRequestCommand.self, CostListCommand.self, CostShowCommand.self,
            CostSubmitCommand.self, CostApproveCommand.self, CostRejectCommand.self, CostPayCommand.self,
            CostCancelCommand.self, CostMemoCommand.self, CostExportCommand.self,
        ])
}
