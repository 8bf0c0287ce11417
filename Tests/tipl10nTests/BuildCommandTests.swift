import Foundation
import Testing
import TipL10nXML

@testable import TipL10nCLI

/// `tipl10n build` run as the built binary, in a fresh project folder per test.
@Suite(.serialized) struct BuildCommandTests {
    static func importReference(_ tag: String, in folder: URL) throws {
        let path = repositoryRoot.appendingPathComponent("xliff/09STATE61188.\(tag).done.xlf").path
        let imported = try ToolRun.run(["import", path], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    @Test func albanianIsWrittenFromTenEDTAndRefusedASecondBefore() throws {
        let folder = try temporaryFolder()
        try Self.importReference("sq", in: folder)
        let early = try ToolRun.run(["build", "--lang", "sq", "--now", "2009-06-16T13:59:59Z"], in: folder)
        #expect(early.status == 1)
        #expect(
            early.stderr
                == "error: embargo: the narrative may not go to the public before 2009-06-16 16:00 CEST in Pristina, "
                + "2009-06-16 10:00 EDT in Washington (2009-06-16T14:00:00Z); it is 2009-06-16T13:59:59Z, "
                + "1 second early\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("publish").path))

        let run = try ToolRun.run(["build", "--lang", "sq", "--now", "2009-06-16T14:00:00Z"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote publish/09STATE61188.sq.html\n")
        let data = try Data(contentsOf: folder.appendingPathComponent("publish/09STATE61188.sq.html"))
        let page = try HTMLDocument.parse(data, path: "page")
        #expect(page.attribute("lang") == "sq")
        #expect(page.descendants(named: "h1").first?.textContent == "Kosova (NIVELI 2)")
    }

    @Test func hostGovernmentFromNoonInPristina() throws {
        let folder = try temporaryFolder()
        try Self.importReference("sq", in: folder)
        let early = try ToolRun.run(
            ["build", "--lang", "sq", "--for", "host-government", "--now", "2009-06-15T09:59:59Z"], in: folder)
        #expect(early.status == 1)
        #expect(early.stderr.hasPrefix("error: embargo: the narrative may not go to the host government before "))
        let run = try ToolRun.run(
            ["build", "--lang", "sq", "--for", "host-government", "--now", "2009-06-15T10:00:00Z", "--format", "md"],
            in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote publish/09STATE61188.sq.md\n")
    }

    @Test func cyrillicIsDerivedFromLatinAndSaysSo() throws {
        let folder = try temporaryFolder()
        try Self.importReference("sr-Latn", in: folder)
        let run = try ToolRun.run(
            ["build", "--lang", "sr-Cyrl", "--now", "2009-06-16T14:00:00Z", "--output", "out", "--format", "txt"],
            in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "note: no sr-Cyrl translations are stored: the text is converted from sr-Latn\n")
        let text = try String(
            contentsOf: folder.appendingPathComponent("out/09STATE61188.sr-Cyrl.txt"), encoding: .utf8)
        #expect(text.hasPrefix("Косово (НИВО 2)\n\n"))
    }

    @Test func missingTranslationsAreListedAndADraftIsWritten() throws {
        let folder = try temporaryFolder()
        let refused = try ToolRun.run(["build", "--lang", "sq", "--now", "2009-06-16T14:00:00Z"], in: folder)
        #expect(refused.status == 1)
        let lines = refused.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 48)
        #expect(lines.first == "09STATE61188/sq:narrative.title: error: missing translation")
        #expect(
            lines.last
                == "error: cannot build 09STATE61188 in sq: 47 units are missing, stale or failing verification "
                + "(build with --draft to mark them)")
        let draft = try ToolRun.run(["build", "--lang", "sq", "--now", "2009-06-16T14:00:00Z", "--draft"], in: folder)
        #expect(draft.status == 0)
        #expect(draft.stdout == "wrote publish/09STATE61188.sq.html (draft: 47 units marked)\n")
    }

    @Test func englishAndABadMoment() throws {
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["build", "--lang", "en", "--now", "2009-06-16T14:00:00Z"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote publish/09STATE61188.en.html\n")
        let bad = try ToolRun.run(["build", "--lang", "en", "--now", "June 16"], in: folder)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--now must be an ISO 8601 moment such as 2009-06-16T14:00:00Z, not 'June 16'"))
    }
}
