import Foundation
import TipL10nXML

/// How to import (`tipl10n import FILE`).
public struct ImportSettings: Sendable {
    /// The locale the file must be for, if the user said.
    public var expectedLocale: TargetLocale?
    /// Plan and report only; change nothing.
    public var isDryRun = false
    /// Let a translation replace a reviewed or final one with a lower state.
    public var replacesReviewedTranslations = false
    /// How many refused, stale and unknown units of each kind to name (a foreign file can hold
    /// thousands); the rest are counted.
    public var reportLimit = 20

    /// The defaults.
    public init(expectedLocale: TargetLocale? = nil) {
        self.expectedLocale = expectedLocale
    }
}

/// What `import` did, as the command prints it.
public struct ImportOutcome: Sendable {
    /// The streamed import's counts, sample of units and verification (``ImportReport``).
    public var report: ImportReport
    /// The reader's warnings about the file.
    public var readerWarnings: [Diagnostic]
    /// One diagnostic per reported refused (error), stale or unknown (warning) unit, in file
    /// order, each kind followed by `… and N more` when there were more than the limit.
    public var unitDiagnostics: [Diagnostic]
    /// The refusal that stopped the import (units that would replace reviewed or final
    /// translations), or `nil`.
    public var refusal: Diagnostic?
    /// Why verification did not run, as a warning.
    public var verificationSkipped: Diagnostic?
}

extension ProjectContext {
    /// Units of the cables this context knows without a store: the project's cable (all parts)
    /// and the built-in Kosovo cable, by cable ID. Import registers them when the store has
    /// never seen the cable.
    /// - Throws: ``CableError`` for the project's cable.
    public func knownUnits() throws -> [String: [TranslationUnit]] {
        noteDemoUse()
        var known = try DefaultCable.translationUnitsByCableID()
        if !project.isDemo || overrides.cablePath != nil {
            let source = try source()
            known[source.cableID] = source.document.translationUnits(
                segmenter: try segmenter(), parts: Set(SourcePart.documentOrder), repairs: source.cable.repairs)
        }
        return known
    }

    /// Imports a completed XLIFF file into the store as it is read
    /// (``Importer/importFile(_:path:store:expectedLocale:force:builtInUnits:dryRun:at:verification:reportLimit:)``):
    /// matched by cable ID and unit ID, applied in one transaction, verified as the units come.
    /// Nothing is written when a unit would replace a reviewed or final translation with a
    /// lower state (unless ``ImportSettings/replacesReviewedTranslations``), for a dry run, or
    /// when nothing changed.
    ///
    /// Without a store, the whole file is first checked against an empty one, so a file that
    /// fails never creates the store.
    ///
    /// - Parameter path: the file, relative to the current folder (`-` for standard input).
    /// - Throws: ``FileError``, `XMLError`, ``XLIFFError`` for a file that cannot be read;
    ///   ``ImportError`` (an unknown cable, another language than expected, duplicate units,
    ///   another post's cable on a shared store); ``ProjectError`` when there is no project (and
    ///   no store named) to write to; ``StoreError``. On any error the store is exactly as it
    ///   was, or not created.
    public func importFile(_ path: String, settings: ImportSettings) throws -> ImportOutcome {
        let shown = path == "-" ? "<stdin>" : path
        let input = try FileAccess.xmlInput(path == "-" ? "-" : userURL(path).path, displayPath: shown)
        let known = try knownUnits()
        let existing = try store(creating: false)
        if existing == nil && !settings.isDryRun {
            _ = try Importer.importFile(
                input, path: shown, store: try TranslationStore.inMemory(), expectedLocale: settings.expectedLocale,
                force: settings.replacesReviewedTranslations, builtInUnits: known, dryRun: true, at: now,
                reportLimit: 0)
        }
        let target: TranslationStore =
            try existing ?? (settings.isDryRun ? TranslationStore.inMemory() : writableStore())
        // The checks of `verify` as the project chooses them (less stale: import reports stale
        // units itself), at its severities, with its ignore list.
        var verification: ImportVerification?
        var verificationSetupFailure: Diagnostic?
        do {
            verification = ImportVerification(verifier: try verifier(excluded: ["stale"]), profile: profile(for:))
        } catch {
            var warning = Diagnostic.from(error, check: "verification")
            warning.severity = .warning
            warning.message = "verification skipped: \(warning.message)"
            verificationSetupFailure = warning
        }
        let report = try Importer.importFile(
            input, path: shown, store: target, expectedLocale: settings.expectedLocale,
            force: settings.replacesReviewedTranslations, builtInUnits: known, dryRun: settings.isDryRun, at: now,
            verification: verification, reportLimit: settings.reportLimit)

        var unitDiagnostics: [Diagnostic] = []
        for (outcome, severity) in [
            (ImportPlan.Outcome.refused, Diagnostic.Severity.error), (.stale, .warning), (.unknown, .warning),
        ] {
            let entries = report.reportedEntries.filter { $0.outcome == outcome }
            for entry in entries {
                unitDiagnostics.append(
                    Diagnostic(
                        location: shown, line: entry.line, unitID: nil, severity: severity, check: "import",
                        message: "unit \(entry.unitID): \(outcome.rawValue): \(entry.reason ?? "")"))
            }
            let total = report.count(of: outcome)
            if total > entries.count {
                unitDiagnostics.append(
                    Diagnostic(
                        location: shown, unitID: nil, severity: severity, check: "import",
                        message: "… and \(total - entries.count) more \(outcome.rawValue) units"))
            }
        }
        let refusals = report.count(of: .refused)
        let refusal =
            refusals == 0
            ? nil
            : Diagnostic(
                location: shown, unitID: nil, severity: .error, check: "import",
                message: "\(refusals) unit\(refusals == 1 ? "" : "s") would replace reviewed or final translations "
                    + "with a lower state; nothing was imported",
                remedy: .force)
        let skipped =
            verificationSetupFailure
            ?? report.verificationFailure.map {
                Diagnostic(at: .none, severity: .warning, check: "verification", message: "verification skipped: \($0)")
            }
        return ImportOutcome(
            report: report, readerWarnings: report.warnings.map(\.diagnostic), unitDiagnostics: unitDiagnostics,
            refusal: refusal, verificationSkipped: skipped)
    }
}
