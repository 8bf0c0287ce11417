import Foundation
import Testing

@testable import TipL10nKit

@Suite struct StoreSourceUnitTests {
    @Test(arguments: TestEngine.available) func registeringUnitsStoresThemInOrder(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
        let summary = try store.register(
            units: StoreFixtures.units, cableID: StoreFixtures.cableID, at: StoreFixtures.exportDate)

        #expect(
            summary
                == SourceRegistration(added: [
                    "narrative.title", "narrative.intro.p1.s1", "narrative.intro.p1.s2", "press.q1.question.s1",
                ]))
        let units = try store.sourceUnits(cableID: StoreFixtures.cableID)
        #expect(units.count == 4)
        #expect(
            units.first
                == StoredSourceUnit(
                    cableID: "09STATE61188", unitID: "narrative.title", part: .narrative, sectionID: "narrative.title",
                    blockID: "title", kind: .title, segment: 1, cableParagraph: 8, position: 1,
                    sourceText: "Kosovo (TIER 2)",
                    sourceHash: "sha256:d3b2f587d142a6187291ddb16ef16624adefba352f5566eb46da0cdcb808be15",
                    registeredAt: StoreFixtures.exportDate))
        #expect(
            units.last
                == StoredSourceUnit(
                    cableID: "09STATE61188", unitID: "press.q1.question.s1", part: .press, sectionID: "press.q1",
                    blockID: "question", kind: .question, segment: 1, cableParagraph: 11, position: 1,
                    sourceText: "Why was Kosovo ranked on the 2009 TIP Report?",
                    sourceHash: TranslationUnit.hash(of: "Why was Kosovo ranked on the 2009 TIP Report?"),
                    registeredAt: StoreFixtures.exportDate))
        #expect(units.map(\.position) == [1, 2, 3, 1])
        #expect(units.map(\.isCurrent) == [true, true, true, true])
        #expect(try store.knownCableIDs() == ["09STATE61188"])
    }

    @Test(arguments: TestEngine.available) func reregisteringRefreshesChangedSourcesAndRetiresMissingUnits(
        engine: TestEngine
    ) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let changedText = "Kosovo is a source, transit, and destination country for trafficked women."
        let units = [
            StoreFixtures.units[0],
            StoreFixtures.unit("narrative.intro.p1.s1", changedText),
            StoreFixtures.units[3],
        ]
        let summary = try store.register(units: units, cableID: StoreFixtures.cableID, at: StoreFixtures.laterDate)

        #expect(
            summary
                == SourceRegistration(
                    changed: ["narrative.intro.p1.s1"], retired: ["narrative.intro.p1.s2"],
                    unchanged: ["narrative.title", "press.q1.question.s1"]))
        let current = try store.sourceUnits(cableID: StoreFixtures.cableID)
        #expect(current.map(\.unitID) == ["narrative.title", "narrative.intro.p1.s1", "press.q1.question.s1"])
        let changed = try #require(
            try store.sourceUnit(cableID: StoreFixtures.cableID, unitID: "narrative.intro.p1.s1"))
        #expect(changed.sourceText == changedText)
        #expect(changed.sourceHash == TranslationUnit.hash(of: changedText))
        #expect(changed.sourceHash != StoreFixtures.units[1].sourceHash)
        #expect(changed.registeredAt == StoreFixtures.exportDate)
        #expect(changed.sourceChangedAt == StoreFixtures.laterDate)
        #expect(changed.retiredAt == nil)

        let retired = try #require(
            try store.sourceUnit(cableID: StoreFixtures.cableID, unitID: "narrative.intro.p1.s2"))
        #expect(retired.retiredAt == StoreFixtures.laterDate)
        #expect(retired.isCurrent == false)
        #expect(retired.sourceText == StoreFixtures.units[2].source)
        #expect(
            try store.sourceUnits(cableID: StoreFixtures.cableID, includingRetired: true).map(\.unitID) == [
                "narrative.title", "narrative.intro.p1.s1", "narrative.intro.p1.s2", "press.q1.question.s1",
            ])
    }

    @Test(arguments: TestEngine.available) func aRetiredUnitExportedAgainIsRestored(engine: TestEngine) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        try store.register(
            units: Array(StoreFixtures.units.prefix(2)), cableID: StoreFixtures.cableID, at: StoreFixtures.importDate)
        let summary = try store.register(
            units: StoreFixtures.units, cableID: StoreFixtures.cableID, at: StoreFixtures.laterDate)

        #expect(
            summary
                == SourceRegistration(
                    restored: ["narrative.intro.p1.s2", "press.q1.question.s1"],
                    unchanged: ["narrative.title", "narrative.intro.p1.s1"]))
        let restored = try #require(
            try store.sourceUnit(cableID: StoreFixtures.cableID, unitID: "press.q1.question.s1"))
        #expect(restored.retiredAt == nil)
        #expect(restored.sourceChangedAt == nil)
        #expect(try store.sourceUnits(cableID: StoreFixtures.cableID).count == 4)
    }

    @Test(arguments: TestEngine.available) func registeringSomePartsRetiresOnlyUnitsOfThoseParts(
        engine: TestEngine
    ) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let summary = try store.register(
            units: [StoreFixtures.units[0]], cableID: StoreFixtures.cableID, parts: [.narrative],
            at: StoreFixtures.laterDate)

        #expect(
            summary
                == SourceRegistration(
                    retired: ["narrative.intro.p1.s1", "narrative.intro.p1.s2"], unchanged: ["narrative.title"]))
        #expect(
            try store.sourceUnits(cableID: StoreFixtures.cableID).map(\.unitID) == [
                "narrative.title", "press.q1.question.s1",
            ])
    }

    @Test(arguments: TestEngine.available) func aUnitOutsideTheRegisteredPartsIsRefused(engine: TestEngine) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        let error = #expect(throws: StoreError.self) {
            try store.register(
                units: StoreFixtures.units, cableID: StoreFixtures.cableID, parts: [.narrative, .nonPaper],
                at: StoreFixtures.laterDate)
        }
        #expect(
            error?.description
                == "\(store.path): error: cannot register the units of 09STATE61188: unit press.q1.question.s1 is in part "
                + "press, outside the parts being registered (narrative, nonpaper)")
    }

    @Test(arguments: TestEngine.available) func aUnitListedTwiceIsRefusedAndNothingIsWritten(engine: TestEngine) throws
    {
        let test = try engine.makeStore()
        let store = test.store
        let units = StoreFixtures.units + [StoreFixtures.units[1]]
        let error = #expect(throws: StoreError.self) {
            try store.register(units: units, cableID: StoreFixtures.cableID, at: StoreFixtures.exportDate)
        }
        #expect(
            error?.description
                == "\(store.path): error: cannot register the units of 09STATE61188: "
                + "unit narrative.intro.p1.s1 is listed twice")
        #expect(try store.rowCounts()["source_unit"] == 0)
    }

    @Test(arguments: TestEngine.available) func anEmptyCableIDIsRefused(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
        let error = #expect(throws: StoreError.self) {
            try store.register(units: StoreFixtures.units, cableID: "", at: StoreFixtures.exportDate)
        }
        #expect(
            error?.description == "\(store.path): error: cannot register the units of a cable: the cable ID is empty")
    }

    @Test(arguments: TestEngine.available) func aChangedSourceMarksItsTranslationsStaleAndARevertClearsIt(
        engine: TestEngine
    ) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        try store.apply([StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)")], record: StoreFixtures.record())
        try store.apply(
            [StoreFixtures.change("narrative.title", "Kosovo (NIVO 2)", locale: "sr-Latn")],
            record: StoreFixtures.record(sha: StoreFixtures.sha2, locale: "sr-Latn"))
        var units = StoreFixtures.units
        units[0] = StoreFixtures.unit("narrative.title", "Kosovo (TIER 2 WATCH LIST)", kind: .title)

        try store.register(units: units, cableID: StoreFixtures.cableID, at: StoreFixtures.laterDate)
        let staleSQ = try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")
        let staleSR = try store.translation(
            cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sr-Latn")
        #expect(staleSQ?.isStale == true)
        #expect(staleSR?.isStale == true)
        #expect(staleSQ?.sourceHash == StoreFixtures.units[0].sourceHash)
        #expect(try store.history(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq").count == 1)

        try store.register(units: StoreFixtures.units, cableID: StoreFixtures.cableID, at: StoreFixtures.laterDate)
        #expect(
            try store.translation(cableID: StoreFixtures.cableID, unitID: "narrative.title", locale: "sq")?.isStale
                == false)
    }

    @Test(arguments: TestEngine.available) func anUnknownCableHasNoUnits(engine: TestEngine) throws {
        let test = try StoreFixtures.registeredStore(engine)
        let store = test.store
        #expect(try store.sourceUnits(cableID: "09STATE99999") == [])
        #expect(try store.sourceUnit(cableID: StoreFixtures.cableID, unitID: "narrative.missing") == nil)
    }
}
