import Foundation

/// What one verification run checks: the pairs, and diagnostics found while collecting them
/// (a note for a file whose target language has no profile, a read error).
///
/// Built from an XLIFF file (`tipl10n verify FILE`), from the translation store
/// (`tipl10n verify`) or from an import plan (`tipl10n import`). Profiles come from the
/// caller's `profile` closure, which returns `nil` for a language tipl10n has no profile for
/// (then only the locale-independent checks run) and throws for a profile that cannot be read.
public struct VerificationInput: Sendable, Equatable {
    public var pairs: [TranslationPair]
    /// Diagnostics that come before the pairs' own: notes about languages, read errors.
    public var diagnostics: [Diagnostic]

    /// Creates an input.
    public init(pairs: [TranslationPair], diagnostics: [Diagnostic] = []) {
        self.pairs = pairs
        self.diagnostics = diagnostics
    }

    /// An input that could not be read: no pairs, the one read error as a diagnostic
    /// (check `xliff`), so the summary still reads `0 units checked: 1 error, 0 warnings`.
    ///
    /// - Parameters:
    ///   - path: the file as the user named it.
    ///   - line: 1-based line, or 0; `column` likewise.
    ///   - message: the reader's message (`opening and ending tag mismatch: …`).
    public init(unreadable path: String, line: Int, column: Int, message: String) {
        self.pairs = []
        self.diagnostics = [
            Diagnostic(
                location: path, line: line, column: column, unitID: nil, severity: .error, check: "xliff",
                message: message)
        ]
    }
}

extension VerificationInput {
    /// The units of an XLIFF file, each checked against its own source: one pair per
    /// translatable unit (`translate="no"` units are left out), located `path:line`.
    ///
    /// - Parameters:
    ///   - document: the file as ``XLIFFReader`` read it.
    ///   - path: the file name used in diagnostics.
    ///   - profile: the profile for a `target-language` as written in the file (the file's,
    ///     or else the first `<target xml:lang>`); `nil` when there is none, which adds one
    ///     note per language: `unknown target language 'de': only the locale-independent
    ///     checks ran`.
    ///   - fallbackLanguage: the language of a `<file>` that names none (`--lang`).
    ///   - currentSources: cable ID → unit ID → current English source text; a unit of a
    ///     listed cable whose `<source>` (white space collapsed) differs is stale.
    /// - Throws: what `profile` throws.
    public init(
        document: XLIFFReadDocument, path: String, profile: (String) throws -> LocaleProfile?,
        fallbackLanguage: String? = nil, currentSources: [String: [String: String]] = [:]
    ) throws {
        var pairs: [TranslationPair] = []
        var diagnostics: [Diagnostic] = []
        var profiles: [String: LocaleProfile?] = [:]
        for file in document.files {
            let language =
                file.targetLanguage ?? file.units.lazy.compactMap(\.targetLanguage).first ?? fallbackLanguage
            var fileProfile: LocaleProfile?
            if let language, !language.isEmpty {
                if let known = profiles[language] {
                    fileProfile = known
                } else {
                    fileProfile = try profile(language)
                    profiles[language] = fileProfile
                    if let note = fileProfile.flatMap({ Self.reducedChecksNote($0, location: path, line: file.line) }) {
                        diagnostics.append(note)
                    }
                    if fileProfile == nil {
                        diagnostics.append(
                            Diagnostic(
                                location: path, line: file.line, unitID: nil, severity: .note, check: "profile",
                                message:
                                    "unknown target language '\(language)': only the locale-independent checks ran"))
                    }
                }
            } else if profiles[""] == nil {
                profiles[""] = .some(nil)
                diagnostics.append(
                    Diagnostic(
                        location: path, line: file.line, unitID: nil, severity: .note, check: "profile",
                        message: "the <file> has no target-language: only the locale-independent checks ran"))
            }
            let current = file.original.flatMap { currentSources[$0] }
            for unit in file.units where unit.isTranslatable {
                var pair = TranslationPair(
                    location: path, line: unit.line, unitID: unit.id, source: unit.source, target: unit.target,
                    state: unit.state, profile: fileProfile, locale: language)
                if let currentText = current?[unit.id],
                    Importer.collapsed(currentText) != Importer.collapsed(unit.source.plainText)
                {
                    pair.isStale = true
                    pair.staleReason =
                        "the file's source differs from the current source text of \(file.original ?? "")"
                }
                pairs.append(pair)
            }
        }
        self.init(pairs: pairs, diagnostics: diagnostics)
    }

