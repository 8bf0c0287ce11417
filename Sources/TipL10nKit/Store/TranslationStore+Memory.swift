import Foundation
import GRDB

extension TranslationStore {
    /// The translation memory of `locale`: every current translation into it that is not
    /// stale and not empty, from every cable, with the source text it was made against
    /// (`translation` joined with `source_unit` on cable, unit and source hash; retired
    /// units included), ordered by cable, then unit order; then the entries imported from
    /// TMX files (table `memory_entry`), in import order.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    /// An entry of `memory_entry` equal to a translation's entry (same source hash, target and
    /// origin) is listed once.
    public func memoryEntries(locale: String) throws -> [MemoryEntry] {
        let current = try translationMemoryEntries(locale: locale)
        func key(_ entry: MemoryEntry) -> String { "\(entry.sourceHash)\u{0}\(entry.origin)\u{0}\(entry.target)" }
        let keys = Set(current.map(key))
        return current + (try importedMemoryEntries(locale: locale)).filter { !keys.contains(key($0)) }
    }

    /// Keeps in the memory (table `memory_entry`, file name `tipl10n export`) every current,
    /// not stale translation of `cableID`, in any locale, whose unit `units` gives a new source
    /// text: registering `units` will make those translations stale, and the memory would
    /// otherwise lose the pair of the old English and its translation. Call it right before
    /// ``register(units:cableID:parts:at:)``, in the same ``atomically(_:_:)`` block.
    ///
    /// - Returns: how many entries were added.
    /// - Throws: ``StoreError``.
    @discardableResult
    public func keepInMemory(
        translationsOf cableID: String, replacedBy units: [TranslationUnit], at date: Date
    )
        throws -> Int
    {
        let newHashes = Dictionary(units.map { ($0.id, $0.sourceHash) }, uniquingKeysWith: { first, _ in first })
        var entries: [MemoryEntry] = []
        let locales = try read("cannot read the locales of \(cableID)") { db in
            try String.fetchAll(
                db, sql: #"SELECT DISTINCT locale FROM "translation" WHERE cable_id = ? ORDER BY locale"#,
                arguments: [cableID])
        }
        for locale in locales {
            entries += try translationMemoryEntries(locale: locale).filter { entry in
                let parts = entry.origin.split(separator: "/", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[0] == cableID, let newHash = newHashes[parts[1]] else { return false }
                return newHash != entry.sourceHash
            }
        }
        return try addMemoryEntries(entries, fileName: "tipl10n export", at: date)
    }

    /// The entries imported from TMX files into `locale`, in import order.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func importedMemoryEntries(locale: String) throws -> [MemoryEntry] {
        try read("cannot read the \(locale) translation memory") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM memory_entry WHERE locale = ? ORDER BY id", arguments: [locale]
            ).map { row in
                let stateText: String = try row.decode(String.self, forColumn: "state")
                let dateText: String = try row.decode(String.self, forColumn: "changed_at")
                let origin: String = try row.decode(String.self, forColumn: "origin")
                guard let state = TranslationState(rawValue: stateText), let changedAt = StoreDate.date(from: dateText)
                else {
                    throw StoreError(path: path, message: "memory entry \(origin) has an unreadable state or date")
                }
                return MemoryEntry(
                    sourceText: try row.decode(String.self, forColumn: "source_text"),
                    sourceHash: try row.decode(String.self, forColumn: "source_hash"), locale: locale,
                    target: try StoreJSON.content(from: try row.decode(String.self, forColumn: "target_json")),
                    state: state, origin: origin, updatedAt: changedAt)
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
        return try write("cannot import the translation memory \(fileName)") { db in
            var added = 0
            for entry in entries {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO memory_entry (source_text, source_hash, locale, target_json, target_text,
                            state, origin, changed_at, file_name, imported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        entry.sourceText, entry.sourceHash, entry.locale, try StoreJSON.text(from: entry.target),
                        entry.target.plainText, entry.state.rawValue, entry.origin,
                        StoreDate.text(from: entry.updatedAt), fileName, importedAt,
                    ])
                added += db.changesCount
            }
            return added
        }
    }

    private func translationMemoryEntries(locale: String) throws -> [MemoryEntry] {
        try read("cannot read the \(locale) translation memory") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT t.cable_id, t.unit_id, t.target_json, t.state, t.updated_at, s.source_text, s.source_hash
                    FROM "translation" t JOIN source_unit s
                        ON s.cable_id = t.cable_id AND s.unit_id = t.unit_id AND s.source_hash = t.source_hash
                    WHERE t.locale = ? AND t.is_stale = 0 AND t.target_text <> ''
                    ORDER BY t.cable_id, s.cable_paragraph, s.position, t.unit_id
                    """,
                arguments: [locale]
            ).map { row in
                let cableID: String = try row.decode(String.self, forColumn: "cable_id")
                let unitID: String = try row.decode(String.self, forColumn: "unit_id")
                let stateText: String = try row.decode(String.self, forColumn: "state")
                let dateText: String = try row.decode(String.self, forColumn: "updated_at")
                guard let state = TranslationState(rawValue: stateText), let updatedAt = StoreDate.date(from: dateText)
                else {
                    throw StoreError(
                        path: path,
                        message: "translation \(cableID) \(unitID) \(locale) has an unreadable state or date")
                }
                return MemoryEntry(
                    sourceText: try row.decode(String.self, forColumn: "source_text"),
                    sourceHash: try row.decode(String.self, forColumn: "source_hash"),
                    locale: locale,
                    target: try StoreJSON.content(from: try row.decode(String.self, forColumn: "target_json")),
                    state: state, origin: "\(cableID)/\(unitID)", updatedAt: updatedAt)
            }
        }
    }
}
