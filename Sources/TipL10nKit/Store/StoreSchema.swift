import Foundation
import GRDB

/// The store's schema: versioned migrations and the `meta` table that records the version.
///
/// Each migration is named `v<N>-<what>` and, in the same transaction, sets
/// `meta.schema_version` to `N`; ``currentVersion`` is the highest `N` this build knows.
/// Migrations talk SQL only (never app types) so a shipped migration never changes.
/// The schema is described table by table in `Docs/Store.md`.
enum StoreSchema {
    /// The schema version this build writes and the highest it can read.
    static let currentVersion = 1

    /// The `meta` key holding the schema version (decimal text).
    static let schemaVersionKey = "schema_version"
    /// The `meta` key holding the tool that created the store (`tipl10n 0.1.0`).
    static let createdByKey = "created_by"
    /// The `meta` key holding when the store was created (ISO 8601 UTC).
    static let createdAtKey = "created_at"

    /// The tool and version written to `meta.created_by`.
    static var toolName: String { "tipl10n \(XLIFF12Writer.toolVersion)" }

    /// All migrations, oldest first.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial-schema") { db in
            try db.execute(sql: v1SQL)
            try db.execute(
                sql: "INSERT INTO meta (key, value) VALUES (?, ?), (?, ?), (?, ?)",
                arguments: [
                    schemaVersionKey, "1", createdByKey, toolName, createdAtKey, StoreDate.text(from: Date()),
                ])
        }
        return migrator
    }()

    /// Version 1: meta, source units, translations, history, import records.
    ///
    /// Tables are `STRICT` (SQLite ≥ 3.37) so a value of the wrong type is refused, not coerced.
    /// Append-only tables carry `BEFORE UPDATE` / `BEFORE DELETE` triggers that abort.
    static let v1SQL = """
        CREATE TABLE meta (
            key   TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE source_unit (
            cable_id          TEXT NOT NULL CHECK (cable_id <> ''),
            unit_id           TEXT NOT NULL CHECK (unit_id <> ''),
            part              TEXT NOT NULL CHECK (part <> ''),
            section_id        TEXT NOT NULL,
            block_id          TEXT NOT NULL,
            kind              TEXT NOT NULL CHECK (kind <> ''),
            segment           INTEGER NOT NULL CHECK (segment >= 1),
            cable_paragraph   INTEGER NOT NULL,
            position          INTEGER NOT NULL CHECK (position >= 1),
            source_text       TEXT NOT NULL,
            source_hash       TEXT NOT NULL CHECK (source_hash GLOB 'sha256:*'),
            registered_at     TEXT NOT NULL,
            source_changed_at TEXT,
            retired_at        TEXT,
            PRIMARY KEY (cable_id, unit_id)
        ) STRICT;
        CREATE INDEX source_unit_by_order ON source_unit (cable_id, cable_paragraph, position);

        CREATE TABLE import_record (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            cable_id        TEXT NOT NULL CHECK (cable_id <> ''),
            locale          TEXT NOT NULL CHECK (locale <> ''),
            file_name       TEXT NOT NULL CHECK (file_name <> ''),
            file_sha256     TEXT NOT NULL CHECK (length(file_sha256) = 64 AND file_sha256 NOT GLOB '*[^0-9a-f]*'),
            imported_at     TEXT NOT NULL,
            new_count       INTEGER NOT NULL CHECK (new_count >= 0),
            updated_count   INTEGER NOT NULL CHECK (updated_count >= 0),
            unchanged_count INTEGER NOT NULL CHECK (unchanged_count >= 0),
            stale_count     INTEGER NOT NULL CHECK (stale_count >= 0),
            unknown_count   INTEGER NOT NULL CHECK (unknown_count >= 0),
            empty_count     INTEGER NOT NULL CHECK (empty_count >= 0)
        ) STRICT;
        CREATE INDEX import_record_by_file ON import_record (file_sha256, locale);

        CREATE TABLE "translation" (
            cable_id     TEXT NOT NULL,
            unit_id      TEXT NOT NULL,
            locale       TEXT NOT NULL CHECK (locale <> ''),
            target_json  TEXT NOT NULL CHECK (json_valid(target_json)),
            target_text  TEXT NOT NULL,
            state        TEXT NOT NULL CHECK (state IN ('new', 'translated', 'reviewed', 'final')),
            source_hash  TEXT NOT NULL CHECK (source_hash GLOB 'sha256:*'),
            is_stale     INTEGER NOT NULL CHECK (is_stale IN (0, 1)),
            updated_at   TEXT NOT NULL,
            file_name    TEXT NOT NULL CHECK (file_name <> ''),
            file_sha256  TEXT NOT NULL CHECK (length(file_sha256) = 64 AND file_sha256 NOT GLOB '*[^0-9a-f]*'),
            import_id    INTEGER NOT NULL REFERENCES import_record (id),
            PRIMARY KEY (cable_id, unit_id, locale),
            FOREIGN KEY (cable_id, unit_id) REFERENCES source_unit (cable_id, unit_id)
        ) STRICT;
        CREATE INDEX translation_by_import ON "translation" (import_id);

        CREATE TABLE translation_history (
            id                   INTEGER PRIMARY KEY AUTOINCREMENT,
            cable_id             TEXT NOT NULL,
            unit_id              TEXT NOT NULL,
            locale               TEXT NOT NULL CHECK (locale <> ''),
            previous_target_json TEXT CHECK (previous_target_json IS NULL OR json_valid(previous_target_json)),
            previous_state       TEXT CHECK (previous_state IS NULL
                                     OR previous_state IN ('new', 'translated', 'reviewed', 'final')),
            previous_source_hash TEXT CHECK (previous_source_hash IS NULL OR previous_source_hash GLOB 'sha256:*'),
            previous_is_stale    INTEGER CHECK (previous_is_stale IS NULL OR previous_is_stale IN (0, 1)),
            target_json          TEXT NOT NULL CHECK (json_valid(target_json)),
            target_text          TEXT NOT NULL,
            state                TEXT NOT NULL CHECK (state IN ('new', 'translated', 'reviewed', 'final')),
            source_hash          TEXT NOT NULL CHECK (source_hash GLOB 'sha256:*'),
            is_stale             INTEGER NOT NULL CHECK (is_stale IN (0, 1)),
            file_name            TEXT NOT NULL CHECK (file_name <> ''),
            file_sha256          TEXT NOT NULL CHECK (length(file_sha256) = 64
                                     AND file_sha256 NOT GLOB '*[^0-9a-f]*'),
            import_id            INTEGER NOT NULL REFERENCES import_record (id),
            changed_at           TEXT NOT NULL,
            reason               TEXT NOT NULL CHECK (reason <> ''),
            CHECK ((previous_target_json IS NULL) = (previous_state IS NULL)
                AND (previous_state IS NULL) = (previous_source_hash IS NULL)
                AND (previous_source_hash IS NULL) = (previous_is_stale IS NULL)),
            FOREIGN KEY (cable_id, unit_id) REFERENCES source_unit (cable_id, unit_id)
        ) STRICT;
        CREATE INDEX translation_history_by_translation ON translation_history (cable_id, unit_id, locale, id);
        CREATE INDEX translation_history_by_import ON translation_history (import_id);

        CREATE TRIGGER translation_history_no_update BEFORE UPDATE ON translation_history
        BEGIN
            SELECT RAISE(ABORT, 'translation_history is append-only: rows cannot be updated');
        END;
        CREATE TRIGGER translation_history_no_delete BEFORE DELETE ON translation_history
        BEGIN
            SELECT RAISE(ABORT, 'translation_history is append-only: rows cannot be deleted');
        END;
        CREATE TRIGGER import_record_no_update BEFORE UPDATE ON import_record
        BEGIN
            SELECT RAISE(ABORT, 'import_record is append-only: rows cannot be updated');
        END;
        CREATE TRIGGER import_record_no_delete BEFORE DELETE ON import_record
        BEGIN
            SELECT RAISE(ABORT, 'import_record is append-only: rows cannot be deleted');
        END;
        """
}
