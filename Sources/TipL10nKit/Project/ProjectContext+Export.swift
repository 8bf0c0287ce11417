import Foundation

/// How to export (`tipl10n export`); every `nil` takes the project's setting.
public struct ExportSettings: Sendable {
    /// Where to write, relative to the current folder; only with one locale. Default:
    /// `<project>/xliff/<cable ID>.<tag>.xlf`.
    public var outputPath: String?
    /// The parts to include; `nil` for the project's.
    public var parts: Set<SourcePart>?
    /// XLIFF 1.2 (default) or 2.1.
    public var xliffVersion: XLIFFVersion = .version12
    /// Copy the source into targets that would be empty, state `new` (OmegaT).
    public var copiesSourceIntoEmptyTargets = false
    /// Replace an existing file even if it holds translations the store does not.
    public var replacesUnsavedTranslations = false
    /// The lowest fuzzy-match score offered, in percent; `nil` for the project's.
    public var fuzzyThreshold: Int?

    /// The defaults.
    public init() {}
}

/// One locale's export.
public struct ExportOutcome: Sendable {
    public var locale: TargetLocale
    /// The file written.
    public var url: URL
    /// The file as the user sees it (relative to the current folder).
    public var displayPath: String
    /// The job: units, leverage, counts.
    public var result: Exporter.Result
    /// The fuzzy threshold the memory was searched with.
    public var fuzzyThreshold: Int
    /// The glossary written beside the XLIFF (`09STATE61188.sq.tbx`), as the user should see
    /// it, or `nil` when the locale has no glossary.
    public var glossaryDisplayPath: String?
    /// The glossary's terms, and how many of them the units' sources use.
    public var glossaryTerms = 0
    public var glossaryTermsUsed = 0
    var glossaryURL: URL?
    var glossaryData: Data?
}

/// What `export` did for every locale asked for.
public struct ExportReport: Sendable {
    /// The cable exported.
    public var cableID: String
    /// One per locale written, in the order asked.
    public var outcomes: [ExportOutcome]
    /// Locales made by script conversion, left out of an export of the whole project.
    public var skipped: [(locale: String, convertedFrom: String)]
    /// The cable's warnings (may be cut off or damaged) and the repairs and review flags in
    /// the exported paragraphs, in line order.
    public var diagnostics: [Diagnostic]
    /// Repairs and review flags in the whole cable (`tipl10n cable` lists them).
    public var repairCount: Int
    /// How many of ``diagnostics`` are cable warnings.
    public var warningCount: Int
    /// Repairs made in the exported paragraphs.
    public var repairsInExport: Int
    /// Places flagged for review in the exported paragraphs.
    public var reviewFlagsInExport: Int
    /// True when the units were registered in the store (a project), false for the demo.
    public var isRegistered: Bool
}

