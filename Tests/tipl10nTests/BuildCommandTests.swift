import Foundation
import Testing
import TipL10nTestSupport
import TipL10nXML

/// `tipl10n build`, in process, in a fresh project per test.
@Suite struct BuildCommandTests {
    static let publicRelease = ["--now", "2009-06-16T14:00:00Z"]

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
        #expect(run.stderr == "")
        let data = try Data(contentsOf: project.appendingPathComponent("publish/09STATE61188.sq.html"))
        let page = try HTMLDocument.parse(data, path: "page")
        #expect(page.attribute("lang") == "sq")
        #expect(page.descendants(named: "h1").first?.textContent == "Kosova (NIVELI 2)")
    }

    @Test func hostGovernmentFromNoonInPristina() throws {
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
            ["build", "--lang", "sq", "--for", "host-government", "--now", "2009-06-15T10:00:00Z", "--format", "md"],
            in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "wrote publish/09STATE61188.sq.md\n")
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
        #expect(text.hasPrefix("Косово (НИВО 2)\n\n"))
    }

    @Test func missingTranslationsAreListedWithTheRefusalLastAndADraftIsWritten() throws {
        let project = try ProjectFixture.make()
        let refused = CommandRunner.run(["build", "--lang", "sq"] + Self.publicRelease, in: project)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        let lines = refused.errorLines
        #expect(lines.count == 48)
        #expect(lines.first == "09STATE61188/sq:narrative.title: error: missing translation")
        #expect(
            lines.last
                == "error: cannot build 09STATE61188 in sq: 47 units are missing, stale or failing verification: "
                + "build with --draft to mark them")
        #expect(!FileFixtures.exists("publish", in: project))

        let draft = CommandRunner.run(["build", "--lang", "sq", "--draft"] + Self.publicRelease, in: project)
        #expect(draft.status == 0)
        #expect(draft.stdout == "wrote publish/09STATE61188.sq.html (draft: 47 units marked)\n")
        #expect(draft.errorLines.count == 47)
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
                == "error: cannot build 09STATE61188 in sq: 47 units are missing, stale or failing verification: "
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
    }
}
