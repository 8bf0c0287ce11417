import ArgumentParser
import Foundation
import TipL10nKit

// `tipl10n cost submit|approve|reject|pay|cancel ID`: the five status actions. They are one
// command with a different action, so they share this file and ``CostActionOptions``.

/// Options every status action takes.
struct CostActionOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp("The request ID, e.g. PRISTINA-FY2009-001.", valueName: "id"),
        completion: RequestIDCompletion.kind)
    var id: String

    @Option(name: .long, help: ArgumentHelp("Why; recorded in the history.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("Who acts (default: your login name).", valueName: "name"))
    var actor: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var project: ProjectOptions

    /// Runs `action` and prints `PRISTINA-FY2009-001: submitted → approved (USD 300.00)`.
    func run(_ action: CostAction, amount: String? = nil, in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            let (request, warnings) = try context.perform(
                action, onCostRequest: id, amount: amount,
                actor: try actor ?? CostPrinting.defaultActor(io, option: "--actor"), note: note ?? "")
            for warning in warnings { console.report(warning) }
            switch format {
            case .json:
                console.print(try JSONText.encoded(request))
            case .text:
                var amountText = request.events.last?.amount.map { $0.formatted } ?? ""
                if action == .pay, request.payments.count > 1 || request.status == .approved,
                    let paid = request.paid, let approved = request.approved, let outstanding = request.outstanding
                {
                    amountText +=
                        "; paid \(paid.formatted) of \(approved.formatted) approved, outstanding \(outstanding.formatted)"
                }
                console.print(
                    "\(request.requestID): \(request.events.last?.previousStatus?.rawValue ?? "?") → "
                        + "\(request.status.rawValue)\(amountText.isEmpty ? "" : " (\(amountText))")")
            }
        }
    }
}

/// `tipl10n cost submit ID`: draft → submitted.
struct CostSubmitCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit", abstract: "Submit a draft cost request to the bureau's EX office.")

    @OptionGroup var options: CostActionOptions

    func run(in io: CommandIO) throws { try options.run(.submit, in: io) }
}

/// `tipl10n cost approve ID [--amount 300.00]`: submitted → approved.
struct CostApproveCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the EX office's approval of a submitted request (the amount may differ from the request).")

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("The approved amount (default: the requested total).", valueName: "amount"))
    var amount: String?

    @OptionGroup var options: CostActionOptions

    func run(in io: CommandIO) throws { try options.run(.approve, amount: amount, in: io) }
}

/// `tipl10n cost reject ID`: submitted → rejected.
struct CostRejectCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Record the EX office's rejection of a submitted request.")

    @OptionGroup var options: CostActionOptions

    func run(in io: CommandIO) throws { try options.run(.reject, in: io) }
}

/// `tipl10n cost pay ID [--amount 300.00]`: approved → paid, or still approved after a partial payment.
struct CostPayCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay",
        abstract: "Record a payment on an approved request (in one or several payments, not more than approved).")

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("The amount paid (default: what is outstanding).", valueName: "amount"))
    var amount: String?

    @OptionGroup var options: CostActionOptions

    func run(in io: CommandIO) throws { try options.run(.pay, amount: amount, in: io) }
}

/// `tipl10n cost cancel ID`: draft, submitted or approved → cancelled.
struct CostCancelCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a draft, submitted or approved request (nothing paid on it).")

    @OptionGroup var options: CostActionOptions

    func run(in io: CommandIO) throws { try options.run(.cancel, in: io) }
}
