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
            let store = try CostPrinting.existingStore(storeOptions)
            let request = try Self.request(id, in: store, storeOptions: storeOptions)
            switch format {
            case .json: print(try CostPrinting.json(request))
            case .text: print(Self.text(request))
            }
        }
    }

    /// The request, or `.tipl10n/store.sqlite: error: there is no cost request ID` (the path
    /// the user gave or would have, also when there is no store file yet).
    static func request(_ id: String, in store: TranslationStore, storeOptions: StoreOptions) throws -> CostRequest {
        guard let request = try store.costRequest(id: id) else {
            let path = CostPrinting.storePath(storeOptions)
            let missing =
                FileManager.default.fileExists(atPath: storeOptions.path.path) ? "" : " (there is no store here)"
            throw CommandFailure("\(path): error: there is no cost request \(id.uppercased())\(missing)")
        }
        return request
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
            ("paid", request.paid?.formatted ?? "-"),
            ("justification", request.justification),
        ]
        var text = "\(request.requestID)\n"
        for (name, value) in fields {
            text += (name + ":").padding(toLength: 17, withPad: " ", startingAt: 0) + value + "\n"
        }
        text += "\n" + CostPrinting.linesTable(request.lines, total: request.requested) + "\n\n"
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
