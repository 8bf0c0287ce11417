import Foundation
import Testing

@testable import TipL10nKit

/// Estimates priced from the memory: the job's own translations never count, fuzzy bands are
/// priced, sr-Cyrl is a script conversion.
@Suite struct CostEstimateTests {
    typealias F = CostFixtures

    static var pricing: CostPricing { get throws { CostPricing(table: try RateTable.builtIn()) } }

    @Test(arguments: TestEngine.available)
    func afterTheReferencesAreImportedTheJobsNewWordsAreStillNew(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
        let kosovo = try SharedBureau.kosovo()
        try SharedBureau.export(kosovo, into: store)
        let ledger = CostLedger(store: store)
        let before = try ledger.estimate(kosovo, locales: ["sq", "sr-Latn", "sr-Cyrl"], pricing: try Self.pricing)
        try SharedBureau.importReference("sq", into: store)
        try SharedBureau.importReference("sr-Latn", into: store)
        let after = try ledger.estimate(kosovo, locales: ["sq", "sr-Latn", "sr-Cyrl"], pricing: try Self.pricing)
        #expect(after == before)
        #expect(after.lines.map(\.amount) == [F.usd("128.30"), F.usd("128.30"), F.usd("0.00")])
        #expect(after.total == F.usd("256.60"))
        #expect(after.lines.map { $0.words(.new) } == [968, 968, 0])
        #expect(after.lines.map { $0.words(.repetition) } == [63, 63, 0])
        #expect(after.lines.map(\.conversionWords) == [0, 0, 1_031])
        // The request made now is priced the same, and says the work is done.
        let receipt = try ledger.request(
            kosovo, locales: ["sq", "sr-Latn"], pricing: try Self.pricing, post: try kosovo.post(),
            officer: "Jane Smith", at: F.date("2009-06-16T14:00:00Z"))
        #expect(receipt.request.requested == F.usd("256.60"))
        #expect(
            receipt.warnings == [
                "09STATE61188 is already translated into sq in the store (47 of 47 units): the request asks for work "
                    + "that is done",
                "09STATE61188 is already translated into sr-Latn in the store (47 of 47 units): the request asks for "
                    + "work that is done",
            ])
        let second = try ledger.request(
            kosovo, locales: ["sq"], pricing: try Self.pricing, post: try kosovo.post(), officer: "Jane Smith",
            at: F.date("2009-06-17T14:00:00Z"))
        #expect(
            second.warnings.first == "09STATE61188 into sq is already in the open request PRISTINA-FY2009-001 (draft)")
    }

    /// Other cables' translations are leverage: a cable that differs only by its country name
    /// gets exact matches for the shared sentences and fuzzy ones for the rest.
    @Test(arguments: TestEngine.available) func anotherCablesTranslationsArePricedByBand(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
        try SharedBureau.export(try SharedBureau.kosovo(), into: store)
        try SharedBureau.importReference("sr-Latn", into: store)
        let serbia = try SharedBureau.serbia()
        let estimate = try CostLedger(store: store).estimate(
            serbia, locales: ["sr-Latn", "sq"], pricing: try Self.pricing)
        let latin = try #require(estimate.lines.first)
        #expect(
            MatchCategory.allCases.map { latin.words($0) } == [3, 19, 154, 420, 372, 63])
        // 3 + 19 × 0.8 + 154 × 0.7 + 420 × 0.6 + 372 × 0.3 + 63 × 0.3 = 508.5 weighted words.
        #expect(latin.weightedWords == Decimal(string: "508.5"))
        #expect(latin.amount == F.usd("66.11"))
        // No Albanian in the memory: all new.
        #expect(estimate.lines.last?.words(.new) == 968)
        // A translation in state new (a copy of the source, a draft) is not leverage.
        let job = JobWordCount.analyze(
            serbia.units, locale: "sr-Latn",
            memory: TranslationMemory(
                entries: try store.memoryEntries(locale: "sr-Latn").map {
                    var entry = $0
                    entry.state = .new
                    return entry
                }.filter { $0.state >= .translated }))
        #expect(job.words(.new) == 968)
    }

    @Test func serbianCyrillicIsConvertedFromLatinUnlessTranslatedSeparately() throws {
        #expect(ScriptConversion.sources(for: ["sq", "sr-Latn", "sr-Cyrl"]) == ["sr-Cyrl": "sr-Latn"])
        #expect(ScriptConversion.sources(for: ["sr-Cyrl", "sr-Latn"]) == ["sr-Cyrl": "sr-Latn"])
        #expect(ScriptConversion.sources(for: ["sr-Cyrl"]) == [:])
        #expect(ScriptConversion.sources(for: ["sr-Cyrl"], translatedLocales: ["sr-Latn"]) == ["sr-Cyrl": "sr-Latn"])
        // Only Cyrillic translated so far: Latin is converted from it.
        #expect(ScriptConversion.sources(for: ["sr-Latn"], translatedLocales: ["sr-Cyrl"]) == ["sr-Latn": "sr-Cyrl"])
        // Both in the job, Cyrillic already translated: Latin is still the translation, not a conversion of a conversion.
        #expect(
            ScriptConversion.sources(for: ["sr-Latn", "sr-Cyrl"], translatedLocales: ["sr-Cyrl"]) == [
                "sr-Cyrl": "sr-Latn"
            ])
        #expect(
            ScriptConversion.sources(for: ["sr-Latn", "sr-Cyrl"], translatedSeparately: ["sr-Cyrl"]) == [:])
        #expect(ScriptConversion.sources(for: ["sq", "sq-XK"]) == [:])

        let units = try CostWordCounterTests.kosovoUnits()
        var pricing = try Self.pricing
        pricing.conversionRate = F.usd("0.01")
        let converted = try CostEstimate.make(
            cableID: "09STATE61188", parts: [.narrative, .press], units: units, locales: ["sr-Latn", "sr-Cyrl"],
            pricing: pricing, memory: { _ in [] })
        #expect(converted.lines.map(\.type) == [.translation, .scriptConversion(from: "sr-Latn")])
        // 1,031 words × USD 0.01, unweighted.
        #expect(converted.lines.last?.amount == F.usd("10.31"))
        #expect(converted.jobs.map(\.locale) == ["sr-Latn"])
        pricing.translatedSeparately = ["sr-Cyrl"]
        let separate = try CostEstimate.make(
            cableID: "09STATE61188", parts: [.narrative, .press], units: units, locales: ["sr-Latn", "sr-Cyrl"],
            pricing: pricing, memory: { _ in [] })
        #expect(separate.lines.map(\.type) == [.translation, .translation])
        #expect(separate.total == F.usd("256.60"))
    }
}
