import Foundation
import TipL10nTestSupport
import GRDB
import Testing

@testable import TipL10nKit

@Suite struct StoreOpeningTests {
    @Test func aNewStoreCreatesItsFolderSchemaAndVersion() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let url = folder.appendingPathComponent(".tipl10n/store.sqlite")

        let store = try TranslationStore(path: url, displayPath: ".tipl10n/store.sqlite")

        #expect(FileManager.default.fileExists(atPath: url.path))
        #expect(store.path == ".tipl10n/store.sqlite")
        #expect(try store.schemaVersion == 4)
        #expect(TranslationStore.currentSchemaVersion == 4)
        #expect(store.engine == .sqlite)
        #expect(store.identity == .localFile)
        let meta = try store.metadata()
        #expect(meta["schema_version"] == "4")
        #expect(meta["created_by"] == "tipl10n 0.1.0")
        #expect(meta.keys.sorted() == ["created_at", "created_by", "schema_version"])
        #expect(
            try store.rawStrings("SELECT identifier FROM grdb_migrations") == [
                "v1-initial-schema", "v2-cost-ledger", "v3-translation-memory", "v4-shared-store",
            ])
        #expect(
            try store.rawStrings("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") == [
                "cost_request", "cost_request_event", "cost_request_line", "grdb_migrations", "import_record",
                "memory_entry", "meta", "source_unit", "sqlite_sequence", "translation", "translation_history",
            ])
        #expect(
            try store.rawStrings("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == [
                "cost_request_event_follows_status", "cost_request_event_no_cancel_after_payment",
                "cost_request_event_no_delete", "cost_request_event_no_replace", "cost_request_event_no_update",
                "cost_request_event_pay_within_approved", "cost_request_line_before_first_event",
                "cost_request_line_no_delete",
                "cost_request_line_no_replace", "cost_request_line_no_update", "cost_request_no_delete",
                "cost_request_no_replace", "cost_request_no_update", "import_record_no_delete",
                "import_record_no_replace", "import_record_no_update", "translation_history_no_delete",
                "translation_history_no_replace", "translation_history_no_update",
            ])
        #expect(
            try store.rawStrings("SELECT name FROM pragma_table_info('translation') ORDER BY cid") == [
                "cable_id", "unit_id", "locale", "target_json", "target_text", "state", "source_hash", "is_stale",
                "updated_at", "file_name", "file_sha256", "import_id", "post",
            ])
        #expect(try store.rawStrings("PRAGMA foreign_keys") == ["1"])
    }

    @Test func anInMemoryStoreIsMigrated() throws {
        let store = try TranslationStore.inMemory()
        #expect(store.path == "<memory>")
        #expect(try store.schemaVersion == 4)
        #expect(try store.knownCableIDs() == [])
    }

    @Test func reopeningAStoreKeepsItsData() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let url = folder.appendingPathComponent("store.sqlite")
        do {
            let store = try TranslationStore(path: url)
            try store.register(units: StoreFixtures.units, cableID: StoreFixtures.cableID, at: StoreFixtures.exportDate)
            try store.apply(
                [StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)")], record: StoreFixtures.record())
        }
        let reopened = try TranslationStore(path: url)
        #expect(try reopened.schemaVersion == 4)
        #expect(
            try reopened.rawStrings("SELECT identifier FROM grdb_migrations") == [
                "v1-initial-schema", "v2-cost-ledger", "v3-translation-memory", "v4-shared-store",
            ])
        #expect(try reopened.knownCableIDs() == ["09STATE61188"])
        #expect(
            try reopened.sourceUnits(cableID: StoreFixtures.cableID).map(\.unitID) == [
                "narrative.title", "narrative.intro.p1.s1", "narrative.intro.p1.s2", "press.q1.question.s1",
            ])
        let translation = try reopened.translation(
            cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")
        #expect(translation?.target == InlineContent(text: "Kosova (NIVELI 2)"))
        #expect(translation?.updatedAt == StoreFixtures.importDate)
    }

    @Test func aStoreFromANewerTipl10nIsRefused() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let url = folder.appendingPathComponent(".tipl10n/store.sqlite")
        try TranslationStore(path: url).executeRawSQL("UPDATE meta SET value = '5' WHERE key = 'schema_version'")

        let error = #expect(throws: StoreError.self) {
            try TranslationStore(path: url, displayPath: ".tipl10n/store.sqlite")
        }
        #expect(
            error?.description
                == ".tipl10n/store.sqlite: error: the store was written by a newer tipl10n (schema version 5; "
                + "this tipl10n knows up to 4)")
        #expect(error?.errorDescription == error?.description)
        #expect(error?.sqliteResultCode == nil)
    }

    @Test func aStoreWithAnUnknownMigrationIsRefused() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let url = folder.appendingPathComponent("store.sqlite")
        try TranslationStore(path: url).executeRawSQL("INSERT INTO grdb_migrations (identifier) VALUES ('v2-glossary')")

        let error = #expect(throws: StoreError.self) { try TranslationStore(path: url, displayPath: "store.sqlite") }
        #expect(
            error?.description
                == "store.sqlite: error: the store was written by a newer tipl10n (it has migrations this tipl10n "
                + "does not know: v2-glossary)")
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let url = folder.appendingPathComponent("09STATE61188.sq.xlf")
        let bytes = Data(
            (#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
                + #"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>"# + "\n").utf8)
        try bytes.write(to: url)

        let error = #expect(throws: StoreError.self) {
            try TranslationStore(path: url, displayPath: "xliff/09STATE61188.sq.xlf")
        }
        #expect(error?.description == "xliff/09STATE61188.sq.xlf: error: not a tipl10n store: file is not a database")
        #expect(error?.sqliteResultCode == 26)
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test func aSQLiteDatabaseWithoutTheMetaTableIsRefused() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let url = folder.appendingPathComponent("other.sqlite")
        try TranslationStore(path: url).executeRawSQL("DROP TABLE meta")

        let error = #expect(throws: StoreError.self) { try TranslationStore(path: url, displayPath: "other.sqlite") }
        #expect(
            error?.description
                == "other.sqlite: error: not a tipl10n store: a SQLite database without tipl10n's meta table")
    }

    @Test func aFolderIsRefused() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }

        let error = #expect(throws: StoreError.self) { try TranslationStore(path: folder, displayPath: ".tipl10n") }
        #expect(error?.description == ".tipl10n: error: cannot open the store: is a folder, not a file")
    }

    @Test func datesAreStoredAsISO8601UTCTextWithMilliseconds() throws {
        #expect(StoreDate.text(from: StoreFixtures.importDate) == "2009-06-16T14:00:00.000Z")
        #expect(StoreDate.text(from: Date(timeIntervalSince1970: 1_245_160_800.25)) == "2009-06-16T14:00:00.250Z")
        #expect(StoreDate.date(from: "2009-06-16T14:00:00.250Z") == Date(timeIntervalSince1970: 1_245_160_800.25))
        #expect(StoreDate.date(from: "16 June 2009") == nil)

        let store = try StoreFixtures.registeredStore().store
        #expect(
            try store.rawStrings("SELECT DISTINCT registered_at FROM source_unit") == ["2009-06-12T22:09:00.000Z"])
    }

    /// A store written by the tipl10n before version 4 (requests paid in one payment): opening
    /// it migrates, and its ledger reads back unchanged and takes partial payments afterwards.
    @Test func aVersion3StoreIsMigratedAndItsLedgerKeepsItsHistory() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let url = folder.appendingPathComponent("store.sqlite")
        do {
            let queue = try DatabaseQueue(path: url.path)
            try StoreSchema.sqliteMigrator.migrate(queue, upTo: "v3-translation-memory")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO cost_request VALUES ('PRISTINA-FY2009-001', 'PRISTINA', 'Kosovo', 'EUR', 'EUR/EX',
                            'Europe/Belgrade', 2009, 1, '2009-06-16', '09STATE61188', 'KOSOVO', '122209Z JUN 09', 10,
                            'Funding.', 'narrative,press', 'tipl10n-words-1', 'USD', '160.42', 'Needed.', 'Jane Smith',
                            '2009-06-16T14:00:00.000Z');
                        INSERT INTO cost_request_line VALUES ('PRISTINA-FY2009-001', 1, 'sq', 1234, 0, 0, '1', '0.3',
                            '0.3', '1234', '0.13', '160.42');
                        INSERT INTO cost_request_event (request_id, action, previous_status, status, amount, actor, note,
                            occurred_at) VALUES
                            ('PRISTINA-FY2009-001', 'request', NULL, 'draft', '160.42', 'Jane Smith', '', '2009-06-16T14:00:00.000Z'),
                            ('PRISTINA-FY2009-001', 'submit', 'draft', 'submitted', NULL, 'Jane Smith', '', '2009-06-17T09:00:00.000Z'),
                            ('PRISTINA-FY2009-001', 'approve', 'submitted', 'approved', '150.00', 'EUR/EX', '', '2009-06-18T09:00:00.000Z');
                        INSERT INTO cost_request_event (request_id, action, previous_status, status, amount, actor, note,
                            occurred_at) VALUES
                            ('PRISTINA-FY2009-001', 'pay', 'approved', 'paid', '150.00', 'FMO', '', '2009-06-19T09:00:00.000Z');
                        """)
                #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") == "3")
            }
        }
        let store = try TranslationStore(path: url)
        #expect(try store.schemaVersion == 4)
        let request = try #require(try store.costRequest(id: "PRISTINA-FY2009-001"))
        #expect(request.status == .paid)
        #expect(request.events.map(\.action) == [.request, .submit, .approve, .pay])
        #expect(request.paid == Money(150, currency: "USD"))
        #expect(request.outstanding == Money(0, currency: "USD"))
        #expect(request.lines.map(\.type) == [.translation])
        #expect(request.lines.map(\.amount) == [Money(Decimal(string: "160.42") ?? 0, currency: "USD")])
        #expect(try store.rawStrings("SELECT id FROM cost_request_event ORDER BY id") == ["1", "2", "3", "4"])
        // The rebuilt table is still append-only and still checks the status machine.
        let update = #expect(throws: StoreError.self) {
            try store.executeRawSQL("UPDATE cost_request_event SET note = 'x'")
        }
        #expect(update?.message == "raw sql: cost_request_event is append-only: rows cannot be updated")
        let line = #expect(throws: StoreError.self) {
            try store.executeRawSQL(
                "INSERT INTO cost_request_line (request_id, position, locale, new_words, exact_words, repetition_words, "
                    + "new_weight, exact_weight, repetition_weight, weighted_words, rate, amount) VALUES "
                    + "('PRISTINA-FY2009-001', 2, 'sr-Latn', 1, 0, 0, '1', '1', '1', '1', '0.13', '0.13')")
        }
        #expect(line?.message == "raw sql: cost_request_line: the request is already recorded; its lines cannot change")
        let second = try store.recordCostRequest(CostFixtures.draft(locales: ["sq"], at: "2009-07-01T10:00:00Z"))
        #expect(second.requestID == "PRISTINA-FY2009-002")
    }
}
