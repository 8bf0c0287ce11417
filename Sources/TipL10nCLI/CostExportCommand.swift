import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost export --csv [--output ledger.csv]`: the ledger for the finance office.
struct CostExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the cost ledger as CSV for the finance office (one row per request).",
        discussion: """
            RFC 4180 CSV with a header row and CRLF line ends. Columns: request_id, fiscal_year, post, country, \
            bureau, ex_office, cable_id, locales, words, currency, requested, approved, paid, outstanding, status, \
            request_date, status_changed_at, officer, note (the latest event's note). A cell starting with =, +, - or @ \
            gets a leading ' so a spreadsheet does not run it as a formula. The folder of --output must exist.
            """)

    @Flag(name: .long, help: "Write CSV (the only format).")
    var csv = false

    @Option(name: .long, help: "Only requests to this bureau's EX office: AF, EAP, EUR, NEA, SCA, WHA.")
    var bureau: BureauArgument?

    @Option(name: .long, help: ArgumentHelp("Only this fiscal year: 2009 or FY2009.", valueName: "year"))
    var fiscalYear: FiscalYearArgument?

    @Option(name: .long, help: "Only requests whose current status is this.")
    var status: StatusArgument?

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard csv else { throw ValidationError("cost export writes CSV: pass --csv") }
    }

    func run() throws {
        try Console.failing {
            let text = try CostPrinting.ledger(storeOptions).csv(
                bureau: bureau?.bureau, fiscalYear: fiscalYear?.fiscalYear, status: status?.status)
            if let output {
                try CostPrinting.checkOutputFolder(output)
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output), displayPath: output)
                print(output)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
