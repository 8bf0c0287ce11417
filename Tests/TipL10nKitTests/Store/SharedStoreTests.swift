import Foundation
import TipL10nTestSupport
import Testing

@testable import TipL10nKit

/// One PostgreSQL store shared by two posts of EUR (Pristina, Belgrade) and EUR's EX office,
/// each with its own database role, as `tipl10n store init-postgres` sets it up; and WHA's EX
/// office, which must see nothing of EUR's.
struct SharedBureau {
    let database: TestDatabase
    let pristinaRole: String
    let belgradeRole: String
    let eurRole: String
    let whaRole: String

    static let kosovoCable = "09STATE61188"
    static let serbiaCable = "09STATE61190"
    static let requestDate = "2009-06-16T14:00:00Z"

    /// A new database with the store and the four roles set up by ``PostgresSetup``.
    static func make() throws -> SharedBureau {
        let database = try TestPostgres.makeDatabase()
        let bureau = SharedBureau(
            database: database, pristinaRole: TestPostgres.uniqueRole("pristina"),
            belgradeRole: TestPostgres.uniqueRole("belgrade"), eurRole: TestPostgres.uniqueRole("eur_ex"),
            whaRole: TestPostgres.uniqueRole("wha_ex"))
        database.roles.add([bureau.pristinaRole, bureau.belgradeRole, bureau.eurRole, bureau.whaRole])
        try PostgresSetup.apply(
            roles: [
                .post("PRISTINA", bureau: .eur, role: bureau.pristinaRole),
                .post("BELGRADE", bureau: .eur, role: bureau.belgradeRole),
                .executiveOffice(of: .eur, role: bureau.eurRole), .executiveOffice(of: .wha, role: bureau.whaRole),
            ], to: database.location)
        return bureau
    }

    func open(_ role: String) throws -> TranslationStore {
        try TranslationStore.open(.postgres(database.location(as: role)))
    }

    /// The Kosovo cable read for costing (Pristina's).
    static func kosovo() throws -> CostSource {
        try CostSource.read(DefaultCable.data, path: DefaultCable.fileName, segmenter: .defaultEnglish())
    }

    /// The Serbia cable fixture (Belgrade's): the Kosovo cable with the country and post
    /// renamed, so sentences that do not name the country are the same and the others differ
    /// by one word — the shared Report text posts of one language translate alike.
    static func serbia() throws -> CostSource {
        let url = TestPaths.fixtures.appendingPathComponent("cables/09STATE61190.belgrade.txt")
        return try CostSource.read(try Data(contentsOf: url), path: url.lastPathComponent, segmenter: .defaultEnglish())
    }

    /// Registers `source`'s units in `store` as its export does.
    static func export(_ source: CostSource, into store: some StoreOperations) throws {
        try store.recordExport(
            units: source.units, cableID: source.cableID, parts: [.narrative, .press],
            at: CostFixtures.date(requestDate))
    }

    /// Imports the reference translation `xliff/09STATE61188.<tag>.done.xlf`.
    @discardableResult
    static func importReference(_ tag: String, into store: some StoreOperations) throws -> ImportPlan {
        let url = TestPaths.repositoryRoot.appendingPathComponent("xliff/09STATE61188.\(tag).done.xlf")
        let data = try Data(contentsOf: url)
        let result = try Importer.importFile(
            data: data, document: try XLIFFReader.read(data, path: url.lastPathComponent), path: url.lastPathComponent,
            store: store, expectedLocale: nil, force: false, builtInUnits: [:], at: CostFixtures.date(requestDate))
        return result.plan
    }

    /// A draft request of `source` for `locales`, priced with the built-in rates against `store`.
    static func request(
        _ source: CostSource, _ locales: [String], by store: TranslationStore, at date: String = requestDate
    ) throws -> CostLedger.Receipt {
        try CostLedger(store: store).request(
            source, locales: locales, pricing: CostPricing(table: try RateTable.builtIn()), post: try source.post(),
            officer: "Jane Smith", at: CostFixtures.date(date))
    }
}

@Suite(.enabled(if: TestPostgres.isAvailable, TestPostgres.skipReason))
struct SharedStoreTests {
    typealias F = CostFixtures

