import Foundation
import Testing
import TipL10nTestSupport
import TipL10nXML

/// `tipl10n build`, in process, in a fresh project per test.
@Suite struct BuildCommandTests {
    static let publicRelease = ["--now", "2009-06-16T14:00:00Z"]
    /// When the press guidance may go public: 10:30 am EDT (the cable's para 7).
    static let pressMoment = ["--now", "2009-06-16T14:30:00Z"]
    static let hostGovernment = ["--now", "2009-06-15T10:00:00Z"]

    /// The note `build` gives when the language links point to pages not in the folder.
    static func missingLinks(_ tags: [String], folder: String = "publish", fileExtension: String = "html") -> String {
        "note: the language links point to "
            + tags.map { "\(folder)/09STATE61188.\($0).\(fileExtension)" }.joined(separator: ", ") + ", not built yet\n"
    }

    /// A copy of the Albanian reference with two figures changed (158 593 → 158 539 and
    /// 64 786 → 64 768) and two units left untranslated (state new, target empty).
    static func figureErrors(in project: URL) throws -> String {
        try ReferenceXLIFF.mutated(
            [
                ("158\u{00A0}593 dollarë", "158\u{00A0}539 dollarë"),
                ("64\u{00A0}786 dollarë", "64\u{00A0}768 dollarë"),
                (
                    "<target xml:lang=\"sq\" state=\"translated\">Ndjekja penale</target>",
                    "<target xml:lang=\"sq\" state=\"new\"></target>"
                ),
                (
                    "<target xml:lang=\"sq\" state=\"translated\">Kosova (NIVELI 2)</target>",
                    "<target xml:lang=\"sq\" state=\"new\"></target>"
                ),
            ], "figures.xlf", in: project)
    }

    static func page(_ path: String, in project: URL) throws -> XMLTree.Element {
        try HTMLDocument.parse(try Data(contentsOf: project.appendingPathComponent(path)), path: path)
    }

