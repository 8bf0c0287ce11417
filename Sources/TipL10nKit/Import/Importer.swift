import Foundation

/// What one import would do, computed without touching the store: per unit, the outcome,
/// and the changes to apply in one transaction.
public struct ImportPlan: Sendable {
    /// What happens to one unit of the file.
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        /// No translation was stored; this one will be.
        case new
        /// A different translation (text or state) replaces the stored one.
        case updated
        /// The same translation is already stored.
        case unchanged
        /// The file's source differs from the current source: recorded as stale, not as current.
        case stale
        /// The unit ID is not a unit of this cable.
        case unknown
        /// No target, an empty or self-closed one: untranslated.
        case empty
        /// `translate="no"`: not for translation.
        case skipped
        /// It would replace a reviewed or final translation with a lower state (needs `--force`).
        case refused
    }

    /// One unit's outcome, with where it stands in the file.
    public struct Entry: Sendable, Equatable {
        public var cableID: String
        public var unitID: String
        public var locale: String
        public var line: Int
        public var outcome: Outcome
        public var previousState: TranslationState?
        public var newState: TranslationState?
        /// Why, for stale, unknown and refused units.
        public var reason: String?
    }

    /// Counts per locale, in ``Outcome`` order.
    public struct Summary: Sendable, Equatable, Codable {
        public var locale: String
        public var new = 0
        public var updated = 0
        public var unchanged = 0
        public var stale = 0
        public var unknown = 0
        public var empty = 0
        public var skipped = 0
        public var refused = 0

        public init(locale: String) {
            self.locale = locale
        }

        mutating func count(_ outcome: Outcome) {
            switch outcome {
            case .new: new += 1
            case .updated: updated += 1
            case .unchanged: unchanged += 1
            case .stale: stale += 1
            case .unknown: unknown += 1
            case .empty: empty += 1
            case .skipped: skipped += 1
            case .refused: refused += 1
            }
        }
    }

    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var fileSHA256: String
    public var entries: [Entry]
    public var changes: [TranslationChange]
    /// Units of cables the store did not know yet (the built-in cable), registered with the import.
    public var unitsToRegister: [UnitRegistration]

    /// Units to register before the changes.
    public struct UnitRegistration: Sendable {
        public var cableID: String
        public var units: [TranslationUnit]
    }

    /// Summaries per locale, sorted by tag.
    public var summaries: [Summary] {
        var byLocale: [String: Summary] = [:]
        for entry in entries {
            byLocale[entry.locale, default: Summary(locale: entry.locale)].count(entry.outcome)
        }
        return byLocale.values.sorted { $0.locale < $1.locale }
    }

    /// True when nothing would be written.
    public var changesNothing: Bool { changes.isEmpty }

    /// Why nothing would be written, for the user: all units already stored, or nothing to import.
    public var nothingChangedReason: String {
        let translated = entries.filter { [.new, .updated, .unchanged, .stale].contains($0.outcome) }
        if !translated.isEmpty && translated.allSatisfy({ $0.outcome == .unchanged }) {
            return "nothing changed: the store already holds these translations"
        }
        return "nothing to import: the file has no new or changed translation of a known unit"
    }

    /// The refused entries: an import with any is not applied.
    public var refusals: [Entry] { entries.filter { $0.outcome == .refused } }
}

/// An import that cannot be done: the file's language, cable or content is wrong.
public struct ImportError: DiagnosticError, Equatable {
    public var path: String
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// What the user can do about it, if anything.
    public var remedy: Remedy?

    /// `path:line: error: message` as a diagnostic (check `import`).
    public var diagnostic: Diagnostic {
        Diagnostic(
            location: path, line: line, unitID: nil, severity: .error, check: "import", message: message, remedy: remedy
        )
    }
}

