import Foundation
import Testing

@testable import TipL10nKit

@Suite struct StoreTranslationTests {
    static let titleHash = StoreFixtures.units[0].sourceHash

    @Test(arguments: TestEngine.available) func anAppliedChangeReadsBackExactlyWithItsInlineCodes(
        engine: TestEngine
    ) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let change = TranslationChange(
            cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq", target: StoreFixtures.codedTarget,
            state: .translated, sourceHash: Self.titleHash, isStale: false, reason: "import")

        let written = try store.apply([change], record: StoreFixtures.record())

        #expect(written == 1)
        #expect(
            try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")
                == StoredTranslation(
                    cableID: "09STATE61188", unitID: "narrative.title", locale: "sq", target: StoreFixtures.codedTarget,
                    state: .translated, sourceHash: Self.titleHash, isStale: false,
                    updatedAt: StoreFixtures.importDate, fileName: "09STATE61188.sq.xlf",
                    fileSHA256: StoreFixtures.sha1))
        #expect(
            try store.rawStrings(#"SELECT target_json FROM "translation""#) == [
                #"{"pieces":[{"code":{"_0":{"attributes":{"ctype":"bold"},"element":"g","id":"1","#
                    + #""position":"opening"}}},{"text":{"_0":"Kosova"}},{"code":{"_0":{"attributes":{},"#
                    + #""element":"g","id":"1","position":"closing"}}},{"text":{"_0":" (NIVELI 2)"}},"#
                    + #"{"code":{"_0":{"attributes":{"ctype":"lb"},"element":"x","id":"2","#
                    + #""originalData":"<br/>","position":"standalone"}}}]}"#
            ])
        #expect(
            try store.rawStrings(
                #"SELECT target_text || '|' || state || '|' || is_stale || '|' || updated_at FROM "translation""#)
                == ["Kosova (NIVELI 2)|translated|0|2009-06-16T14:00:00.000Z"])
        #expect(try store.locales(cableID: StoreFixtures.cableID) == ["sq"])
    }

    @Test(arguments: TestEngine.available) func aSecondChangeAppendsHistoryWithThePreviousValues(
        engine: TestEngine
    ) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        try store.apply([StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)")], record: StoreFixtures.record())
        let reviewed = StoreFixtures.change("narrative.title", "Kosova (Niveli 2)", state: .reviewed)
        try store.apply(
            [reviewed],
            record: StoreFixtures.record(
                sha: StoreFixtures.sha2, fileName: "09STATE61188.sq.reviewed.xlf", at: StoreFixtures.laterDate,
                counts: ImportRecord.Counts(updated: 1, unchanged: 3)))

        let history = try store.history(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")
        #expect(
            history == [
                TranslationHistoryEntry(
                    cableID: "09STATE61188", unitID: "narrative.title", locale: "sq", previousTarget: nil,
                    previousState: nil, previousSourceHash: nil, previousIsStale: nil,
                    target: InlineContent(text: "Kosova (NIVELI 2)"), state: .translated, sourceHash: Self.titleHash,
                    isStale: false, fileName: "09STATE61188.sq.xlf", fileSHA256: StoreFixtures.sha1,
                    changedAt: StoreFixtures.importDate, reason: "import"),
                TranslationHistoryEntry(
                    cableID: "09STATE61188", unitID: "narrative.title", locale: "sq",
                    previousTarget: InlineContent(text: "Kosova (NIVELI 2)"), previousState: .translated,
                    previousSourceHash: Self.titleHash, previousIsStale: false,
                    target: InlineContent(text: "Kosova (Niveli 2)"), state: .reviewed, sourceHash: Self.titleHash,
                    isStale: false, fileName: "09STATE61188.sq.reviewed.xlf", fileSHA256: StoreFixtures.sha2,
                    changedAt: StoreFixtures.laterDate, reason: "import"),
            ])
        #expect(history.map(\.isCreation) == [true, false])
        let current = try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")
        #expect(current?.target == InlineContent(text: "Kosova (Niveli 2)"))
        #expect(current?.state == .reviewed)
        #expect(current?.updatedAt == StoreFixtures.laterDate)
        #expect(current?.fileName == "09STATE61188.sq.reviewed.xlf")
        #expect(try store.rowCounts()["translation"] == 1)
    }

    @Test(arguments: TestEngine.available) func anIdenticalChangeWritesNoHistoryButTheImportIsRecorded(
        engine: TestEngine
    ) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let change = StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)")
        try store.apply([change], record: StoreFixtures.record())

        let written = try store.apply(
            [change], record: StoreFixtures.record(sha: StoreFixtures.sha2, counts: ImportRecord.Counts(unchanged: 1)))

        #expect(written == 0)
        #expect(try store.history(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq").count == 1)
        #expect(
            try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")?.fileSHA256
                == StoreFixtures.sha1)
        #expect(try store.importRecords().map(\.fileSHA256) == [StoreFixtures.sha1, StoreFixtures.sha2])
    }

    @Test(arguments: TestEngine.available) func aForcedStaleChangeIsRecordedWithItsReason(engine: TestEngine) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let oldHash = TranslationUnit.hash(of: "Kosovo (TIER 2 WATCH LIST)")
        let change = StoreFixtures.change(
            "narrative.title", "Kosova (NIVELI 2)", state: .final, sourceHash: oldHash, isStale: true,
            reason: "import --force")
        try store.apply([change], record: StoreFixtures.record(counts: ImportRecord.Counts(new: 1, stale: 1)))

        let stored = try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")
        #expect(stored?.isStale == true)
        #expect(stored?.sourceHash == oldHash)
        #expect(stored?.state == .final)
        #expect(
            try store.history(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq").map(\.reason)
                == ["import --force"])
    }

    @Test(arguments: TestEngine.available) func historyRowsCannotBeUpdatedOrDeleted(engine: TestEngine) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        try store.apply([StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)")], record: StoreFixtures.record())

        let update = #expect(throws: StoreError.self) {
            try store.executeRawSQL("UPDATE translation_history SET reason = 'edited'")
        }
        #expect(
            update?.description
                == "\(store.path): error: raw sql: translation_history is append-only: rows cannot be updated")
        #expect(update?.sqliteResultCode == engine.expected(sqlite: 19, postgresql: nil))
        #expect(update?.sqlState == engine.expected(sqlite: nil, postgresql: "P0001"))
        let delete = #expect(throws: StoreError.self) { try store.executeRawSQL("DELETE FROM translation_history") }
        #expect(
            delete?.description
                == "\(store.path): error: raw sql: translation_history is append-only: rows cannot be deleted")
        let recordUpdate = #expect(throws: StoreError.self) {
            try store.executeRawSQL("UPDATE import_record SET new_count = 5")
        }
        #expect(
            recordUpdate?.description
                == "\(store.path): error: raw sql: import_record is append-only: rows cannot be updated")
        let recordDelete = #expect(throws: StoreError.self) { try store.executeRawSQL("DELETE FROM import_record") }
        #expect(
            recordDelete?.description
                == "\(store.path): error: raw sql: import_record is append-only: rows cannot be deleted")
        let truncate = #expect(throws: StoreError.self) {
            try store.executeRawSQL(
                "DELETE FROM translation_history; "
                    + engine.expected(sqlite: "DELETE FROM import_record", postgresql: "TRUNCATE import_record CASCADE")
            )
        }
        #expect(truncate?.message.hasSuffix("is append-only: rows cannot be deleted") == true)
        #expect(try store.rawStrings("SELECT reason FROM translation_history") == ["import"])
        guard engine == .sqlite else { return }
        // INSERT OR REPLACE deletes the old row without firing delete triggers: refused too.
        let replace = #expect(throws: StoreError.self) {
            try store.executeRawSQL(
                "INSERT OR REPLACE INTO translation_history SELECT id, cable_id, unit_id, locale, previous_target_json, "
                    + "previous_state, previous_source_hash, previous_is_stale, target_json, target_text, state, "
                    + "source_hash, is_stale, file_name, file_sha256, import_id, changed_at, 'FORGED', post "
                    + "FROM translation_history")
        }
        #expect(
            replace?.description
                == "\(store.path): error: raw sql: translation_history is append-only: rows cannot be replaced")
        let recordReplace = #expect(throws: StoreError.self) {
            try store.executeRawSQL("REPLACE INTO import_record SELECT * FROM import_record")
        }
        #expect(
            recordReplace?.description
                == "\(store.path): error: raw sql: import_record is append-only: rows cannot be replaced")
        #expect(try store.rawStrings("SELECT reason FROM translation_history") == ["import"])
        #expect(try store.rawStrings("SELECT new_count FROM import_record") == ["1"])
    }

    @Test(arguments: TestEngine.available) func anApplyThatFailsAtTheThirdChangeLeavesTheStoreAsItWas(
        engine: TestEngine
    ) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        try store.apply([StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)")], record: StoreFixtures.record())
        let before = try store.rowCounts()
        let titleBefore = try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")
        #expect(
            before == [
                "meta": 3, "source_unit": 4, "translation": 1, "translation_history": 1, "import_record": 1,
            ])

        let unregistered = #expect(throws: StoreError.self) {
            try store.apply(
                [
                    StoreFixtures.change("narrative.title", "Kosova (Niveli 2)", state: .reviewed),
                    StoreFixtures.change("narrative.intro.p1.s1", "Kosova është vend burim."),
                    StoreFixtures.change("narrative.intro.p9.s9", "Nuk ekziston.", sourceHash: Self.titleHash),
                ], record: StoreFixtures.record(sha: StoreFixtures.sha2))
        }
        #expect(
            unregistered?.description
                == "\(store.path): error: cannot apply the import of 09STATE61188.sq.xlf: "
                + engine.expected(
                    sqlite: "FOREIGN KEY constraint failed",
                    postgresql: "insert or update on table \"translation\" violates foreign key constraint "
                        + "\"translation_cable_id_unit_id_fkey\" (Key (cable_id, unit_id)=(09STATE61188, "
                        + "narrative.intro.p9.s9) is not present in table \"source_unit\".)"))
        #expect(try store.rowCounts() == before)

        let emptyReason = #expect(throws: StoreError.self) {
            try store.apply(
                [
                    StoreFixtures.change("narrative.title", "Kosova (Niveli 2)", state: .reviewed),
                    StoreFixtures.change("narrative.intro.p1.s1", "Kosova është vend burim."),
                    StoreFixtures.change("narrative.intro.p1.s2", "Gratë dhe fëmijët e Kosovës.", reason: ""),
                ], record: StoreFixtures.record(sha: StoreFixtures.sha2))
        }
        #expect(
            emptyReason?.description
                == "\(store.path): error: cannot apply the import of 09STATE61188.sq.xlf: "
                + engine.expected(
                    sqlite: "CHECK constraint failed: reason <> ''",
                    postgresql: "new row for relation \"translation_history\" violates check constraint "
                        + "\"translation_history_reason_check\""))
        #expect(emptyReason?.sqliteResultCode == engine.expected(sqlite: 19, postgresql: nil))
        #expect(emptyReason?.sqlState == engine.expected(sqlite: nil, postgresql: "23514"))
        #expect(try store.rowCounts() == before)
        #expect(
            try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")
                == titleBefore)
        #expect(try store.importRecord(fileSHA256: StoreFixtures.sha2, locale: "sq") == nil)
    }

    @Test(arguments: TestEngine.available) func aChangeForAnotherLocaleThanTheRecordIsRefused(engine: TestEngine) throws
    {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let error = #expect(throws: StoreError.self) {
            try store.apply(
                [
                    StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)"),
                    StoreFixtures.change("narrative.title", "Kosovo (NIVO 2)", locale: "sr-Latn"),
                ], record: StoreFixtures.record())
        }
        #expect(
            error?.description
                == "\(store.path): error: cannot apply the import of 09STATE61188.sq.xlf: change 2 (09STATE61188 "
                + "narrative.title sr-Latn) does not match the import record (09STATE61188 sq)")
        #expect(try store.rowCounts()["import_record"] == 0)
    }

    @Test(arguments: TestEngine.available) func aRecordWithABadSHA256IsRefused(engine: TestEngine) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let error = #expect(throws: StoreError.self) {
            try store.apply(
                [StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)")],
                record: StoreFixtures.record(sha: "ABC"))
        }
        #expect(
            error?.description
                == "\(store.path): error: cannot apply the import of 09STATE61188.sq.xlf: "
                + engine.expected(
                    sqlite: "CHECK constraint failed: length(file_sha256) = 64 AND file_sha256 NOT GLOB '*[^0-9a-f]*'",
                    postgresql: "new row for relation \"import_record\" violates check constraint "
                        + "\"import_record_file_sha256_check\""))
        #expect(try store.rowCounts()["translation"] == 0)
    }

    @Test(arguments: TestEngine.available) func importRecordsAreFoundBySHA256AndLocale(engine: TestEngine) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let first = StoreFixtures.record(counts: ImportRecord.Counts(new: 3, unknown: 1, empty: 1))
        try store.apply([StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)")], record: first)
        let serbian = StoreFixtures.record(
            sha: StoreFixtures.sha2, locale: "sr-Latn", fileName: "09STATE61188.sr-Latn.xlf",
            counts: ImportRecord.Counts(new: 4))
        try store.apply([], record: serbian)
        let forced = StoreFixtures.record(at: StoreFixtures.laterDate, counts: ImportRecord.Counts(unchanged: 1))
        try store.apply([], record: forced)

        #expect(try store.importRecord(fileSHA256: StoreFixtures.sha1, locale: "sq") == forced)
        #expect(try store.importRecord(fileSHA256: StoreFixtures.sha2, locale: "sr-Latn") == serbian)
        #expect(try store.importRecord(fileSHA256: StoreFixtures.sha2, locale: "sq") == nil)
        #expect(try store.importRecord(fileSHA256: StoreFixtures.sha1, locale: "sr-Latn") == nil)
        #expect(try store.importRecords() == [first, serbian, forced])
        #expect(try store.importRecords(cableID: "09STATE99999") == [])
    }

    @Test(arguments: TestEngine.available) func translationsAreListedInSourceOrder(engine: TestEngine) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        try store.apply(
            [
                StoreFixtures.change("press.q1.question.s1", "Pse u rendit Kosova në Raportin TIP 2009?"),
                StoreFixtures.change("narrative.intro.p1.s2", "Gratë dhe fëmijët e Kosovës."),
                StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)"),
            ], record: StoreFixtures.record(counts: ImportRecord.Counts(new: 3)))

        #expect(
            try store.translations(cableID: StoreFixtures.cableID, locale: "sq").map(\.unitID) == [
                "narrative.title", "narrative.intro.p1.s2", "press.q1.question.s1",
            ])
        #expect(try store.translations(cableID: StoreFixtures.cableID, locale: "sr-Cyrl") == [])
        #expect(
            try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sr-Cyrl") == nil)
    }
}
