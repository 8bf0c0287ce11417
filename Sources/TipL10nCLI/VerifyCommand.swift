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
            let input: VerificationInput
            do {
                let expected = try lang.map { typed in
                    let resolution = try TargetLocale.resolve(typed)
                    if let note = resolution.note { Console.error("note: \(note)") }
                    return resolution.locale
                }
                input = try file.map { try fileInput($0, expected: expected) } ?? storeInput(expected: expected)
            } catch let exit as ExitCode {
                throw exit
            } catch let usage as ValidationError {
                throw usage
            } catch {
                // Like an unreadable file: one error diagnostic, then the summary (or one JSON object).
                input = VerificationInput(pairs: [], diagnostics: [failureDiagnostic(error)])
            }
            let report = Verifier().verify(input)
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
                ? "--lang" : file ?? storeOptions.displayPath
            message = text.hasPrefix("error: ") ? String(text.dropFirst("error: ".count)) : text
        }
        return Diagnostic(location: location, unitID: nil, severity: .error, check: "input", message: message)
    }

    /// The units of one XLIFF file; a file that cannot be read becomes one error diagnostic.
    private func fileInput(_ path: String, expected: TargetLocale?) throws -> VerificationInput {
        let data = try InputFile.read(path)
        let document: XLIFFReadDocument
        do {
            document = try XLIFFReader.read(data, path: path)
        } catch let error as XMLError {
            return VerificationInput(unreadable: path, line: error.line, column: error.column, message: error.message)
        } catch let error as XLIFFError {
            return VerificationInput(unreadable: path, line: error.line, column: error.column, message: error.message)
        }
        var input = try VerificationInput(
            document: document, path: path,
            profile: { language in
                if let expected, (try? TargetLocale.resolve(language).locale) != expected {
                    throw CommandFailure(
                        "\(path): error: the file's target language is \(language), not \(expected.tag) as --lang says")
                }
                return try VerificationOutput.profile(for: language)
            }, fallbackLanguage: expected?.tag, currentSources: try currentSources(of: document))
        input.diagnostics =
            document.warnings.map {
                Diagnostic(
                    location: $0.path, line: $0.line, unitID: nil, severity: .note, check: "xliff", message: $0.message)
            } + input.diagnostics
        return input
    }

    /// Every stored translation (of `expected` only, if given).
    private func storeInput(expected: TargetLocale?) throws -> VerificationInput {
        guard storeOptions.exists else {
            throw CommandFailure(
                "\(storeOptions.displayPath): error: no translation store here: "
                    + "import a completed XLIFF file first (tipl10n import FILE), or name one with --store")
        }
        let store = try storeOptions.open()
        var input = try VerificationInput(
            store: store, locales: expected.map { [$0.tag] }, profile: VerificationOutput.profile(for:))
        if let expected, input.pairs.isEmpty {
            input.diagnostics.append(
                Diagnostic(
                    location: storeOptions.displayPath, unitID: nil, severity: .note,
                    check: "input", message: "the store has no \(expected.tag) translations"))
        }
        return input
    }

    /// The current English source of the file's cables: from the store when it knows the
    /// cable, else the built-in cable's units; other cables are not compared.
    private func currentSources(of document: XLIFFReadDocument) throws -> [String: [String: String]] {
        let cableIDs = Set(document.files.compactMap(\.original))
        let storeExists = storeOptions.exists
        let store = storeExists ? try storeOptions.open() : nil
        var builtIn: [String: [TranslationUnit]]?
        var result: [String: [String: String]] = [:]
        for cableID in cableIDs {
            if let stored = try store?.sourceUnits(cableID: cableID), !stored.isEmpty {
                result[cableID] = Dictionary(
                    stored.map { ($0.unitID, $0.sourceText) }, uniquingKeysWith: { first, _ in first })
                continue
            }
            if builtIn == nil { builtIn = try DefaultCable.translationUnitsByCableID() }
            if let units = builtIn?[cableID] {
                result[cableID] = Dictionary(units.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
            }
        }
        return result
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
