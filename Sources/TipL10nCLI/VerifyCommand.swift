import ArgumentParser
import Foundation
import TipL10nKit
import TipL10nXML

/// `tipl10n verify [FILE]`: checks translations: every stored one, or one XLIFF file on its own.
///
/// Diagnostics one per line on standard error (`where:unit-id: severity: message`), the
/// summary line last on standard output (`47 units checked: 0 errors, 0 warnings`); with
/// `--format json` one JSON object on standard output. Exit 0 when clean, 1 on errors (with
/// `--strict` on warnings too). Checks and severities: `Docs/Verification.md`.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check translations: figures, inline codes, links, white space, script, glossary, staleness.",
        discussion: """
            Without a file, checks every translation in the store (--lang to narrow). With a file, checks that \
            XLIFF file (1.2 or 2.x, from any CAT tool) on its own without importing it; a target language \
            without a locale profile gets only the locale-independent checks. Prints one diagnostic per line \
            and a summary line last; exits 1 when there are errors (with --strict, also warnings).
            """)

    @Argument(
        help: ArgumentHelp(
            "An XLIFF file to check without importing it (default: every stored translation).", valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Only this target locale (BCP 47).", valueName: "tag"))
    var lang: String?

    @OptionGroup var storeOptions: StoreOptions

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: ImportCommand.Format = .text

    func run() throws {
        try Console.failing {
            let report: VerificationReport
            do {
                let expected = try lang.map { typed in
                    let resolution = try TargetLocale.resolve(typed)
                    if let note = resolution.note { Console.error("note: \(note)") }
                    return resolution.locale
                }
                if let file {
                    report = try fileReport(file, expected: expected)
                } else {
                    report = Verifier().verify(try storeInput(expected: expected))
                }
            } catch let exit as ExitCode {
                throw exit
            } catch let usage as ValidationError {
                throw usage
            } catch {
                // Like an unreadable file: one error diagnostic, then the summary (or one JSON object).
                report = Verifier().verify(VerificationInput(pairs: [], diagnostics: [failureDiagnostic(error)]))
            }
            VerificationOutput.write(report, format: format, strict: strict)
            if report.isFailure(strict: strict) { throw ExitCode(1) }
        }
    }

    /// An error that stopped verification before any unit was read (no store, no such file,
    /// a directory, a file for another language than `--lang`) as one error diagnostic:
    /// `.tipl10n/store.sqlite: error: no translation store here: …`.
    private func failureDiagnostic(_ error: any Error) -> Diagnostic {
        let text = String(describing: error)
        let location: String
        let message: String
        if let marker = text.range(of: ": error: ") {
            location = String(text[..<marker.lowerBound])
            message = String(text[marker.upperBound...])
        } else {
            location =
                error is TargetLocaleError
                ? "--lang" : file ?? storeOptions.store ?? TranslationStore.defaultRelativePath
            message = text.hasPrefix("error: ") ? String(text.dropFirst("error: ".count)) : text
        }
        return Diagnostic(location: location, unitID: nil, severity: .error, check: "input", message: message)
    }

    /// The checks of one XLIFF file, read as a stream (one unit at a time); a file that cannot
    /// be read becomes one error diagnostic.
    private func fileReport(_ path: String, expected: TargetLocale?) throws -> VerificationReport {
        let input = try InputFile.xmlInput(path)
        let sources = CurrentSources(store: storeOptions)
        return try Verifier().verify(
            xliff: input, path: path,
            profile: { language in
                if let expected, (try? TargetLocale.resolve(language).locale) != expected {
                    throw CommandFailure(
                        "\(path): error: the file's target language is \(language), not \(expected.tag) as --lang says")
                }
                return try VerificationOutput.profile(for: language)
            }, fallbackLanguage: expected?.tag, currentSources: sources.units(of:))
    }

    /// Every stored translation (of `expected` only, if given).
    private func storeInput(expected: TargetLocale?) throws -> VerificationInput {
        guard FileManager.default.fileExists(atPath: storeOptions.path.path) else {
            throw CommandFailure(
                "\(storeOptions.store ?? TranslationStore.defaultRelativePath): error: no translation store here: "
                    + "import a completed XLIFF file first (tipl10n import FILE), or name one with --store")
        }
        let store = try storeOptions.open()
        var input = try VerificationInput(
            store: store, locales: expected.map { [$0.tag] }, profile: VerificationOutput.profile(for:))
        if let expected, input.pairs.isEmpty {
            input.diagnostics.append(
                Diagnostic(
                    location: storeOptions.store ?? TranslationStore.defaultRelativePath, unitID: nil, severity: .note,
                    check: "input", message: "the store has no \(expected.tag) translations"))
        }
        return input
    }
}

/// The current English source of a file's cables: from the store when it knows the cable,
/// else the built-in cable's units; other cables are not compared.
private final class CurrentSources {
    private let store: TranslationStore?
    private let storeError: (any Error)?
    private var builtIn: [String: [TranslationUnit]]?

    init(store options: StoreOptions) {
        if FileManager.default.fileExists(atPath: options.path.path) {
            do {
                store = try options.open()
                storeError = nil
            } catch {
                store = nil
                storeError = error
            }
        } else {
            store = nil
            storeError = nil
        }
    }

    func units(of cableID: String) throws -> [String: String]? {
        if let storeError { throw storeError }
        if let stored = try store?.sourceUnits(cableID: cableID), !stored.isEmpty {
            return Dictionary(stored.map { ($0.unitID, $0.sourceText) }, uniquingKeysWith: { first, _ in first })
        }
        if builtIn == nil { builtIn = try DefaultCable.translationUnitsByCableID() }
        guard let units = builtIn?[cableID] else { return nil }
        return Dictionary(units.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Printing a ``VerificationReport`` and finding locale profiles; shared by `verify` and `import`.
enum VerificationOutput {
    /// The profile for a language tag as written in a file or the store: `nil` when there is
    /// none for it. Region variants fall back (`sq-XK` → `sq`); profiles in the current
    /// folder's `locales/` override the built-in ones (and may add other locales).
    /// - Throws: ``LocaleProfileError`` for a profile file that cannot be read.
    static func profile(for language: String) throws -> LocaleProfile? {
        do {
            return try LocaleProfile.load(
                tag: language, projectFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch let error as LocaleProfileError where error.kind == .unsupportedLocale {
            return nil
        }
    }

    /// The JSON shape of a report.
    struct JSONReport: Encodable {
        var diagnostics: [Diagnostic]
        var summary: VerificationSummary
        var failed: Bool
    }

    static func json(_ report: VerificationReport, strict: Bool) -> JSONReport {
        JSONReport(diagnostics: report.diagnostics, summary: report.summary, failed: report.isFailure(strict: strict))
    }

    /// Text: diagnostics on standard error, the summary line (prefixed) on standard output.
    /// JSON: one object on standard output.
    static func write(_ report: VerificationReport, format: ImportCommand.Format, strict: Bool, prefix: String = "") {
        switch format {
        case .text:
            for diagnostic in report.diagnostics { Console.error(diagnostic.description) }
            print(prefix + report.summary.description)
        case .json:
            print(encoded(json(report, strict: strict)))
        }
    }

    /// Pretty-printed JSON with sorted keys.
    static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }
}