    @Test func pristinasRequestIsListedApprovedAndPaidByTheEXOffice() throws {
        let bureau = try SharedBureau.make()
        let pristina = try bureau.open(bureau.pristinaRole)
        #expect(pristina.identity == .post(role: bureau.pristinaRole, post: "PRISTINA", bureau: .eur))
        let kosovo = try SharedBureau.kosovo()
        try SharedBureau.export(kosovo, into: pristina)
        try SharedBureau.importReference("sr-Latn", into: pristina)
        let receipt = try SharedBureau.request(kosovo, ["sq", "sr-Latn", "sr-Cyrl"], by: pristina)
        // The post's own translations are not leverage: the new words are priced as new.
        #expect(receipt.request.requestID == "PRISTINA-FY2009-001")
        #expect(receipt.request.requested == F.usd("256.60"))
        #expect(receipt.request.lines.map(\.type) == [.translation, .translation, .scriptConversion(from: "sr-Latn")])
        #expect(
            receipt.warnings == [
                "09STATE61188 is already translated into sr-Latn in the store (47 of 47 units): the request asks "
                    + "for work that is done"
            ])
        let id = receipt.request.requestID
        try pristina.perform(.submit, onCostRequest: id, actor: "Jane Smith", at: F.date("2009-06-17T09:00:00Z"))

        let belgrade = try bureau.open(bureau.belgradeRole)
        let serbia = try SharedBureau.serbia()
        try SharedBureau.export(serbia, into: belgrade)
        let belgradeRequest = try SharedBureau.request(serbia, ["sr-Latn"], by: belgrade).request
        #expect(belgradeRequest.requestID == "BELGRADE-FY2009-001")

