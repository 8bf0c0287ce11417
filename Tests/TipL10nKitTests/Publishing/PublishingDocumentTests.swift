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

    /// When the press guidance may go on a public page: a local press statement's moment,
    /// 10:30 am EDT June 16 (09STATE61188 para 7).
    static let pressMoment = "2009-06-16T14:30:00Z"

    static func request(
        _ locale: String, now: String = "2009-06-16T14:00:00Z", audience: Embargo.Audience = .publicRelease,
        isDraft: Bool = false, including parts: [SourcePart] = []
    ) throws -> Publisher.Request {
        var request = Publisher.Request(
            cableData: DefaultCable.data, cablePath: DefaultCable.fileName, locale: locale, audience: audience,
            now: try Date(now, strategy: .iso8601), isDraft: isDraft, segmenter: try Segmenter.defaultEnglish())
        request.includedParts = parts
        return request
    }

    /// The narrative's units in the 2009 Kosovo cable: title, 10 intro sentences, the
    /// recommendations, 3 headings and 20 sentences under them.
    static let narrativeUnits = 35

    static func profile(_ tag: String) throws -> LocaleProfile? {
        try LocaleProfile.load(tag: tag)
    }

    @Test func albanianBuildsFromTheReferenceInSourceOrder() throws {
        let store = try Self.store(with: ["sq"])
        let narrative = try Publisher.build(try Self.request("sq"), store: store, profile: Self.profile)
        // The narrative only by default: the press guidance is for answering media.
        #expect(narrative.document.segments.count == Self.narrativeUnits)
        #expect(narrative.document.press == [])
        #expect(narrative.year == 2009)
        let result = try Publisher.build(
            try Self.request("sq", now: Self.pressMoment, including: [.press]), store: store, profile: Self.profile)
        #expect(result.problems == [])
        #expect(result.derivedFrom == nil)
        let stored = try store.translations(cableID: "09STATE61188", locale: "sq")
        let byUnit = Dictionary(uniqueKeysWithValues: stored.map { ($0.unitID, $0.target.plainText) })
        let segments = result.document.segments
        #expect(segments.count == 47)
        #expect(segments.allSatisfy { $0.text == byUnit[$0.unitID] && !$0.isUntranslated })
        #expect(result.document.title == "Kosova (NIVELI 2)")
        #expect(result.document.press.first?.label?.text == "Pyetje 1:")
        #expect(result.document.press.dropFirst().first?.label?.text == "Përgjigje:")
        #expect(result.document.press.filter { $0.kind == .question }.compactMap(\.label?.text).last == "Pyetje 4:")
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
        #expect(error.problems.count == 35)
        #expect(error.problems.first?.description == "09STATE61188/sq:narrative.title: error: missing translation")
        #expect(error.problems.allSatisfy { $0.check == "untranslated" })
        #expect(
            error.message
                == "cannot build 09STATE61188 in sq: 35 units are missing, stale or failing verification")
        #expect(error.diagnostic.remedy == .draft)

        let draft = try Publisher.build(try Self.request("sq", isDraft: true), store: store, profile: Self.profile)
        #expect(draft.problems.count == 35)
        #expect(draft.document.segments.allSatisfy { $0.isUntranslated })
        #expect(draft.document.title == "Kosovo (TIER 2)")
        // A heading without a translation shows the locale profile's, not the English.
        #expect(
            draft.document.narrative.filter { $0.kind == .heading }.map(\.text)
                == ["Ndjekja penale", "Mbrojtja", "Parandalimi"])
        #expect(draft.document.narrative.first?.segments.first?.language == "en")
        let page = LocalizedPage(
            document: draft.document, labels: draft.labels,
            draft: LocalizedPage.DraftSummary(findings: draft.problems))
        #expect(page.draft?.text == "DRAFT — not for publication: 35 units untranslated")
        #expect(
            page.plainText.hasPrefix(
                "Raporti për trafikimin me qenie njerëzore 2009: [untranslated: Kosovo (TIER 2)] "
                    + "[1: missing translation]\n\nDRAFT — not for publication: 35 units untranslated\n\n"))
        #expect(
            page.plainText.contains(
                "\n\n[1] narrative.title: missing translation\n[2] narrative.intro.p1.s1: missing translation\n"))
        #expect(page.markdown.contains("\n\n## [untranslated: Ndjekja penale] [13: missing translation]\n\n"))
    }

    @Test func englishNeedsNoStore() throws {
        let result = try Publisher.build(
            try Self.request("en", now: Self.pressMoment, including: [.press]), store: nil, profile: Self.profile)
        #expect(result.document.title == "Kosovo (TIER 2)")
        #expect(result.document.press.first?.label?.text == "Q1:")
        #expect(result.document.segments.count == 47)
        #expect(result.document.segments.allSatisfy { $0.language == nil && !$0.isUntranslated })
        #expect(result.labels.disclaimer == nil)
        #expect(result.labels.pressGuidance == .init("Press guidance", language: "en"))
    }

    @Test func serbianCyrillicIsDerivedFromTheLatinReference() throws {
        let store = try Self.store(with: ["sr-Latn"])
        let result = try Publisher.build(
            try Self.request("sr-Cyrl", now: Self.pressMoment, including: [.press]), store: store, profile: Self.profile
        )
        #expect(result.derivedFrom == "sr-Latn")
        #expect(result.problems == [])
        #expect(result.document.locale == "sr-Cyrl")
        #expect(result.document.press.first?.label?.text == "П1:")
        #expect(result.labels.pressGuidance == .init("Смернице за медије", language: "sr-Cyrl"))
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

    @Test func markdownAndTextCarryTheSameLabels() throws {
        let store = try Self.store(with: ["sq"])
        let result = try Publisher.build(
            try Self.request("sq", now: Self.pressMoment, including: [.press]), store: store, profile: Self.profile)
        let page = LocalizedPage(
            document: result.document, labels: result.labels,
            languageLinks: PublishingPageTests.links(current: "sq"))
        #expect(page.markdown.hasPrefix("# Raporti për trafikimin me qenie njerëzore 2009: Kosova (NIVELI 2)\n\n"))
        #expect(
            page.markdown.contains(
                "\n\nGjuhët: [English](09STATE61188.en.md) (origjinali) · **shqip** · "
                    + "[srpski (latinica)](09STATE61188.sr-Latn.md) · [српски (ћирилица)](09STATE61188.sr-Cyrl.md)\n\n"
                    + "_Ky është përkthim jozyrtar. Vetëm teksti origjinal në gjuhën angleze është zyrtar._\n\n"))
        #expect(page.markdown.contains("\n\n## Ndjekja penale\n\n"))
        #expect(page.markdown.contains("\n\n## Udhëzime për mediat\n\n**Pyetje 1:** "))
        #expect(page.plainText.hasPrefix("Raporti për trafikimin me qenie njerëzore 2009: Kosova (NIVELI 2)\n\n"))
        #expect(
            page.plainText.contains(
                "\n\nGjuhët: English (origjinali), shqip, srpski (latinica), српски (ћирилица)\n\n"))
        #expect(page.plainText.contains("\n\nUdhëzime për mediat\n\nPyetje 1: "))
        #expect(page.plainText.contains("\n\nPërgjigje: "))
    }
}

@Suite struct PublishingMarkdownEscapingTests {
    @Test func markupInATargetStaysTextInMarkdown() {
        #expect(
            LocalizedPage.escapedMarkdown("Kosova <script>alert(1)</script> & *NIVELI* [2]")
                == "Kosova &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*NIVELI\\* \\[2\\]")
        #expect(LocalizedPage.escapedMarkdown("# heading") == "\\# heading")
        #expect(LocalizedPage.escapedMarkdown("2009. viti") == "2009\\. viti")
    }
}
