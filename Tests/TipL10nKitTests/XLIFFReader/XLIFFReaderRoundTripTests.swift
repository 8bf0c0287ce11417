import Foundation
import Testing
import TipL10nTestSupport
import TipL10nKit

extension XLIFFReaderTests {
    /// tipl10n's own export reads back exactly: every trans-unit ID and source, no target.
    @Suite("XLIFFReader: our own export round-trips")
    struct RoundTrip {
        static func kosovoExport() throws -> Exporter.Result {
            try Exporter.run(
                Exporter.Request(
                    cableData: Data(DefaultCable.text.utf8), cablePath: DefaultCable.fileName,
                    targetLocale: try TargetLocale.resolve("sq").locale, segmenter: try Segmenter.defaultEnglish()))
        }

        @Test func goldenFileReadsBackEveryUnit() throws {
            let data = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("golden/09STATE61188.sq.xlf"))
            let document = try XLIFFReader.read(data, path: "09STATE61188.sq.xlf")
            #expect(document.version == "1.2")
            #expect(document.warnings == [])
            #expect(document.files.count == 1)
            let file = document.files[0]
            #expect(file.original == "09STATE61188")
            #expect(file.sourceLanguage == "en-US")
            #expect(file.targetLanguage == "sq")
            #expect(file.units.count == 47)

            let exported = try Self.kosovoExport().units
            #expect(file.units.map(\.id) == exported.map(\.id))
            #expect(file.units.map(\.source) == exported.map { InlineContent(text: $0.source) })
            #expect(file.units.allSatisfy { $0.target == nil && $0.state == nil && $0.isTranslatable })
            #expect(file.units.allSatisfy { $0.id == $0.unitID && $0.segmentID == nil && $0.suggestions.isEmpty })

            let title = file.units[0]
            #expect(title.id == "narrative.title")
            #expect(title.line == 12)
            #expect(title.source == content(text("Kosovo (TIER 2)")))
            // The embargo line is a note on the first unit, where the translator sees it.
            #expect(title.notes.count == 2)
            #expect(title.notes.first == "narrative: title line; cable 09STATE61188, paragraph 8")
            #expect(
                title.notes.last?.hasPrefix("Embargo: Until the time of the Secretary's June 16 press conference")
                    == true)
            let protection = try #require(file.units.first { $0.id == "narrative.protection.p1.s2" })
            #expect(
                protection.source.plainText
                    == "To help remedy a funding shortfall for the two NGO-run shelters, the government, in cooperation "
                    + "with international donors, provided critical funding totaling $158,593.")
        }

        @Test func freshExportReadsBackTheSameAsTheGoldenFile() throws {
            let result = try Self.kosovoExport()
            let fresh = try XLIFFReader.read(result.xliff, path: result.defaultFileName)
            let golden = try XLIFFReader.read(
                Data(contentsOf: TestPaths.fixtures.appendingPathComponent("golden/09STATE61188.sq.xlf")),
                path: result.defaultFileName)
            #expect(fresh == golden)
            #expect(fresh.units.map(\.id) == result.units.map(\.id))
        }
    }
}
