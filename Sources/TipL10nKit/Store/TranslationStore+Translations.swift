import Foundation

extension StoreOperations {
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
        return try write(action) { transaction in
            try transaction.checkOwnership(ofCable: record.cableID, action: action)
            guard
                let importID = try transaction.integer(
                    """
                    INSERT INTO import_record (cable_id, locale, file_name, file_sha256, imported_at, new_count,
                        updated_count, unchanged_count, stale_count, unknown_count, empty_count)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    RETURNING id
                    """,
                    [
                        record.cableID, record.locale, record.fileName, record.fileSHA256, dateText,
                        record.counts.new, record.counts.updated, record.counts.unchanged, record.counts.stale,
                        record.counts.unknown, record.counts.empty,
                    ])
            else {
                throw StoreError(path: path, message: "\(action): the import record got no ID")
            }
            guard !changes.isEmpty else { return 0 }
            // Every change is of the record's cable and locale (checked above): their stored
            // rows are read in one query, not one per change.
            var previousRows: [String: StoredRowValues] = [:]
            for row in try transaction.rows(
                """
                SELECT unit_id, target_json, state, source_hash, is_stale FROM "translation"
                WHERE cable_id = $1 AND locale = $2
                """, [record.cableID, record.locale])
            {
                previousRows[try row.string("unit_id")] = StoredRowValues(
                    targetJSON: try row.string("target_json"), state: try row.string("state"),
                    sourceHash: try row.string("source_hash"), isStale: try row.bool("is_stale"))
            }
            var written = 0
            for change in changes {
                let targetJSON = try StoreJSON.text(from: change.target)
                let previous = previousRows[change.unitID]
                let previousJSON = previous?.targetJSON
                let previousState = previous?.state
                let previousHash = previous?.sourceHash
                let previousIsStale = previous?.isStale
                if previousJSON == targetJSON, previousState == change.state.rawValue,
                    previousHash == change.sourceHash, previousIsStale == change.isStale
                {
                    continue
                }
                previousRows[change.unitID] = StoredRowValues(
                    targetJSON: targetJSON, state: change.state.rawValue, sourceHash: change.sourceHash,
                    isStale: change.isStale)
                let targetText = change.target.plainText
                try transaction.execute(
                    """
                    INSERT INTO "translation" (cable_id, unit_id, locale, target_json, target_text, state,
                        source_hash, is_stale, updated_at, file_name, file_sha256, import_id)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                    ON CONFLICT (cable_id, unit_id, locale) DO UPDATE SET
                        target_json = excluded.target_json, target_text = excluded.target_text,
                        state = excluded.state, source_hash = excluded.source_hash, is_stale = excluded.is_stale,
                        updated_at = excluded.updated_at, file_name = excluded.file_name,
                        file_sha256 = excluded.file_sha256, import_id = excluded.import_id
                    """,
                    [
                        change.cableID, change.unitID, change.locale, targetJSON, targetText, change.state.rawValue,
                        change.sourceHash, change.isStale, dateText, record.fileName, record.fileSHA256, importID,
                    ])
                try transaction.execute(
                    """
                    INSERT INTO translation_history (cable_id, unit_id, locale, previous_target_json,
                        previous_state, previous_source_hash, previous_is_stale, target_json, target_text, state,
                        source_hash, is_stale, file_name, file_sha256, import_id, changed_at, reason)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                    """,
                    [
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
        try read("cannot read the \(locale) translation of \(unitID)") { transaction in
            try transaction.row(
                #"SELECT * FROM "translation" WHERE cable_id = $1 AND unit_id = $2 AND locale = $3"#,
                [cableID, unitID, locale]
            ).map(translation(from:))
        }
    }

    /// All translations of `cableID` into `locale`, in source unit order (cable paragraph,
    /// position), including translations of retired units.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func translations(cableID: String, locale: String) throws -> [StoredTranslation] {
        try read("cannot read the \(locale) translations of \(cableID)") { transaction in
            try transaction.rows(
                """
                SELECT t.* FROM "translation" t JOIN source_unit s USING (cable_id, unit_id)
                WHERE t.cable_id = $1 AND t.locale = $2
                ORDER BY s.cable_paragraph, s.position, t.unit_id
                """, [cableID, locale]
            ).map(translation(from:))
        }
    }

    /// The locales `cableID` has translations in, sorted.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func locales(cableID: String) throws -> [String] {
        try read("cannot read the locales of \(cableID)") { transaction in
            try transaction.strings(
                #"SELECT DISTINCT locale FROM "translation" WHERE cable_id = $1 ORDER BY locale"#, [cableID])
        }
    }

    /// Every recorded change to one translation, oldest first.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func history(cableID: String, unitID: String, locale: String) throws -> [TranslationHistoryEntry] {
        try read("cannot read the history of the \(locale) translation of \(unitID)") { transaction in
            try transaction.rows(
                "SELECT * FROM translation_history WHERE cable_id = $1 AND unit_id = $2 AND locale = $3 ORDER BY id",
                [cableID, unitID, locale]
            ).map(historyEntry(from:))
        }
    }

    /// The latest import of the file with SHA-256 `fileSHA256` (lower-case hex) into
    /// `locale`, or `nil` if that file was never imported for that locale.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func importRecord(fileSHA256: String, locale: String) throws -> ImportRecord? {
        try read("cannot read the import records") { transaction in
            try transaction.row(
                "SELECT * FROM import_record WHERE file_sha256 = $1 AND locale = $2 ORDER BY id DESC LIMIT 1",
                [fileSHA256, locale]
            ).map(importRecord(from:))
        }
    }

