import ArgumentParser
import Foundation
import TipL10nKit

// `tipl10n cost submit|approve|reject|pay|cancel ID`: the five status actions. They are one
// command with a different action, so they share this file and ``CostActionRun``.

/// Options every status action takes.
struct CostActionOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The request ID, e.g. PRISTINA-FY2009-001.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Why; recorded in the history.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("Who acts (default: your login name).", valueName: "name"))
    var actor: String?

    @OptionGroup var clock: ClockOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: CostOutputFormat = .text

    @OptionGroup var storeOptions: StoreOptions
}

/// Runs one action and prints `PRISTINA-FY2009-001: submitted → approved (USD 300.00)`.
enum CostActionRun {
    static func run(_ action: CostAction, _ options: CostActionOptions, amount: String? = nil) throws {
        try Console.failing {
            let now = try options.clock.date()
            let actor = try options.actor ?? CostPrinting.defaultActor(option: "--actor")
            let money = try amount.map { try Money.parse($0, currency: "USD", allowsNegative: true).amount }
            let receipt = try CostPrinting.ledger(options.storeOptions).perform(
                action, onCostRequest: options.id, amount: money, actor: actor, note: options.note ?? "", at: now)
            for warning in receipt.warnings { Console.error("warning: \(warning)") }
            let request = receipt.request
            switch options.format {
            case .json:
                print(try CostPrinting.json(request))
            case .text:
                var amountText = request.events.last?.amount.map { $0.formatted } ?? ""
                if action == .pay, request.payments.count > 1 || request.status == .approved,
                    let paid = request.paid, let approved = request.approved, let outstanding = request.outstanding
                {
                    amountText +=
                        "; paid \(paid.formatted) of \(approved.formatted) approved, outstanding \(outstanding.formatted)"
                }
                print(
                    "\(request.requestID): \(request.events.last?.previousStatus?.rawValue ?? "?") → "
                        + "\(request.status.rawValue)\(amountText.isEmpty ? "" : " (\(amountText))")")
            }
        }
    }
}

/// `tipl10n cost submit ID`: draft → submitted.
struct CostSubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit", abstract: "Submit a draft cost request to the bureau's EX office.")

    @OptionGroup var options: CostActionOptions

    func run() throws { try CostActionRun.run(.submit, options) }
}

/// `tipl10n cost approve ID [--amount 300.00]`: submitted → approved.
struct CostApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the EX office's approval of a submitted request (the amount may differ from the request).")

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("The approved amount (default: the requested total).", valueName: "amount"))
    var amount: String?

    @OptionGroup var options: CostActionOptions

    func run() throws { try CostActionRun.run(.approve, options, amount: amount) }
}

/// `tipl10n cost reject ID`: submitted → rejected.
struct CostRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Record the EX office's rejection of a submitted request.")

    @OptionGroup var options: CostActionOptions

    func run() throws { try CostActionRun.run(.reject, options) }
}

/// `tipl10n cost pay ID [--amount 300.00]`: approved → paid, or still approved after a partial payment.
struct CostPayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay",
        abstract: "Record a payment on an approved request (in one or several payments, not more than approved).")

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("The amount paid (default: what is outstanding).", valueName: "amount"))
    var amount: String?

    @OptionGroup var options: CostActionOptions

    func run() throws { try CostActionRun.run(.pay, options, amount: amount) }
}

/// `tipl10n cost cancel ID`: draft, submitted or approved → cancelled.
struct CostCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a draft, submitted or approved request (nothing paid on it).")

    @OptionGroup var options: CostActionOptions

    func run() throws { try CostActionRun.run(.cancel, options) }
}
