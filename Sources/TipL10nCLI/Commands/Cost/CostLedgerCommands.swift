import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost list [--bureau EUR] [--fiscal-year 2009] [--status approved]`: the ledger, one
/// request a line, with totals requested, approved, paid and outstanding.
struct CostListCommand: ProjectCommand {
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
    var format: OutputFormat = .text

    @OptionGroup var project: ProjectOptions

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            let listing = try context.costListing(
                bureau: bureau?.bureau, fiscalYear: fiscalYear?.fiscalYear, status: status?.status)
            switch format {
            case .json: console.print(try JSONText.encoded(listing))
            case .text: console.print(Self.text(listing.requests))
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

/// `tipl10n cost show PRISTINA-FY2009-001`: one request with its lines and history.
struct CostShowCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one cost request: post, bureau, cable, lines, amounts and its status history.")

    @Argument(
        help: ArgumentHelp("The request ID, e.g. PRISTINA-FY2009-001.", valueName: "id"),
        completion: RequestIDCompletion.kind)
    var id: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var project: ProjectOptions

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            let request = try context.costRequest(id: id)
            switch format {
            case .json: console.print(try JSONText.encoded(request))
            case .text: console.print(Self.text(request))
            }
        }
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

/// `tipl10n cost memo PRISTINA-FY2009-001 [--format md|txt]`: the memo to the bureau's EX office.
struct CostMemoCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "Print the memo of a cost request to the bureau's EX office, as Markdown or plain text.",
        discussion: """
            The memo names the post, the EX office, the requesting officer, the date and fiscal year, quotes the \
            cable's paragraph on translation funding (paragraph 10), and lists per locale the words, rate and \
            amount, the total, how words were counted, the justification and the status history.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, txt
    }

    @Argument(
        help: ArgumentHelp("The request ID, e.g. PRISTINA-FY2009-001.", valueName: "id"),
        completion: RequestIDCompletion.kind)
    var id: String

    @Option(name: .long, help: "Memo format: md (Markdown) or txt (plain text).")
    var format: Format = .md

    @Option(
        name: .long, help: ArgumentHelp("Write the memo to this file instead of standard output.", valueName: "path"),
        completion: .file(extensions: ["md", "txt"]))
    var output: String?

    @OptionGroup var project: ProjectOptions

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            let memo = CostMemo.render(try context.costRequest(id: id), format: format == .md ? .markdown : .text)
            if let output {
                console.print(try context.write(memo, toUserPath: output))
            } else {
                console.printRaw(memo)
            }
        }
    }
}

/// `tipl10n cost export --csv [--output ledger.csv]`: the ledger for the finance office.
struct CostExportCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the cost ledger as CSV for the finance office (one row per request).",
        discussion: """
            RFC 4180 CSV with a header row and CRLF line ends. Columns: request_id, fiscal_year, post, country, \
            bureau, ex_office, cable_id, locales, words, currency, requested, approved, paid, outstanding, status, \
            request_date, status_changed_at, officer, note (the latest event's note). A cell starting with =, +, - or @ \
            gets a leading ' so a spreadsheet does not run it as a formula.
            """)

    @Flag(name: .long, help: "Write CSV (the only format).")
    var csv = false

    @Option(name: .long, help: "Only requests to this bureau's EX office: AF, EAP, EUR, NEA, SCA, WHA.")
    var bureau: BureauArgument?

    @Option(name: .long, help: ArgumentHelp("Only this fiscal year: 2009 or FY2009.", valueName: "year"))
    var fiscalYear: FiscalYearArgument?

    @Option(name: .long, help: "Only requests whose current status is this.")
    var status: StatusArgument?

    @Option(
        name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"),
        completion: .file(extensions: ["csv"]))
    var output: String?

    @OptionGroup var project: ProjectOptions

    func validate() throws {
        guard csv else { throw ValidationError("cost export writes CSV: pass --csv") }
    }

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            let text = try context.costLedgerCSV(
                bureau: bureau?.bureau, fiscalYear: fiscalYear?.fiscalYear, status: status?.status)
            if let output {
                console.print(try context.write(text, toUserPath: output))
            } else {
                console.printRaw(text)
            }
        }
    }
}
