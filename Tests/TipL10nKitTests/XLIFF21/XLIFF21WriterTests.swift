import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit
@testable import TipL10nXML

@Suite struct XLIFF21WriterTests {
    static let schemas = TestPaths.fixtures.appendingPathComponent("schemas/xliff-2.1")
    static let ns = XLIFF21Writer.namespace

    static func kosovo21(store: TranslationStore? = nil, cable: URL? = nil) throws -> Exporter.Result {
        try Exporter.run(
            Exporter.Request(
                cableData: try cable.map { try Data(contentsOf: $0) } ?? Data(DefaultCable.text.utf8),
                cablePath: DefaultCable.fileName, targetLocale: try TargetLocale.resolve("sq").locale,
                segmenter: try Segmenter.defaultEnglish(), xliffVersion: .version21),
            storedTranslations: { cableID in
                guard let store else { return [:] }
                return Dictionary(
                    try store.translations(cableID: cableID, locale: "sq").map { ($0.unitID, $0) },
                    uniquingKeysWith: { first, _ in first })
            },
            memory: { try store?.memoryEntries(locale: "sq") ?? [] })
    }

    @Test func plainExportIsValidXLIFF21WithOneUnitPerBlock() throws {
        let result = try Self.kosovo21()
        let core = try XMLSchemaValidator(contentsOf: Self.schemas.appendingPathComponent("xliff_core_2.0.xsd"))
        #expect(try core.validate(result.xliff, path: "09STATE61188.sq.xlf") == [])

        let root = try XMLTree.parse(result.xliff, path: "09STATE61188.sq.xlf").root
        #expect(root.attribute("version") == "2.1")
        #expect(root.attribute("srcLang") == "en-US")
        #expect(root.attribute("trgLang") == "sq")
        let units = root.descendants(named: "unit", namespaceURI: Self.ns)
        // Narrative: title, 3 headings, 6 paragraphs; press: 4 questions, 4 answers.
        #expect(units.count == 18)
        let intro = try #require(units.first { $0.attribute("id") == "narrative.intro.p1" })
        #expect(intro.children(named: "segment", namespaceURI: Self.ns).count == 7)
        #expect(intro.children(named: "ignorable", namespaceURI: Self.ns).count == 6)
        #expect(
            intro.children(named: "segment", namespaceURI: Self.ns).map { $0.attribute("id") ?? "" }
                == (1...7).map { "narrative.intro.p1.s\($0)" })
        #expect(
            intro.children(named: "segment", namespaceURI: Self.ns).allSatisfy { $0.attribute("state") == "initial" })
        #expect(root.descendants(named: "segment", namespaceURI: Self.ns).count == 47)
        #expect(root.descendants(named: "target", namespaceURI: Self.ns).isEmpty)
    }

    @Test func readerReadsItBackSegmentForSegment() throws {
        let result = try Self.kosovo21()
        let read = try XLIFFReader.read(result.xliff, path: "09STATE61188.sq.xlf")
        let file = try #require(read.files.first)
        #expect(read.files.count == 1)
        #expect(file.original == "09STATE61188")
        #expect(file.units.map(\.id) == result.units.map(\.id))
        #expect(file.units.map(\.source.plainText) == result.units.map(\.source))
        #expect(file.units.allSatisfy { $0.target == nil })
    }

    @Test func prefilledExportImportsIntoAFreshStore() throws {
        let reference = try LeverageTests.storeWithReference()
        let result = try Self.kosovo21(store: reference)
        #expect(result.prefilledCount == 47)
        let core = try XMLSchemaValidator(contentsOf: Self.schemas.appendingPathComponent("xliff_core_2.0.xsd"))
        #expect(try core.validate(result.xliff, path: "09STATE61188.sq.xlf") == [])

        let fresh = try TranslationStore.inMemory()
        let imported = try Importer.importFile(
            data: result.xliff, document: try XLIFFReader.read(result.xliff, path: "09STATE61188.sq.xlf"),
            path: "09STATE61188.sq.xlf", store: fresh, expectedLocale: nil, force: false,
            builtInUnits: try DefaultCable.translationUnitsByCableID())
        #expect(imported.applied)
        #expect(imported.plan.entries.count == 47)
        let before = try reference.translations(cableID: "09STATE61188", locale: "sq")
        let after = try fresh.translations(cableID: "09STATE61188", locale: "sq")
        #expect(after.map(\.unitID) == before.map(\.unitID))
        #expect(after.map(\.target) == before.map(\.target))
        #expect(after.map(\.state) == before.map(\.state))
        #expect(after.map(\.sourceHash) == before.map(\.sourceHash))
    }

    @Test func editedCableGivesMatchesAndLeveragedSegments() throws {
        let store = try LeverageTests.storeWithReference()
        let result = try Self.kosovo21(store: store, cable: LeverageTests.editedCable)
        #expect(
            result.leverageCounts
                == LeverageCounts(prefilled: 42, exact: 3, fuzzy95To99: 0, fuzzy85To94: 1, fuzzyBelow85: 0, new: 1))
        let withMatches = try XMLSchemaValidator(contentsOf: Self.schemas.appendingPathComponent("matches.xsd"))
        #expect(try withMatches.validate(result.xliff, path: "edited.xlf") == [])

        let root = try XMLTree.parse(result.xliff, path: "edited.xlf").root
        let segments = Dictionary(
            uniqueKeysWithValues: root.descendants(named: "segment", namespaceURI: Self.ns).map {
                ($0.attribute("id") ?? "", $0)
            })
        #expect(segments["narrative.prevention.p1.s4"]?.attribute("state") == "translated")
        #expect(segments["narrative.prevention.p1.s4"]?.attribute("subState") == "tipl10n:leveraged-tm")
        #expect(segments["narrative.prevention.p1.s3"]?.attribute("state") == "initial")
        #expect(segments["narrative.intro.p1.s4"]?.attribute("state") == "initial")
        let match = try #require(root.descendants(named: "match", namespaceURI: XLIFF21Writer.matchesNamespace).first)
        #expect(match.attribute("ref") == "#narrative.intro.p1.s4")
        #expect(match.attribute("matchQuality") == "86")
        #expect(match.attribute("origin") == "09STATE61188/narrative.intro.p1.s4")

        let read = try XLIFFReader.read(result.xliff, path: "edited.xlf")
        let units = Dictionary(uniqueKeysWithValues: (read.files.first?.units ?? []).map { ($0.id, $0) })
        #expect(units["narrative.intro.p1.s4"]?.target == nil)
        #expect(units["narrative.intro.p1.s4"]?.suggestions.first?.score == 86)
        #expect(units["narrative.prevention.p1.s4"]?.target != nil)
        #expect(units.count == 47)
    }
}
