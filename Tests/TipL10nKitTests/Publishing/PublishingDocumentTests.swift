import Foundation
import Testing
import TipL10nTestSupport
import TipL10nXML

@testable import TipL10nKit

@Suite struct PublishingDocumentTests {
    /// A store holding the reference translations `xliff/09STATE61188.<locale>.done.xlf`.
    static func store(with locales: [String]) throws -> TranslationStore {
        let store = try TranslationStore.inMemory()
        for locale in locales {
            let path = "xliff/09STATE61188.\(locale).done.xlf"
            let data = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(path))
            let document = try XLIFFReader.read(data, path: path)
            let plan = try Importer.plan(
                data: data, document: document, path: path, store: store, expectedLocale: nil, force: false,
                builtInUnits: try DefaultCable.translationUnitsByCableID())
            try Importer.apply(plan, to: store, at: Date(timeIntervalSince1970: 1_245_160_800))
        }
        return store
    }

    static func request(
        _ locale: String, now: String = "2009-06-16T14:00:00Z", audience: Embargo.Audience = .publicRelease,
        isDraft: Bool = false
    ) throws -> Publisher.Request {
        Publisher.Request(
            cableData: DefaultCable.data, cablePath: DefaultCable.fileName, locale: locale, audience: audience,
            now: try Date(now, strategy: .iso8601), isDraft: isDraft, segmenter: try Segmenter.defaultEnglish())
    }

    static func profile(_ tag: String) throws -> LocaleProfile? {
        try LocaleProfile.load(tag: tag)
    }

    @Test func albanianBuildsFromTheReferenceInSourceOrder() throws {
        let store = try Self.store(with: ["sq"])
        let result = try Publisher.build(try Self.request("sq"), store: store, profile: Self.profile)
        #expect(result.problems == [])
        #expect(result.derivedFrom == nil)
        let stored = try store.translations(cableID: "09STATE61188", locale: "sq")
        let byUnit = Dictionary(uniqueKeysWithValues: stored.map { ($0.unitID, $0.target.plainText) })
        let segments = result.document.segments
        #expect(segments.count == 47)
        #expect(segments.allSatisfy { $0.text == byUnit[$0.unitID] && !$0.isUntranslated })
        #expect(result.document.title == "Kosova (NIVELI 2)")
        #expect(result.document.press.first?.label == "Pyetje 1:")
        #expect(result.document.press.dropFirst().first?.label == "Përgjigje:")
        #expect(result.document.narrative.map(\.kind).prefix(2) == [.title, .paragraph])
    }

    @Test func theEmbargoGuardsTheBuild() throws {
        let store = try Self.store(with: ["sq"])
        #expect(throws: EmbargoError.self) {
            try Publisher.build(
                try Self.request("sq", now: "2009-06-16T13:59:59Z"), store: store, profile: Self.profile)
        }
        _ = try Publisher.build(
            try Self.request("sq", now: "2009-06-15T10:00:00Z", audience: .hostGovernment), store: store,
            profile: Self.profile)
        #expect(throws: EmbargoError.self) {
            try Publisher.build(
                try Self.request("sq", now: "2009-06-15T09:59:59Z", audience: .hostGovernment), store: store,
                profile: Self.profile)
        }
    }

    @Test func missingUnitsRefuseTheBuildAndADraftMarksThem() throws {
        let store = try TranslationStore.inMemory()
        let error = try #require(
            throws: PublishingError.self,
            performing: { try Publisher.build(try Self.request("sq"), store: store, profile: Self.profile) })
        #expect(error.problems.count == 47)
        #expect(error.problems.first?.description == "09STATE61188/sq:narrative.title: error: missing translation")
        #expect(
            error.message
                == "cannot build 09STATE61188 in sq: 47 units are missing, stale or failing verification")
        #expect(error.diagnostic.remedy == .draft)

        let draft = try Publisher.build(try Self.request("sq", isDraft: true), store: store, profile: Self.profile)
        #expect(draft.problems.count == 47)
        #expect(draft.document.segments.allSatisfy { $0.isUntranslated })
        #expect(draft.document.title == "Kosovo (TIER 2)")
        #expect(draft.document.plainText.hasPrefix("[untranslated: Kosovo (TIER 2)]"))
    }

    @Test func englishNeedsNoStore() throws {
        let result = try Publisher.build(try Self.request("en"), store: nil, profile: Self.profile)
        #expect(result.document.title == "Kosovo (TIER 2)")
        #expect(result.document.press.first?.label == "Q 1:")
        #expect(result.document.segments.count == 47)
    }

    @Test func serbianCyrillicIsDerivedFromTheLatinReference() throws {
        let store = try Self.store(with: ["sr-Latn"])
        let result = try Publisher.build(try Self.request("sr-Cyrl"), store: store, profile: Self.profile)
        #expect(result.derivedFrom == "sr-Latn")
        #expect(result.problems == [])
        #expect(result.document.locale == "sr-Cyrl")
        #expect(result.document.press.first?.label == "П 1:")
        let kept = try #require(try Self.profile("sr-Cyrl")).allowedForeignTokens
        let latin = try store.translations(cableID: "09STATE61188", locale: "sr-Latn")
        let byUnit = Dictionary(uniqueKeysWithValues: latin.map { ($0.unitID, $0.target.plainText) })
        let transliterator = SerbianTransliterator(keptTokens: kept)
        for segment in result.document.segments {
            let original = try #require(byUnit[segment.unitID])
            #expect(segment.text == transliterator.cyrillic(fromLatin: original))
            // Back to Latin gives the stored translation again.
            #expect(transliterator.latin(fromCyrillic: segment.text) == original)
            // No Latin word is left except kept tokens and addresses.
            for word in segment.text.split(whereSeparator: { $0.isWhitespace }) {
                let letters = String(word.filter { $0.isLetter })
                guard letters.contains(where: { $0.isASCII }) else { continue }
                #expect(
                    SerbianTransliterator.isAddress(String(word))
                        || word.split(whereSeparator: { !$0.isLetter && $0 != "$" }).allSatisfy {
                            kept.contains(String($0)) || !$0.contains(where: \.isASCII)
                        },
                    "\(word)")
            }
        }
    }

    @Test func theHTMLPageIsWellFormedAndComplete() throws {
        let store = try Self.store(with: ["sq"])
        let result = try Publisher.build(try Self.request("sq"), store: store, profile: Self.profile)
        let data = try result.document.html(path: "09STATE61188.sq.html")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"sq\">"))
        // Well-formed as XML (the DOCTYPE allowed) and as HTML.
        let xml = try XMLTree.parse(data, path: "page", options: XMLTree.ParseOptions(rejectsDoctype: false))
        #expect(xml.root.name == "html")
        let html = try HTMLDocument.parse(data, path: "page")
        #expect(html.attribute("lang") == "sq")
        #expect(html.descendants(named: "meta").first?.attribute("charset") == "UTF-8")
        #expect(html.descendants(named: "title").first?.textContent == "Kosova (NIVELI 2)")
        #expect(html.descendants(named: "h1").map(\.textContent) == ["Kosova (NIVELI 2)"])
        #expect(html.descendants(named: "h2").count == 3)
        // Every unit's text, in order.
        let body = try #require(html.descendants(named: "main").first).textContent
        var cursor = body.startIndex
        for segment in result.document.segments {
            let found = try #require(body.range(of: segment.text, range: cursor..<body.endIndex), "\(segment.unitID)")
            cursor = found.upperBound
        }
        let questions = html.descendants(named: "p").filter { $0.attribute("class") == "question" }
        #expect(questions.count == result.document.press.filter { $0.kind == .question }.count)
        #expect(questions.first?.descendants(named: "strong").first?.textContent == "Pyetje 1:")
    }

    @Test func aDraftPageMarksUntranslatedUnits() throws {
        let result = try Publisher.build(
            try Self.request("sq", isDraft: true), store: try TranslationStore.inMemory(), profile: Self.profile)
        let html = try HTMLDocument.parse(try result.document.html(path: "page"), path: "page")
        let marks = html.descendants(named: "mark")
        #expect(marks.count == 47)
        #expect(marks.allSatisfy { $0.attribute("lang") == "en" && $0.attribute("class") == "untranslated" })
    }

    @Test func markdownAndTextCarryTheLabels() throws {
        let store = try Self.store(with: ["sq"])
        let document = try Publisher.build(try Self.request("sq"), store: store, profile: Self.profile).document
        #expect(document.markdown.hasPrefix("# Kosova (NIVELI 2)\n\n"))
        #expect(document.markdown.contains("\n\n**Pyetje 1:** "))
        #expect(document.plainText.hasPrefix("Kosova (NIVELI 2)\n\n"))
        #expect(document.plainText.contains("\n\nPërgjigje: "))
    }
}

@Suite struct PublishingMarkdownEscapingTests {
    @Test func markupInATargetStaysTextInMarkdown() {
        #expect(
            LocalizedDocument.escapedMarkdown("Kosova <script>alert(1)</script> & *NIVELI* 2")
                == "Kosova &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*NIVELI\\* 2")
        #expect(LocalizedDocument.escapedMarkdown("# heading") == "\\# heading")
    }
}
