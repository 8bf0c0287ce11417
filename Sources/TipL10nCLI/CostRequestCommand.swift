import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost request --lang sq,sr-Latn`: records a draft cost request in the ledger.
struct CostRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Record a cost request (a draft) for translating a cable into some locales.",
        discussion: """
            Prices the cable like `cost estimate` and records the request in the translation store with an ID \
            such as PRISTINA-FY2009-001: the post from the cable's TO line, the fiscal year from the post's \
            calendar day (--now), the sequence per post and fiscal year. The regional bureau and its EX office \
            come from the narrative's country. A second open (or paid) request for the same cable and locale, \
            and a request for translations the store already holds, are warned about on standard error.
            """)

    @OptionGroup var pricing: CostPricingOptions

    @OptionGroup var cableOptions: CableOptions

    @Option(name: .long, help: "Parts to count, comma-separated: narrative, press, nonpaper.")
    var include: PartList = .standard

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
        help: ArgumentHelp("The post, when the cable's TO line does not name it (e.g. PRISTINA).", valueName: "name"))
    var post: String?

    @Option(name: .long, help: "The regional bureau, when the country is not in tipl10n's table.")
    var bureau: BureauArgument?

    @OptionGroup var clock: ClockOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: CostOutputFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Console.failing {
            let now = try clock.date()
            let (locales, pricing) = try pricing.pricing()
            let input = try cableOptions.cableInput()
            let source = try CostSource.read(
                input.data, path: input.path, segmenter: try cableOptions.segmenter(), parts: include.parts)
            let requestingPost = try source.post(named: post, bureau: bureau?.bureau)
            if post != nil, let addressed = try? source.post(bureau: bureau?.bureau).name,
                addressed != requestingPost.name
            {
                Console.error(
                    "warning: the cable is addressed to \(addressed), not \(requestingPost.name); the request is "
                        + "recorded for \(requestingPost.name) as --post says")
            }
            let officer = try self.officer ?? CostPrinting.defaultActor(option: "--officer")
            let receipt = try CostPrinting.ledger(storeOptions).request(
                source, locales: locales, pricing: pricing, post: requestingPost, officer: officer,
                justification: justification, note: note, at: now)
            for warning in receipt.warnings { Console.error("warning: \(warning)") }
            let request = receipt.request
            switch format {
            case .json:
                print(try CostPrinting.json(request))
            case .text:
                print(
                    "recorded \(request.requestID) (draft): \(request.requested.formatted) for "
                        + "\(request.locales.joined(separator: ", ")) of \(request.cableID), "
                        + "to \(request.post.bureau.executiveOffice), \(request.fiscalYear)")
                print(CostPrinting.linesTable(request.lines, total: request.requested))
            }
        }
    }
}
