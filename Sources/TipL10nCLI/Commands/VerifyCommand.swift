import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n verify [FILE]`: checks translations: every stored one, or one XLIFF file on its own.
///
/// Diagnostics one per line on standard error (`where:unit-id: severity: message`), the
/// summary line last on standard output (`47 units checked: 0 errors, 0 warnings`), one per
/// locale first when several are asked for; with `--format json` one JSON object on standard
/// output. Exit 0 when clean, 1 on errors (with `--strict` on warnings too). Checks and
/// severities: `Docs/Verification.md`.
struct VerifyCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check translations: figures, inline codes, links, white space, script, glossary, staleness.",
        discussion: """
            Without a file, checks every translation in the project's store (--lang to narrow, --lang all for \
            the project's locales with a summary each). With a file, checks that XLIFF file (1.2 or 2.x, from any \
            CAT tool) on its own without importing it; a target language without a locale profile gets only the \
            locale-independent checks. Prints one diagnostic per line and a summary line last; exits 1 when there \
            are errors (with --strict, also warnings).
            """)

    @Argument(
        help: ArgumentHelp(
            "An XLIFF file to check without importing it (default: every stored translation).", valueName: "file"),
        completion: .file(extensions: ["xlf", "xliff", "sdlxliff", "mqxliff"]))
    var file: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Only these target locales (all, or BCP 47 tags, comma-separated).", valueName: "tags"))
    var lang: LocaleList?

    @OptionGroup var project: ProjectOptions

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let outcome: VerifyOutcome
            do {
                let context = try project.context(io)
                console.attach(context)
                let locales = try lang.map { try context.locales($0.tags) }
                outcome = context.verify(file: file, locales: locales)
            } catch {
                // Like an unreadable file: one error diagnostic, then the summary (or one JSON object).
                var diagnostic = Diagnostic.from(error)
                diagnostic.check = "input"
                outcome = VerifyOutcome(
                    report: Verifier().verify(VerificationInput(pairs: [], diagnostics: [diagnostic])),
                    summariesByLocale: [])
            }
            let report = outcome.report
            switch format {
            case .text:
                for diagnostic in report.diagnostics { console.report(diagnostic) }
                for (locale, summary) in outcome.summariesByLocale { console.print("\(locale): \(summary)") }
                console.print(report.summary.description)
            case .json:
                console.print(
                    (try? JSONText.encoded(VerificationJSON(report, strict: strict, locales: outcome.summariesByLocale)))
                        ?? "{}")
            }
            if report.isFailure(strict: strict) { throw ExitCode(1) }
        }
    }
}
