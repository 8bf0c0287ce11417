import Foundation
import Testing
import TipL10nKit

/// The version is written once (``TipL10nVersion/current``) and every file tipl10n stamps carries it.
@Suite struct TipL10nVersionTests {
    @Test func theVersionIsMajorMinorPatch() throws {
        let parts = TipL10nVersion.current.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    }

    @Test func theXLIFFHeaderToolCarriesTheVersion() throws {
        let result = try Exporter.run(
            Exporter.Request(
                cableData: Data(DefaultCable.text.utf8), cablePath: DefaultCable.fileName,
                targetLocale: try TargetLocale.resolve("sq").locale, segmenter: try Segmenter.defaultEnglish()))
        let xliff = String(decoding: result.xliff, as: UTF8.self)
        #expect(xliff.contains(#"<tool tool-id="tipl10n" tool-name="tipl10n" tool-version="0.1.0"/>"#))
        #expect(xliff.contains(#"tool-version="\#(TipL10nVersion.current)""#))
    }

    @Test func theTMXHeaderCarriesTheVersion() throws {
        let data = try TMXWriter.data(for: [], createdAt: Date(timeIntervalSince1970: 0), path: "sq.tmx")
        #expect(String(decoding: data, as: UTF8.self).contains(#"creationtoolversion="\#(TipL10nVersion.current)""#))
    }
}
