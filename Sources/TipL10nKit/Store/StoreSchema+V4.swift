import Foundation

extension StoreSchema {
    /// Version 4 (SQLite): what a store shared by several posts needs, and the ledger's new lines.
    ///
    /// - `post` on `source_unit`, `import_record`, `translation`, `translation_history` and
    ///   `memory_entry`: the post that wrote the row. Empty in a SQLite file (one post's store);
    ///   a shared PostgreSQL store fills it from the writing role and lets a post change only
    ///   its own rows.
    /// - `cost_request_line`: the fuzzy bands (`fuzzy_95_words` 95–99 %, `fuzzy_85_words`
    ///   85–94 %, `fuzzy_75_words` 75–84 %) with their weights, and the line type
    ///   (`translation`, or `script conversion` with `converted_from` and `conversion_words`).
    /// - `cost_request_event` is rebuilt (SQLite cannot change a CHECK) so that `pay` may leave
    ///   a request `approved` (a partial payment) or make it `paid` (the payments reach the
    ///   approved amount); triggers refuse payments beyond the approved amount and cancelling a
    ///   request something was paid on. Its rows are copied unchanged (the triggers of
    ///   `cost_request_line`, one of which reads it, are dropped and made again around the
    ///   rebuild, in their version 2 order, which is the order SQLite fires them in reverse).
    static let v4SQL = """
        ALTER TABLE source_unit ADD COLUMN post TEXT NOT NULL DEFAULT '';
        ALTER TABLE import_record ADD COLUMN post TEXT NOT NULL DEFAULT '';
        ALTER TABLE "translation" ADD COLUMN post TEXT NOT NULL DEFAULT '';
        ALTER TABLE translation_history ADD COLUMN post TEXT NOT NULL DEFAULT '';
        ALTER TABLE memory_entry ADD COLUMN post TEXT NOT NULL DEFAULT '';

        ALTER TABLE cost_request_line ADD COLUMN line_type TEXT NOT NULL DEFAULT 'translation'
            CHECK (line_type IN ('translation', 'script conversion'));
        ALTER TABLE cost_request_line ADD COLUMN converted_from TEXT
            CHECK ((line_type = 'script conversion') = (converted_from IS NOT NULL AND converted_from <> ''));
        ALTER TABLE cost_request_line ADD COLUMN conversion_words INTEGER NOT NULL DEFAULT 0
            CHECK (conversion_words >= 0 AND (line_type = 'script conversion' OR conversion_words = 0));
        ALTER TABLE cost_request_line ADD COLUMN fuzzy_95_words INTEGER NOT NULL DEFAULT 0
            CHECK (fuzzy_95_words >= 0);
        ALTER TABLE cost_request_line ADD COLUMN fuzzy_85_words INTEGER NOT NULL DEFAULT 0
            CHECK (fuzzy_85_words >= 0);
        ALTER TABLE cost_request_line ADD COLUMN fuzzy_75_words INTEGER NOT NULL DEFAULT 0
            CHECK (fuzzy_75_words >= 0);
        ALTER TABLE cost_request_line ADD COLUMN fuzzy_95_weight TEXT NOT NULL DEFAULT '1'
            CHECK (fuzzy_95_weight GLOB '[0-9]*' AND fuzzy_95_weight NOT GLOB '*[^0-9.]*');
        ALTER TABLE cost_request_line ADD COLUMN fuzzy_85_weight TEXT NOT NULL DEFAULT '1'
            CHECK (fuzzy_85_weight GLOB '[0-9]*' AND fuzzy_85_weight NOT GLOB '*[^0-9.]*');
        ALTER TABLE cost_request_line ADD COLUMN fuzzy_75_weight TEXT NOT NULL DEFAULT '1'
            CHECK (fuzzy_75_weight GLOB '[0-9]*' AND fuzzy_75_weight NOT GLOB '*[^0-9.]*');

        DROP TRIGGER cost_request_line_before_first_event;
        DROP TRIGGER cost_request_line_no_replace;
        DROP TRIGGER cost_request_event_follows_status;
        DROP TRIGGER cost_request_event_no_replace;
        DROP TRIGGER cost_request_event_no_update;
        DROP TRIGGER cost_request_event_no_delete;
        DROP INDEX cost_request_event_by_request;
        CREATE TABLE cost_request_event_v4 (
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
                OR (action = 'pay' AND previous_status = 'approved' AND status IN ('approved', 'paid'))
                OR (action = 'cancel' AND previous_status IN ('draft', 'submitted', 'approved')
                    AND status = 'cancelled')),
            CHECK ((amount IS NOT NULL) = (action IN ('request', 'approve', 'pay')))
        ) STRICT;
        INSERT INTO cost_request_event_v4 (id, request_id, action, previous_status, status, amount, actor, note,
            occurred_at)
            SELECT id, request_id, action, previous_status, status, amount, actor, note, occurred_at
            FROM cost_request_event ORDER BY id;
        DROP TABLE cost_request_event;
        ALTER TABLE cost_request_event_v4 RENAME TO cost_request_event;
        CREATE INDEX cost_request_event_by_request ON cost_request_event (request_id, id);

        CREATE TRIGGER cost_request_line_before_first_event BEFORE INSERT ON cost_request_line
        WHEN EXISTS (SELECT 1 FROM cost_request_event WHERE request_id = NEW.request_id)
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_line: the request is already recorded; its lines cannot change');
        END;
        CREATE TRIGGER cost_request_line_no_replace BEFORE INSERT ON cost_request_line
        WHEN EXISTS (SELECT 1 FROM cost_request_line WHERE request_id = NEW.request_id
            AND (locale = NEW.locale OR position = NEW.position))
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_line is append-only: rows cannot be replaced');
        END;

        CREATE TRIGGER cost_request_event_follows_status BEFORE INSERT ON cost_request_event
        WHEN NEW.previous_status IS NOT
            (SELECT status FROM cost_request_event WHERE request_id = NEW.request_id ORDER BY id DESC LIMIT 1)
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_event: previous_status is not the current status of the request');
        END;
        CREATE TRIGGER cost_request_event_pay_within_approved BEFORE INSERT ON cost_request_event
        WHEN NEW.action = 'pay'
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_event: the payments would exceed the approved amount')
            WHERE (SELECT coalesce(sum(CAST(replace(amount, '.', '') AS INTEGER)), 0) FROM cost_request_event
                    WHERE request_id = NEW.request_id AND action = 'pay')
                + CAST(replace(NEW.amount, '.', '') AS INTEGER)
                > (SELECT CAST(replace(amount, '.', '') AS INTEGER) FROM cost_request_event
                    WHERE request_id = NEW.request_id AND action = 'approve' ORDER BY id DESC LIMIT 1);
            SELECT RAISE(ABORT, 'cost_request_event: a payment makes the request paid exactly when the payments reach the approved amount')
            WHERE ((SELECT coalesce(sum(CAST(replace(amount, '.', '') AS INTEGER)), 0) FROM cost_request_event
                    WHERE request_id = NEW.request_id AND action = 'pay')
                + CAST(replace(NEW.amount, '.', '') AS INTEGER)
                = (SELECT CAST(replace(amount, '.', '') AS INTEGER) FROM cost_request_event
                    WHERE request_id = NEW.request_id AND action = 'approve' ORDER BY id DESC LIMIT 1))
                <> (NEW.status = 'paid');
        END;
        CREATE TRIGGER cost_request_event_no_cancel_after_payment BEFORE INSERT ON cost_request_event
        WHEN NEW.action = 'cancel'
            AND EXISTS (SELECT 1 FROM cost_request_event WHERE request_id = NEW.request_id AND action = 'pay')
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_event: a request with a payment cannot be cancelled');
        END;
        CREATE TRIGGER cost_request_event_no_replace BEFORE INSERT ON cost_request_event
        WHEN EXISTS (SELECT 1 FROM cost_request_event WHERE id = NEW.id)
        BEGIN
            SELECT RAISE(ABORT, 'cost_request_event is append-only: rows cannot be replaced');
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
}