/// Matches a completed XLIFF file against the store and plans the import.
///
/// Rules (issue: import):
/// - Files are matched by cable ID (`<file original>`) and unit ID. A cable the store does not
///   know is an error, except the built-in cable, whose units are derived and registered.
/// - The file's target language must be a supported locale and, with `--lang`, that one.
/// - A unit whose returned source text (white space collapsed) differs from the current source
///   is `stale`: stored as stale (never as current) only when no current translation exists.
/// - A unit with no or an empty target is `empty`; `translate="no"` units are `skipped`;
///   IDs that are not units of the cable are `unknown`; missing units are fine.
/// - The state is the file's (mapped, see ``TranslationState``), or `translated` when the file
///   says nothing. Replacing a `reviewed` or `final` translation with a lower state is
///   `refused` unless `force`.
/// - The same target, state and source hash as stored is `unchanged`: re-importing a file
///   changes nothing.
/// - In a store shared by several posts, a post imports only into the cables it exported
///   (``StoreOperations/cableOwner(cableID:)``); another post's cable is an error.
public enum Importer {
    /// Plans an import; reads the store, writes nothing.
    /// - Parameters:
    ///   - data: the file's bytes (for the SHA-256).
    ///   - document: the file as read by ``XLIFFReader``.
    ///   - expectedLocale: `--lang`, if given.
    ///   - builtInUnits: units of cables tipl10n carries itself (cable ID → units), used when the store does not know the cable.
    /// - Throws: ``ImportError`` for an unknown cable, an unsupported or mismatched target language, or a file without units.
    public static func plan(
        data: Data, document: XLIFFReadDocument, path: String, store: some StoreOperations,
        expectedLocale: TargetLocale?, force: Bool, builtInUnits: [String: [TranslationUnit]]
    ) throws -> ImportPlan {
        let sha = TranslationUnit.sha256Hex(data)
        var plan = ImportPlan(path: path, fileSHA256: sha, entries: [], changes: [], unitsToRegister: [])
        guard !document.files.isEmpty else {
            throw ImportError(path: path, line: 1, message: "the XLIFF file has no <file> element")
        }
        var seenUnits: [String: Int] = [:]
        for file in document.files {
            let cableID = try cableID(of: file, path: path)
            let locale = try locale(of: file, path: path, expected: expectedLocale)
            let group = try ImportGroup(
                cableID: cableID, locale: locale.tag, line: file.line, path: path, store: store,
                builtInUnits: builtInUnits)
            if let registration = group.registration { plan.unitsToRegister.append(registration) }
            for unit in file.units {
                let key = "\(cableID)\u{0}\(locale.tag)\u{0}\(unit.id)"
                if let firstLine = seenUnits[key] {
                    throw duplicateError(unit, locale: locale.tag, firstLine: firstLine, path: path)
                }
                seenUnits[key] = unit.line
                let (entry, change) = group.decide(unit, force: force)
                plan.entries.append(entry)
                if let change { plan.changes.append(change) }
            }
        }
        return plan
    }

    /// The cable ID of a `<file>`: its `original`, which must not be empty.
    static func cableID(of file: XLIFFReadFile, path: String) throws -> String {
        guard let cableID = file.original, !cableID.isEmpty else {
            throw ImportError(
                path: path, line: file.line, message: "a <file> has no 'original' attribute: expected the cable ID")
        }
        return cableID
    }

    static func duplicateError(_ unit: XLIFFReadUnit, locale: String, firstLine: Int, path: String) -> ImportError {
        ImportError(
            path: path, line: unit.line,
            message: "duplicate unit \(unit.id) for \(locale) (first at line \(firstLine)): "
                + "the file must hold each unit once")
    }

