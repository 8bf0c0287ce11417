import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n import done.xliff`: reads a completed XLIFF file into the project's translation store.
struct ImportCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a completed XLIFF file (1.2 or 2.x, from any CAT tool) into the translation store.",
        discussion: """
            Matches units by cable ID (<file original>) and unit ID and applies everything in one transaction: \
            on any error nothing is imported. A translation that would replace a reviewed or final one with a \
            lower state is refused unless --force. Re-importing the same file changes nothing. The store is the \
            project's, wherever the file is.
            """)

    @Argument(
        help: ArgumentHelp("The completed XLIFF file.", valueName: "file"),
        completion: .file(extensions: ["xlf", "xliff", "sdlxliff", "mqxliff"]))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Expected target locale; the file's must match.", valueName: "tag"))
    var lang: String?

    @OptionGroup var project: ProjectOptions

    @Flag(name: .long, help: "Show what would change without changing anything.")
    var dryRun = false

    @Flag(name: .long, help: "Replace reviewed or final translations even with a lower state.")
    var force = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run(in io: CommandIO) throws {
        try Console.run(io, hints: [.force: "use --force to replace them"]) { console in
            let context = try project.context(io)
            console.attach(context)
            var settings = ImportSettings(expectedLocale: try lang.flatMap { try context.locales([$0]).first })
            settings.isDryRun = dryRun
            settings.replacesReviewedTranslations = force
            let outcome = try context.importFile(file, settings: settings)

            for warning in outcome.readerWarnings { console.report(warning) }
            for diagnostic in outcome.unitDiagnostics { console.report(diagnostic) }
            if let refusal = outcome.refusal {
                console.report(refusal)
                throw ExitCode(1)
            }
            if let skipped = outcome.verificationSkipped { console.report(skipped) }
            printSummary(outcome.report, console: console)
        }
    }

    private func printSummary(_ report: ImportReport, console: Console) {
        let verification = report.verificationFailure == nil ? report.verification : nil
        switch format {
        case .json:
            struct Output: Encodable {
                var file: String
                var sha256: String
                var dryRun: Bool
                var applied: Bool
                var locales: [ImportPlan.Summary]
                var verification: VerificationJSON?
            }
            let output = Output(
                file: report.path, sha256: report.fileSHA256, dryRun: dryRun, applied: report.applied,
                locales: report.summaries, verification: verification.map { VerificationJSON($0, strict: false) })
            console.print((try? JSONText.encoded(output)) ?? "{}")
        case .text:
            let verb = dryRun ? "would import" : "imported"
            for summary in report.summaries {
                console.print(
                    "\(summary.locale): \(summary.new) new, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                        + "\(summary.stale) stale, \(summary.unknown) unknown, \(summary.empty) empty"
                        + (summary.skipped > 0 ? ", \(summary.skipped) not for translation" : ""))
            }
            if report.changesNothing {
                console.print(report.nothingChangedReason)
            } else {
                console.print(
                    "\(verb) \(Plural.count(report.changeCount, "translation")) from \(report.path) "
                        + "(sha256 \(report.fileSHA256.prefix(12))…)")
            }
            if let verification {
                for diagnostic in verification.diagnostics { console.report(diagnostic) }
                console.print("verification: \(verification.summary)")
            }
        }
    }
}

/// The JSON shape of a verification: the diagnostics, the summary and whether it failed.
struct VerificationJSON: Encodable {
    var diagnostics: [Diagnostic]
    var summary: VerificationSummary
    var failed: Bool
    var locales: [LocaleSummary]?

    struct LocaleSummary: Encodable {
        var locale: String
        var summary: VerificationSummary
    }

    init(_ report: VerificationReport, strict: Bool, locales: [(locale: String, summary: VerificationSummary)] = []) {
        diagnostics = report.diagnostics
        summary = report.summary
        failed = report.isFailure(strict: strict)
        self.locales = locales.isEmpty ? nil : locales.map { LocaleSummary(locale: $0.locale, summary: $0.summary) }
    }
}
