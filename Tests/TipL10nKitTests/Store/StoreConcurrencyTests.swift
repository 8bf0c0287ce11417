import Foundation
import Testing

@testable import TipL10nKit

@Suite struct StoreConcurrencyTests {
    static let unitIDs = ["narrative.title", "narrative.intro.p1.s1", "narrative.intro.p1.s2"]
    static let imports = 25

    /// Import `round` rewrites all three units to `v<round>`.
    static func applyRound(_ round: Int, to store: TranslationStore) throws {
        let changes = unitIDs.map { StoreFixtures.change($0, "v\(round)") }
        let sha = String(repeating: "0", count: 62) + String(format: "%02x", round)
        try store.apply(changes, record: StoreFixtures.record(sha: sha, at: StoreFixtures.importDate))
    }

    /// The texts a reader sees: all three the same (`v<n>`), or none before the first import.
    static func snapshot(_ store: TranslationStore) throws -> Set<String> {
        let texts = try store.translations(cableID: StoreFixtures.cableID, locale: "sq").map(\.target.plainText)
        #expect(texts.isEmpty || texts.count == 3)
        return Set(texts)
    }

    @Test(arguments: TestEngine.available)
    func readersSeeWholeImportsWhileAWriterApplies(engine: TestEngine) async throws {
        let place = try engine.makePlace()
        let store = try place.open()
        try store.register(units: StoreFixtures.units, cableID: StoreFixtures.cableID, at: StoreFixtures.exportDate)
        // A second connection to the same store, as a second tipl10n process would open.
        let otherConnection = try place.open()

        let mixedSnapshots = try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask {
                for round in 1...Self.imports { try Self.applyRound(round, to: store) }
                return 0
            }
            for reader in [store, otherConnection, store] {
                group.addTask {
                    var mixed = 0
                    for _ in 0..<40 where try Self.snapshot(reader).count > 1 { mixed += 1 }
                    return mixed
                }
            }
            return try await group.reduce(0, +)
        }

        #expect(mixedSnapshots == 0)
        #expect(try Self.snapshot(otherConnection) == ["v25"])
        #expect(try store.importRecords().count == 25)
        #expect(try store.history(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq").count == 25)
        #expect(try otherConnection.rowCounts()["translation_history"] == 75)
    }
}

/// Two imports at once, on two connections (as two processes would open), cannot bypass the
/// guard on reviewed translations: each re-plans inside its write transaction, and the writers
/// of a store run one after the other on both engines.
@Suite struct StoreImportRaceTests {
    /// A completed XLIFF file for the store fixtures' title unit into `locale`.
    static func xliff(locale: String, target: String, state: String) -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="09STATE61188" source-language="en-US" target-language="\(locale)" datatype="plaintext">
                <body>
                  <trans-unit id="narrative.title"><source>Kosovo (TIER 2)</source><target state="\(state)">\(target)</target></trans-unit>
                </body>
              </file>
            </xliff>

            """.utf8)
    }

    static func importFile(_ data: Data, into store: TranslationStore) throws -> Bool {
        try Importer.importFile(
            data: data, document: try XLIFFReader.read(data, path: "race.xlf"), path: "race.xlf", store: store,
            expectedLocale: nil, force: false, builtInUnits: [:], at: StoreFixtures.importDate
        ).applied
    }

    @Test(arguments: TestEngine.available)
    func twoImportsAtOnceCannotBypassTheReviewedGuard(engine: TestEngine) async throws {
        let place = try engine.makePlace()
        let first = try place.open()
        let second = try place.open()
        try first.register(units: StoreFixtures.units, cableID: StoreFixtures.cableID, at: StoreFixtures.exportDate)
        for locale in ["sq", "sq-XK", "sr-Latn", "sr-Cyrl"] {
            #expect(
                try Self.importFile(Self.xliff(locale: locale, target: "first draft", state: "translated"), into: first)
            )
            let reviewed = Self.xliff(locale: locale, target: "reviewed text", state: "signed-off")
            let lower = Self.xliff(locale: locale, target: "another draft", state: "translated")
            let applied = try await withThrowingTaskGroup(of: (String, Bool).self) { group in
                group.addTask { ("reviewed", try Self.importFile(reviewed, into: first)) }
                group.addTask { ("lower", try Self.importFile(lower, into: second)) }
                return try await group.reduce(into: [String: Bool]()) { $0[$1.0] = $1.1 }
            }
            #expect(applied["reviewed"] == true)
            let current = try first.translation(
                cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: locale)
            #expect(current?.state == .reviewed)
            #expect(current?.target.plainText == "reviewed text")
            let history = try second.history(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: locale)
            #expect(!history.contains { $0.previousState == .reviewed && $0.state < .reviewed })
            // Either the lower import came first (and was overwritten by the review) or it was refused.
            #expect(history.count == (applied["lower"] == true ? 3 : 2))
        }
    }
}
