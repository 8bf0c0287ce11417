import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost show PRISTINA-FY2009-001`: one request with its lines and history.
struct CostShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one cost request: post, bureau, cable, lines, amounts and its status history.")

    @Argument(help: ArgumentHelp("The request ID, e.g. PRISTINA-FY2009-001.", valueName: "id"))
    var id: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: CostOutputFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Console.failing {
            let request = try Self.request(id, storeOptions: storeOptions)
            switch format {
            case .json: print(try CostPrinting.json(request))
            case .text: print(Self.text(request))
            }
        }
    }

    /// The request, or `.tipl10n/store.sqlite: error: there is no cost request ID` (the path
    /// the user gave or would have, also when there is no store file yet).
    static func request(_ id: String, storeOptions: StoreOptions) throws -> CostRequest {
        guard let request = try CostPrinting.ledger(storeOptions).request(id: id) else {
            let path = storeOptions.displayPath
            let missing =
                storeOptions.exists ? "" : " (there is no store here)"
            throw CommandFailure("\(path): error: there is no cost request \(id.uppercased())\(missing)")
        }
        return request
    }

    /// `USD 250.00`, or `USD 250.00 in 2 payments`.
    static func paidText(_ request: CostRequest) -> String {
        guard let paid = request.paid else { return "-" }
        return paid.formatted + (request.payments.count > 1 ? " in \(request.payments.count) payments" : "")
    }

    /// The request as labelled lines, the lines table and the history table.
    static func text(_ request: CostRequest) -> String {
        let post = request.post
        let fields: [(String, String)] = [
            ("status", request.status.rawValue),
            ("post", "\(post.name) (\(post.country)), \(post.bureau.rawValue), \(post.bureau.executiveOffice)"),
            ("fiscal year", "\(request.fiscalYear) (request date \(request.requestDate), \(post.timeZoneIdentifier))"),
            ("cable", "\(request.cableID) (\(request.cableDTG)) \(request.cableSubject)"),
            ("parts", request.parts.map(\.displayName).joined(separator: ", ")),
            ("word count rule", request.wordCountRule),
            ("officer", request.officer),
            ("requested", request.requested.formatted),
            ("approved", request.approved?.formatted ?? "-"),
            ("paid", paidText(request)),
            ("outstanding", request.outstanding?.formatted ?? "-"),
            ("justification", request.justification),
        ]
        var text = "\(request.requestID)\n"
        for (name, value) in fields {
            text += (name + ":").padding(toLength: 17, withPad: " ", startingAt: 0) + value + "\n"
        }
        text += "\n" + CostPrinting.linesTable(request.lines, total: request.requested) + "\n"
        if let note = CostPrinting.conversionNote(request.lines) { text += note + "\n" }
        text += "\n"
        var rows = [["when (UTC)", "action", "status", "amount", "by", "note"]]
        for event in request.events {
            rows.append([
                ISO8601DateFormatter().string(from: event.at), event.action.rawValue,
                (event.previousStatus.map { "\($0.rawValue) → " } ?? "") + event.status.rawValue,
                event.amount?.formatted ?? "", event.actor, event.note,
            ])
        }
        text += CostPrinting.table(rows, rightAligned: [3])
        return text
    }
}
