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
