import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost estimate --lang sq,sr-Latn,sr-Cyrl`: word counts, rates and totals per locale.
struct CostEstimateCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Count the words of the cable and price their translation per locale.",
        discussion: """
            Counts the narrative and press guidance (the project's parts; see --include) by the rule \
            tipl10n-words-1, splits each locale's words into new, fuzzy (75-84%, 85-94%, 95-99%) and exact \
            matches from the translation memory (never the cable's own translations), and repetitions, and \
            prices them with the project's costs (tipl10n.yaml), --rates FILE or --rate. A locale made by script \
            conversion (sr-Cyrl from sr-Latn) is a script-conversion line at its own rate. Changes nothing.
            """)

    @OptionGroup var pricing: CostPricingOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Parts to count, comma-separated: narrative, press, nonpaper (default: the project's).", valueName: "parts")
    )
    var include: PartList?

    @Flag(name: .long, help: "Also list every translation unit with its words and match band per locale.")
    var units = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var project: ProjectOptions

    func run(in io: CommandIO) throws {
        try Console.run(io, hints: pricing.hints) { console in
            let context = try project.context(io, ratesPath: pricing.rates)
            console.attach(context)
            let (locales, chosen) = try pricing.pricing(context)
            let estimate = try context.estimate(locales, pricing: chosen, parts: include?.parts)
            switch format {
            case .json:
                console.print(try JSONText.encoded(estimate))
            case .text:
                console.print(Self.text(estimate, showingUnits: units))
                console.print(pricing.sourceLine(context))
            }
        }
    }

    /// The estimate as text: a heading line, the lines table, the conversions, the weights; the
    /// units when asked.
    static func text(_ estimate: CostEstimate, showingUnits: Bool) -> String {
        let parts = estimate.parts.map(\.displayName).joined(separator: ", ")
        var text =
            "\(estimate.cableID): \(parts), \(Plural.count(estimate.unitCount, "translation unit")), "
            + "word count rule \(estimate.rule)\n"
        text += CostPrinting.linesTable(estimate.lines, total: estimate.total) + "\n"
        if let note = CostPrinting.conversionNote(estimate.lines) { text += note + "\n" }
        text += CostPrinting.weightsText(estimate.weights) + "; amounts rounded to the cent per line"
        if showingUnits, let first = estimate.jobs.first {
            var rows = [["unit", "words", "numbers"] + estimate.jobs.map(\.locale)]
            for (index, unit) in first.units.enumerated() {
                rows.append(
                    [unit.unitID, String(unit.count.words), String(unit.count.numbers)]
                        + estimate.jobs.map { index < $0.units.count ? $0.units[index].category.rawValue : "" })
            }
            text += "\n\n" + CostPrinting.table(rows, rightAligned: [1, 2])
        }
        return text
    }
}