    @Test func albanianIsWrittenFromTenEDTAndRefusedASecondBefore() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let early = CommandRunner.run(["build", "--lang", "sq", "--now", "2009-06-16T13:59:59Z"], in: project)
        #expect(early.status == 1)
        #expect(early.stdout == "")
        #expect(
            early.stderr
                == "error: embargo: the narrative may not go to the public before 2009-06-16 16:00 CEST in Pristina, "
                + "2009-06-16 10:00 EDT in Washington (2009-06-16T14:00:00Z); it is 2009-06-16T13:59:59Z, "
                + "1 second early\n")
        #expect(!FileFixtures.exists("publish", in: project))

        let run = CommandRunner.run(["build", "--lang", "sq"] + Self.publicRelease, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "wrote publish/09STATE61188.sq.html\n")
        #expect(run.stderr == Self.missingLinks(["en", "sr-Latn", "sr-Cyrl"]))
        let page = try Self.page("publish/09STATE61188.sq.html", in: project)
        #expect(page.attribute("lang") == "sq")
        #expect(
            page.descendants(named: "h1").first?.textContent
                == "Raporti për trafikimin me qenie njerëzore 2009: Kosova (NIVELI 2)")
        #expect(page.descendants(named: "h2").map(\.textContent) == ["Ndjekja penale", "Mbrojtja", "Parandalimi"])
    }

    @Test func thePressGuidanceIsAddedOnRequestOrByTheProject() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let run = CommandRunner.run(
            ["build", "--lang", "sq", "--include", "press", "--format", "md"] + Self.pressMoment, in: project)
        #expect(run.status == 0, "\(run)")
        let markdown = try FileFixtures.text("publish/09STATE61188.sq.md", in: project)
        #expect(markdown.contains("\n\n## Parandalimi\n\n"))
        #expect(markdown.contains("\n\n## Udhëzime për mediat\n\n**Pyetje 1:** "))

        try FileFixtures.replace("  include: []", with: "  include: [press]", in: "tipl10n.yaml", of: project)
        // At 10:00 EDT the narrative may go out, the press guidance only at 10:30 (para 7).
        let early = CommandRunner.run(["build", "--lang", "sq"] + Self.publicRelease, in: project)
        #expect(early.status == 1)
        #expect(
            early.stderr
                == "error: embargo: the press guidance may not go to the public before 2009-06-16 16:30 CEST in "
                + "Pristina, 2009-06-16 10:30 EDT in Washington (2009-06-16T14:30:00Z), when the cable lets a local press "
                + "statement out; it is 2009-06-16T14:00:00Z, 30 minutes early (build without it until then)\n")
        #expect(CommandRunner.run(["build", "--lang", "sq"] + Self.pressMoment, in: project).status == 0)
        let page = try Self.page("publish/09STATE61188.sq.html", in: project)
        #expect(page.descendants(named: "h2").last?.textContent == "Udhëzime për mediat")

        let nonPaper = CommandRunner.run(
            ["build", "--lang", "sq", "--include", "nonpaper"] + Self.publicRelease, in: project)
        #expect(nonPaper.status == 1)
        #expect(
            nonPaper.stderr
                == "error: the non-paper goes to the host government only: it is not published on the public page\n")
        let unknown = CommandRunner.run(
            ["build", "--lang", "sq", "--include", "faq"] + Self.publicRelease, in: project)
        #expect(unknown.status == 64)
        #expect(unknown.errorLines.first == "Error: unknown part 'faq' for --include: expected press")
        let noFolder = CommandRunner.run(["build", "--lang", "sq", "--output", ""] + Self.publicRelease, in: project)
        #expect(noFolder.status == 64)
        #expect(noFolder.errorLines.first == "Error: --output needs a folder (use . for the current one)")
    }

    @Test func theFragmentIsOneArticle() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let run = CommandRunner.run(
            ["build", "--lang", "sq", "--format", "fragment"] + Self.publicRelease, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "wrote publish/09STATE61188.sq.fragment.html\n")
        let data = try Data(contentsOf: project.appendingPathComponent("publish/09STATE61188.sq.fragment.html"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(
            text.hasPrefix("<article class=\"tipl10n-report\" lang=\"sq\" dir=\"ltr\" data-cable=\"09STATE61188\">\n"))
        #expect(text.hasSuffix("</article>\n"))
        let article = try XMLTree.parse(data, path: "fragment").root
        #expect(article.name == "article")
        #expect(text.components(separatedBy: "<article").count == 2)
        #expect(!text.contains("<html") && !text.contains("<head>") && !text.contains("<style"))
        #expect(article.descendants(named: "h1").count == 1)
    }

    @Test func cyrillicAndEnglishLinkToEachOther() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sr-Latn", into: project).status == 0)
        let run = CommandRunner.run(["build", "--lang", "en,sr-Cyrl"] + Self.publicRelease, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines == ["wrote publish/09STATE61188.en.html", "wrote publish/09STATE61188.sr-Cyrl.html"])
        let english = try Self.page("publish/09STATE61188.en.html", in: project)
        let cyrillic = try Self.page("publish/09STATE61188.sr-Cyrl.html", in: project)
        func links(_ page: XMLTree.Element) -> [String: String] {
            Dictionary(
                uniqueKeysWithValues: page.descendants(named: "a").compactMap { anchor in
                    anchor.attribute("hreflang").map { ($0, anchor.attribute("href") ?? "") }
                })
        }
        #expect(links(english)["sr-Cyrl"] == "09STATE61188.sr-Cyrl.html")
        #expect(links(cyrillic)["en"] == "09STATE61188.en.html")
        #expect(english.attribute("lang") == "en")
        #expect(english.descendants(named: "p").allSatisfy { $0.attribute("class") != "tipl10n-disclaimer" })
        #expect(
            english.descendants(named: "h1").first?.textContent == "Trafficking in Persons Report 2009: Kosovo (TIER 2)"
        )
        #expect(
            cyrillic.descendants(named: "p").first { $0.attribute("class") == "tipl10n-disclaimer" }?.textContent
                == "Ово је незваничан превод. Меродаван је само оригинални текст на енглеском језику.")
        // sq and sr-Latn are linked but not built: said once.
        #expect(
            run.stderr
                == "note: no sr-Cyrl translations are stored: the text is converted from sr-Latn\n"
                + Self.missingLinks(["sq", "sr-Latn"]))
    }

    @Test func theProjectsDisclaimerAndLinksBase() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sr-Latn", into: project).status == 0)
        try FileFixtures.replace(
            "  disclaimer: {}", with: "  disclaimer:\n    sr-Latn: \"Nezvaničan prevod ambasade.\"", in: "tipl10n.yaml",
            of: project)
        try FileFixtures.replace(
            "  linksBase: null", with: "  linksBase: \"https://xk.usembassy.gov/tip/\"", in: "tipl10n.yaml",
            of: project)
        let run = CommandRunner.run(["build", "--lang", "sr-Cyrl"] + Self.publicRelease, in: project)
        #expect(run.status == 0, "\(run)")
        // No note about missing pages: the links are absolute.
        #expect(run.stderr == "note: no sr-Cyrl translations are stored: the text is converted from sr-Latn\n")
        let page = try Self.page("publish/09STATE61188.sr-Cyrl.html", in: project)
        // The sr-Latn wording, converted to Cyrillic.
        #expect(
            page.descendants(named: "p").first { $0.attribute("class") == "tipl10n-disclaimer" }?.textContent
                == "Незваничан превод амбасаде.")
        #expect(
            page.descendants(named: "a").first?.attribute("href") == "https://xk.usembassy.gov/tip/09STATE61188.en.html"
        )
    }

    @Test func aDraftWithFigureErrorsIsMarkedAndTheFinalBuildRefusesNamingThem() throws {
        let project = try ProjectFixture.make()
        let file = try Self.figureErrors(in: project)
        let imported = CommandRunner.run(["import", file], in: project)
        #expect(
            imported.lines.first == "sq: 45 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 2 empty", "\(imported)")

        let refused = CommandRunner.run(["build", "--lang", "sq"] + Self.publicRelease, in: project)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.errorLines == [
                "09STATE61188/sq:narrative.title: error: missing translation",
                "09STATE61188/sq:narrative.prosecution.heading: error: missing translation",
                "09STATE61188/sq:narrative.protection.p1.s2: error: figure `$158,593` in the source is "
                    + "`158\u{00A0}539 dollarë` in the target (sq reads 158\u{00A0}539 as 158539)",
                "09STATE61188/sq:narrative.protection.p1.s3: error: figure `$64,786` in the source is "
                    + "`64\u{00A0}768 dollarë` in the target (sq reads 64\u{00A0}768 as 64768)",
                "error: cannot build 09STATE61188 in sq: 4 units are missing, stale or failing verification: "
                    + "build with --draft to mark them",
            ])
        #expect(!FileFixtures.exists("publish", in: project))

        let draft = CommandRunner.run(["build", "--lang", "sq", "--draft"] + Self.publicRelease, in: project)
        #expect(draft.status == 0, "\(draft)")
        #expect(
            draft.stdout
                == "wrote publish/09STATE61188.sq.draft.html (DRAFT — not for publication: 2 units fail verification, "
                + "2 untranslated)\n")
        #expect(draft.errorLines.count == 4)
        #expect(draft.errorLines.first == "09STATE61188/sq:narrative.title: warning: missing translation")
        #expect(FileFixtures.contents("publish", in: project) == ["09STATE61188.sq.draft.html"])
        let page = try Self.page("publish/09STATE61188.sq.draft.html", in: project)
        let banner = page.descendants(named: "div").first {
            $0.attribute("class") == "tipl10n-banner tipl10n-draft-banner"
        }
        #expect(banner?.textContent == "DRAFT — not for publication: 2 units fail verification, 2 untranslated")
        #expect(
            page.descendants(named: "mark").map { $0.attribute("data-unit") ?? "" } == [
                "narrative.title", "narrative.prosecution.heading", "narrative.protection.p1.s2",
                "narrative.protection.p1.s3",
            ])
    }

    @Test func theHostGovernmentPackageGoesToItsOwnFolderWithTheNonPaper() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let early = CommandRunner.run(
            ["build", "--lang", "sq", "--for", "host-government", "--now", "2009-06-15T09:59:59Z"], in: project)
        #expect(early.status == 1)
        #expect(
            early.stderr
                == "error: embargo: the narrative may not go to the host government before 2009-06-15 12:00 CEST in "
                + "Pristina, 2009-06-15 06:00 EDT in Washington (2009-06-15T10:00:00Z); it is 2009-06-15T09:59:59Z, "
                + "1 second early\n")
        let run = CommandRunner.run(
            ["build", "--lang", "sq", "--for", "host-government"] + Self.hostGovernment, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "wrote host-government/09STATE61188.sq.host-government.html\n")
        #expect(
            run.stderr
                == "note: the non-paper is not among the parts the project translates (cable.parts): it is published "
                + "in English\n")
        // Never the public file, never the public folder.
        #expect(!FileFixtures.exists("publish", in: project))
        let page = try Self.page("host-government/09STATE61188.sq.host-government.html", in: project)
        #expect(page.textContent.contains("Embargoed until 16 June 2009 at 16:00 CEST (Pristina)"))
        #expect(page.descendants(named: "h2").last?.textContent == "Dokument joformal (non-paper)")
        #expect(page.descendants(named: "nav").isEmpty)

        let intoPublic = CommandRunner.run(
            ["build", "--lang", "sq", "--for", "host-government", "--output", "publish/hg"] + Self.hostGovernment,
            in: project)
        #expect(intoPublic.status == 1)
        #expect(
            intoPublic.stderr
                == "error: the host-government package may not be written into the public folder publish: it is "
                + "embargoed until the public release\n")
        #expect(!FileFixtures.exists("publish", in: project))
    }

    @Test func cyrillicIsDerivedFromLatinAndSaysSoIntoAFolderItCreates() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sr-Latn", into: project).status == 0)
        let run = CommandRunner.run(
            ["build", "--lang", "sr-Cyrl", "--output", "out/pages", "--format", "txt"] + Self.publicRelease,
            in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "wrote out/pages/09STATE61188.sr-Cyrl.txt\n")
        #expect(run.stderr == "note: no sr-Cyrl translations are stored: the text is converted from sr-Latn\n")
        let text = try FileFixtures.text("out/pages/09STATE61188.sr-Cyrl.txt", in: project)
        #expect(text.hasPrefix("Извештај о трговини људима за 2009. годину: Косово (НИВО 2)\n\n"))
    }

    @Test func missingTranslationsAreListedWithTheRefusalLastAndADraftIsWritten() throws {
        let project = try ProjectFixture.make()
        let refused = CommandRunner.run(["build", "--lang", "sq"] + Self.publicRelease, in: project)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        let lines = refused.errorLines
        #expect(lines.count == 36)
        #expect(lines.first == "09STATE61188/sq:narrative.title: error: missing translation")
        #expect(
            lines.last
                == "error: cannot build 09STATE61188 in sq: 35 units are missing, stale or failing verification: "
                + "build with --draft to mark them")
        #expect(!FileFixtures.exists("publish", in: project))

        let draft = CommandRunner.run(["build", "--lang", "sq", "--draft"] + Self.publicRelease, in: project)
        #expect(draft.status == 0)
        #expect(
            draft.stdout
                == "wrote publish/09STATE61188.sq.draft.html (DRAFT — not for publication: 35 units untranslated)\n")
        #expect(draft.errorLines.count == 35)
        #expect(draft.errorLines.first == "09STATE61188/sq:narrative.title: warning: missing translation")
    }

    @Test func englishAndABadMoment() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["build", "--lang", "en"] + Self.publicRelease, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "wrote publish/09STATE61188.en.html\n")
        let bad = CommandRunner.run(["build", "--lang", "en", "--now", "June 16"], in: project)
        #expect(bad.status == 64)
        #expect(
            bad.errorLines.first
                == "Error: The value 'June 16' is invalid for '--now <instant>': 'June 16' is not an ISO 8601 moment "
                + "such as 2009-06-16T14:00:00Z")
    }

    @Test func aListOfLocalesWritesOnePagePerLocaleInOrder() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sr-Latn", into: project).status == 0)
        let run = CommandRunner.run(
            ["build", "--lang", "sr-Latn,sr-Cyrl,en", "--format", "txt"] + Self.publicRelease, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                "wrote publish/09STATE61188.en.txt", "wrote publish/09STATE61188.sr-Latn.txt",
                "wrote publish/09STATE61188.sr-Cyrl.txt",
            ])
        #expect(run.stderr == "note: no sr-Cyrl translations are stored: the text is converted from sr-Latn\n")
    }

    @Test func allLocalesAreWrittenOrNone() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sr-Latn", into: project).status == 0)
        // sq has no translations: nothing is written, not even the complete Serbian pages.
        let refused = CommandRunner.run(["build", "--lang", "all"] + Self.publicRelease, in: project)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.errorLines.last
                == "error: cannot build 09STATE61188 in sq: 35 units are missing, stale or failing verification: "
                + "build with --draft to mark them")
        #expect(!FileFixtures.exists("publish", in: project))

        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let run = CommandRunner.run(["build"] + Self.publicRelease, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                "wrote publish/09STATE61188.sq.html", "wrote publish/09STATE61188.sr-Latn.html",
                "wrote publish/09STATE61188.sr-Cyrl.html",
            ])
        #expect(
            FileFixtures.contents("publish", in: project) == [
                "09STATE61188.sq.html", "09STATE61188.sr-Cyrl.html", "09STATE61188.sr-Latn.html",
            ])
        #expect(run.stderr.hasSuffix(Self.missingLinks(["en"])))
    }

    @Test func theFinalBuildRemovesTheDraftItSupersedes() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let draft = CommandRunner.run(["build", "--lang", "sq", "--draft"] + Self.publicRelease, in: project)
        #expect(draft.status == 0, "\(draft)")
        #expect(FileFixtures.contents("publish", in: project) == ["09STATE61188.sq.draft.html"])
        let final = CommandRunner.run(["build", "--lang", "sq"] + Self.publicRelease, in: project)
        #expect(final.status == 0, "\(final)")
        #expect(final.stdout == "wrote publish/09STATE61188.sq.html\n")
        #expect(
            final.errorLines.first
                == "note: removed publish/09STATE61188.sq.draft.html: the draft of the page now built")
        #expect(FileFixtures.contents("publish", in: project) == ["09STATE61188.sq.html"])
    }

    @Test func withoutAStoreTheBuildSaysSoNotThatEveryUnitIsMissing() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.removeItem(at: project.appendingPathComponent(".tipl10n/store.sqlite"))
        let run = CommandRunner.run(["build", "--lang", "sq", "--draft"] + Self.publicRelease, in: project)
        #expect(run.status == 1)
        #expect(
            run.errorLines == [
                ".tipl10n/store.sqlite: error: no translation store yet: import a completed XLIFF file first "
                    + "(the English original, --lang en, builds without one)"
            ])
        #expect(!FileFixtures.exists("publish", in: project))
        #expect(CommandRunner.run(["build", "--lang", "en"] + Self.publicRelease, in: project).status == 0)
    }

    @Test func noPageIsWrittenWhenOneCannotBe() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sr-Latn", into: project).status == 0)
        try FileManager.default.createDirectory(
            at: project.appendingPathComponent("publish/09STATE61188.sr-Cyrl.html"), withIntermediateDirectories: true)
        let run = CommandRunner.run(["build", "--lang", "sr-Latn,sr-Cyrl"] + Self.publicRelease, in: project)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.errorLines.last == "publish/09STATE61188.sr-Cyrl.html: error: is a directory, not a file")
        #expect(FileFixtures.contents("publish", in: project) == ["09STATE61188.sr-Cyrl.html"])
    }
}
