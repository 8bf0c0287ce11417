import Foundation
import Testing
import TipL10nTestSupport
import TipL10nXML

@testable import TipL10nKit

/// The page around the document: labels, language links, disclaimer, stylesheet, fragment,
/// drafts, the host-government package, escaping.
@Suite struct PublishingPageTests {
    static let tags = ["en", "sq", "sr-Latn", "sr-Cyrl"]

    /// The Kosovo project's language links, relative, `current` marked.
    static func links(current: String, base: String = "") -> [LocalizedPage.LanguageLink] {
        tags.map {
            LocalizedPage.LanguageLink(
                tag: $0, name: TargetLocale(tag: $0).nativeName, stem: "09STATE61188.\($0)", base: base,
                isCurrent: $0 == current)
        }
    }

    static let pressMoment = PublishingDocumentTests.pressMoment

    static func built(
        _ locale: String, stores: [String], isDraft: Bool = false, audience: Embargo.Audience = .publicRelease,
        now: String = "2009-06-16T14:00:00Z", including parts: [SourcePart] = []
    ) throws -> Publisher.Result {
        try Publisher.build(
            try PublishingDocumentTests.request(
                locale, now: now, audience: audience, isDraft: isDraft, including: parts),
            store: try PublishingDocumentTests.store(with: stores), profile: PublishingDocumentTests.profile)
    }

    static func page(_ result: Publisher.Result, links: [LocalizedPage.LanguageLink] = []) -> LocalizedPage {
        LocalizedPage(document: result.document, labels: result.labels, languageLinks: links)
    }

    static func parsed(_ data: Data) throws -> XMLTree.Element {
        try HTMLDocument.parse(data, path: "page.html")
    }

