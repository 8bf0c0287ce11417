import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n import done.xliff`: reads a completed XLIFF file into the translation store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a completed XLIFF file (1.2 or 2.x, from any CAT tool) into the translation store.",
        discussion: """
            Matches units by cable ID (<file original>) and unit ID and applies everything in one transaction: \
            on any error nothing is imported. A translation that would replace a reviewed or final one with a \
            lower state is refused unless --force. Re-importing the same file changes nothing.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The completed XLIFF file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Expected target locale; the file's must match.", valueName: "tag"))
    var lang: String?

    @OptionGroup var storeOptions: StoreOptions

    @Flag(name: .long, help: "Show what would change without changing anything.")
    var dryRun = false

    @Flag(name: .long, help: "Replace reviewed or final translations even with a lower state.")
    var force = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        try Console.failing {
            let expected = try lang.map { try TargetLocale.resolve($0).locale }
            let input = try InputFile.xmlInput(file)
            let builtIn = try DefaultCable.translationUnitsByCableID()
            let storeExists = FileManager.default.fileExists(atPath: storeOptions.path.path)
            let verification = ImportVerification(profile: VerificationOutput.profile(for:))
            // Without a store, a dry run plans against an empty one, and a real import first
            // checks the whole file against an empty one: a failed import must not even create
            // the store. The import itself reads the file once, in one write transaction.
            if !storeExists && !dryRun {
                _ = try Importer.importFile(
                    input, path: file, store: try TranslationStore.inMemory(), expectedLocale: expected, force: force,
                    builtInUnits: builtIn, dryRun: true, reportLimit: 0)
            }
            let report = try Importer.importFile(
                input, path: file,
                store: storeExists || !dryRun ? try storeOptions.open() : try TranslationStore.inMemory(),
                expectedLocale: expected, force: force, builtInUnits: builtIn, dryRun: dryRun,
                verification: verification)
            for warning in report.warnings { Console.error(warning.description) }
            // One line per reported unit, at most 20 per outcome (a foreign file can hold thousands).
            for outcome in [ImportPlan.Outcome.refused, .stale, .unknown] {
                let entries = report.reportedEntries.filter { $0.outcome == outcome }
                let total = report.count(of: outcome)
                let severity = outcome == .refused ? "error" : "warning"
                for entry in entries {
                    Console.error(
                        "\(file):\(entry.line): \(severity): unit \(entry.unitID): \(outcome.rawValue): \(entry.reason ?? "")"
                    )
                }
                if total > entries.count {
                    Console.error("\(file): \(severity): … and \(total - entries.count) more \(outcome.rawValue) units")
                }
            }
            let refusals = report.count(of: .refused)
            if refusals > 0 {
                throw CommandFailure(
                    "\(file): error: \(Plural.count(refusals, "unit")) would replace reviewed or final translations with a "
                        + "lower state; nothing was imported (use --force to replace them)")
            }
            if let failure = report.verificationFailure { Console.error("warning: verification skipped: \(failure)") }
            printSummary(report, verification: report.verificationFailure == nil ? report.verification : nil)
        }
    }

    private func printSummary(_ report: ImportReport, verification: VerificationReport?) {
        switch format {
        case .json:
            struct Output: Encodable {
                var file: String
                var sha256: String
                var dryRun: Bool
                var applied: Bool
                var locales: [ImportPlan.Summary]
                var verification: VerificationOutput.JSONReport?
            }
            let output = Output(
                file: file, sha256: report.fileSHA256, dryRun: dryRun, applied: !dryRun && !report.changesNothing,
                locales: report.summaries,
                verification: verification.map { VerificationOutput.json($0, strict: false) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: (try? encoder.encode(output)) ?? Data(), as: UTF8.self))
        case .text:
            let verb = dryRun ? "would import" : "imported"
            for summary in report.summaries {
                print(
                    "\(summary.locale): \(summary.new) new, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                        + "\(summary.stale) stale, \(summary.unknown) unknown, \(summary.empty) empty"
                        + (summary.skipped > 0 ? ", \(summary.skipped) not for translation" : ""))
            }
            if report.changesNothing {
                print(report.nothingChangedReason)
            } else {
                print(
                    "\(verb) \(Plural.count(report.changeCount, "translation")) from \(file) (sha256 \(report.fileSHA256.prefix(12))…)"
                )
            }
            if let verification {
                VerificationOutput.write(verification, format: .text, strict: false, prefix: "verification: ")
            }
        }
    }
}

/// `--store PATH`: where the translation store lives (default `.tipl10n/store.sqlite`).
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The translation store (SQLite).", discussion: "Default: .tipl10n/store.sqlite", valueName: "path"))
    var store: String?

    var path: URL { URL(fileURLWithPath: store ?? ".tipl10n/store.sqlite") }

    func open() throws -> TranslationStore {
        try TranslationStore(path: path)
    }
}
