import Foundation
import GRDB

/// One step of the store's schema, the same for both engines: an identifier `v<N>-<what>`,
/// the version `N` it sets in `meta.schema_version`, and its SQL for each engine (the same
/// tables, columns, constraints and triggers, in each engine's dialect).
struct StoreMigration: Sendable {
    let identifier: String
    let version: Int
    let sqlite: String
    let postgresql: String

    /// The SQL for `engine`.
    func sql(for engine: StoreEngine) -> String { engine == .sqlite ? sqlite : postgresql }
}

/// The store's schema: versioned migrations and the `meta` table that records the version.
///
/// Each migration is named `v<N>-<what>` and, in the same transaction, sets
/// `meta.schema_version` to `N`; ``currentVersion`` is the highest `N` this build knows.
/// Migrations talk SQL only (never app types) so a shipped migration never changes. SQLite
/// records the applied ones in GRDB's `grdb_migrations`, PostgreSQL in `schema_migration`.
/// The schema is described table by table in `Docs/Store.md`.
enum StoreSchema {
    /// The schema version this build writes and the highest it can read.
    static let currentVersion = 4

    /// The `meta` key holding the schema version (decimal text).
    static let schemaVersionKey = "schema_version"
    /// The `meta` key holding the tool that created the store (`tipl10n 0.1.0`).
    static let createdByKey = "created_by"
    /// The `meta` key holding when the store was created (ISO 8601 UTC).
    static let createdAtKey = "created_at"

    /// The tool and version written to `meta.created_by`.
    static var toolName: String { "tipl10n \(TipL10nVersion.current)" }

    /// All migrations, oldest first.
    static let migrations: [StoreMigration] = [
        StoreMigration(identifier: "v1-initial-schema", version: 1, sqlite: v1SQL, postgresql: postgresV1SQL),
        StoreMigration(identifier: "v2-cost-ledger", version: 2, sqlite: v2SQL, postgresql: postgresV2SQL),
        StoreMigration(identifier: "v3-translation-memory", version: 3, sqlite: v3SQL, postgresql: postgresV3SQL),
        StoreMigration(identifier: "v4-shared-store", version: 4, sqlite: v4SQL, postgresql: postgresV4SQL),
    ]

    /// Runs `migration`'s SQL on `connection` and records its version in `meta`, inside the
    /// caller's transaction.
    static func apply(_ migration: StoreMigration, on connection: any StoreConnection) throws {
        try connection.executeScript(migration.sql(for: connection.engine))
        if migration.version == 1 {
            try connection.execute(
                "INSERT INTO meta (key, value) VALUES ($1, $2), ($3, $4), ($5, $6)",
                [
                    .text(schemaVersionKey), .text("1"), .text(createdByKey), .text(toolName), .text(createdAtKey),
                    .text(StoreDate.text(from: Date())),
                ])
        } else {
            try connection.execute(
                "UPDATE meta SET value = $1 WHERE key = $2",
                [.text(String(migration.version)), .text(schemaVersionKey)])
        }
    }

