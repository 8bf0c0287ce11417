import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit
@testable import TipL10nXML

/// The edited Kosovo cable (`Tests/Fixtures/cables/09STATE61188.edited.txt`) against a store
/// holding the Albanian reference translation: `narrative.intro.p1.s4` edited ("who are"
/// inserted), a sentence added as `narrative.prevention.p1.s3` (moving s3–s5 to s4–s6), and
/// `narrative.protection.p1.s9` removed.
@Suite struct LeverageTests {
    static let editedCable = TestPaths.fixtures.appendingPathComponent("cables/09STATE61188.edited.txt")
    static let referencePath = "xliff/09STATE61188.sq.done.xlf"

    /// A store holding the sq reference translation (imported like `tipl10n import`).
    static func storeWithReference() throws -> TranslationStore {
        let data = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(referencePath))
        let store = try TranslationStore.inMemory()
        let result = try Importer.importFile(
            data: data, document: try XLIFFReader.read(data, path: referencePath), path: referencePath, store: store,
            expectedLocale: nil, force: false, builtInUnits: try DefaultCable.translationUnitsByCableID(),
            at: Date(timeIntervalSince1970: 1_245_160_800))
        #expect(result.applied)
        return store
    }

    static func exportEdited(store: TranslationStore, threshold: Int = 75) throws -> Exporter.Result {
        try Exporter.run(
            Exporter.Request(
                cableData: try Data(contentsOf: editedCable), cablePath: "09STATE61188.edited.txt",
                targetLocale: try TargetLocale.resolve("sq").locale, segmenter: try Segmenter.defaultEnglish(),
                fuzzyThreshold: threshold),
            storedTranslations: { cableID in
                Dictionary(
                    try store.translations(cableID: cableID, locale: "sq").map { ($0.unitID, $0) },
                    uniquingKeysWith: { first, _ in first })
            },
            memory: { try store.memoryEntries(locale: "sq") })
    }

    @Test func memoryHoldsTheReferenceTranslations() throws {
        let store = try Self.storeWithReference()
        let entries = try store.memoryEntries(locale: "sq")
        #expect(entries.count == 47)
        #expect(entries.first?.origin == "09STATE61188/narrative.title")
        #expect(entries.first?.sourceText == "Kosovo (TIER 2)")
        #expect(entries.first?.target == InlineContent(text: "Kosova (NIVELI 2)"))
        #expect(try store.memoryEntries(locale: "sr-Latn") == [])
    }

    @Test func editedCableGivesPrefilledExactFuzzyAndNewUnits() throws {
        let store = try Self.storeWithReference()
        let result = try Self.exportEdited(store: store)
        #expect(result.units.count == 47)
        #expect(
            result.leverageCounts
                == LeverageCounts(prefilled: 42, exact: 3, fuzzy95To99: 0, fuzzy85To94: 1, fuzzyBelow85: 0, new: 1))
        #expect(result.memoryEntryCount == 47)

        let fuzzy = try #require(result.leverage["narrative.intro.p1.s4"])
        #expect(fuzzy.kind == .fuzzy)
        #expect(fuzzy.score == 86)
        #expect(fuzzy.entry.origin == "09STATE61188/narrative.intro.p1.s4")
        #expect(
            Set(result.leverage.filter { $0.value.kind == .exact }.map(\.key))
                == ["narrative.prevention.p1.s4", "narrative.prevention.p1.s5", "narrative.prevention.p1.s6"])
        #expect(
            result.leverage["narrative.prevention.p1.s5"]?.entry.origin == "09STATE61188/narrative.prevention.p1.s4")
        #expect(result.leverage["narrative.prevention.p1.s3"] == nil)
        #expect(!result.units.contains { $0.id == "narrative.protection.p1.s9" })
    }

    @Test func editedExportCarriesLeveragedTargetsAndAltTrans() throws {
        let store = try Self.storeWithReference()
        let result = try Self.exportEdited(store: store)
        let validator = try XMLSchemaValidator(contentsOf: TestPaths.xliff12StrictSchema)
        #expect(try validator.validate(result.xliff, path: result.defaultFileName) == [])

        let ns = XLIFF12Writer.namespace
        let root = try XMLTree.parse(result.xliff, path: result.defaultFileName).root
        let units = Dictionary(
            uniqueKeysWithValues: root.descendants(named: "trans-unit", namespaceURI: ns).map {
                ($0.attribute("id") ?? "", $0)
            })
        let exact = try #require(units["narrative.prevention.p1.s4"]?.firstChild(named: "target", namespaceURI: ns))
        #expect(exact.attribute("state") == "needs-review-translation")
        #expect(exact.attribute("state-qualifier") == "leveraged-tm")
        let reference = try store.translation(
            cableID: "09STATE61188", unitID: "narrative.prevention.p1.s3", locale: "sq")
        #expect(exact.textContent == reference?.target.plainText)

        let edited = try #require(units["narrative.intro.p1.s4"])
        #expect(edited.firstChild(named: "target", namespaceURI: ns) == nil)
        let altTrans = try #require(edited.firstChild(named: "alt-trans", namespaceURI: ns))
        #expect(altTrans.attribute("match-quality") == "86")
        #expect(altTrans.attribute("origin") == "09STATE61188/narrative.intro.p1.s4")
        #expect(
            altTrans.firstChild(named: "source", namespaceURI: ns)?.textContent
                == "Most foreign victims are young women from Eastern Europe subjected to forced prostitution.")
        let previous = try store.translation(cableID: "09STATE61188", unitID: "narrative.intro.p1.s4", locale: "sq")
        #expect(altTrans.firstChild(named: "target", namespaceURI: ns)?.textContent == previous?.target.plainText)

        let added = try #require(units["narrative.prevention.p1.s3"])
        #expect(added.firstChild(named: "target", namespaceURI: ns) == nil)
        #expect(added.firstChild(named: "alt-trans", namespaceURI: ns) == nil)
        let unchanged = try #require(units["narrative.intro.p1.s5"]?.firstChild(named: "target", namespaceURI: ns))
        #expect(unchanged.attribute("state") == "translated")
        #expect(unchanged.attribute("state-qualifier") == nil)

        // The reader never takes the suggestion as the translation.
        let read = try XLIFFReader.read(result.xliff, path: result.defaultFileName)
        let readUnits = Dictionary(uniqueKeysWithValues: (read.files.first?.units ?? []).map { ($0.id, $0) })
        #expect(readUnits["narrative.intro.p1.s4"]?.target == nil)
        #expect(readUnits["narrative.intro.p1.s4"]?.suggestions.first?.score == 86)
        #expect(readUnits["narrative.intro.p1.s4"]?.suggestions.first?.origin == "09STATE61188/narrative.intro.p1.s4")
        #expect(readUnits["narrative.prevention.p1.s4"]?.target?.plainText == reference?.target.plainText)
        #expect(readUnits["narrative.prevention.p1.s4"]?.stateQualifier == "leveraged-tm")
        #expect(readUnits["narrative.prevention.p1.s4"]?.state == .translated)
    }

    @Test func thresholdAboveTheScoreLeavesTheEditedUnitNew() throws {
        let store = try Self.storeWithReference()
        let result = try Self.exportEdited(store: store, threshold: 90)
        #expect(
            result.leverageCounts
                == LeverageCounts(prefilled: 42, exact: 3, fuzzy95To99: 0, fuzzy85To94: 0, fuzzyBelow85: 0, new: 2))
    }

    @Test func plainExportWithoutMemoryIsUnchanged() throws {
        let result = try ExportTests.kosovo()
        #expect(result.leverage.isEmpty)
        #expect(result.leverageCounts == LeverageCounts(new: 47))
        #expect(result.memoryEntryCount == 0)
    }
}