    @Test func theAlbanianPageIsCompleteAndWellFormed() throws {
        let result = try Self.built("sq", stores: ["sq"])
        let data = try Self.page(result, links: Self.links(current: "sq")).html(path: "09STATE61188.sq.html")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"sq\" dir=\"ltr\">\n"))
        // Well-formed as XML (the DOCTYPE allowed) and as HTML.
        let xml = try XMLTree.parse(data, path: "page", options: XMLTree.ParseOptions(rejectsDoctype: false))
        #expect(xml.root.name == "html")
        let html = try Self.parsed(data)
        #expect(html.attribute("lang") == "sq")
        #expect(html.descendants(named: "meta").first?.attribute("charset") == "UTF-8")
        #expect(
            html.descendants(named: "title").first?.textContent
                == "Raporti për trafikimin me qenie njerëzore 2009: Kosova (NIVELI 2)")
        #expect(
            html.descendants(named: "h1").map(\.textContent)
                == ["Raporti për trafikimin me qenie njerëzore 2009: Kosova (NIVELI 2)"])
        #expect(html.descendants(named: "h2").map(\.textContent) == ["Ndjekja penale", "Mbrojtja", "Parandalimi"])
        #expect(html.descendants(named: "meta").allSatisfy { $0.attribute("name") != "robots" })
        let style = try #require(html.descendants(named: "style").first).textContent
        #expect(style == PageStylesheet.css)
        #expect(style.contains("max-width: 68ch"))
        #expect(style.contains("@media print"))
        let disclaimer = html.descendants(named: "p").filter { $0.attribute("class") == "tipl10n-disclaimer" }
        #expect(
            disclaimer.map(\.textContent)
                == ["Ky është përkthim jozyrtar. Vetëm teksti origjinal në gjuhën angleze është zyrtar."])
        #expect(disclaimer.first?.attribute("lang") == nil)
        // Links to the English original and the other language versions, relative.
        let nav = try #require(html.descendants(named: "nav").first)
        #expect(nav.attribute("aria-labelledby") == "tipl10n-languages-label")
        let anchors = nav.descendants(named: "a")
        #expect(
            anchors.map { $0.attribute("href") ?? "" }
                == ["09STATE61188.en.html", "09STATE61188.sr-Latn.html", "09STATE61188.sr-Cyrl.html"])
        #expect(anchors.map { $0.attribute("lang") ?? "" } == ["en", "sr-Latn", "sr-Cyrl"])
        #expect(anchors.map { $0.attribute("hreflang") ?? "" } == ["en", "sr-Latn", "sr-Cyrl"])
        #expect(anchors.map(\.textContent) == ["English", "srpski (latinica)", "српски (ћирилица)"])
        let current = nav.descendants(named: "span").filter { $0.attribute("aria-current") == "page" }
        #expect(current.map(\.textContent) == ["shqip"])
        #expect(nav.textContent.contains("English (origjinali)"))
        // Every unit's text, in order, and no press guidance by default.
        let body = try #require(html.descendants(named: "main").first).textContent
        var cursor = body.startIndex
        for segment in result.document.segments {
            let found = try #require(body.range(of: segment.text, range: cursor..<body.endIndex), "\(segment.unitID)")
            cursor = found.upperBound
        }
        #expect(html.descendants(named: "dl").isEmpty)
        #expect(html.descendants(named: "mark").isEmpty)
    }

    @Test func thePressGuidanceIsItsOwnHeadedSection() throws {
        let result = try Self.built("sq", stores: ["sq"], now: Self.pressMoment, including: [.press])
        let html = try Self.parsed(try Self.page(result).html(path: "page.html"))
        #expect(
            html.descendants(named: "h2").map(\.textContent)
                == ["Ndjekja penale", "Mbrojtja", "Parandalimi", "Udhëzime për mediat"])
        let section = try #require(
            html.descendants(named: "section").first { $0.attribute("class") == "tipl10n-press-guidance" })
        #expect(section.attribute("aria-labelledby") == "tipl10n-press-guidance-heading")
        let questions = section.descendants(named: "dt")
        #expect(questions.count == 4)
        #expect(questions.allSatisfy { $0.attribute("class") == "tipl10n-question" })
        #expect(
            questions.compactMap { $0.descendants(named: "strong").first?.textContent }
                == ["Pyetje 1:", "Pyetje 2:", "Pyetje 3:", "Pyetje 4:"])
        #expect(section.descendants(named: "dd").first?.descendants(named: "strong").first?.textContent == "Përgjigje:")
        #expect(section.descendants(named: "div").filter { $0.attribute("class") == "tipl10n-qa-pair" }.count == 4)
    }

    @Test func theFragmentIsOneArticleWithTheSameContent() throws {
        let result = try Self.built("sr-Cyrl", stores: ["sr-Latn"])
        let page = Self.page(result, links: Self.links(current: "sr-Cyrl", base: "https://xk.usembassy.gov/tip/"))
        let data = try page.fragment(path: "f.html")
        let xml = try XMLTree.parse(data, path: "f.html").root
        #expect(xml.name == "article")
        #expect(xml.attribute("class") == "tipl10n-report")
        #expect(xml.attribute("lang") == "sr-Cyrl")
        #expect(xml.attribute("dir") == "ltr")
        #expect(xml.descendants(named: "style").isEmpty && xml.descendants(named: "head").isEmpty)
        #expect(
            xml.descendants(named: "a").first?.attribute("href") == "https://xk.usembassy.gov/tip/09STATE61188.en.html")
        // The page's <article> has the same elements, classes and text as the fragment.
        let article = try #require(try Self.parsed(try page.html(path: "p.html")).descendants(named: "article").first)
        #expect(Self.shape(article) == Self.shape(xml))
        #expect(Self.collapsed(article.textContent) == Self.collapsed(xml.textContent))
    }

    /// Each element's name, class and id, depth first.
    static func shape(_ element: XMLTree.Element) -> [String] {
        [element.name + "." + (element.attribute("class") ?? "") + "#" + (element.attribute("id") ?? "")]
            + element.childElements.flatMap(shape)
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func markupInATranslationIsText() throws {
        let hostile = "Kosova <script>alert(\"x\")</script> & \"NIVELI 2\" </style>"
        let labels = PublishingLabels.resolve(
            locale: "sq", profile: try LocaleProfile.load(tag: "sq"), year: 2009,
            disclaimer: "Përkthim <b>jozyrtar</b> & \"i lirë\"")
        let document = LocalizedDocument(
            cableID: "09STATE61188", locale: "sq",
            narrative: [
                .init(
                    kind: .title, sectionID: "narrative", segments: [.init(unitID: "narrative.title", text: hostile)]),
                .init(
                    kind: .paragraph, sectionID: "narrative.intro",
                    segments: [.init(unitID: "narrative.intro.p1.s1", text: hostile)]),
            ])
        let page = LocalizedPage(document: document, labels: labels, languageLinks: Self.links(current: "sq"))
        for data in [try page.html(path: "p.html"), try page.fragment(path: "f.html")] {
            let html = try Self.parsed(data)
            #expect(html.descendants(named: "script").isEmpty)
            #expect(html.descendants(named: "b").isEmpty)
            #expect(html.descendants(named: "p").contains { $0.textContent == hostile })
            #expect(html.descendants(named: "p").contains { $0.textContent == "Përkthim <b>jozyrtar</b> & \"i lirë\"" })
            let text = String(decoding: data, as: UTF8.self)
            #expect(
                text.contains(
                    "Kosova &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;NIVELI 2&quot; &lt;/style&gt;"
                ))
        }
        #expect(page.markdown.contains("Kosova &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp;"))
    }

    @Test func aDraftHasItsBannerTheListAndEveryFailingUnitHighlighted() throws {
        let figures = Diagnostic(
            location: "09STATE61188/sq", unitID: "narrative.protection.p1.s2", severity: .error, check: "figures",
            message: "figure `$158,593` in the source is `158 539 dollarë` in the target")
        let draftResult = try Self.built("sq", stores: ["sq"], isDraft: true)
        var document = draftResult.document
        // The title untranslated, one sentence failing verification.
        document.narrative[0].segments[0] = .init(
            unitID: "narrative.title", text: "Kosovo (TIER 2)", language: "en", isUntranslated: true)
        let missing = Diagnostic(
            location: "09STATE61188/sq", unitID: "narrative.title", severity: .error, check: "untranslated",
            message: "missing translation")
        let page = LocalizedPage(
            document: document, labels: draftResult.labels, languageLinks: Self.links(current: "sq"),
            draft: LocalizedPage.DraftSummary(findings: [missing, figures]))
        #expect(page.draft?.text == "DRAFT — not for publication: 1 unit fails verification, 1 untranslated")
        let data = try page.html(path: "09STATE61188.sq.draft.html")
        let html = try Self.parsed(data)
        #expect(
            html.descendants(named: "meta").contains {
                $0.attribute("name") == "robots" && $0.attribute("content") == "noindex, nofollow"
            })
        let banner = try #require(
            html.descendants(named: "div").first { $0.attribute("class") == "tipl10n-banner tipl10n-draft-banner" })
        #expect(banner.textContent == "DRAFT — not for publication: 1 unit fails verification, 1 untranslated")
        #expect(banner.attribute("lang") == "en")
        // The banner on every printed page: a running head, escaped, and a watermark.
        let styles = html.descendants(named: "style").map(\.textContent)
        #expect(styles.count == 2)
        #expect(styles.last == PageStylesheet.printRunningHead(page.draft?.text ?? ""))
        #expect(styles.last?.contains("DRAFT \\2014  not for publication\\3a  1 unit fails verification") == true)
        #expect(html.descendants(named: "div").contains { $0.attribute("class") == "tipl10n-watermark" })
        // The list at the top links to each highlight, which carries its finding.
        let list = try #require(
            html.descendants(named: "section").first { $0.attribute("class") == "tipl10n-findings" })
        #expect(list.descendants(named: "h2").first?.textContent == "Not ready to publish: 2 units")
        #expect(
            list.descendants(named: "a").map { $0.attribute("href") ?? "" }
                == ["#tipl10n-unit-narrative.title", "#tipl10n-unit-narrative.protection.p1.s2"])
        let marks = html.descendants(named: "mark")
        #expect(
            marks.map { $0.attribute("id") ?? "" } == [
                "tipl10n-unit-narrative.title", "tipl10n-unit-narrative.protection.p1.s2",
            ])
        #expect(
            marks.map { $0.attribute("class") ?? "" } == ["tipl10n-finding tipl10n-untranslated", "tipl10n-finding"])
        // The untranslated title is English: marked on the title's span, which the mark is in.
        let country = html.descendants(named: "span").first { $0.attribute("class") == "tipl10n-country" }
        #expect(country?.attribute("lang") == "en" && country?.attribute("dir") == "ltr")
        #expect(country?.descendants(named: "mark").count == 1)
        #expect(marks.allSatisfy { $0.attribute("lang") == nil })
        let notes = html.descendants(named: "span").filter { $0.attribute("class") == "tipl10n-finding-note" }
        #expect(
            notes.map(\.textContent) == [
                "[1] missing translation", "[2] figure `$158,593` in the source is `158 539 dollarë` in the target",
            ])
        #expect(
            marks.first.map { html.descendants(named: "h1").first?.descendants(named: "mark").contains($0) } == true)
    }

    @Test func draftCountsAreByUnitAndWordedForTheBanner() {
        func finding(_ unit: String, _ check: String) -> Diagnostic {
            Diagnostic(location: "c/sq", unitID: unit, severity: .error, check: check, message: check)
        }
        let cases: [([Diagnostic], String)] = [
            (
                [
                    finding("a", "figures"), finding("a", "links"), finding("b", "figures"), finding("c", "script"),
                    finding("d", "figures"), finding("e", "untranslated"), finding("f", "untranslated"),
                ], "4 units fail verification, 2 untranslated"
            ),
            ([finding("a", "figures")], "1 unit fails verification"),
            (
                [finding("a", "untranslated"), finding("b", "untranslated"), finding("c", "stale")],
                "2 units untranslated, 1 stale"
            ),
            ([finding("a", "stale"), finding("a", "figures")], "1 unit fails verification"),
            ([finding("a", "untranslated"), finding("a", "figures")], "1 unit untranslated"),
            ([], "every unit passes verification"),
        ]
        for (findings, counts) in cases {
            #expect(LocalizedPage.DraftSummary(findings: findings).counts == counts)
        }
    }

    @Test func theHostGovernmentPackageHasTheNonPaperAndTheEmbargo() throws {
        let result = try Self.built(
            "sq", stores: ["sq"], audience: .hostGovernment, now: "2009-06-15T10:00:00Z")
        #expect(result.englishParts == [.nonPaper])
        #expect(!result.document.nonPaper.isEmpty)
        #expect(result.document.nonPaper.allSatisfy { $0.kind == .bullet && $0.language == "en" })
        #expect(result.problems == [])
        let notice = LocalizedPage.EmbargoNotice(
            moment: result.embargo.publicRelease, embargo: result.embargo, labels: result.labels, icuLocale: "sq")
        #expect(notice.english == "Embargoed until 16 June 2009 at 16:00 CEST (Pristina)")
        #expect(notice.localized == .init("Nën embargo deri më 16 qershor 2009 në 16:00 CEST", language: "sq"))
        let page = LocalizedPage(document: result.document, labels: result.labels, embargo: notice)
        let html = try Self.parsed(try page.html(path: "p.html"))
        #expect(html.descendants(named: "nav").isEmpty)
        let banner = try #require(
            html.descendants(named: "div").first { $0.attribute("class") == "tipl10n-banner tipl10n-embargo-banner" })
        #expect(
            banner.textContent
                == "Nën embargo deri më 16 qershor 2009 në 16:00 CEST Embargoed until 16 June 2009 at 16:00 CEST (Pristina)"
        )
        // A locale without its own embargo line (ar, nl) shows the English one, marked as English.
        var englishOnly = notice
        englishOnly.localized = nil
        let fallback = try Self.parsed(
            try LocalizedPage(document: result.document, labels: result.labels, embargo: englishOnly).html(
                path: "e.html"))
        let line = try #require(
            fallback.descendants(named: "div").first {
                $0.attribute("class") == "tipl10n-banner tipl10n-embargo-banner"
            }?
            .descendants(named: "strong").first)
        #expect(line.textContent == "Embargoed until 16 June 2009 at 16:00 CEST (Pristina)")
        #expect(line.attribute("lang") == "en")
        #expect(line.attribute("dir") == "ltr")
        #expect(
            html.descendants(named: "h2").map(\.textContent)
                == ["Ndjekja penale", "Mbrojtja", "Parandalimi", "Dokument joformal (non-paper)"])
        let list = try #require(
            html.descendants(named: "section").first { $0.attribute("class") == "tipl10n-non-paper" }?
                .descendants(named: "ul").first)
        #expect(list.attribute("lang") == "en")
        #expect(list.descendants(named: "li").count == result.document.nonPaper.count)
        #expect(
            list.descendants(named: "li").first?.textContent.hasPrefix("The U.S. Congress, through its passage") == true
        )
        #expect(page.plainText.contains("\n\nDokument joformal (non-paper)\n\n- The U.S. Congress"))
        // Public pages never carry the non-paper.
        let error = try #require(
            throws: PublishingError.self,
            performing: { try Self.built("sq", stores: ["sq"], including: [.nonPaper]) })
        #expect(
            error.description
                == "error: the non-paper goes to the host government only: it is not published on the public page")
    }

    @Test func cyrillicDerivedFromLatinKeepsTheStructure() throws {
        let shape = Self.shape
        let latin = try Self.built("sr-Latn", stores: ["sr-Latn"], now: Self.pressMoment, including: [.press])
        let cyrillic = try Self.built("sr-Cyrl", stores: ["sr-Latn"], now: Self.pressMoment, including: [.press])
        let latinPage = try Self.parsed(try Self.page(latin).html(path: "l"))
        let cyrillicPage = try Self.parsed(try Self.page(cyrillic).html(path: "c"))
        #expect(shape(latinPage) == shape(cyrillicPage))
        #expect(shape(latinPage).count == 54)
        #expect(
            cyrillicPage.descendants(named: "h2").map(\.textContent)
                == ["Кривично гоњење", "Заштита", "Превенција", "Смернице за медије"])
        #expect(
            latinPage.descendants(named: "h2").map(\.textContent)
                == ["Krivično gonjenje", "Zaštita", "Prevencija", "Smernice za medije"])
    }

    @Test func englishLabelsOnAnotherLanguagesPageAreMarkedEnglish() throws {
        let arabic = try LocaleProfile.load(tag: "ar")
        let labels = PublishingLabels.resolve(locale: "ar", profile: arabic, year: 2009)
        #expect(labels.question == .init("س", language: "ar"))
        #expect(labels.pressGuidance == .init("Press guidance", language: "en"))
        #expect(labels.reportTitle == .init("Trafficking in Persons Report 2009", language: "en"))
        let document = LocalizedDocument(
            cableID: "09STATE61188", locale: "ar",
            narrative: [
                .init(
                    kind: .title, sectionID: "narrative", segments: [.init(unitID: "narrative.title", text: "كوسوفو")])
            ],
            press: [
                .init(
                    kind: .question, sectionID: "press.q1", label: .init("س 1:", language: "ar"),
                    segments: [.init(unitID: "press.q1.question.s1", text: "لماذا؟")])
            ])
        let html = try Self.parsed(try LocalizedPage(document: document, labels: labels).html(path: "ar.html"))
        #expect(html.attribute("dir") == "rtl")
        let headings = html.descendants(named: "h2")
        #expect(headings.map { "\($0.attribute("lang") ?? "")/\($0.attribute("dir") ?? "")" } == ["en/ltr"])
        let name = html.descendants(named: "span").first { $0.attribute("class") == "tipl10n-report-name" }
        #expect(name?.attribute("lang") == "en")
        // The disclaimer falls back to English, marked as such.
        #expect(labels.disclaimer?.language == "en")
    }

    @Test func theProjectsDisclaimerReplacesTheProfiles() throws {
        let profile = try LocaleProfile.load(tag: "sq")
        let own = PublishingLabels.resolve(locale: "sq", profile: profile, year: 2009, disclaimer: "Përkthim jozyrtar.")
        #expect(own.disclaimer == .init("Përkthim jozyrtar.", language: "sq"))
        let spanish = PublishingLabels.resolve(locale: "es", profile: try LocaleProfile.load(tag: "es"), year: 2009)
        #expect(
            spanish.disclaimer
                == .init(
                    "This is an unofficial translation. Only the English original is authoritative.", language: "en"))
        #expect(spanish.question == .init("P", language: "es"))
    }

    @Test func theRunningHeadEscapesEverythingButLettersAndDigits() {
        #expect(PageStylesheet.cssEscaped("DRAFT — it's 4") == "DRAFT \\2014  it\\27 s 4")
        #expect(PageStylesheet.cssEscaped("</style><script>") == "\\3c \\2f style\\3e \\3c script\\3e ")
        for forbidden in ["<", ">", "&", "\""] {
            #expect(!PageStylesheet.css.contains(forbidden), "\(forbidden)")
        }
    }
}