    /// Every stored translation (of current and retired units), per cable and locale in
    /// sorted order and within them in source order; located `cableID/locale`.
    ///
    /// The source is the unit's registered English text. A translation is stale when the
    /// store marks it so or its source hash differs from the unit's.
    ///
    /// - Parameters:
    ///   - store: the translation store.
    ///   - locales: only these locale tags (as stored: `sq`, `sr-Latn`); `nil` for all.
    ///   - profile: the profile for a stored locale tag; `nil` adds one note per locale.
    /// - Throws: ``StoreError`` when the store cannot be read; what `profile` throws.
    public init(
        store: TranslationStore, locales: [String]? = nil, profile: (String) throws -> LocaleProfile?
    )
        throws
    {
        var pairs: [TranslationPair] = []
        var diagnostics: [Diagnostic] = []
        var profiles: [String: LocaleProfile?] = [:]
        for cableID in try store.knownCableIDs() {
            let units = Dictionary(
                try store.sourceUnits(cableID: cableID, includingRetired: true).map { ($0.unitID, $0) },
                uniquingKeysWith: { first, _ in first })
            for locale in try store.locales(cableID: cableID) where locales?.contains(locale) ?? true {
                let location = "\(cableID)/\(locale)"
                let localeProfile: LocaleProfile?
                if let known = profiles[locale] {
                    localeProfile = known
                } else {
                    localeProfile = try profile(locale)
                    profiles[locale] = localeProfile
                    if let note = localeProfile.flatMap({ Self.reducedChecksNote($0, location: location, line: 0) }) {
                        diagnostics.append(note)
                    }
                    if localeProfile == nil {
                        diagnostics.append(
                            Diagnostic(
                                location: location, unitID: nil, severity: .note, check: "profile",
                                message: "unknown locale '\(locale)': only the locale-independent checks ran"))
                    }
                }
                for translation in try store.translations(cableID: cableID, locale: locale) {
                    guard let unit = units[translation.unitID] else { continue }
                    let hashDiffers = translation.sourceHash != unit.sourceHash
                    pairs.append(
                        TranslationPair(
                            location: location, unitID: translation.unitID,
                            source: InlineContent(text: unit.sourceText),
                            target: translation.target, state: translation.state,
                            isStale: translation.isStale || hashDiffers,
                            staleReason: "the source text changed after the translation was made",
                            profile: localeProfile, locale: locale))
                }
            }
        }
        self.init(pairs: pairs, diagnostics: diagnostics)
    }

    /// The units an import brings in: every unit of the plan that carries a translation
    /// (outcome new, updated, unchanged or stale), checked against the file's own source,
    /// located `path:line`. Stale units are marked stale.
    ///
    /// - Parameters:
    ///   - plan: the import plan (from ``Importer/plan(data:document:path:store:expectedLocale:force:builtInUnits:)``).
    ///   - document: the document the plan was made from.
    ///   - profile: the profile for a locale tag of the plan; `nil` adds one note per locale.
    /// - Throws: what `profile` throws.
    public init(plan: ImportPlan, document: XLIFFReadDocument, profile: (String) throws -> LocaleProfile?) throws {
        var pairs: [TranslationPair] = []
        var diagnostics: [Diagnostic] = []
        var profiles: [String: LocaleProfile?] = [:]
        let checked: Set<ImportPlan.Outcome> = [.new, .updated, .unchanged, .stale]
        // The plan has one entry per unit of the document, in document order.
        for (unit, entry) in zip(document.units, plan.entries) where unit.id == entry.unitID {
            guard checked.contains(entry.outcome) else { continue }
            let localeProfile: LocaleProfile?
            if let known = profiles[entry.locale] {
                localeProfile = known
            } else {
                localeProfile = try profile(entry.locale)
                profiles[entry.locale] = localeProfile
                if let note = localeProfile.flatMap({ Self.reducedChecksNote($0, location: plan.path, line: 0) }) {
                    diagnostics.append(note)
                }
                if localeProfile == nil {
                    diagnostics.append(
                        Diagnostic(
                            location: plan.path, unitID: nil, severity: .note, check: "profile",
                            message: "unknown locale '\(entry.locale)': only the locale-independent checks ran"))
                }
            }
            pairs.append(
                TranslationPair(
                    location: plan.path, line: entry.line, unitID: entry.unitID, source: unit.source,
                    target: unit.target, state: entry.newState ?? unit.state, isStale: entry.outcome == .stale,
                    staleReason: entry.reason, profile: localeProfile, locale: entry.locale))
        }
        self.init(pairs: pairs, diagnostics: diagnostics)
    }

    /// One note per locale saying which figure checks run with reduced rules
    /// (``LocaleProfile/reducedChecks``), or `nil` when none do: `figures in ar are checked
    /// with reduced rules: spelled-out numbers are not read (…); …`.
    static func reducedChecksNote(_ profile: LocaleProfile, location: String, line: Int) -> Diagnostic? {
        let reduced = profile.reducedChecks
        guard !reduced.isEmpty else { return nil }
        return Diagnostic(
            location: location, line: line, unitID: nil, severity: .note, check: "profile",
            message: "figures in \(profile.tag) are checked with reduced rules: " + reduced.joined(separator: "; "))
    }
}