    /// Plans and applies an import in ONE write transaction on `store`, so no other import can
    /// change the store between the checks (refusals, unchanged units) and the writes: the
    /// plan is re-made inside the transaction and applied only if it has no refusals. Two
    /// imports at once, from any number of processes and on either engine, run one after the
    /// other (a write transaction excludes every other writer), so neither can bypass the
    /// guard on reviewed and final translations.
    ///
    /// - Returns: the plan and whether it was applied (`false` when it has refusals or changes nothing).
    /// - Throws: ``ImportError`` as ``plan(data:document:path:store:expectedLocale:force:builtInUnits:)``;
    ///   ``StoreError``. On any error the store is exactly as it was.
    public static func importFile(
        data: Data, document: XLIFFReadDocument, path: String, store: some StoreOperations,
        expectedLocale: TargetLocale?, force: Bool, builtInUnits: [String: [TranslationUnit]], at date: Date = Date()
    ) throws -> (plan: ImportPlan, applied: Bool) {
        try store.write("cannot import \(path)") { transaction in
            let plan = try plan(
                data: data, document: document, path: path, store: transaction, expectedLocale: expectedLocale,
                force: force, builtInUnits: builtInUnits)
            guard plan.refusals.isEmpty, !plan.changesNothing else { return (plan, false) }
            try apply(plan, to: transaction, at: date)
            return (plan, true)
        }
    }

    /// Applies a plan in ONE transaction: registers the built-in cable's units if the store
    /// did not know them, then, per cable and locale, records the import and writes the changes.
    /// - Throws: ``ImportError`` if the plan has refusals; ``StoreError`` otherwise. On any
    ///   error the store is exactly as it was.
    public static func apply(_ plan: ImportPlan, to store: some StoreOperations, at date: Date = Date()) throws {
        if let first = plan.refusals.first {
            var error = ImportError(
                path: plan.path, line: first.line,
                message: "unit \(first.unitID): \(first.reason ?? "refused"); nothing was imported")
            error.remedy = .force
            throw error
        }
        try store.write("cannot import \(plan.path)") { transaction in
            for registration in plan.unitsToRegister {
                try register(registration, in: transaction, at: date)
            }
            var keys: [(cableID: String, locale: String)] = []
            for entry in plan.entries where !keys.contains(where: { $0 == (entry.cableID, entry.locale) }) {
                keys.append((entry.cableID, entry.locale))
            }
            for key in keys {
                var summary = ImportPlan.Summary(locale: key.locale)
                for entry in plan.entries where entry.cableID == key.cableID && entry.locale == key.locale {
                    summary.count(entry.outcome)
                }
                let record = ImportRecord(
                    cableID: key.cableID, locale: key.locale, fileName: plan.path, fileSHA256: plan.fileSHA256,
                    importedAt: date,
                    counts: ImportRecord.Counts(
                        new: summary.new, updated: summary.updated, unchanged: summary.unchanged, stale: summary.stale,
                        unknown: summary.unknown, empty: summary.empty))
                let changes = plan.changes.filter { $0.cableID == key.cableID && $0.locale == key.locale }
                try transaction.apply(changes, record: record)
            }
        }
    }

    /// Registers the built-in cable's units that the store lacked: only their parts, so the
    /// units of the other parts (registered by an export) stay current.
    static func register(
        _ registration: ImportPlan.UnitRegistration, in store: some StoreOperations, at date: Date
    ) throws {
        try store.register(
            units: registration.units, cableID: registration.cableID, parts: Set(registration.units.map(\.part)),
            at: date)
    }

    static func locale(of file: XLIFFReadFile, path: String, expected: TargetLocale?) throws -> TargetLocale {
        try locale(
            tag: file.targetLanguage, line: file.line, path: path, expected: expected,
            targets: { file.units.compactMap(\.target?.plainText) })
    }

