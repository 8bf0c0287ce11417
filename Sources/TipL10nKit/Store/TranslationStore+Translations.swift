import Foundation
import GRDB

extension TranslationStore {
    /// Applies an import: records `record`, then, per change, upserts the translation and
    /// appends one history row with the previous values, all in ONE transaction.
    ///
    /// All or nothing: when anything fails (a constraint, an unregistered unit, a change for
    /// another cable or locale than `record`), nothing is written and the store is exactly as
    /// it was. A change identical to the stored translation (same target, state, source hash
    /// and staleness) is skipped and leaves no history row; callers should not pass such
    /// changes, but may. `record.importedAt` is the `updated_at` and `changed_at` of every
    /// row written; `record.fileName` and `record.fileSHA256` are copied onto them.
    ///
    /// - Returns: the number of translations written (changes minus skipped ones).
    /// - Throws: ``StoreError``, e.g. `cannot apply the import of F: FOREIGN KEY constraint
    ///   failed` (unit not registered), `… CHECK constraint failed: reason <> ''`.
    @discardableResult
    public func apply(_ changes: [TranslationChange], record: ImportRecord) throws -> Int {
        let action = "cannot apply the import of \(record.fileName)"
        for (index, change) in changes.enumerated()
        where change.cableID != record.cableID || change.locale != record.locale {
            throw StoreError(
                path: path,
                message: "\(action): change \(index + 1) (\(change.cableID) \(change.unitID) \(change.locale)) "
                    + "does not match the import record (\(record.cableID) \(record.locale))")
        }
        let dateText = StoreDate.text(from: record.importedAt)
        return try write(action) { db in
            try db.execute(
                sql: """
                    INSERT INTO import_record (cable_id, locale, file_name, file_sha256, imported_at, new_count,
                        updated_count, unchanged_count, stale_count, unknown_count, empty_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.cableID, record.locale, record.fileName, record.fileSHA256, dateText, record.counts.new,
                    record.counts.updated, record.counts.unchanged, record.counts.stale, record.counts.unknown,
                    record.counts.empty,
                ])
            let importID = db.lastInsertedRowID
            var written = 0
            // Prepared once, not once per change: parsing the SQL was most of an import's cost.
            let selectPrevious = try db.cachedStatement(
                sql: """
                    SELECT target_json, state, source_hash, is_stale FROM "translation"
                    WHERE cable_id = ? AND unit_id = ? AND locale = ?
                    """)
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO "translation" (cable_id, unit_id, locale, target_json, target_text, state,
                        source_hash, is_stale, updated_at, file_name, file_sha256, import_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (cable_id, unit_id, locale) DO UPDATE SET
                        target_json = excluded.target_json, target_text = excluded.target_text,
                        state = excluded.state, source_hash = excluded.source_hash, is_stale = excluded.is_stale,
                        updated_at = excluded.updated_at, file_name = excluded.file_name,
                        file_sha256 = excluded.file_sha256, import_id = excluded.import_id
                    """)
            let insertHistory = try db.cachedStatement(
                sql: """
                    INSERT INTO translation_history (cable_id, unit_id, locale, previous_target_json,
                        previous_state, previous_source_hash, previous_is_stale, target_json, target_text, state,
                        source_hash, is_stale, file_name, file_sha256, import_id, changed_at, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for change in changes {
                let targetJSON = try StoreJSON.text(from: change.target)
                let previous = try Row.fetchOne(
                    selectPrevious, arguments: [change.cableID, change.unitID, change.locale])
                let previousJSON = try previous?.decode(String.self, forColumn: "target_json")
                let previousState = try previous?.decode(String.self, forColumn: "state")
                let previousHash = try previous?.decode(String.self, forColumn: "source_hash")
                let previousIsStale = try previous?.decode(Bool.self, forColumn: "is_stale")
                if previousJSON == targetJSON, previousState == change.state.rawValue,
                    previousHash == change.sourceHash, previousIsStale == change.isStale
                {
                    continue
                }
                let targetText = change.target.plainText
                try upsert.execute(
                    arguments: [
                        change.cableID, change.unitID, change.locale, targetJSON, targetText, change.state.rawValue,
                        change.sourceHash, change.isStale, dateText, record.fileName, record.fileSHA256, importID,
                    ])
                try insertHistory.execute(
                    arguments: [
                        change.cableID, change.unitID, change.locale, previousJSON, previousState, previousHash,
                        previousIsStale, targetJSON, targetText, change.state.rawValue, change.sourceHash,
                        change.isStale, record.fileName, record.fileSHA256, importID, dateText, change.reason,
                    ])
                written += 1
            }
            return written
        }
    }

    /// The current translation of one unit into `locale`, or `nil` if there is none.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func translation(cableID: String, unitID: String, locale: String) throws -> StoredTranslation? {
        try read("cannot read the \(locale) translation of \(unitID)") { db in
            try Row.fetchOne(
                db, sql: #"SELECT * FROM "translation" WHERE cable_id = ? AND unit_id = ? AND locale = ?"#,
                arguments: [cableID, unitID, locale]
            ).map(translation(from:))
        }
    }

    /// All translations of `cableID` into `locale`, in source unit order (cable paragraph,
    /// position), including translations of retired units.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func translations(cableID: String, locale: String) throws -> [StoredTranslation] {
        try read("cannot read the \(locale) translations of \(cableID)") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT t.* FROM "translation" t JOIN source_unit s USING (cable_id, unit_id)
                    WHERE t.cable_id = ? AND t.locale = ?
                    ORDER BY s.cable_paragraph, s.position, t.unit_id
                    """,
                arguments: [cableID, locale]
            ).map(translation(from:))
        }
    }

