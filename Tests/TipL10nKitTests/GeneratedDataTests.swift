import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// The copies `Scripts/generate.sh` embeds in `Sources/TipL10nKit/Generated/` are their files, byte for byte.
@Suite struct GeneratedDataTests {
    static func file(_ relativePath: String) throws -> Data {
        try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(relativePath))
    }

    @Test func theDefaultCableIsTheRepositorysFile() throws {
        #expect(Data(EmbeddedData.defaultCable.utf8) == (try Self.file("cables/09STATE61188.txt")))
    }

    @Test func theDefaultSegmentationRulesAreTheRepositorysSRXFile() throws {
        #expect(Data(EmbeddedData.defaultSegmentationRules.utf8) == (try Self.file("segmentation/tipl10n-en.srx")))
        #expect(SRXDocument.defaultEnglishSource == EmbeddedData.defaultSegmentationRules)
    }

    @Test func theRatesAreTheRepositorysFile() throws {
        #expect(Data(EmbeddedData.rates.utf8) == (try Self.file("locales/rates.yaml")))
    }

    @Test func everyLocaleProfileFileIsEmbedded() throws {
        let folder = TestPaths.repositoryRoot.appendingPathComponent("locales")
        let tags = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") && $0 != "rates.yaml" }
            .map { String($0.dropLast(".yaml".count)) }
        #expect(Set(EmbeddedData.localeProfiles.keys) == Set(tags))
        for tag in tags {
            #expect(
                Data((EmbeddedData.localeProfiles[tag] ?? "").utf8) == (try Self.file("locales/\(tag).yaml")), "\(tag)")
        }
    }
}