    /// The GRDB migrator of a SQLite store: every migration, oldest first.
    static let sqliteMigrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier) { db in
                try apply(migration, on: SQLiteConnection(db))
            }
        }
        return migrator
    }()

    /// The version in `meta.schema_version`'s text; `nil` when there is none.
    ///
    /// - Throws: ``StoreError`` (not a tipl10n store) when the text is not a version number.
    static func version(from text: String?, path: String) throws -> Int {
        guard let text else {
            throw StoreError.notAStore(path: path, reason: "the meta table has no schema_version")
        }
        guard let version = Int(text), version >= 1 else {
            throw StoreError.notAStore(path: path, reason: "the meta table's schema_version is not a version number")
        }
        return version
    }

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
        CREATE TRIGGER translation_history_no_replace BEFORE INSERT ON translation_history
        WHEN EXISTS (SELECT 1 FROM translation_history WHERE id = NEW.id)
        BEGIN
            SELECT RAISE(ABORT, 'translation_history is append-only: rows cannot be replaced');
        END;
        CREATE TRIGGER import_record_no_replace BEFORE INSERT ON import_record
        WHEN EXISTS (SELECT 1 FROM import_record WHERE id = NEW.id)
        BEGIN
            SELECT RAISE(ABORT, 'import_record is append-only: rows cannot be replaced');
        END;
        """

    /// Version 2: the cost ledger: cost requests, their lines (one per locale) and their
    /// status history (`Docs/Costs.md`).
    ///
    /// All three tables are append-only (triggers refuse UPDATE, DELETE and the hidden delete of
    /// INSERT OR REPLACE): a request and its lines never change once written, and its status is the status of its latest event. Amounts are decimal text
    /// with exactly two decimals (`160.42`); rates, weights and weighted words are decimal
    /// text (`0.125`). A CHECK allows only the status machine's transitions, and a trigger
    /// requires each event to start from the request's current status.
    static let v2SQL = """
        CREATE TABLE cost_request (
            request_id        TEXT NOT NULL PRIMARY KEY
                                  CHECK (request_id = post || '-FY' || fiscal_year || '-' || printf('%03d', sequence)),
            post              TEXT NOT NULL CHECK (post GLOB '[A-Z]*' AND post NOT GLOB '*[^A-Z-]*'),
            country           TEXT NOT NULL CHECK (country <> ''),
            bureau            TEXT NOT NULL CHECK (bureau IN ('AF', 'EAP', 'EUR', 'NEA', 'SCA', 'WHA')),
            executive_office  TEXT NOT NULL CHECK (executive_office <> ''),
            time_zone         TEXT NOT NULL CHECK (time_zone <> ''),
            fiscal_year       INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1000 AND 9999),
            sequence          INTEGER NOT NULL CHECK (sequence >= 1),
            request_date      TEXT NOT NULL CHECK (request_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            cable_id          TEXT NOT NULL CHECK (cable_id <> ''),
            cable_subject     TEXT NOT NULL,
            cable_dtg         TEXT NOT NULL,
            funding_paragraph INTEGER CHECK (funding_paragraph IS NULL OR funding_paragraph >= 1),
            funding_text      TEXT NOT NULL,
            parts             TEXT NOT NULL CHECK (parts <> ''),
            word_count_rule   TEXT NOT NULL CHECK (word_count_rule <> ''),
            currency          TEXT NOT NULL CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
            requested_amount  TEXT NOT NULL CHECK (requested_amount GLOB '[0-9]*.[0-9][0-9]'
                                  AND requested_amount NOT GLOB '*[^0-9.]*' AND requested_amount NOT GLOB '*.*.*'),
            justification     TEXT NOT NULL CHECK (justification <> ''),
            officer           TEXT NOT NULL CHECK (officer <> ''),
            created_at        TEXT NOT NULL,
            UNIQUE (post, fiscal_year, sequence)
        ) STRICT;
        CREATE INDEX cost_request_by_cable ON cost_request (cable_id);

        CREATE TABLE cost_request_line (
            request_id        TEXT NOT NULL REFERENCES cost_request (request_id),
            position          INTEGER NOT NULL CHECK (position >= 1),
            locale            TEXT NOT NULL CHECK (locale <> ''),
            new_words         INTEGER NOT NULL CHECK (new_words >= 0),
            exact_words       INTEGER NOT NULL CHECK (exact_words >= 0),
            repetition_words  INTEGER NOT NULL CHECK (repetition_words >= 0),
            new_weight        TEXT NOT NULL CHECK (new_weight GLOB '[0-9]*' AND new_weight NOT GLOB '*[^0-9.]*'),
            exact_weight      TEXT NOT NULL CHECK (exact_weight GLOB '[0-9]*' AND exact_weight NOT GLOB '*[^0-9.]*'),
            repetition_weight TEXT NOT NULL CHECK (repetition_weight GLOB '[0-9]*'
                                  AND repetition_weight NOT GLOB '*[^0-9.]*'),
            weighted_words    TEXT NOT NULL CHECK (weighted_words GLOB '[0-9]*' AND weighted_words NOT GLOB '*[^0-9.]*'),
            rate              TEXT NOT NULL CHECK (rate GLOB '[0-9]*' AND rate NOT GLOB '*[^0-9.]*'),
            amount            TEXT NOT NULL CHECK (amount GLOB '[0-9]*.[0-9][0-9]' AND amount NOT GLOB '*[^0-9.]*'
                                  AND amount NOT GLOB '*.*.*'),
            PRIMARY KEY (request_id, locale),
            UNIQUE (request_id, position)
        ) STRICT;

        CREATE TABLE cost_request_event (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id      TEXT NOT NULL REFERENCES cost_request (request_id),
            action          TEXT NOT NULL CHECK (action IN ('request', 'submit', 'approve', 'reject', 'pay', 'cancel')),
            previous_status TEXT CHECK (previous_status IS NULL
                                OR previous_status IN ('draft', 'submitted', 'approved', 'paid', 'rejected', 'cancelled')),
            status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'paid', 'rejected', 'cancelled')),
            amount          TEXT CHECK (amount IS NULL OR (amount GLOB '[0-9]*.[0-9][0-9]'
                                AND amount NOT GLOB '*[^0-9.]*' AND amount NOT GLOB '*.*.*')),
            actor           TEXT NOT NULL CHECK (actor <> ''),
            note            TEXT NOT NULL,
            occurred_at     TEXT NOT NULL,
            CHECK ((action = 'request' AND previous_status IS NULL AND status = 'draft')
                OR (action = 'submit' AND previous_status = 'draft' AND status = 'submitted')
                OR (action = 'approve' AND previous_status = 'submitted' AND status = 'approved')
                OR (action = 'reject' AND previous_status = 'submitted' AND status = 'rejected')
                OR (action = 'pay' AND previous_status = 'approved' AND status = 'paid')
                OR (action = 'cancel' AND previous_status IN ('draft', 'submitted', 'approved')
                    AND status = 'cancelled')),
            CHECK ((amount IS NOT NULL) = (status IN ('draft', 'approved', 'paid')))
        ) STRICT;
        CREATE INDEX cost_request_event_by_request ON cost_request_event (request_id, id);

        CREATE TRIGGER cost_request_event_follows_status BEFORE INSERT ON cost_request_event
        WHEN NEW.previous_status IS NOT
            (SELECT status FROM cost_request_event WHERE request_id = NEW.request_id ORDER BY id DESC LIMIT 1)
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_event: previous_status is not the current status of the request');
        END;
        CREATE TRIGGER cost_request_line_before_first_event BEFORE INSERT ON cost_request_line
        WHEN EXISTS (SELECT 1 FROM cost_request_event WHERE request_id = NEW.request_id)
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_line: the request is already recorded; its lines cannot change');
        END;
        CREATE TRIGGER cost_request_no_replace BEFORE INSERT ON cost_request
        WHEN EXISTS (SELECT 1 FROM cost_request WHERE request_id = NEW.request_id
            OR (post = NEW.post AND fiscal_year = NEW.fiscal_year AND sequence = NEW.sequence))
        BEGIN
            SELECT RAISE(ABORT, 'cost_request is append-only: rows cannot be replaced');
        END;
        CREATE TRIGGER cost_request_line_no_replace BEFORE INSERT ON cost_request_line
        WHEN EXISTS (SELECT 1 FROM cost_request_line WHERE request_id = NEW.request_id
            AND (locale = NEW.locale OR position = NEW.position))
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_line is append-only: rows cannot be replaced');
        END;
        CREATE TRIGGER cost_request_event_no_replace BEFORE INSERT ON cost_request_event
        WHEN EXISTS (SELECT 1 FROM cost_request_event WHERE id = NEW.id)
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_event is append-only: rows cannot be replaced');
        END;
        CREATE TRIGGER cost_request_no_update BEFORE UPDATE ON cost_request
        BEGIN
            SELECT RAISE(ABORT, 'cost_request is append-only: rows cannot be updated');
        END;
        CREATE TRIGGER cost_request_no_delete BEFORE DELETE ON cost_request
        BEGIN
            SELECT RAISE(ABORT, 'cost_request is append-only: rows cannot be deleted');
        END;
        CREATE TRIGGER cost_request_line_no_update BEFORE UPDATE ON cost_request_line
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_line is append-only: rows cannot be updated');
        END;
        CREATE TRIGGER cost_request_line_no_delete BEFORE DELETE ON cost_request_line
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_line is append-only: rows cannot be deleted');
        END;
        CREATE TRIGGER cost_request_event_no_update BEFORE UPDATE ON cost_request_event
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_event is append-only: rows cannot be updated');
        END;
        CREATE TRIGGER cost_request_event_no_delete BEFORE DELETE ON cost_request_event
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_event is append-only: rows cannot be deleted');
        END;
        """

    /// Version 3: translation-memory entries imported from TMX files (`tipl10n tm import`),
    /// searched with the store's translations on export. One row per distinct (locale,
    /// source hash, target, origin); re-importing the same entry is ignored.
    static let v3SQL = """
        CREATE TABLE memory_entry (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            source_text TEXT NOT NULL CHECK (source_text <> ''),
            source_hash TEXT NOT NULL CHECK (source_hash GLOB 'sha256:*'),
            locale      TEXT NOT NULL CHECK (locale <> ''),
            target_json TEXT NOT NULL CHECK (json_valid(target_json)),
            target_text TEXT NOT NULL CHECK (target_text <> ''),
            state       TEXT NOT NULL CHECK (state IN ('new', 'translated', 'reviewed', 'final')),
            origin      TEXT NOT NULL CHECK (origin <> ''),
            changed_at  TEXT NOT NULL,
            file_name   TEXT NOT NULL CHECK (file_name <> ''),
            imported_at TEXT NOT NULL,
            UNIQUE (locale, source_hash, target_json, origin)
        ) STRICT;
        CREATE INDEX memory_entry_by_locale ON memory_entry (locale, id);
        """
}