        let eur = try bureau.open(bureau.eurRole)
        #expect(eur.identity == .executiveOffice(role: bureau.eurRole, bureaus: [.eur]))
        let ledger = CostLedger(store: eur)
        let listing = try ledger.listing(bureau: .eur, fiscalYear: FiscalYear(2009))
        #expect(listing.requests.map(\.requestID) == ["BELGRADE-FY2009-001", "PRISTINA-FY2009-001"])
        #expect(
            listing.totals.map(\.requested) == [
                Money(belgradeRequest.requested.amount + F.decimal("256.60"), currency: "USD")
            ])
        let approval = try ledger.perform(
            .approve, onCostRequest: id, amount: 300, actor: "EUR/EX", note: "FY2009 funds",
            at: F.date("2009-06-20T09:00:00Z"))
        #expect(approval.request.status == .approved)
        #expect(approval.warnings == ["the approved USD 300.00 is more than the requested USD 256.60"])
        let first = try ledger.perform(
            .pay, onCostRequest: id, amount: 100, actor: "EUR/EX", at: F.date("2009-07-01T09:00:00Z"))
        #expect(first.request.status == .approved)
        #expect(first.request.outstanding == F.usd("200.00"))
        let rest = try ledger.perform(.pay, onCostRequest: id, actor: "EUR/EX", at: F.date("2009-08-01T09:00:00Z"))
        #expect(rest.request.status == .paid)
        #expect(rest.request.payments == [F.usd("100.00"), F.usd("200.00")])
        let totals = try ledger.listing(bureau: .eur).totals
        #expect(totals.map(\.approved) == [F.usd("300.00")])
        #expect(totals.map(\.paid) == [F.usd("300.00")])
        #expect(totals.map(\.outstanding) == [F.usd("0.00")])
        let csv = try ledger.csv(bureau: .eur, fiscalYear: FiscalYear(2009)).components(separatedBy: "\r\n")
        #expect(csv.count == 4)
        #expect(
            csv[2].hasPrefix(
                "PRISTINA-FY2009-001,2009,PRISTINA,Kosovo,EUR,EUR/EX,09STATE61188,sq sr-Latn sr-Cyrl,1031,USD,256.60,300.00,300.00,0.00,paid,"
            ))
        // The post sees the outcome of its own request.
        #expect(try pristina.costRequest(id: id)?.status == .paid)
        #expect(try pristina.costRequests().map(\.requestID) == [id])
    }

    @Test func aPostCannotApproveItsOwnRequestNorTheEXOfficeActForThePost() throws {
        let bureau = try SharedBureau.make()
        let pristina = try bureau.open(bureau.pristinaRole)
        let id = try SharedBureau.request(try SharedBureau.kosovo(), ["sq"], by: pristina).request.requestID
        try pristina.perform(.submit, onCostRequest: id, actor: "Jane Smith", at: F.date("2009-06-17T09:00:00Z"))
        let at = F.date("2009-06-18T09:00:00Z")
        for action in [CostAction.approve, .reject, .pay] {
            let error = #expect(throws: StoreError.self) {
                try pristina.perform(action, onCostRequest: id, actor: "Jane Smith", at: at)
            }
            #expect(
                error?.message
                    == "cannot \(action.rawValue) \(id): refused to the role \(bureau.pristinaRole) (post PRISTINA, EUR): "
                    + "only EUR/EX approves, rejects and pays PRISTINA's requests")
            #expect(error?.isPermissionDenied == true)
        }
        // The database refuses it too, whatever the client: row-level security on the events.
        let forged = #expect(throws: StoreError.self) {
            try pristina.executeRawSQL(
                """
                INSERT INTO cost_request_event (request_id, action, previous_status, status, amount, actor, note, occurred_at)
                VALUES ('\(id)', 'approve', 'submitted', 'approved', '128.30', 'Jane Smith', '', '2009-06-18T09:00:00.000Z')
                """)
        }
        #expect(forged?.sqlState == "42501")
        #expect(forged?.message.contains("row-level security policy for table \"cost_request_event\"") == true)

        let eur = try bureau.open(bureau.eurRole)
        for action in [CostAction.submit, .cancel] {
            let error = #expect(throws: StoreError.self) {
                try eur.perform(action, onCostRequest: id, actor: "EUR/EX", at: at)
            }
            #expect(
                error?.message
                    == "cannot \(action.rawValue) \(id): refused to the role \(bureau.eurRole) (EUR/EX): only PRISTINA "
                    + "submits and cancels its requests; the EX office approves, rejects and pays them")
        }
        let exRequest = #expect(throws: StoreError.self) {
            try SharedBureau.request(try SharedBureau.kosovo(), ["sq"], by: eur)
        }
        #expect(
            exRequest?.message
                == "cannot record the cost request for 09STATE61188: refused to the role \(bureau.eurRole) (EUR/EX): "
                + "only a post records, submits and cancels its own requests")
        // Another bureau's EX office sees nothing of EUR's ledger.
        let wha = try bureau.open(bureau.whaRole)
        #expect(try CostLedger(store: wha).listing().requests == [])
        let foreign = #expect(throws: StoreError.self) {
            try wha.perform(.approve, onCostRequest: id, actor: "WHA/EX", at: at)
        }
        #expect(
            foreign?.message
                == "cannot approve \(id): there is no such cost request that the role \(bureau.whaRole) (WHA/EX) may see"
        )
        #expect(try pristina.costRequest(id: id)?.status == .submitted)
    }

    @Test func belgradeCannotReadPristinasRequests() throws {
        let bureau = try SharedBureau.make()
        let pristina = try bureau.open(bureau.pristinaRole)
        let id = try SharedBureau.request(try SharedBureau.kosovo(), ["sq", "sr-Latn"], by: pristina).request.requestID
        let belgrade = try bureau.open(bureau.belgradeRole)
        let own = try SharedBureau.request(try SharedBureau.serbia(), ["sr-Latn"], by: belgrade).request.requestID
        #expect(try belgrade.costRequests().map(\.requestID) == [own])
        #expect(try belgrade.costRequest(id: id) == nil)
        #expect(try CostLedger(store: belgrade).listing(bureau: .eur).requests.map(\.requestID) == [own])
        #expect(try belgrade.rawStrings("SELECT request_id FROM cost_request") == [own])
        #expect(try belgrade.rawStrings("SELECT DISTINCT request_id FROM cost_request_line") == [own])
        #expect(try belgrade.rawStrings("SELECT DISTINCT request_id FROM cost_request_event") == [own])
        let cancel = #expect(throws: StoreError.self) {
            try belgrade.perform(.cancel, onCostRequest: id, actor: "x", at: F.date("2009-06-18T09:00:00Z"))
        }
        #expect(
            cancel?.message
                == "cannot cancel \(id): there is no such cost request that the role \(bureau.belgradeRole) "
                + "(post BELGRADE, EUR) may see")
        // Nor record one in Pristina's name.
        let forged = #expect(throws: StoreError.self) {
            try belgrade.recordCostRequest(F.draft(locales: ["sq"], at: "2009-06-18T09:00:00Z"))
        }
        #expect(
            forged?.message
                == "cannot record the cost request for 09STATE61188: refused to the role \(bureau.belgradeRole) "
                + "(post BELGRADE, EUR): the request is for PRISTINA (EUR); a post records requests only for itself, "
                + "to its own bureau's EX office")
        #expect(try pristina.costRequest(id: id)?.events.count == 1)
    }

    @Test func belgradesExportLeveragesPristinasSerbianTranslationsFromTheSharedMemory() throws {
        let bureau = try SharedBureau.make()
        let pristina = try bureau.open(bureau.pristinaRole)
        try SharedBureau.export(try SharedBureau.kosovo(), into: pristina)
        let imported = try SharedBureau.importReference("sr-Latn", into: pristina)
        #expect(imported.changes.count == 47)

        let belgrade = try bureau.open(bureau.belgradeRole)
        let memory = try belgrade.memoryEntries(locale: "sr-Latn")
        #expect(memory.count == 47)
        #expect(Set(memory.map(\.post)) == ["PRISTINA"])
        let serbia = try SharedBureau.serbia()
        let result = try Exporter.run(
            Exporter.Request(
                cableData: try Data(
                    contentsOf: TestPaths.fixtures.appendingPathComponent("cables/09STATE61190.belgrade.txt")),
                cablePath: "09STATE61190.belgrade.txt", targetLocale: try TargetLocale.resolve("sr-Latn").locale,
                segmenter: try .defaultEnglish()),
            memory: { memory })
        #expect(
            result.leverageCounts
                == LeverageCounts(exact: 24, fuzzy95To99: 10, fuzzy85To94: 10, fuzzyBelow85: 2, new: 1))
        // A sentence that does not name the country comes back as Pristina translated it.
        let shared = try #require(serbia.units.first { !$0.source.contains("Serbia") && $0.part == .press })
        let pristinas = try #require(
            try pristina.translation(cableID: SharedBureau.kosovoCable, unitID: shared.id, locale: "sr-Latn"))
        #expect(result.leverage[shared.id]?.kind == .exact)
        #expect(result.leverage[shared.id]?.entry.target == pristinas.target)
        #expect(result.leverage[shared.id]?.entry.origin.hasPrefix("09STATE61188/") == true)
        #expect(result.leverage[shared.id]?.entry.post == "PRISTINA")
        let xliff = String(decoding: result.xliff, as: UTF8.self)
        #expect(xliff.contains("Exact match from the translation memory (09STATE61188/"))
        #expect(xliff.contains(", PRISTINA): check it in context."))
        try SharedBureau.export(serbia, into: belgrade)
        #expect(try belgrade.cableOwner(cableID: SharedBureau.serbiaCable) == "BELGRADE")
        // The estimate prices the leverage: far below the 128.30 of a new translation.
        let estimate = try CostLedger(store: belgrade).estimate(
            serbia, locales: ["sr-Latn"], pricing: CostPricing(table: try RateTable.builtIn()))
        let line = try #require(estimate.lines.first)
        #expect(line.words(.new) == 3)
        #expect(line.words(.exact) == 372)
        #expect(line.words(.repetition) == 63)
        #expect(line.amount == F.usd("66.11"))
    }

    @Test func nobodyChangesHistoryAndEveryForbiddenActionIsRefused() throws {
        let bureau = try SharedBureau.make()
        let pristina = try bureau.open(bureau.pristinaRole)
        try SharedBureau.export(try SharedBureau.kosovo(), into: pristina)
        try SharedBureau.importReference("sq", into: pristina)
        let id = try SharedBureau.request(try SharedBureau.kosovo(), ["sr-Latn"], by: pristina).request.requestID
        let belgrade = try bureau.open(bureau.belgradeRole)
        let eur = try bureau.open(bureau.eurRole)
        let admin = try TranslationStore.open(.postgres(bureau.database.location))
        let counts = try admin.rowCounts()
        let ledgerCounts = try admin.ledgerRowCounts()

        let refused: [(TranslationStore, String, String)] = [
            (pristina, "UPDATE translation_history SET reason = 'edited'", "42501"),
            (pristina, "DELETE FROM import_record", "42501"),
            (pristina, "UPDATE cost_request SET requested_amount = '1.00'", "42501"),
            (pristina, "DELETE FROM cost_request_event", "42501"),
            (pristina, "TRUNCATE memory_entry", "42501"),
            (pristina, "INSERT INTO store_role VALUES ('\(bureau.pristinaRole)', 'ex_office', NULL, 'EUR')", "42501"),
            (pristina, #"UPDATE "translation" SET post = 'BELGRADE'"#, "42501"),
            (
                pristina,
                "INSERT INTO memory_entry (source_text, source_hash, locale, target_json, target_text, state, origin, "
                    + "changed_at, file_name, imported_at, post) VALUES ('a', 'sha256:a', 'sq', '{}', 'a', 'final', "
                    + "'x', '2009', 'f', '2009', 'BELGRADE')", "42501"
            ),
            (belgrade, "UPDATE cost_request_line SET amount = '1.00'", "42501"),
            (eur, #"SELECT count(*) FROM "translation""#, "42501"),
            (eur, "UPDATE cost_request_event SET note = 'x'", "42501"),
            (
                eur,
                "INSERT INTO memory_entry (source_text, source_hash, locale, target_json, target_text, state, origin, "
                    + "changed_at, file_name, imported_at) VALUES ('a', 'sha256:a', 'sq', '{}', 'a', 'final', 'x', "
                    + "'2009', 'f', '2009')", "42501"
            ),
            (admin, "UPDATE translation_history SET reason = 'edited'", "P0001"),
            (admin, "DELETE FROM cost_request_event", "P0001"),
            (admin, "TRUNCATE import_record CASCADE", "P0001"),
        ]
        for (store, sql, state) in refused {
            let error = #expect(throws: StoreError.self, "\(sql)") { try store.executeRawSQL(sql) }
            #expect(error?.sqlState == state, "\(sql): \(error?.message ?? "")")
        }
        // Belgrade's rows are invisible to Pristina's updates (row-level security filters them).
        try SharedBureau.export(try SharedBureau.serbia(), into: belgrade)
        try pristina.executeRawSQL("UPDATE source_unit SET source_text = 'forged' WHERE cable_id = '09STATE61190'")
        #expect(try admin.rawStrings("SELECT count(*) FROM source_unit WHERE source_text = 'forged'") == ["0"])
        // Belgrade cannot import into Pristina's cable, nor the EX office import at all.
        for tag in ["sq", "sr-Latn"] {
            // Unchanged (sq, which Pristina imported) or new (sr-Latn): refused either way.
            let intoPristinas = #expect(throws: ImportError.self) {
                try SharedBureau.importReference(tag, into: belgrade)
            }
            #expect(
                intoPristinas?.description
                    == "09STATE61188.\(tag).done.xlf:3: error: the cable 09STATE61188 is PRISTINA's in this shared store: "
                    + "BELGRADE imports only into its own cables")
        }
        // A cable the administrator registered is no post's to export into.
        try admin.register(units: StoreFixtures.units, cableID: "09STATE99999", at: StoreFixtures.exportDate)
        let adminsCable = #expect(throws: StoreError.self) {
            try belgrade.register(units: StoreFixtures.units, cableID: "09STATE99999", at: StoreFixtures.laterDate)
        }
        #expect(
            adminsCable?.message
                == "cannot register the units of 09STATE99999: refused to the role \(bureau.belgradeRole) (post BELGRADE, "
                + "EUR): the cable 09STATE99999 is the store administrator's; a post exports and imports only its own cables"
        )
        // Below the importer, the store refuses the write itself.
        let record = ImportRecord(
            cableID: "09STATE61188", locale: "sr-Latn", fileName: "forged.xlf",
            fileSHA256: String(repeating: "a", count: 64),
            importedAt: F.date("2009-06-18T09:00:00Z"), counts: ImportRecord.Counts(new: 1))
        let direct = #expect(throws: StoreError.self) { try belgrade.apply([], record: record) }
        #expect(
            direct?.message
                == "cannot apply the import of forged.xlf: refused to the role \(bureau.belgradeRole) (post BELGRADE, EUR): "
                + "the cable 09STATE61188 is PRISTINA's; a post exports and imports only its own cables")
        let byEX = #expect(throws: StoreError.self) { try SharedBureau.importReference("sr-Latn", into: eur) }
        #expect(byEX?.isPermissionDenied == true)
        let memoryByEX = #expect(throws: StoreError.self) {
            try eur.addMemoryEntries([], fileName: "x.tmx", at: F.date("2009-06-18T09:00:00Z"))
        }
        #expect(
            memoryByEX?.message
                == "cannot import the translation memory x.tmx: refused to the role \(bureau.eurRole) (EUR/EX): only "
                + "posts import into the memory")
        var after = try admin.rowCounts()
        #expect(after["source_unit"] == (counts["source_unit"] ?? 0) + 47 + 4)
        after["source_unit"] = counts["source_unit"]
        #expect(after == counts)
        #expect(try admin.ledgerRowCounts() == ledgerCounts)
        #expect(try admin.costRequest(id: id)?.status == .draft)
    }

    @Test func twoPostsRequestingAtOnceGetDistinctIDs() async throws {
        let bureau = try SharedBureau.make()
        let connections = try [
            bureau.pristinaRole, bureau.belgradeRole, bureau.pristinaRole, bureau.belgradeRole,
        ].map { try bureau.open($0) }
        let kosovo = F.draft(locales: ["sq"])
        var serbia = F.draft(locales: ["sr-Latn"])
        serbia.post = RequestingPost(
            name: "BELGRADE", country: "Serbia", bureau: .eur, timeZoneIdentifier: "Europe/Belgrade")
        let ids = try await withThrowingTaskGroup(of: [String].self) { group in
            for (index, store) in connections.enumerated() {
                let draft = index % 2 == 0 ? kosovo : serbia
                group.addTask { try (0..<8).map { _ in try store.recordCostRequest(draft).requestID } }
            }
            return try await group.reduce([], +)
        }
        let expected = ["PRISTINA", "BELGRADE"].flatMap { post in
            (1...16).map { TranslationStore.costRequestID(post: post, fiscalYear: FiscalYear(2009), sequence: $0) }
        }
        #expect(ids.count == 32)
        #expect(Set(ids) == Set(expected))
    }

    @Test func aRoleWithoutAPlaceInTheStoreCannotUseOrSetItUp() throws {
        let bureau = try SharedBureau.make()
        let stranger = TestPostgres.uniqueRole("stranger")
        bureau.database.roles.add([stranger])
        try TranslationStore.open(.postgres(bureau.database.location)).executeRawSQL("CREATE ROLE \(stranger) LOGIN")
        let error = #expect(throws: StoreError.self) { try bureau.open(stranger) }
        #expect(
            error?.message
                == "the role \(stranger) may not use this store (it has no privilege on the schema tipl10n): the store's "
                + "administrator gives it a post or EX office role")
        // A post's role may not create the store in an empty database.
        let empty = try TestPostgres.makeDatabase()
        let setup = #expect(throws: StoreError.self) {
            try TranslationStore.open(.postgres(empty.location(as: bureau.pristinaRole)))
        }
        #expect(
            setup?.message.hasPrefix(
                "the database holds no tipl10n store, and the role \(bureau.pristinaRole) may not set it up (permission denied"
            ) == true)
        #expect(setup?.message.hasSuffix("): the store's administrator sets it up or upgrades it") == true)
        // Nor set up roles in a store.
        let roles = #expect(throws: StoreError.self) {
            try PostgresSetup.apply(
                roles: [.post("SKOPJE", bureau: .eur, role: TestPostgres.uniqueRole("skopje"))],
                to: bureau.database.location(as: bureau.pristinaRole))
        }
        #expect(
            roles?.message
                == "cannot set up the store: refused to the role \(bureau.pristinaRole) (post PRISTINA, EUR): only the "
                + "store's administrator sets it up")
    }

    /// The script `store init-postgres` prints sets up a store that opens as a post.
    @Test func thePrintedSetupSQLMakesAStoreThePostsOpen() throws {
        let database = try TestPostgres.makeDatabase()
        let role = TestPostgres.uniqueRole("pristina")
        database.roles.add([role])
        let sql = try PostgresSetup.setupSQL(
            roles: [.post("PRISTINA", bureau: .eur, role: role)], at: F.date(SharedBureau.requestDate))
        #expect(sql.hasPrefix("-- tipl10n shared store: schema version 4 and roles (Docs/SharedStore.md).\n"))
        #expect(sql.hasSuffix("COMMIT;\n"))
        let backend = try PostgresBackend.connect(database.location)
        try backend.session { try $0.executeScript(sql) }
        let store = try TranslationStore.open(.postgres(database.location(as: role)))
        #expect(try store.schemaVersion == 4)
        #expect(store.identity == .post(role: role, post: "PRISTINA", bureau: .eur))
        #expect(try store.metadata()["created_at"] == "2009-06-16T14:00:00.000Z")
        #expect(
            try store.rawStrings("SELECT identifier FROM schema_migration ORDER BY identifier")
                == StoreSchema.migrations.map(\.identifier))
        #expect(
            try SharedBureau.request(try SharedBureau.kosovo(), ["sq"], by: store).request.requestID
                == "PRISTINA-FY2009-001")
    }
}