extension ProjectContext {
    /// Exports the cable's units as XLIFF for each locale: pre-filled from the store, leveraged
    /// from the translation memory, written atomically, and registered in the store so a
    /// completed file can be imported.
    ///
    /// Every file is built and checked before any is written: an existing file that holds
    /// translations the store does not have (a translator's work) or that is not readable
    /// XLIFF is not replaced unless ``ExportSettings/replacesUnsavedTranslations``; then
    /// nothing is written.
    ///
    /// - Parameters:
    ///   - locales: the locales, as ``locales(_:)`` resolved them.
    ///   - isWholeProject: true when the user asked for every project locale: locales made by
    ///     script conversion are then skipped (and listed in ``ExportReport/skipped``).
    /// - Throws: ``CableError``, ``ProjectError`` (an output path with several locales),
    ///   ``ExportError`` (a file that would lose translations), ``FileError``, ``StoreError``.
    public func export(
        _ locales: [TargetLocale], isWholeProject: Bool, settings: ExportSettings
    ) throws -> ExportReport {
        let source = try source()
        let segmenter = try segmenter()
        let parts = settings.parts ?? self.parts
        var chosen = locales
        var skipped: [(locale: String, convertedFrom: String)] = []
        if isWholeProject {
            chosen = locales.filter { locale in
                guard let from = conversionSource(of: locale.tag) else { return true }
                skipped.append((locale.tag, from))
                return false
            }
        }
        if settings.outputPath != nil && chosen.count != 1 {
            throw ProjectError(
                path: nil, message: "an output path can be given for one locale only, not \(chosen.count)")
        }
        let threshold = settings.fuzzyThreshold ?? project.file.fuzzyThreshold
        // The store is opened (and created) only once the cable has been read successfully, so
        // bad input leaves no trace on disk; the demo has none.
        let store = try storeLocation() == nil ? nil : try store(creating: true)

        var outcomes: [ExportOutcome] = []
        for locale in chosen {
            var request = Exporter.Request(
                cableData: source.input.data, cablePath: source.input.displayPath, targetLocale: locale,
                parts: parts, segmenter: segmenter, fuzzyThreshold: threshold, xliffVersion: settings.xliffVersion)
            request.copiesSourceIntoEmptyTargets = settings.copiesSourceIntoEmptyTargets
            let glossary = try profile(for: locale.tag)?.glossary ?? []
            request.glossary = glossary
            let result = try Exporter.run(
                request, cable: source.cable, document: source.document,
                storedTranslations: { cableID in
                    let stored = try store?.translations(cableID: cableID, locale: locale.tag) ?? []
                    return Dictionary(stored.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
                },
                memory: { try store?.memoryEntries(locale: locale.tag) ?? [] })
            let url =
                settings.outputPath.map(userURL)
                ?? projectURL(project.file.folders.xliff).appendingPathComponent(result.defaultFileName)
            let shown = settings.outputPath ?? displayPath(url)
            if !settings.replacesUnsavedTranslations {
                try refuseToLoseTranslations(at: url, displayPath: shown, store: store, locale: locale, result: result)
            }
            var outcome = ExportOutcome(
                locale: locale, url: url, displayPath: shown, result: result, fuzzyThreshold: threshold)
            if !glossary.isEmpty {
                // The glossary as TBX beside the XLIFF: `09STATE61188.sq.xlf` → `09STATE61188.sq.tbx`.
                let tbxURL = url.deletingPathExtension().appendingPathExtension("tbx")
                let tbxShown = displayPath(tbxURL)
                let concepts = Glossary(
                    concepts: glossary.map { entry in
                        Glossary.Concept(
                            source: entry.source, terms: [locale.tag: entry.targets],
                            notes: entry.note.map { [locale.tag: $0] } ?? [:])
                    })
                outcome.glossaryURL = tbxURL
                outcome.glossaryDisplayPath = tbxShown
                outcome.glossaryData = try concepts.tbx(
                    title: "Glossary of \(result.cable.header.cableID): en → \(locale.tag)", path: tbxShown)
                outcome.glossaryTerms = glossary.count
                let tokens = result.units.map { VerificationText.tokens(in: $0.source) }
                outcome.glossaryTermsUsed = glossary.count { entry in
                    tokens.contains { GlossaryCheck.contains(entry.source, in: $0) }
                }
            }
            outcomes.append(outcome)
        }

        for outcome in outcomes {
            try FileAccess.writeAtomically(outcome.result.xliff, to: outcome.url, displayPath: outcome.displayPath)
            if let data = outcome.glossaryData, let url = outcome.glossaryURL, let shown = outcome.glossaryDisplayPath {
                try FileAccess.writeAtomically(data, to: url, displayPath: shown)
            }
        }
        if let store, let units = outcomes.first?.result.units {
            let cableID = source.cableID
            // Translations whose English changes now stay in the memory with their old English.
            try store.recordExport(units: units, cableID: cableID, parts: parts, at: now)
        }

        let units = outcomes.first?.result.units ?? []
        let exportedParagraphs = Set(units.map(\.cableParagraph))
        let repairs = source.cable.repairs.filter { exportedParagraphs.contains($0.paragraph ?? 0) }
        let warnings = source.document.warnings.map(\.diagnostic)
        return ExportReport(
            cableID: source.cableID, outcomes: outcomes, skipped: skipped,
            diagnostics: warnings + repairs.map { $0.diagnostic(path: source.input.displayPath) },
            repairCount: source.cable.repairs.count, warningCount: warnings.count,
            repairsInExport: repairs.count { !$0.isReviewFlag },
            reviewFlagsInExport: repairs.count(where: \.isReviewFlag), isRegistered: store != nil)
    }

    /// Refuses to replace a file that holds translations not in the store (a translator's
    /// work that would be lost), or that cannot be read as XLIFF. A file whose every
    /// translation is already stored (e.g. an earlier pre-filled export) is replaced; so is a
    /// target equal to the exact memory match this export writes again.
    private func refuseToLoseTranslations(
        at url: URL, displayPath: String, store: TranslationStore?, locale: TargetLocale, result: Exporter.Result
    ) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let existing = try FileAccess.read(url.path, displayPath: displayPath)
        let document: XLIFFReadDocument
        do {
            _ = try XLIFFInspection.translatedTargetCount(in: existing, path: displayPath)
            document = try XLIFFReader.read(existing, path: displayPath)
        } catch {
            throw ExportError(
                path: displayPath,
                message:
                    "the file exists and is not readable XLIFF (\(Diagnostic.from(error).description)); not replaced")
        }
        var unsaved = 0
        for file in document.files {
            for unit in file.units {
                guard let target = unit.target, !target.isEmpty else { continue }
                let stored = try store?.translation(cableID: file.original ?? "", unitID: unit.id, locale: locale.tag)
                let normalized = Importer.normalized(target)
                if let match = result.leverage[unit.id], match.kind == .exact, match.entry.target == normalized {
                    continue
                }
                if stored?.target != normalized { unsaved += 1 }
            }
        }
        if unsaved > 0 {
            throw ExportError(
                path: displayPath,
                message: "the file holds \(unsaved) translation\(unsaved == 1 ? "" : "s") that the store does not; "
                    + "not replaced",
                remedy: .importOrForce)
        }
    }
}

/// An export that would lose work: `xliff/09STATE61188.sq.xlf: error: the file holds 3
/// translations that the store does not; not replaced` (remedy: import it first, or force).
/// Check `export`.
public struct ExportError: DiagnosticError, Equatable {
    public var path: String
    public var message: String
    public var remedy: Remedy?

    /// Creates an error.
    public init(path: String, message: String, remedy: Remedy? = .force) {
        self.path = path
        self.message = message
        self.remedy = remedy
    }

    /// The error as a diagnostic (check `export`).
    public var diagnostic: Diagnostic {
        Diagnostic(location: path, unitID: nil, severity: .error, check: "export", message: message, remedy: remedy)
    }
}