    /// The locale of a `<file>` whose `target-language` is `tag`; `targets` gives the texts of
    /// its targets, read only for a bare `sr` (Latin unless the targets are mostly Cyrillic).
    static func locale(
        tag: String?, line: Int, path: String, expected: TargetLocale?, targets: () -> [String]
    ) throws -> TargetLocale {
        guard let tag, !tag.isEmpty else {
            throw ImportError(
                path: path, line: line,
                message: "the <file> has no target-language: give the BCP 47 tag of its target locale (es, sr-Latn …)")
        }
        var locale: TargetLocale
        do {
            locale = try TargetLocale.resolve(tag).locale
        } catch let error as TargetLocaleError {
            throw ImportError(
                path: path, line: line,
                message: "unsupported target language '\(tag)': \(error.description.dropFirst("error: ".count))")
        }
        // Bare `sr` means Latin script, unless the targets are written in Cyrillic.
        if tag.lowercased() == "sr" {
            let letters = targets().joined().unicodeScalars.filter(\.properties.isAlphabetic)
            let cyrillic = letters.filter { (0x0400...0x04FF).contains($0.value) }.count
            if cyrillic * 2 > letters.count,
                let serbianCyrillic = TargetLocale.builtInProfileLocales.first(where: { $0.tag == "sr-Cyrl" })
            {
                locale = serbianCyrillic
            }
        }
        if let expected, expected != locale {
            throw ImportError(
                path: path, line: line,
                message: "the file's target language is \(locale.tag), not \(expected.tag) as expected")
        }
        return locale
    }

    /// A returned target as stored: leading and trailing white space removed, and every run of
    /// white space that contains a line break (a CAT tool's pretty-printing) made one space.
    /// Other spacing is kept as the translator typed it (verify reports doubled spaces).
    public static func normalized(_ content: InlineContent) -> InlineContent {
        var pieces = content.pieces.map { piece -> InlineContent.Piece in
            guard case .text(let text) = piece, containsLineBreak(text) else { return piece }
            var result = ""
            var pendingSpace = false
            var run = ""
            for character in text {
                if character.isWhitespace {
                    run.append(character)
                    if character.isNewline { pendingSpace = true }
                    continue
                }
                if !run.isEmpty { result += pendingSpace ? " " : run }
                run = ""
                pendingSpace = false
                result.append(character)
            }
            if !run.isEmpty { result += pendingSpace ? " " : run }
            return .text(result)
        }
        if case .text(let first)? = pieces.first {
            pieces[0] = .text(String(first.drop(while: \.isWhitespace)))
        }
        if case .text(let last)? = pieces.last {
            let end = last.lastIndex { !$0.isWhitespace }
            pieces[pieces.count - 1] = .text(end.map { String(last[...$0]) } ?? "")
        }
        return InlineContent(pieces: pieces.filter { $0 != .text("") })
    }

    /// True when `text` holds a line break (a `Character` whose `isNewline` is true): U+000A to
    /// U+000D, U+0085, U+2028 or U+2029. These are always characters of their own (Unicode
    /// grapheme rules GB4, GB5), so looking at scalars gives the same answer, much faster.
    static func containsLineBreak(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    /// `text` with every run of white space made one space, and none at either end.
    static func collapsed(_ text: String) -> String {
        if isCollapsed(text) { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// True when ``collapsed(_:)`` would give `text` back unchanged: its only white space is
    /// single U+0020 spaces between other characters, each followed by an ASCII character
    /// (so no combining mark joins a space). Scans scalars; asks Unicode properties only for
    /// non-ASCII ones.
    private static func isCollapsed(_ text: String) -> Bool {
        var previousWasSpace = true  // a space at the start is not collapsed
        var afterSpace = false
        for scalar in text.unicodeScalars {
            if afterSpace && !scalar.isASCII { return false }
            afterSpace = false
            switch scalar.value {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
                afterSpace = true
                continue
            case 0x09...0x0D:
                return false
            case 0x80...:
                if scalar.properties.isWhitespace { return false }
            default:
                break
            }
            previousWasSpace = false
        }
        return !previousWasSpace || text.isEmpty
    }

    static func same(_ stored: StoredTranslation, _ change: TranslationChange) -> Bool {
        stored.target == change.target && stored.state == change.state && stored.sourceHash == change.sourceHash
            && stored.isStale == change.isStale
    }
}
