import Foundation
import Testing

@testable import TipL10nKit
@testable import TipL10nXML

@Suite struct TMXTests {
    static let createdAt = Date(timeIntervalSince1970: 1_245_160_800)

    @Test func exportedMemoryIsWellFormedTMXWithOneUnitPerTranslation() throws {
        let store = try LeverageTests.storeWithReference()
        let entries = try store.memoryEntries(locale: "sq")
        let data = try TMXWriter.data(for: entries, createdAt: Self.createdAt, path: "sq.tmx")
        let root = try XMLTree.parse(data, path: "sq.tmx").root
        #expect(root.name == "tmx")
        #expect(root.attribute("version") == "1.4")
        let header = try #require(root.firstChild(named: "header"))
        #expect(header.attribute("creationtool") == "tipl10n")
        #expect(header.attribute("srclang") == "en-US")
        #expect(header.attribute("adminlang") == "en-US")
        #expect(header.attribute("datatype") == "plaintext")
        #expect(header.attribute("segtype") == "sentence")
        #expect(header.attribute("o-tmf") == "tipl10n")
        #expect(header.attribute("creationdate") == "20090616T140000Z")
        let units = root.descendants(named: "tu")
        #expect(units.count == 47)
        #expect(root.descendants(named: "tuv").count == 94)
        let first = try #require(units.first)
        #expect(first.attribute("tuid") == "09STATE61188/narrative.title")
        let variants = first.children(named: "tuv")
        #expect(variants.map { $0.attribute("lang", namespaceURI: XMLTree.xmlNamespace) } == ["en-US", "sq"])
        #expect(variants.map { $0.firstChild(named: "seg")?.textContent } == ["Kosovo (TIER 2)", "Kosova (NIVELI 2)"])
        #expect(first.firstChild(named: "prop")?.textContent == "translated")
    }

    @Test func roundTripIntoAFreshStoreGivesTheSameEntries() throws {
        let store = try LeverageTests.storeWithReference()
        let entries = try store.memoryEntries(locale: "sq")
        let data = try TMXWriter.data(for: entries, createdAt: Self.createdAt, path: "sq.tmx")
        let read = try TMXReader.read(data, path: "sq.tmx", importedAt: Date())
        #expect(read.unitCount == 47)
        #expect(read.skippedCount == 0)
        #expect(read.entries == entries)

        let fresh = try TranslationStore.inMemory()
        #expect(try fresh.addMemoryEntries(read.entries, fileName: "sq.tmx", at: Self.createdAt) == 47)
        #expect(try fresh.memoryEntries(locale: "sq") == entries)
        // Importing the same file again adds nothing.
        #expect(try fresh.addMemoryEntries(read.entries, fileName: "sq.tmx", at: Self.createdAt) == 0)
        #expect(try fresh.memoryEntries(locale: "sq").count == 47)
    }

