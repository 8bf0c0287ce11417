import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost request --lang sq,sr-Latn`: records a draft cost request in the ledger.
struct CostRequestCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Record a cost request (a draft) for translating the cable into some locales.",
        discussion: """
            Prices the cable like `cost estimate` and records the request in the project's store with an ID such \
            as PRISTINA-FY2009-001: the post from the project, the fiscal year from the post's calendar day \
            (--now), the sequence per post and fiscal year. The regional bureau and its EX office come from the \
            project. A second open (or paid) request for the same cable and locale, and a request for \
            translations the store already holds, are warned about on standard error.
            """)

    @OptionGroup var pricing: CostPricingOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Parts to count, comma-separated: narrative, press, nonpaper (default: the project's).", valueName: "parts")
    )
    var include: PartList?

    @Option(name: .long, help: ArgumentHelp("Added to the justification and to the history.", valueName: "text"))
    var note: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Replaces the standard justification drawn from the cable.", valueName: "text"))
    var justification: String?

    @Option(name: .long, help: ArgumentHelp("The requesting officer (default: your login name).", valueName: "name"))
    var officer: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Another post than the project's (e.g. PRISTINA).", valueName: "name"))
    var post: String?

    @Option(name: .long, help: "Another regional bureau than the project's.")
    var bureau: BureauArgument?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var project: ProjectOptions

    func run(in io: CommandIO) throws {
        try Console.run(io, hints: pricing.hints) { console in
            let context = try project.context(io, ratesPath: pricing.rates)
            console.attach(context)
            var settings = CostRequestSettings(
                officer: try officer ?? CostPrinting.defaultActor(io, option: "--officer"))
            settings.post = post
            settings.bureau = bureau?.bureau
            settings.justification = justification
            settings.note = note
            let (locales, chosen) = try pricing.pricing(context)
            let (request, warnings) = try context.recordCostRequest(
                locales, pricing: chosen, parts: include?.parts, settings: settings)
            for warning in warnings { console.report(warning) }
            switch format {
            case .json:
                console.print(try JSONText.encoded(request))
            case .text:
                console.print(
                    "recorded \(request.requestID) (draft): \(request.requested.formatted) for "
                        + "\(request.locales.joined(separator: ", ")) of \(request.cableID), "
                        + "to \(request.post.bureau.executiveOffice), \(request.fiscalYear)")
                console.print(CostPrinting.linesTable(request.lines, total: request.requested))
            }
        }
    }
}