/// Role names and setup SQL that need no server.
@Suite struct PostgresSetupTests {
    @Test func rolesAreNamedAfterThePostOrTheEXOffice() throws {
        #expect(PostgresStoreRole.post("PORT-OF-SPAIN", bureau: .wha).role == "tipl10n_port_of_spain")
        #expect(PostgresStoreRole.executiveOffice(of: .eur).role == "tipl10n_eur_ex")
        #expect(PostgresStoreRole.executiveOffice(of: .sca).role == "tipl10n_nea_sca_ex")
        #expect(PostgresStoreRole.executiveOffice(of: .sca).kind == .executiveOffice(bureaus: [.nea, .sca]))
        #expect(PostgresStoreRole.executiveOffice(of: .sca).summary == "tipl10n_nea_sca_ex (NEA-SCA/EX)")
        let sql = try PostgresSetup.roleSQL(roles: [.post("PRISTINA", bureau: .eur), .executiveOffice(of: .nea)])
        #expect(sql.contains("CREATE ROLE \"tipl10n_pristina\" LOGIN;"))
        #expect(sql.contains("VALUES ('tipl10n_pristina', 'post', 'PRISTINA', 'EUR');"))
        #expect(sql.contains("VALUES ('tipl10n_nea_sca_ex', 'ex_office', NULL, 'NEA');"))
        #expect(sql.contains("VALUES ('tipl10n_nea_sca_ex', 'ex_office', NULL, 'SCA');"))
        #expect(sql.contains("GRANT INSERT ON cost_request_event TO \"tipl10n_nea_sca_ex\";"))
        #expect(!sql.contains("DELETE ON") && !sql.contains("TRUNCATE"))
    }

    @Test func badRoleNamesAreRefused() {
        let cases: [([PostgresStoreRole], String)] = [
            (
                [.post("PRISTINA", bureau: .eur, role: "Robert'); DROP")],
                "'Robert'); DROP' cannot be a role name: use lower-case letters, digits and _"
            ),
            (
                [.post("Pristina", bureau: .eur, role: "p")],
                "'Pristina' is not a post name: use capital letters and -, e.g. PRISTINA"
            ),
            (
                [.post("PRISTINA", bureau: .eur), .post("PRISTINA", bureau: .eur)],
                "the role tipl10n_pristina is listed twice"
            ),
            ([PostgresStoreRole(role: "x", kind: .executiveOffice(bureaus: []))], "the EX office role x has no bureau"),
        ]
        for (roles, message) in cases {
            let error = #expect(throws: StoreError.self) { try PostgresSetup.roleSQL(roles: roles) }
            #expect(error?.description == "<setup>: error: \(message)")
        }
    }
}
