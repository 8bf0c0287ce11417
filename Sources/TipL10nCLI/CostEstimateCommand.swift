import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost estimate --lang sq,sr-Latn,sr-Cyrl`: word counts, rates and totals per locale.
struct CostEstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Count the words of a cable and price their translation per locale.",
        discussion: """
            Counts the narrative and press guidance (what the post publishes; see --include) by the rule \
            tipl10n-words-1, splits each locale's words into new, fuzzy (75-84%, 85-94%, 95-99%) and exact \
            matches from the translation memory (never the cable's own translations), and repetitions, and \
            prices them with the rates file (locales/rates.yaml) or --rate. A locale made by script conversion \
            (sr-Cyrl from sr-Latn) is a script-conversion line at its own rate. Changes nothing.
            """)

    @OptionGroup var pricing: CostPricingOptions

    @OptionGroup var cableOptions: CableOptions

    @Option(name: .long, help: "Parts to count, comma-separated: narrative, press, nonpaper.")
    var include: PartList = .standard

    @Flag(name: .long, help: "Also list every translation unit with its words and match band per locale.")
    var units = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: CostOutputFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Console.failing {
            let (locales, pricing) = try pricing.pricing()
            let input = try cableOptions.cableInput()
            let source = try CostSource.read(
                input.data, path: input.path, segmenter: try cableOptions.segmenter(), parts: include.parts)
            let estimate = try CostPrinting.ledger(storeOptions).estimate(source, locales: locales, pricing: pricing)
            switch format {
            case .json:
                print(try CostPrinting.json(estimate))
            case .text:
                print(Self.text(estimate, showingUnits: units))
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
