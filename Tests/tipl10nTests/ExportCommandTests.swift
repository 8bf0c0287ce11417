import Foundation
import Testing
import TipL10nTestSupport

/// `tipl10n export`, in process, in a fresh project (or the demo) per test.
@Suite struct ExportCommandTests {
    @Test func exportWritesTheProjectFileAndPrintsPathCountsAndRepairs() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                KosovoOutput.exportLine("sq"), KosovoOutput.exportGlossaryLine("sq"), KosovoOutput.exportCableLine,
            ])
        #expect(run.errorLines == KosovoOutput.exportRepairNotes())
        let written = try FileFixtures.text("xliff/09STATE61188.sq.xlf", in: project)
        #expect(written.contains("target-language=\"sq\""))
        // Written atomically: no temporary file is left beside it.
        #expect(FileFixtures.contents("xliff", in: project) == ["09STATE61188.sq.tbx", "09STATE61188.sq.xlf"])
    }

    @Test func theDemoSaysSoOnceWritesTheFileAndRegistersNothing() throws {
        let folder = try temporaryFolder()
        let run = CommandRunner.run(["export", "--lang", "sq"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                KosovoOutput.exportLine("sq"), KosovoOutput.exportGlossaryLine("sq"), KosovoOutput.exportCableLine,
                "units not registered: there is no project store (run `tipl10n init` to make one)",
            ])
        #expect(
            run.errorLines == [KosovoOutput.demoNote] + KosovoOutput.exportRepairNotes(cablePath: "09STATE61188.txt"))
        #expect(FileFixtures.contents("", in: folder) == ["xliff"])
    }

    @Test func serbianWithoutScriptMeansLatinAndSaysSo() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sr"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first == KosovoOutput.exportLine("sr-Latn"))
        #expect(run.errorLines == [KosovoOutput.serbianNote] + KosovoOutput.exportRepairNotes())
        #expect(
            FileFixtures.contents("xliff", in: project) == ["09STATE61188.sr-Latn.tbx", "09STATE61188.sr-Latn.xlf"])
    }

    @Test func unsupportedLocaleFailsWithOneLineAndWritesNothing() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "xx"], in: project)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == KosovoOutput.unsupportedLocaleError + "\n")
        #expect(!FileFixtures.exists("xliff", in: project))
    }

    @Test func aLocaleTwiceIsRefused() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq,sr-Latn,sq"], in: project)
        #expect(run.status == 1)
        #expect(run.stderr == "error: the locale sq is listed twice\n")
        #expect(!FileFixtures.exists("xliff", in: project))
    }

    @Test func aLocaleOutsideTheProjectIsExportedWithANote() throws {
        let project = try ProjectFixture.make(locales: ["sq"])
        let run = CommandRunner.run(["export", "--lang", "sr-Latn"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first == KosovoOutput.exportLine("sr-Latn"))
        #expect(
            run.errorLines.first == "note: sr-Latn is not a locale of the project (tipl10n.yaml lists sq)")
    }

    @Test func missingCableFailsWithOneLine() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq", "--cable", "nope.txt"], in: project)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "nope.txt: error: no such file\n")
        #expect(!FileFixtures.exists("xliff", in: project))
    }

    @Test func notACableAndNoNarrativeFailWithOneLine() throws {
        let folder = try temporaryFolder()
        try FileFixtures.write("Dear colleague,\nplease find the minutes attached.\n", "memo.txt", in: folder)
        let memo = CommandRunner.run(
            ["export", "--lang", "sq", "--cable", "memo.txt", "--store", "s.sqlite"], in: folder)
        #expect(memo.status == 1)
        #expect(
            memo.errorLines == [
                "memo.txt: error: not a cable: expected a telegram header (a caption such as 'UNCLAS STATE 061188' or "
                    + "an 'FM <sender>' line) in the first 60 lines"
            ])

        let reykjavik = TestPaths.cable("09REYKJAVIK49.txt").path
        let submission = CommandRunner.run(
            ["export", "--lang", "sq", "--cable", reykjavik, "--store", "s.sqlite"], in: folder)
        #expect(submission.status == 1)
        let noNarrative: String =
            "\(reykjavik): error: no TIP Report country narrative: expected a paragraph 'Begin Final Text of "
            + "<country>'s country narrative' with a '<Country> (TIER n)' title line; looked in paragraphs 1–2; "
            + "this looks like an embassy's message to the Department (FM AMEMBASSY REYKJAVIK), not a TIP Report "
            + "rollout cable"
        #expect(submission.errorLines.last == noNarrative)
        #expect(submission.errorLines.count == 1)
        // Bad input leaves no trace: no export, and the store named is not even created.
        #expect(FileFixtures.contents("", in: folder) == ["memo.txt"])
    }

    @Test(arguments: [
        ("09STATE60550.txt", "70 translation units (narrative 51, press 19)"),
        ("09STATE60608.html", "39 translation units (narrative 28, press 11)"),
    ])
    func otherLayoutsExportToTheGivenPathCreatingItsFolder(name: String, counts: String) throws {
        let project = try ProjectFixture.make()
        let output = "out/\(name).xlf"
        let run = CommandRunner.run(
            ["export", "--lang", "sr-Cyrl", "--cable", TestPaths.cable(name).path, "--output", output], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first == "\(output): \(counts), en-US → sr-Cyrl")
        #expect(FileFixtures.contents("out", in: project) == ["\(name).tbx", "\(name).xlf"])
    }

    @Test func anExportHoldingTranslationsIsNotReplacedWithoutForce() throws {
        let project = try ProjectFixture.make()
        let translated = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="09STATE61188" source-language="en-US" target-language="sq" datatype="plaintext"><body>
                <trans-unit id="narrative.title"><source>Kosovo (TIER 2)</source><target>Kosova (NIVELI 2)</target></trans-unit>
              </body></file>
            </xliff>
            """
        let path = try FileFixtures.write(translated, "done.xlf", in: project)
        let refused = CommandRunner.run(["export", "--lang", "sq", "--output", path], in: project)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.stderr
                == "done.xlf: error: the file holds 1 translation that the store does not; not replaced: "
                + "import it first or use --force to overwrite it\n")
        #expect(try FileFixtures.text(path, in: project) == translated)

        let forced = CommandRunner.run(["export", "--lang", "sq", "--output", path, "--force"], in: project)
        #expect(forced.status == 0, "\(forced)")
        #expect(try FileFixtures.text(path, in: project) != translated)
        // Our own untranslated export is replaced without ceremony.
        let again = CommandRunner.run(["export", "--lang", "sq", "--output", path], in: project)
        #expect(again.status == 0, "\(again)")
    }

    @Test(arguments: [[String](), ["--lang", "all"], ["--lang", "sq,sr-Latn"]])
    func theWholeProjectIsOneSummaryLinePerLocaleWithoutConvertedLocales(lang: [String]) throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export"] + lang, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                KosovoOutput.exportLine("sq"), KosovoOutput.exportGlossaryLine("sq"),
                KosovoOutput.exportLine("sr-Latn"),
                KosovoOutput.exportGlossaryLine("sr-Latn"), KosovoOutput.exportCableLine,
            ])
        let skipped =
            "note: sr-Cyrl is made from sr-Latn by script conversion: not exported (name it with --lang sr-Cyrl to "
            + "send it to a translator)"
        #expect(
            run.errorLines == (lang.isEmpty || lang == ["--lang", "all"] ? [skipped] : [])
                + KosovoOutput.exportRepairNotes())
        #expect(
            FileFixtures.contents("xliff", in: project) == [
                "09STATE61188.sq.tbx", "09STATE61188.sq.xlf", "09STATE61188.sr-Latn.tbx", "09STATE61188.sr-Latn.xlf",
            ])
    }

    @Test func aConvertedLocaleNamedIsExported() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sr-Cyrl"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                KosovoOutput.exportLine("sr-Cyrl"), KosovoOutput.exportGlossaryLine("sr-Cyrl"),
                KosovoOutput.exportCableLine,
            ])
    }

    @Test func oneOutputPathForSeveralLocalesIsRefused() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq,sr-Latn", "--output", "out/job.xlf"], in: project)
        #expect(run.status == 64)
        #expect(run.stderr == "Error: --output names one file: give one locale with --lang\n")
        #expect(!FileFixtures.exists("out", in: project))
    }

    @Test func xliff21IsWrittenOnRequest() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq", "--xliff-version", "2.1"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first == KosovoOutput.exportLine("sq"))
        let written = try FileFixtures.text("xliff/09STATE61188.sq.xlf", in: project)
        #expect(written.contains("version=\"2.1\""))
        #expect(written.contains("trgLang=\"sq\""))
    }

    @Test func aBadFuzzyThresholdIsAUsageError() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq", "--fuzzy-threshold", "0"], in: project)
        #expect(run.status == 64)
        #expect(run.errorLines.first == "Error: --fuzzy-threshold must be between 1 and 100, not 0")
        #expect(!FileFixtures.exists("xliff", in: project))
    }

    @Test func copySourceFillsEveryTargetInStateNew() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq", "--copy-source", "--output", "job.xlf"], in: project)
        #expect(run.status == 0, "\(run)")
        let text = try FileFixtures.text("job.xlf", in: project)
        #expect(text.contains("<target xml:lang=\"sq\" state=\"new\">Kosovo (TIER 2)</target>"))
        #expect(text.components(separatedBy: "state=\"new\"").count == 48)
    }

    @Test func includeChoosesTheParts() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq", "--include", "press"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first == "xliff/09STATE61188.sq.xlf: 12 translation units (press 12), en-US → sq")
    }
}
