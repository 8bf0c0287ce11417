import Foundation

/// How to import (`tipl10n import FILE`).
public struct ImportSettings: Sendable {
    /// The locale the file must be for, if the user said.
    public var expectedLocale: TargetLocale?
    /// Plan and report only; change nothing.
    public var isDryRun = false
    /// Let a translation replace a reviewed or final one with a lower state.
    public var replacesReviewedTranslations = false

    /// The defaults.
    public init(expectedLocale: TargetLocale? = nil) {
        self.expectedLocale = expectedLocale
    }
}

/// What `import` did.
public struct ImportReport: Sendable {
    /// The file as the user named it.
    public var path: String
    /// The plan (applied, or what would have been).
    public var plan: ImportPlan
    /// True when the changes were written.
    public var isApplied: Bool
    /// The reader's warnings about the file.
    public var readerWarnings: [Diagnostic]
    /// One diagnostic per refused (error), stale or unknown (warning) unit, in file order.
    public var unitDiagnostics: [Diagnostic]
    /// The refusal that stopped the import (units that would replace reviewed or final
    /// translations), or `nil`.
    public var refusal: Diagnostic?
    /// The checks of `verify` on the imported units; `nil` when they could not run (see
    /// ``verificationSkipped``).
    public var verification: VerificationReport?
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

    /// Imports a completed XLIFF file into the store: matched by cable ID and unit ID, applied
    /// in one transaction (planned again inside it), verified. Nothing is written when a
    /// unit would replace a reviewed or final translation with a lower state (unless
    /// ``ImportSettings/replacesReviewedTranslations``), for a dry run, or when nothing changed.
    ///
    /// - Parameter path: the file, relative to the current folder.
    /// - Throws: ``FileError``, `XMLError`, ``XLIFFError`` for a file that cannot be read;
    ///   ``ImportError`` (an unknown cable, another language than expected, duplicate units);
    ///   ``ProjectError`` when there is no project (and no store named) to write to;
    ///   ``StoreError``. On any error the store is exactly as it was, or not created.
    public func importFile(_ path: String, settings: ImportSettings) throws -> ImportReport {
        let shown = path == "-" ? "<stdin>" : path
        let data = try FileAccess.read(path == "-" ? "-" : userURL(path).path, displayPath: shown)
        let document = try XLIFFReader.read(data, path: shown)
        let known = try knownUnits()
        // Plan against the store as it is (an empty one when there is none): a failed import
        // must not even create the store. The real import plans again inside its transaction.
        let existing = try store(creating: false)
        var plan = try Importer.plan(
            data: data, document: document, path: shown, store: try existing ?? TranslationStore.inMemory(),
            expectedLocale: settings.expectedLocale, force: settings.replacesReviewedTranslations,
            builtInUnits: known)
        var isApplied = false
        if !settings.isDryRun && plan.refusals.isEmpty && !plan.changesNothing {
            (plan, isApplied) = try Importer.importFile(
                data: data, document: document, path: shown, store: try writableStore(),
                expectedLocale: settings.expectedLocale, force: settings.replacesReviewedTranslations,
                builtInUnits: known, at: now)
        }
        var unitDiagnostics: [Diagnostic] = []
        for entry in plan.entries {
            let severity: Diagnostic.Severity
            switch entry.outcome {
            case .refused: severity = .error
            case .stale, .unknown: severity = .warning
            default: continue
            }
            unitDiagnostics.append(
                Diagnostic(
                    location: shown, line: entry.line, unitID: nil, severity: severity, check: "import",
                    message: "unit \(entry.unitID): \(entry.outcome.rawValue): \(entry.reason ?? "")"))
        }
        let refusals = plan.refusals.count
        let refusal =
            refusals == 0
            ? nil
            : Diagnostic(
                location: shown, unitID: nil, severity: .error, check: "import",
                message: "\(refusals) unit\(refusals == 1 ? "" : "s") would replace reviewed or final translations "
                    + "with a lower state; nothing was imported",
                remedy: .force)
        var verification: VerificationReport?
        var skipped: Diagnostic?
        do {
            let input = try VerificationInput(plan: plan, document: document, profile: profile(for:))
            verification = try verifier(excluded: ["stale"]).verify(input)
        } catch {
            var warning = Diagnostic.from(error, check: "verification")
            warning.severity = .warning
            warning.message = "verification skipped: \(warning.message)"
            skipped = warning
        }
        return ImportReport(
            path: shown, plan: plan, isApplied: isApplied, readerWarnings: document.warnings.map(\.diagnostic),
            unitDiagnostics: unitDiagnostics, refusal: refusal, verification: verification,
            verificationSkipped: skipped)
    }
}