    /// All import records, oldest first; only those of `cableID` when given.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func importRecords(cableID: String? = nil) throws -> [ImportRecord] {
        try read("cannot read the import records") { transaction in
            if let cableID {
                return try transaction.rows("SELECT * FROM import_record WHERE cable_id = $1 ORDER BY id", [cableID])
                    .map(importRecord(from:))
            }
            return try transaction.rows("SELECT * FROM import_record ORDER BY id").map(importRecord(from:))
        }
    }

    // MARK: - Rows

    private func translation(from row: StoreRow) throws -> StoredTranslation {
        StoredTranslation(
            cableID: try row.string("cable_id"),
            unitID: try row.string("unit_id"),
            locale: try row.string("locale"),
            target: try target(row, "target_json"),
            state: try state(row, "state"),
            sourceHash: try row.string("source_hash"),
            isStale: try row.bool("is_stale"),
            updatedAt: try date(row, "updated_at"),
            fileName: try row.string("file_name"),
            fileSHA256: try row.string("file_sha256"))
    }

    private func historyEntry(from row: StoreRow) throws -> TranslationHistoryEntry {
        let hasPrevious = try row.optionalString("previous_target_json") != nil
        return TranslationHistoryEntry(
            cableID: try row.string("cable_id"),
            unitID: try row.string("unit_id"),
            locale: try row.string("locale"),
            previousTarget: hasPrevious ? try target(row, "previous_target_json") : nil,
            previousState: hasPrevious ? try state(row, "previous_state") : nil,
            previousSourceHash: try row.optionalString("previous_source_hash"),
            previousIsStale: try row.optionalBool("previous_is_stale"),
            target: try target(row, "target_json"),
            state: try state(row, "state"),
            sourceHash: try row.string("source_hash"),
            isStale: try row.bool("is_stale"),
            fileName: try row.string("file_name"),
            fileSHA256: try row.string("file_sha256"),
            changedAt: try date(row, "changed_at"),
            reason: try row.string("reason"))
    }

    private func importRecord(from row: StoreRow) throws -> ImportRecord {
        ImportRecord(
            cableID: try row.string("cable_id"),
            locale: try row.string("locale"),
            fileName: try row.string("file_name"),
            fileSHA256: try row.string("file_sha256"),
            importedAt: try date(row, "imported_at"),
            counts: ImportRecord.Counts(
                new: try row.int("new_count"),
                updated: try row.int("updated_count"),
                unchanged: try row.int("unchanged_count"),
                stale: try row.int("stale_count"),
                unknown: try row.int("unknown_count"),
                empty: try row.int("empty_count")))
    }

    /// The ``InlineContent`` in the JSON column `column`.
    private func target(_ row: StoreRow, _ column: String) throws -> InlineContent {
        let text = try row.string(column)
        do {
            return try StoreJSON.content(from: text)
        } catch {
            throw StoreError.unreadable(path: path, "\(column) is not tipl10n inline content JSON: \(text)")
        }
    }

    /// The ``TranslationState`` in `column`.
    private func state(_ row: StoreRow, _ column: String) throws -> TranslationState {
        let text = try row.string(column)
        guard let state = TranslationState(rawValue: text) else {
            throw StoreError.unreadable(path: path, "\(column) holds the unknown state '\(text)'")
        }
        return state
    }
}

/// The columns of a stored translation that decide whether a change changes it, as stored.
private struct StoredRowValues {
    var targetJSON: String
    var state: String
    var sourceHash: String
    var isStale: Bool
}
