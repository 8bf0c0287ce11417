import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit
@testable import TipL10nXML

/// The reference translations in `xliff/` (the demo's completed files and the fixtures later
/// work verifies against) are generated from `Tests/Fixtures/translations/units.<tag>.tsv`
/// through our own export, so they always carry the current units, IDs and sources.
/// Regenerate with `TIPL10N_UPDATE_GOLDEN=1 swift test --filter ReferenceTranslation`.
@Suite struct ReferenceTranslationTests {
    static let locales = ["sq", "sr-Latn"]

    static func tsv(_ name: String) throws -> [(id: String, text: String)] {
        let url = TestPaths.fixtures.appendingPathComponent("translations/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return (fields.first ?? "", fields.count > 1 ? fields[1] : "")
        }
    }

    static func referenceXLIFF(_ tag: String) throws -> Data {
        let locale = try TargetLocale.resolve(tag).locale
        let translations = try tsv("units.\(tag).tsv")
        var targets: [String: StoredTranslation] = [:]
        let result = try Exporter.run(
            Exporter.Request(
                cableData: Data(DefaultCable.text.utf8), cablePath: DefaultCable.fileName, targetLocale: locale,
                segmenter: try Segmenter.defaultEnglish())
        ) { cableID in
            let units = try SourceDocument.extract(from: try DefaultCable.cable(), path: DefaultCable.fileName)
                .translationUnits(segmenter: try Segmenter.defaultEnglish(), parts: [.narrative, .press])
            let hashes = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.sourceHash) })
            for (id, text) in translations {
                targets[id] = StoredTranslation(
                    cableID: cableID, unitID: id, locale: locale.tag, target: InlineContent(text: text),
                    state: .translated, sourceHash: hashes[id] ?? "", isStale: false,
                    updatedAt: Date(timeIntervalSince1970: 0), fileName: "units.\(tag).tsv", fileSHA256: "")
            }
            return targets
        }
        #expect(result.prefilledCount == 47)
        return result.xliff
    }

    @Test func englishUnitsAreTheCurrentUnits() throws {
        let units = try SourceDocument.extract(from: try DefaultCable.cable(), path: DefaultCable.fileName)
            .translationUnits(segmenter: try Segmenter.defaultEnglish(), parts: [.narrative, .press])
        let english = try Self.tsv("units.en.tsv")
        #expect(english.map(\.id) == units.map(\.id))
        #expect(english.map(\.text) == units.map(\.source))
    }

    @Test(arguments: locales) func committedReferenceMatchesItsSource(_ tag: String) throws {
        let generated = try Self.referenceXLIFF(tag)
        let url = TestPaths.repositoryRoot.appendingPathComponent("xliff/09STATE61188.\(tag).done.xlf")
        if ProcessInfo.processInfo.environment["TIPL10N_UPDATE_GOLDEN"] == "1" {
            try generated.write(to: url)
        }
        let committed = try Data(contentsOf: url)
        #expect(String(decoding: committed, as: UTF8.self) == String(decoding: generated, as: UTF8.self))
        let validator = try XMLSchemaValidator(contentsOf: TestPaths.xliff12StrictSchema)
        #expect(try validator.validate(committed, path: url.lastPathComponent) == [])
    }

    @Test(arguments: locales) func referenceImportsAsFortySevenNewThenNothingChanges(_ tag: String) throws {
        let store = try TranslationStore.inMemory()
        let path = "xliff/09STATE61188.\(tag).done.xlf"
        let data = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(path))
        let document = try XLIFFReader.read(data, path: path)
        let builtIn = try DefaultCable.translationUnitsByCableID()
        let plan = try Importer.plan(
            data: data, document: document, path: path, store: store, expectedLocale: nil, force: false,
            builtInUnits: builtIn)
        #expect(plan.summaries.map(\.locale) == [tag])
        #expect(plan.summaries.first?.new == 47)
        #expect(plan.changes.count == 47)
        try Importer.apply(plan, to: store, at: Date(timeIntervalSince1970: 1_245_160_800))
        let stored = try store.translations(cableID: "09STATE61188", locale: tag)
        #expect(stored.count == 47)
        #expect(stored.allSatisfy { $0.state == .translated && !$0.isStale })

        let again = try Importer.plan(
            data: data, document: document, path: path, store: store, expectedLocale: nil, force: false,
            builtInUnits: builtIn)
        #expect(again.changesNothing)
        #expect(again.summaries.first?.unchanged == 47)
    }
}
