import Foundation
import Testing
import TipL10nTestSupport

/// `tipl10n tm` and leverage on `tipl10n export`, in process.
@Suite struct TMCommandTests {
    @Test func exportOfTheEditedCableCountsLeverage() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let edited = ["--cable", TestPaths.editedCable.path]
        let export = CommandRunner.run(["export", "--lang", "sq", "--output", "edited.sq.xlf"] + edited, in: project)
        #expect(export.status == 0, "\(export)")
        #expect(
            export.lines.prefix(2) == [
                "edited.sq.xlf: 47 translation units (narrative 35, press 12), en-US → sq, 42 pre-filled with stored "
                    + "translations",
                "  translation memory (47 entries): 3 exact (pre-filled, to review), fuzzy 0 at 95-99%, 1 at 85-94%, "
                    + "0 at 75-84%, 1 new",
            ])
        // The leveraged targets are this export's own: exporting again replaces the file.
        let again = CommandRunner.run(["export", "--lang", "sq", "--output", "edited.sq.xlf"] + edited, in: project)
        #expect(again.status == 0, "\(again)")

        let strict = CommandRunner.run(
            ["export", "--lang", "sq", "--output", "strict.sq.xlf", "--fuzzy-threshold", "90"] + edited, in: project)
        #expect(strict.status == 0, "\(strict)")
        #expect(
            strict.line(1)
                == "  translation memory (47 entries): 3 exact (pre-filled, to review), fuzzy 0 at 95-99%, "
                + "0 at 90-94%, 2 new")
    }

    @Test func theProjectsFuzzyThresholdIsTheDefault() throws {
        let project = try ProjectFixture.make()
        let file = project.appendingPathComponent("tipl10n.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "fuzzyThreshold: 75", with: "fuzzyThreshold: 90").utf8).write(to: file)
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let export = CommandRunner.run(
            ["export", "--lang", "sq", "--output", "edited.sq.xlf", "--cable", TestPaths.editedCable.path], in: project)
        #expect(
            export.line(1)
                == "  translation memory (47 entries): 3 exact (pre-filled, to review), fuzzy 0 at 95-99%, "
                + "0 at 90-94%, 2 new")
    }

    @Test func tmExportThenImportIntoAnotherStore() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.removeItem(at: project.appendingPathComponent(".tipl10n"))
        let missing = CommandRunner.run(["tm", "export", "--lang", "sq"], in: project)
        #expect(missing.status == 1)
        #expect(missing.stderr == ".tipl10n/store.sqlite: error: no translation store: import translations first\n")

        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let export = CommandRunner.run(["tm", "export", "--lang", "sq-AL"], in: project)
        #expect(export.status == 0, "\(export)")
        #expect(export.stdout == "tmx/tipl10n.sq.tmx: 47 translation units (en-US → sq)\n")
        #expect(export.stderr == "note: 'sq-AL' is read as sq: tipl10n has no separate profile for it\n")
        let tmx = try FileFixtures.text("tmx/tipl10n.sq.tmx", in: project)
        #expect(tmx.components(separatedBy: "<tu ").count == 48)

        let other = ["--store", "other/store.sqlite"]
        let imported = CommandRunner.run(["tm", "import", "tmx/tipl10n.sq.tmx"] + other, in: project)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout == "47 translation units read (sq): 47 added, 0 already in the memory, 0 skipped\n")
        let again = CommandRunner.run(["tm", "import", "tmx/tipl10n.sq.tmx"] + other, in: project)
        #expect(again.stdout == "47 translation units read (sq): 0 added, 47 already in the memory, 0 skipped\n")
        let onlySerbian = CommandRunner.run(
            ["tm", "import", "tmx/tipl10n.sq.tmx", "--lang", "sr-Latn"] + other, in: project)
        #expect(onlySerbian.stdout == "47 translation units read: 0 added, 0 already in the memory, 47 skipped\n")

        let reexport = CommandRunner.run(
            ["tm", "export", "--lang", "sq", "--output", "exchange/2009/again.tmx"] + other, in: project)
        #expect(reexport.status == 0, "\(reexport)")
        #expect(reexport.stdout == "exchange/2009/again.tmx: 47 translation units (en-US → sq)\n")
        let second = try FileFixtures.text("exchange/2009/again.tmx", in: project)
        // Same units and segments; only the header's creation date may differ.
        func body(_ text: String) -> Substring { text[(text.range(of: "<body>")?.lowerBound ?? text.startIndex)...] }
        #expect(body(second) == body(tmx))
    }

    @Test func everyProjectLocaleIsOneLine() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sr-Latn", into: project).status == 0)
        let run = CommandRunner.run(["tm", "export"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                "tmx/tipl10n.sq.tmx: 0 translation units (en-US → sq)",
                "tmx/tipl10n.sr-Latn.tmx: 47 translation units (en-US → sr-Latn)",
                "tmx/tipl10n.sr-Cyrl.tmx: 0 translation units (en-US → sr-Cyrl)",
            ])
        let output = CommandRunner.run(["tm", "export", "--output", "all.tmx"], in: project)
        #expect(output.status == 64)
        #expect(output.errorLines.first == "Error: --output names one file: give one locale with --lang")
        #expect(!FileFixtures.exists("all.tmx", in: project))
    }

    @Test func outsideAProjectTheMemoryNeedsAStore() throws {
        let folder = try temporaryFolder()
        let run = CommandRunner.run(["tm", "export", "--lang", "sq"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.errorLines == [
                "error: no tipl10n project here or in any parent folder, so there is no translation store to export "
                    + "from: make a project with `tipl10n init`, or name a store with --store"
            ])
        #expect(FileFixtures.contents("", in: folder) == [])

        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let tmx = project.appendingPathComponent("reference.tmx").path
        #expect(CommandRunner.run(["tm", "export", "--lang", "sq", "--output", tmx], in: project).status == 0)
        let imported = CommandRunner.run(["tm", "import", tmx], in: folder)
        #expect(imported.status == 1)
        #expect(
            imported.errorLines == [
                "error: no tipl10n project here or in any parent folder, so there is no translation store to write "
                    + "to: make a project with `tipl10n init`, or name a store with --store"
            ])
        #expect(FileFixtures.contents("", in: folder) == [])
    }
}
