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
            // Plan against the store if it exists, else against an empty one: a failed import
            // must not even create the store.
            let storeExists = FileManager.default.fileExists(atPath: storeOptions.path.path)
            let store = storeExists ? try storeOptions.open() : try TranslationStore.inMemory()
            let plan = try Importer.plan(
                data: data, document: document, path: file, store: store, expectedLocale: expected, force: force,
                builtInUnits: try DefaultCable.translationUnitsByCableID())
            for entry in plan.entries where [.stale, .unknown, .refused].contains(entry.outcome) {
                let severity = entry.outcome == .refused ? "error" : "warning"
                Console.error(
                    "\(file):\(entry.line): \(severity): unit \(entry.unitID): \(entry.outcome.rawValue): \(entry.reason ?? "")"
                )
            }
            if !plan.refusals.isEmpty {
                throw CommandFailure(
                    "\(file): error: \(Plural.count(plan.refusals.count, "unit")) would replace reviewed or final translations with a "
                        + "lower state; nothing was imported (use --force to replace them)")
            }
            if !dryRun && !plan.changesNothing {
                try Importer.apply(plan, to: storeExists ? store : try storeOptions.open())
            }
            printSummary(plan)
        }
    }

    private func printSummary(_ plan: ImportPlan) {
        switch format {
        case .json:
            struct Output: Encodable {
                var file: String
                var sha256: String
                var dryRun: Bool
                var applied: Bool
                var locales: [ImportPlan.Summary]
            }
            let output = Output(
                file: file, sha256: plan.fileSHA256, dryRun: dryRun, applied: !dryRun && !plan.changesNothing,
                locales: plan.summaries)
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
                print("nothing changed: the store already holds these translations")
            } else {
                print("\(verb) \(plan.changes.count) translations from \(file) (sha256 \(plan.fileSHA256.prefix(12))…)")
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
