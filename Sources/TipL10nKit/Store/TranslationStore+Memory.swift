import Foundation

extension StoreOperations {
    /// The translation memory of `locale`: every current translation into it that is not
    /// stale and not empty, from every cable (of every post, in a shared store), with the
    /// source text it was made against (`translation` joined with `source_unit` on cable, unit
    /// and source hash; retired units included), ordered by cable, then unit order; then the
    /// entries imported from TMX files or kept by exports (table `memory_entry`), in import
    /// order. An entry of `memory_entry` equal to a translation's entry (same source hash,
    /// target and origin) is listed once.
    ///
    /// - Parameter excludedCableID: leave out the current translations of this cable (a job's
    ///   own translations are not leverage for pricing that job), and the `memory_entry` rows
    ///   that repeat them (origin `<cable>/<unit>` with the unit's current source hash);
    ///   entries kept from the cable's earlier English stay.
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func memoryEntries(locale: String, excludingCable excludedCableID: String? = nil) throws -> [MemoryEntry] {
        try read("cannot read the \(locale) translation memory") { transaction in
            var current = try transaction.translationMemoryEntries(locale: locale)
            var imported = try transaction.importedMemoryEntries(locale: locale)
            if let excludedCableID {
                let prefix = "\(excludedCableID)/"
                current.removeAll { $0.origin.hasPrefix(prefix) }
                let currentHashes = Dictionary(
                    try transaction.rows(
                        "SELECT unit_id, source_hash FROM source_unit WHERE cable_id = $1", [excludedCableID]
                    ).map { ("\(prefix)\(try $0.string("unit_id"))", try $0.string("source_hash")) },
                    uniquingKeysWith: { first, _ in first })
                imported.removeAll { currentHashes[$0.origin] == $0.sourceHash }
            }
            func key(_ entry: MemoryEntry) -> String { "\(entry.sourceHash)\u{0}\(entry.origin)\u{0}\(entry.target)" }
            let keys = Set(current.map(key))
            return current + imported.filter { !keys.contains(key($0)) }
        }
    }

    /// Keeps in the memory (table `memory_entry`, file name `tipl10n export`) every current,
    /// not stale translation of `cableID`, in any locale, whose unit `units` gives a new source
    /// text: registering `units` will make those translations stale, and the memory would
    /// otherwise lose the pair of the old English and its translation. Call it right before
    /// ``register(units:cableID:parts:at:)``, in the same transaction (``recordExport(units:cableID:parts:at:)``).
    ///
    /// - Returns: how many entries were added.
    /// - Throws: ``StoreError``.
    @discardableResult
    public func keepInMemory(
        translationsOf cableID: String, replacedBy units: [TranslationUnit], at date: Date
    ) throws -> Int {
        let newHashes = Dictionary(units.map { ($0.id, $0.sourceHash) }, uniquingKeysWith: { first, _ in first })
        return try write("cannot keep the translations of \(cableID) in the memory") { transaction in
            var entries: [MemoryEntry] = []
            let locales = try transaction.strings(
                #"SELECT DISTINCT locale FROM "translation" WHERE cable_id = $1 ORDER BY locale"#, [cableID])
            for locale in locales {
                entries += try transaction.translationMemoryEntries(locale: locale).filter { entry in
                    let parts = entry.origin.split(separator: "/", maxSplits: 1).map(String.init)
                    guard parts.count == 2, parts[0] == cableID, let newHash = newHashes[parts[1]] else { return false }
                    return newHash != entry.sourceHash
                }
            }
            return try transaction.addMemoryEntries(entries, fileName: "tipl10n export", at: date)
        }
    }

    /// What an export records in the store, in ONE transaction: the translations whose English
    /// changes are kept in the memory (``keepInMemory(translationsOf:replacedBy:at:)``), then the
    /// exported units are registered (``register(units:cableID:parts:at:)``).
    ///
    /// - Returns: what the registration changed.
    /// - Throws: ``StoreError``; on any error nothing is written.
    @discardableResult
    public func recordExport(
        units: [TranslationUnit], cableID: String, parts: Set<SourcePart>, at date: Date
    ) throws -> SourceRegistration {
        try write("cannot register the units of \(cableID)") { transaction in
            try transaction.checkOwnership(ofCable: cableID, action: "cannot register the units of \(cableID)")
            try transaction.keepInMemory(translationsOf: cableID, replacedBy: units, at: date)
            return try transaction.register(units: units, cableID: cableID, parts: parts, at: date)
        }
    }

    /// The entries imported from TMX files into `locale`, in import order.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func importedMemoryEntries(locale: String) throws -> [MemoryEntry] {
        try read("cannot read the \(locale) translation memory") { transaction in
            try transaction.rows("SELECT * FROM memory_entry WHERE locale = $1 ORDER BY id", [locale]).map { row in
                let origin = try row.string("origin")
                guard let state = TranslationState(rawValue: try row.string("state")),
                    let changedAt = StoreDate.date(from: try row.string("changed_at"))
                else {
                    throw StoreError(path: path, message: "memory entry \(origin) has an unreadable state or date")
                }
                return MemoryEntry(
                    sourceText: try row.string("source_text"), sourceHash: try row.string("source_hash"),
                    locale: locale, target: try StoreJSON.content(from: try row.string("target_json")),
                    state: state, origin: origin, updatedAt: changedAt, post: try row.string("post"))
            }
        }
    }

