import Foundation

/// What an import knows about one cable and locale while it decides the units of a `<file>`:
/// the current English sources and the stored translations. One decision per unit
/// (``decide(_:force:)``), shared by the planned and the streamed import.
struct ImportGroup {
    let cableID: String
    let locale: String
    /// Unit ID → current source text and hash (the store's units, plus built-in ones it lacks).
    let sources: [String: (text: String, hash: String)]
    /// Unit ID → the stored translation into ``locale``.
    let stored: [String: StoredTranslation]
    /// Built-in units the store has not registered yet: registered with the import.
    let registration: ImportPlan.UnitRegistration?

    /// Reads what the store knows of `cableID` and `locale`.
    /// - Throws: ``ImportError`` `unknown cable …` (at `line`) when neither the store nor
    ///   `builtInUnits` knows the cable, or a post's role on a shared store imports into another
    ///   post's cable; ``StoreError``.
    init(
        cableID: String, locale: String, line: Int, path: String, store: some StoreOperations,
        builtInUnits: [String: [TranslationUnit]]
    ) throws {
        // On a shared store, a post imports only into its own cables.
        if case .post(_, let post, _) = store.identity, let owner = try store.cableOwner(cableID: cableID),
            owner != post
        {
            throw ImportError(
                path: path, line: line,
                message: "the cable \(cableID) is \(owner.isEmpty ? "the store administrator" : owner)'s in this "
                    + "shared store: \(post) imports only into its own cables")
        }
        let storedUnits = try store.sourceUnits(cableID: cableID)
        var sources = storedUnits.map { ($0.unitID, ($0.sourceText, $0.sourceHash)) }
        var registration: ImportPlan.UnitRegistration?
        if let units = builtInUnits[cableID] {
            // The built-in cable is known even before (or beyond) what was exported: parts the
            // store has never registered are taken from it and registered with the import.
            let registeredParts = Set(storedUnits.map(\.part))
            let missing = units.filter { !registeredParts.contains($0.part) }
            if !missing.isEmpty {
                registration = ImportPlan.UnitRegistration(cableID: cableID, units: missing)
                sources += missing.map { ($0.id, ($0.source, $0.sourceHash)) }
            }
        }
        guard !sources.isEmpty else {
            let known = Array(Set(try store.knownCableIDs() + builtInUnits.keys)).sorted()
            throw ImportError(
                path: path, line: line,
                message:
                    "unknown cable '\(cableID)': export it first (known: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
            )
        }
        self.cableID = cableID
        self.locale = locale
        self.sources = Dictionary(
            sources.map { ($0.0, (text: $0.1.0, hash: $0.1.1)) }, uniquingKeysWith: { first, _ in first })
        self.stored = Dictionary(
            try store.translations(cableID: cableID, locale: locale).map { ($0.unitID, $0) },
            uniquingKeysWith: { first, _ in first })
        self.registration = registration
    }

    /// The outcome of one unit, and the change to write, if any (rules in ``Importer``).
    func decide(_ unit: XLIFFReadUnit, force: Bool) -> (ImportPlan.Entry, TranslationChange?) {
        var entry = ImportPlan.Entry(
            cableID: cableID, unitID: unit.id, locale: locale, line: unit.line, outcome: .new,
            previousState: stored[unit.id]?.state, newState: nil, reason: nil)
        guard unit.isTranslatable else {
            entry.outcome = .skipped
            return (entry, nil)
        }
        guard let (sourceText, sourceHash) = sources[unit.id] else {
            entry.outcome = .unknown
            entry.reason = "not a unit of cable \(cableID)"
            return (entry, nil)
        }
        // A copy of the source in state `new` (`export --copy-source`, or a CAT tool that
        // left a segment untouched) is not a translation.
        let isSourceCopy =
            unit.state == .new
            && unit.target.map { Importer.collapsed($0.plainText) } == Importer.collapsed(unit.source.plainText)
        guard let target = unit.target.map(Importer.normalized), !target.isEmpty, !isSourceCopy else {
            entry.outcome = .empty
            return (entry, nil)
        }
        let state = unit.state.map { max($0, .new) } ?? .translated
        entry.newState = state
        let returnedSource = Importer.collapsed(unit.source.plainText)
        let existing = stored[unit.id]
        if returnedSource != Importer.collapsed(sourceText) {
            entry.outcome = .stale
            entry.reason = "the file's source differs from the current source text"
            if existing == nil || existing?.isStale == true {
                let change = TranslationChange(
                    cableID: cableID, unitID: unit.id, locale: locale, target: target, state: state,
                    sourceHash: TranslationUnit.hash(of: returnedSource), isStale: true, reason: "import (stale)")
                if existing.map({ !Importer.same($0, change) }) ?? true { return (entry, change) }
            }
            return (entry, nil)
        }
        let needsForce = existing.map { $0.state >= .reviewed && state < $0.state && !$0.isStale } ?? false
        let change = TranslationChange(
            cableID: cableID, unitID: unit.id, locale: locale, target: target, state: state,
            sourceHash: sourceHash, isStale: false,
            reason: needsForce ? "import (forced over a reviewed or final translation)" : "import")
        guard let existing else {
            entry.outcome = .new
            return (entry, change)
        }
        if Importer.same(existing, change) {
            entry.outcome = .unchanged
            return (entry, nil)
        }
        if needsForce && !force {
            entry.outcome = .refused
            entry.reason = "would replace a \(existing.state.rawValue) translation with a \(state.rawValue) one"
            return (entry, nil)
        }
        entry.outcome = .updated
        return (entry, change)
    }
}
