import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost`: word counts, estimates and the ledger of translation cost requests to the
/// regional bureau's EX office (cable paragraph 10). Subcommands one per file.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Estimate translation costs and keep the ledger of cost requests to the bureau's EX office.",
        discussion: """
            Words are counted by one documented rule (tipl10n-words-1, GMX-V; see Docs/WordCount.md) and split \
            into new words, exact matches from the translation store and repetitions, and priced with the \
            project's costs (tipl10n.yaml). Requests are recorded in the translation store with an append-only \
            status history: draft → submitted → approved → paid, or rejected / cancelled on the way. Refused \
            actions exit 1 and change nothing.
            """,
        subcommands: [
            CostEstimateCommand.self, CostRequestCommand.self, CostListCommand.self, CostShowCommand.self,
            CostSubmitCommand.self, CostApproveCommand.self, CostRejectCommand.self, CostPayCommand.self,
            CostCancelCommand.self, CostMemoCommand.self, CostExportCommand.self,
        ])
}

/// The locales, rates and weights an estimate or request prices: `--lang`, `--rate`,
/// `--weights`, `--rates`.
struct CostPricingOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Target locales: all, or BCP 47 tags, comma-separated (default: every locale with a rate).",
            valueName: "tags"))
    var lang: LocaleList?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rate per source word: one for every locale (0.13) or per locale (sq=0.12,sr-Latn=0.14).",
            discussion: "Overrides the project's rates for this command.", valueName: "rate"))
    var rate: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Match-band weights, fractions of the rate: new, fuzzy-75-84, fuzzy-85-94, fuzzy-95-99, exact, "
                + "repetition (e.g. exact=0.3,fuzzy-95-99=0.6).",
            valueName: "weights"))
    var weights: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A rates file replacing the project's costs for this command.", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var rates: String?

    /// How a missing rate is worded: a rates file named with `--rates` is where to add it.
    var hints: [Remedy: String] {
        guard let rates else { return [:] }
        return [.rate: "give one with --rate LOCALE=RATE (e.g. --rate es=0.13), or add it to \(rates)"]
    }

    /// `rates: tipl10n.yaml (costs)`: where the rates of an estimate came from, `--rate` first.
    func sourceLine(_ context: ProjectContext) -> String {
        guard let rate else { return "rates: \(context.ratesDisplaySource)" }
        return "rates: --rate \(rate) (this run) over \(context.ratesDisplaySource)"
    }

    /// The locales and the pricing in `context`.
    func pricing(_ context: ProjectContext) throws -> (locales: [String], pricing: CostPricing) {
        try context.pricing(locales: lang?.tags, rate: rate, weights: weights)
    }
}

/// Printing helpers shared by the cost commands.
enum CostPrinting {
    /// The user running the command, for `--officer` and `--actor` defaults.
    static func defaultActor(_ io: CommandIO, option: String) throws -> String {
        guard let name = io.userName, !name.isEmpty else {
            throw UsageError("cannot tell who you are: pass \(option) NAME")
        }
        return name
    }

    /// Columns separated by two spaces, right-aligned where asked, no trailing spaces.
    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        guard let first = rows.first else { return "" }
        let widths = first.indices.map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                line += (column > 0 ? "  " : "") + (rightAligned.contains(column) ? pad + cell : cell + pad)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The lines of a request or estimate as a table: locale, line type, bands, words, weighted,
    /// rate, amount; a script-conversion line shows `-` in the bands.
    static func linesTable(_ lines: [CostLine], total: Money) -> String {
        let bands: [MatchCategory] = [.new, .fuzzy75, .fuzzy85, .fuzzy95, .exact, .repetition]
        var rows = [["locale", "line"] + bands.map(\.displayName) + ["words", "weighted", "rate/word", "amount"]]
        for line in lines {
            let counts = line.type == .translation ? bands.map { grouped(line.words($0)) } : bands.map { _ in "-" }
            rows.append(
                [line.locale, line.type.name] + counts + [
                    grouped(line.words), DecimalText.grouped(line.weightedWords), line.rate.formatted,
                    line.amount.formatted,
                ])
        }
        rows.append(["total", ""] + bands.map { _ in "" } + ["", "", "", total.formatted])
        return table(rows, rightAligned: Set(2...11))
    }

    /// `script conversion (not translated): sr-Cyrl from sr-Latn`; `nil` when no line is a conversion.
    static func conversionNote(_ lines: [CostLine]) -> String? {
        let conversions = lines.compactMap { line in line.type.convertedFrom.map { "\(line.locale) from \($0)" } }
        guard !conversions.isEmpty else { return nil }
        return "script conversion (not translated): " + conversions.joined(separator: ", ")
    }

    /// `weights: new 1, 75-84% 0.8, 85-94% 0.7, 95-99% 0.6, exact 0.3, repetition 0.3`.
    static func weightsText(_ weights: MatchWeights) -> String {
        let bands: [MatchCategory] = [.new, .fuzzy75, .fuzzy85, .fuzzy95, .exact]
        return "weights: " + bands.map { "\($0.displayName) \(DecimalText.text(weights[$0]))" }.joined(separator: ", ")
            + ", repetition \(DecimalText.text(weights.repetition))"
    }

    /// `1,234`.
    static func grouped(_ count: Int) -> String { DecimalText.grouped(Decimal(count)) }
}

/// `--fiscal-year 2009` or `FY2009`.
struct FiscalYearArgument: ExpressibleByArgument {
    var fiscalYear: FiscalYear

    init?(argument: String) {
        guard let year = FiscalYear(argument: argument) else { return nil }
        self.fiscalYear = year
    }
}

/// `--status submitted`.
struct StatusArgument: ExpressibleByArgument {
    var status: CostRequestStatus

    init?(argument: String) {
        guard let status = CostRequestStatus(argument: argument) else { return nil }
        self.status = status
    }

    static var allValueStrings: [String] { CostRequestStatus.allCases.map(\.rawValue) }
}

/// A cost request ID argument, completed from the project's ledger.
enum RequestIDCompletion {
    static var kind: CompletionKind {
        .custom { _, _, _ in
            let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            guard let context = try? ProjectContext.resolve(currentFolder: folder, now: Date()) else { return [] }
            return (try? context.costListing().requests.map(\.requestID)) ?? []
        }
    }
}
