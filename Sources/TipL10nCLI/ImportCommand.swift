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
            let data = try InputFile.read(file)
            let document = try XLIFFReader.read(data, path: file)
            for warning in document.warnings { Console.error(warning.description) }
            // Without a store, plan against an empty one first: a failed import must not even
            // create the store. The real import re-plans inside its write transaction.
            let builtIn = try DefaultCable.translationUnitsByCableID()
            let storeExists = storeOptions.exists
            var plan = try Importer.plan(
                data: data, document: document, path: file,
                store: storeExists ? try storeOptions.open() : try TranslationStore.inMemory(),
                expectedLocale: expected, force: force, builtInUnits: builtIn)
            if !dryRun && plan.refusals.isEmpty && !plan.changesNothing {
                plan = try Importer.importFile(
                    data: data, document: document, path: file, store: try storeOptions.open(),
                    expectedLocale: expected, force: force, builtInUnits: builtIn
                ).plan
            }
            // One line per reported unit, at most 20 per outcome (a foreign file can hold thousands).
            for outcome in [ImportPlan.Outcome.refused, .stale, .unknown] {
                let entries = plan.entries.filter { $0.outcome == outcome }
                let severity = outcome == .refused ? "error" : "warning"
                for entry in entries.prefix(20) {
                    Console.error(
                        "\(file):\(entry.line): \(severity): unit \(entry.unitID): \(outcome.rawValue): \(entry.reason ?? "")"
                    )
                }
                if entries.count > 20 {
                    Console.error("\(file): \(severity): … and \(entries.count - 20) more \(outcome.rawValue) units")
                }
            }
            if !plan.refusals.isEmpty {
                throw CommandFailure(
                    "\(file): error: \(Plural.count(plan.refusals.count, "unit")) would replace reviewed or final translations with a "
                        + "lower state; nothing was imported (use --force to replace them)")
            }
            printSummary(plan, verification: verification(of: plan, document: document))
        }
    }

    /// The checks of `tipl10n verify` on the units that carry a translation (the stale check
    /// left out: the import reports stale units itself). Never blocks the import: a profile
    /// that cannot be read skips verification with a warning.
    private func verification(of plan: ImportPlan, document: XLIFFReadDocument) -> VerificationReport? {
        do {
            let input = try VerificationInput(plan: plan, document: document, profile: VerificationOutput.profile(for:))
            return Verifier(checks: Verifier.standardChecks.filter { !($0 is StaleCheck) }).verify(input)
        } catch {
            Console.error("warning: verification skipped: \(error)")
            return nil
        }
    }

    private func printSummary(_ plan: ImportPlan, verification: VerificationReport?) {
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
                file: file, sha256: plan.fileSHA256, dryRun: dryRun, applied: !dryRun && !plan.changesNothing,
                locales: plan.summaries, verification: verification.map { VerificationOutput.json($0, strict: false) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: (try? encoder.encode(output)) ?? Data(), as: UTF8.self))
        case .text:
            let verb = dryRun ? "would import" : "imported"
            for summary in plan.summaries {
                print(
                    "\(summary.locale): \(summary.new) new, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                        + "\(summary.stale) stale, \(summary.unknown) unknown, \(summary.empty) empty"
                        + (summary.skipped > 0 ? ", \(summary.skipped) not for translation" : ""))
            }
            if plan.changesNothing {
                print(plan.nothingChangedReason)
            } else {
                print(
                    "\(verb) \(Plural.count(plan.changes.count, "translation")) from \(file) (sha256 \(plan.fileSHA256.prefix(12))…)"
                )
            }
            if let verification {
                VerificationOutput.write(verification, format: .text, strict: false, prefix: "verification: ")
            }
        }
    }
}

/// `--store PATH|URL`: where the translation store lives (default `.tipl10n/store.sqlite`): a
/// SQLite file, or a shared PostgreSQL store (`postgres://USER@HOST:PORT/DATABASE`).
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The translation store: a SQLite file, or a shared PostgreSQL store (postgres://USER@HOST:PORT/DATABASE).",
            discussion: "Default: .tipl10n/store.sqlite. A PostgreSQL password comes from the URL or PGPASSWORD.",
            valueName: "path-or-url"))
    var store: String?

    /// The store's location; a PostgreSQL URL without a password takes `PGPASSWORD`.
    func location() throws -> StoreLocation {
        var location = try StoreLocation(parsing: store ?? TranslationStore.defaultRelativePath)
        if case .postgres(var postgres) = location, postgres.password == nil,
            let password = ProcessInfo.processInfo.environment["PGPASSWORD"], !password.isEmpty
        {
            postgres.password = password
            location = .postgres(postgres)
        }
        return location
    }

    /// False only for a SQLite file that does not exist yet (reading commands do not create it).
    var exists: Bool { (try? location())?.exists ?? false }

    /// The store as messages name it.
    var displayPath: String { (try? location())?.description ?? store ?? TranslationStore.defaultRelativePath }

    func open() throws -> TranslationStore {
        try TranslationStore.open(try location())
    }
}