    /// Adds `entries` (read from the TMX file `fileName`) to the memory in ONE transaction.
    /// An entry whose locale, source hash, target and origin are already in `memory_entry` is ignored.
    ///
    /// - Returns: how many entries were added.
    /// - Throws: ``StoreError``; on any error nothing is written.
    @discardableResult
    public func addMemoryEntries(_ entries: [MemoryEntry], fileName: String, at date: Date) throws -> Int {
        let importedAt = StoreDate.text(from: date)
        return try write("cannot import the translation memory \(fileName)") { transaction in
            if case .executiveOffice = transaction.identity {
                throw StoreError(
                    path: path,
                    message: "cannot import the translation memory \(fileName): refused to \(transaction.identity): "
                        + "only posts import into the memory", sqlState: "42501")
            }
            var added = 0
            for entry in entries {
                added += try transaction.rows(
                    """
                    INSERT INTO memory_entry (source_text, source_hash, locale, target_json, target_text,
                        state, origin, changed_at, file_name, imported_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                    ON CONFLICT DO NOTHING
                    RETURNING id
                    """,
                    [
                        entry.sourceText, entry.sourceHash, entry.locale, try StoreJSON.text(from: entry.target),
                        entry.target.plainText, entry.state.rawValue, entry.origin,
                        StoreDate.text(from: entry.updatedAt), fileName, importedAt,
                    ]
                ).count
            }
            return added
        }
    }
}

extension StoreTransaction {
    /// Every current, not stale, not empty translation into `locale` as a memory entry.
    fileprivate func translationMemoryEntries(locale: String) throws -> [MemoryEntry] {
        try rows(
            """
            SELECT t.cable_id, t.unit_id, t.target_json, t.state, t.updated_at, t.post, s.source_text, s.source_hash
            FROM "translation" t JOIN source_unit s
                ON s.cable_id = t.cable_id AND s.unit_id = t.unit_id AND s.source_hash = t.source_hash
            WHERE t.locale = $1 AND t.is_stale = 0 AND t.target_text <> ''
            ORDER BY t.cable_id, s.cable_paragraph, s.position, t.unit_id
            """, [locale]
        ).map { row in
            let cableID = try row.string("cable_id")
            let unitID = try row.string("unit_id")
            guard let state = TranslationState(rawValue: try row.string("state")),
                let updatedAt = StoreDate.date(from: try row.string("updated_at"))
            else {
                throw StoreError(
                    path: path, message: "translation \(cableID) \(unitID) \(locale) has an unreadable state or date")
            }
            return MemoryEntry(
                sourceText: try row.string("source_text"), sourceHash: try row.string("source_hash"), locale: locale,
                target: try StoreJSON.content(from: try row.string("target_json")), state: state,
                origin: "\(cableID)/\(unitID)", updatedAt: updatedAt, post: try row.string("post"))
        }
    }
}