    @Test func importedMemoryIsLeveragedOnExport() throws {
        let store = try LeverageTests.storeWithReference()
        let data = try TMXWriter.data(
            for: try store.memoryEntries(locale: "sq"), createdAt: Self.createdAt, path: "sq.tmx")
        let fresh = try TranslationStore.inMemory()
        try fresh.addMemoryEntries(
            try TMXReader.read(data, path: "sq.tmx", importedAt: Self.createdAt).entries, fileName: "sq.tmx",
            at: Self.createdAt)
        let result = try LeverageTests.exportEdited(store: fresh)
        #expect(
            result.leverageCounts
                == LeverageCounts(prefilled: 0, exact: 45, fuzzy95To99: 0, fuzzy85To94: 1, fuzzyBelow85: 0, new: 1))
    }

    @Test func languageCodesAreNormalized() {
        #expect(TMXReader.normalizedLocale("sq") == "sq")
        #expect(TMXReader.normalizedLocale("sq-AL") == "sq")
        #expect(TMXReader.normalizedLocale("SQ_al") == "sq")
        #expect(TMXReader.normalizedLocale("sq-XK") == "sq-XK")
        #expect(TMXReader.normalizedLocale("sr-Latn-RS") == "sr-Latn")
        #expect(TMXReader.normalizedLocale("sr@latin") == "sr-Latn")
        #expect(TMXReader.normalizedLocale("sr_RS@latin") == "sr-Latn")
        #expect(TMXReader.normalizedLocale("sr-RS") == "sr-Latn")
        #expect(TMXReader.normalizedLocale("sr-Cyrl") == "sr-Cyrl")
        #expect(TMXReader.normalizedLocale("sr-Cyrl-RS") == "sr-Cyrl")
        #expect(TMXReader.normalizedLocale("sr@cyrillic") == "sr-Cyrl")
        #expect(TMXReader.normalizedLocale("de-DE") == "de-DE")
        #expect(TMXReader.normalizedLocale("xx-YY") == nil)
    }

    @Test func readsAnOmegaTStyleFileWithAnExternalDoctypeAndInlineCodes() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx11.dtd">
            <tmx version="1.1">
              <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" \
            creationtoolversion="6.0" segtype="sentence" srclang="EN-US"/>
              <body>
                <tu>
                  <tuv lang="EN-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>government<ept i="1">&lt;/b&gt;</ept>  acted.</seg></tuv>
                  <tuv lang="SQ-AL"><seg>Qeveria <hi>veproi</hi>.</seg></tuv>
                  <tuv lang="SR-LATN-RS"><seg>Vlada je delovala.</seg></tuv>
                  <tuv lang="XX-YY"><seg>Die Regierung handelte.</seg></tuv>
                </tu>
                <tu creationdate="20240101T120000Z">
                  <tuv lang="SQ"><seg>Pa burim.</seg></tuv>
                </tu>
              </body>
            </tmx>
            """
        let result = try TMXReader.read(Data(text.utf8), path: "omegat.tmx", importedAt: Self.createdAt)
        #expect(result.unitCount == 2)
        #expect(result.skippedCount == 2)
        #expect(result.entries.map(\.locale) == ["sq", "sr-Latn"])
        #expect(result.entries.map(\.sourceText) == ["The government acted.", "The government acted."])
        #expect(result.entries.first?.sourceHash == TranslationUnit.hash(of: "The government acted."))
        #expect(result.entries.map(\.target.plainText) == ["Qeveria veproi.", "Vlada je delovala."])
        #expect(result.entries.map(\.origin) == ["omegat.tmx#1", "omegat.tmx#1"])
        #expect(result.entries.allSatisfy { $0.state == .translated && $0.updatedAt == Self.createdAt })
    }

    @Test func refusesAnInternalDoctypeAndWhatIsNotTMX() throws {
        let entities = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">]>
            <tmx version="1.4"><header/><body/></tmx>
            """
        #expect(throws: XMLError.self) {
            try TMXReader.read(Data(entities.utf8), path: "bomb.tmx", importedAt: Self.createdAt)
        }
        let xliff = #"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>"#
        let error = #expect(throws: TMXError.self) {
            try TMXReader.read(Data(xliff.utf8), path: "file.xlf", importedAt: Self.createdAt)
        }
        #expect(error?.description == "file.xlf:1: error: not a TMX file: the root element is <xliff>")
        let noBody = #expect(throws: TMXError.self) {
            try TMXReader.read(
                Data("<tmx version=\"1.4\"><header/></tmx>".utf8), path: "x.tmx", importedAt: Self.createdAt)
        }
        #expect(noBody?.description == "x.tmx:1: error: the TMX file has no <body>")
    }

    @Test func aFileIsReadOneUnitAtATimeAndAHeaderAfterTheBodyIsNotUsed() throws {
        let store = try LeverageTests.storeWithReference()
        let entries = try store.memoryEntries(locale: "sq")
        let data = try TMXWriter.data(for: entries, createdAt: Self.createdAt, path: "sq.tmx")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tmx-\(UUID().uuidString).tmx")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var streamed: [MemoryEntry] = []
        let counts = try TMXReader.read(.file(url), path: "sq.tmx", importedAt: Date()) { streamed.append($0) }
        #expect(counts == TMXReader.Counts(unitCount: 47, skippedCount: 0))
        #expect(streamed == entries)

        // TMX 1.4b puts <header> before <body>; one after it does not name the source language.
        let late = """
            <tmx version="1.4"><body><tu><tuv xml:lang="sq"><seg>Një</seg></tuv><tuv xml:lang="sr-Latn">\
            <seg>Jedan</seg></tuv></tu></body><header srclang="sq"/></tmx>
            """
        let result = try TMXReader.read(Data(late.utf8), path: "late.tmx", importedAt: Self.createdAt)
        #expect(result.unitCount == 1)
        #expect(result.entries.isEmpty)
        #expect(result.skippedCount == 1)
    }
}
