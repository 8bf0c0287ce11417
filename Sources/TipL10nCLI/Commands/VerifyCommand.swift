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
        abstract:
            "Check translations: figures, omissions, English left over, inline codes, links, script, glossary, staleness.",
        discussion: """
            Without a file, checks every translation in the project's store (--lang to narrow, --lang all for \
            the project's locales with a summary each). With a file, checks that XLIFF file (1.2 or 2.x, from any \
            CAT tool) on its own without importing it; a target language without a locale profile gets only the \
            locale-independent checks. Prints one diagnostic per line and a summary line last; exits 1 when there \
            are errors (with --strict, also warnings). Checks: untranslated, stale, figures, identical, \
            inline-codes, links, whitespace, bidi, script, glossary, omission, addition, clauses, english. --report \
            writes a page for the translator, --annotate the same XLIFF file with each finding as a note, and \
            --ignore accepts a finding onto the project's ignore list.
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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Run only these checks (comma-separated check IDs, or all; default: the project's selection).",
            valueName: "checks"))
    var checks: CheckList?

    @Option(
        name: .long, help: ArgumentHelp("Leave out these checks (comma-separated check IDs).", valueName: "checks"))
    var exclude: CheckList?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write a report for the translator: one HTML page, per unit the source, the target and the findings.",
            valueName: "file"),
        completion: .file(extensions: ["html"]))
    var report: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the checked XLIFF file with each finding added as a note the CAT tool shows; nothing else changes.",
            valueName: "file"),
        completion: .file(extensions: ["xlf", "xliff"]))
    var annotate: String?

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Accept the findings of one check on one unit onto the project's ignore list (with --reason): "
                + "silent until the unit's text changes.",
            valueName: "unit check"))
    var ignore: [String] = []

    @Option(name: .long, help: ArgumentHelp("Why the finding is accepted (with --ignore).", valueName: "text"))
    var reason: String?

    @Option(
        name: .long, help: ArgumentHelp("Who accepts it (with --ignore; default: your login name).", valueName: "name"))
    var actor: String?

    func validate() throws {
        if !ignore.isEmpty && ignore.count != 2 {
            throw ValidationError(
                "--ignore takes a unit ID and a check ID, e.g. --ignore narrative.intro.p1.s2 omission")
        }
        if !ignore.isEmpty && reason == nil { throw ValidationError("--ignore needs --reason TEXT: say why") }
        if ignore.isEmpty && (reason != nil || actor != nil) {
            throw ValidationError("--reason and --actor go with --ignore UNIT CHECK")
        }
        if annotate != nil && file == nil { throw ValidationError("--annotate needs the XLIFF file to check") }
        if let exclude, Set(Verifier.checkIDs).isSubset(of: Set(exclude.ids)) {
            throw ValidationError("--exclude leaves no check to run")
        }
        for (option, path) in [("--report", report), ("--annotate", annotate)] {
            guard let path else { continue }
            if path.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("\(option) needs a file name")
            }
            if path == "-" {
                throw ValidationError("\(option) writes a file: name it ('-', standard output, is not supported)")
            }
        }
    }

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let outcome: VerifyOutcome
            do {
                let context = try project.context(io)
                console.attach(context)
                let locales = try lang.map { try context.locales($0.tags) }
                var request = VerifyRequest(
                    file: file, locales: locales, checks: checks?.ids, excluded: exclude?.ids ?? [],
                    reportPath: report, annotatedPath: annotate)
                if ignore.count == 2 {
                    request.ignore = VerifyRequest.IgnoreRequest(
                        unitID: ignore[0], check: ignore[1], reason: reason ?? "",
                        actor: try actor ?? CostPrinting.defaultActor(io, option: "--actor"))
                }
                outcome = context.verify(request)
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
                for entry in outcome.accepted {
                    console.print(
                        "ignored \(entry.unitID)\(entry.locale.map { " (\($0))" } ?? ""): \(entry.check): "
                            + "\(entry.finding)")
                }
                for (path, what) in outcome.written { console.print("wrote \(path) (\(what))") }
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

/// `--checks figures,omission`: check IDs as typed (the library says which are unknown);
/// `all` is every check.
struct CheckList: ExpressibleByArgument {
    var ids: [String]

    init?(argument: String) {
        // `all`, as in the project file's `checks: all`: every check.
        if argument.trimmingCharacters(in: .whitespaces) == "all" {
            ids = Verifier.checkIDs
            return
        }
        let ids = argument.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !ids.contains(where: \.isEmpty) else { return nil }
        self.ids = ids
    }

    static var defaultCompletionKind: CompletionKind { .list(Verifier.checkIDs) }
}
