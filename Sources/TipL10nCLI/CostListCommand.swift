import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost list [--bureau EUR] [--fiscal-year 2009] [--status approved]`: the ledger, one
/// request a line, with totals requested, approved, paid and outstanding.
struct CostListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the cost requests in the ledger, with their status and amounts.",
        discussion: """
            On a shared PostgreSQL store an EX office sees the requests of every post of its bureau, a post \
            only its own.
            """)

    @Option(name: .long, help: "Only requests to this bureau's EX office: AF, EAP, EUR, NEA, SCA, WHA.")
    var bureau: BureauArgument?

    @Option(name: .long, help: ArgumentHelp("Only this fiscal year: 2009 or FY2009.", valueName: "year"))
    var fiscalYear: FiscalYearArgument?

    @Option(name: .long, help: "Only requests whose current status is this.")
    var status: StatusArgument?

    @Option(name: .long, help: "Output format: text or json.")
    var format: CostOutputFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Console.failing {
            let listing = try CostPrinting.ledger(storeOptions).listing(
                bureau: bureau?.bureau, fiscalYear: fiscalYear?.fiscalYear, status: status?.status)
            switch format {
            case .json:
                print(try CostPrinting.json(listing))
            case .text:
                print(Self.text(listing.requests))
            }
        }
    }

    /// One line per request, then a count with the totals per currency.
    static func text(_ requests: [CostRequest]) -> String {
        guard !requests.isEmpty else { return "no cost requests" }
        var rows = [
            ["request", "status", "FY", "cable", "locales", "words", "requested", "approved", "paid", "outstanding"]
        ]
        for request in requests {
            rows.append([
                request.requestID, request.status.rawValue, request.fiscalYear.description, request.cableID,
                request.locales.joined(separator: ","), CostPrinting.grouped(request.lines.first?.words ?? 0),
                request.requested.formatted, request.approved?.formatted ?? "-", request.paid?.formatted ?? "-",
                request.outstanding?.formatted ?? "-",
            ])
        }
        var text = CostPrinting.table(rows, rightAligned: [5, 6, 7, 8, 9])
        for totals in CostLedgerTotals.make(requests) {
            text +=
                "\n\(Plural.count(totals.requests, "cost request")): requested \(totals.requested.formatted), "
                + "approved \(totals.approved.formatted), paid \(totals.paid.formatted), "
                + "outstanding \(totals.outstanding.formatted)"
            if totals.notCounted > 0 {
                text += " (\(totals.notCounted) cancelled or rejected, not counted)"
            }
        }
        if requests.contains(where: { $0.status == .cancelled || $0.status == .rejected }) {
            text += "\ntotals count drafts, submitted, approved and paid requests only"
        }
        return text
    }
}