    /// The locales `cableID` has translations in, sorted.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func locales(cableID: String) throws -> [String] {
        try read("cannot read the locales of \(cableID)") { db in
            try String.fetchAll(
                db, sql: #"SELECT DISTINCT locale FROM "translation" WHERE cable_id = ? ORDER BY locale"#,
                arguments: [cableID])
        }
    }

    /// Every recorded change to one translation, oldest first.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func history(cableID: String, unitID: String, locale: String) throws -> [TranslationHistoryEntry] {
        try read("cannot read the history of the \(locale) translation of \(unitID)") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM translation_history WHERE cable_id = ? AND unit_id = ? AND locale = ?
                    ORDER BY id
                    """,
                arguments: [cableID, unitID, locale]
            ).map(historyEntry(from:))
        }
    }

    /// The latest import of the file with SHA-256 `fileSHA256` (lower-case hex) into
    /// `locale`, or `nil` if that file was never imported for that locale.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func importRecord(fileSHA256: String, locale: String) throws -> ImportRecord? {
        try read("cannot read the import records") { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM import_record WHERE file_sha256 = ? AND locale = ? ORDER BY id DESC LIMIT 1",
                arguments: [fileSHA256, locale]
            ).map(importRecord(from:))
        }
    }

    /// All import records, oldest first; only those of `cableID` when given.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func importRecords(cableID: String? = nil) throws -> [ImportRecord] {
        try read("cannot read the import records") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM import_record WHERE ?1 IS NULL OR cable_id = ?1 ORDER BY id",
                arguments: [cableID]
            ).map(importRecord(from:))
        }
    }

    // MARK: - Rows

    private func translation(from row: Row) throws -> StoredTranslation {
        StoredTranslation(
            cableID: try row.decode(String.self, forColumn: "cable_id"),
            unitID: try row.decode(String.self, forColumn: "unit_id"),
            locale: try row.decode(String.self, forColumn: "locale"),
            target: try target(row, "target_json"),
            state: try state(row, "state"),
            sourceHash: try row.decode(String.self, forColumn: "source_hash"),
            isStale: try row.decode(Bool.self, forColumn: "is_stale"),
            updatedAt: try date(row, "updated_at"),
            fileName: try row.decode(String.self, forColumn: "file_name"),
            fileSHA256: try row.decode(String.self, forColumn: "file_sha256"))
    }

    private func historyEntry(from row: Row) throws -> TranslationHistoryEntry {
        let hasPrevious = try row.decode(String?.self, forColumn: "previous_target_json") != nil
        return TranslationHistoryEntry(
            cableID: try row.decode(String.self, forColumn: "cable_id"),
            unitID: try row.decode(String.self, forColumn: "unit_id"),
            locale: try row.decode(String.self, forColumn: "locale"),
            previousTarget: hasPrevious ? try target(row, "previous_target_json") : nil,
            previousState: hasPrevious ? try state(row, "previous_state") : nil,
            previousSourceHash: try row.decode(String?.self, forColumn: "previous_source_hash"),
            previousIsStale: try row.decode(Bool?.self, forColumn: "previous_is_stale"),
            target: try target(row, "target_json"),
            state: try state(row, "state"),
            sourceHash: try row.decode(String.self, forColumn: "source_hash"),
            isStale: try row.decode(Bool.self, forColumn: "is_stale"),
            fileName: try row.decode(String.self, forColumn: "file_name"),
            fileSHA256: try row.decode(String.self, forColumn: "file_sha256"),
            changedAt: try date(row, "changed_at"),
            reason: try row.decode(String.self, forColumn: "reason"))
    }

    private func importRecord(from row: Row) throws -> ImportRecord {
        ImportRecord(
            cableID: try row.decode(String.self, forColumn: "cable_id"),
            locale: try row.decode(String.self, forColumn: "locale"),
            fileName: try row.decode(String.self, forColumn: "file_name"),
            fileSHA256: try row.decode(String.self, forColumn: "file_sha256"),
            importedAt: try date(row, "imported_at"),
            counts: ImportRecord.Counts(
                new: try row.decode(Int.self, forColumn: "new_count"),
                updated: try row.decode(Int.self, forColumn: "updated_count"),
                unchanged: try row.decode(Int.self, forColumn: "unchanged_count"),
                stale: try row.decode(Int.self, forColumn: "stale_count"),
                unknown: try row.decode(Int.self, forColumn: "unknown_count"),
                empty: try row.decode(Int.self, forColumn: "empty_count")))
    }

    /// The ``InlineContent`` in the JSON column `column`.
    private func target(_ row: Row, _ column: String) throws -> InlineContent {
        let text = try row.decode(String.self, forColumn: column)
        do {
            return try StoreJSON.content(from: text)
        } catch {
            throw StoreError.unreadable(path: path, "\(column) is not tipl10n inline content JSON: \(text)")
        }
    }

    /// The ``TranslationState`` in `column`.
    private func state(_ row: Row, _ column: String) throws -> TranslationState {
        let text = try row.decode(String.self, forColumn: column)
        guard let state = TranslationState(rawValue: text) else {
            throw StoreError.unreadable(path: path, "\(column) holds the unknown state '\(text)'")
        }
        return state
    }
}
