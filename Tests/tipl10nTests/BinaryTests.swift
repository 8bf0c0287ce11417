import Foundation
import Testing
import TipL10nKit
import TipL10nTestSupport

/// The few end-to-end runs of the built `tipl10n` binary: what only a real process shows
/// (exit codes from `main`, the standard streams, standard input). Everything else is tested in
/// process.
@Suite struct BinaryTests {
    @Test func theBinaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: BinaryRunner.executable.path), "built tool not found")
    }

    @Test func exportFromAFreshFolderWorksOnTheDemo() throws {
        let folder = try temporaryFolder()
        let run = try BinaryRunner.run(["export", "--lang", "sq"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                KosovoOutput.exportLine("sq"), KosovoOutput.exportGlossaryLine("sq"), KosovoOutput.exportCableLine,
                "units not registered: there is no project store (run `tipl10n init` to make one)",
            ])
        #expect(
            run.errorLines == [KosovoOutput.demoNote] + KosovoOutput.exportRepairNotes(cablePath: "09STATE61188.txt"))
        let written = try FileFixtures.text("xliff/09STATE61188.sq.xlf", in: folder)
        #expect(written.contains("target-language=\"sq\""))
        #expect(FileFixtures.contents("", in: folder) == ["xliff"])
        #expect(FileFixtures.contents("xliff", in: folder) == ["09STATE61188.sq.tbx", "09STATE61188.sq.xlf"])
    }

    @Test func usageErrorsExitWith64() throws {
        let folder = try temporaryFolder()
        let unknown = try BinaryRunner.run(["exprot", "--lang", "sq"], in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stdout == "")
        #expect(
            unknown.stderr
                == "Error: unknown command 'exprot': did you mean 'export'?\nUsage: tipl10n <subcommand>\n"
                + "  See 'tipl10n --help'.\n")
        let noZone = try BinaryRunner.run(["export", "--now", "2009-06-16T14:00:00"], in: folder)
        #expect(noZone.status == 64)
        #expect(
            noZone.errorLines.first
                == "Error: The value '2009-06-16T14:00:00' is invalid for '--now <instant>': '2009-06-16T14:00:00' "
                + "has no time zone: add one, e.g. 2009-06-16T14:00:00Z (UTC) or 2009-06-16T14:00:00+02:00 "
                + "(the post's)")
        let both = try BinaryRunner.run(["segment", "--text", "a.txt", "--cable", "b.txt"], in: folder)
        #expect(both.status == 64)
        #expect(FileFixtures.contents("", in: folder) == [])
    }

    @Test func dataErrorsExitWith1() throws {
        let folder = try temporaryFolder()
        let run = try BinaryRunner.run(["export", "--lang", "xx"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == KosovoOutput.unsupportedLocaleError + "\n")
        let refused = try BinaryRunner.run(
            ["verify", TestPaths.xliffSamples.appendingPathComponent("invalid/okapi_empty.html_test.xlf").path],
            in: folder)
        #expect(refused.status == 1)
        #expect(refused.lines.last?.hasPrefix("0 units checked: 1 error,") == true)
        #expect(FileFixtures.contents("", in: folder) == [])
    }

    @Test func standardInputIsReadForADash() throws {
        let folder = try temporaryFolder()
        let piped = try BinaryRunner.run(["segment", "--text", "-"], in: folder, stdin: "One. Two.")
        #expect(piped.status == 0, "\(piped)")
        #expect(piped.stdout == "p1.s1\tOne.\np1.s2\tTwo.\n")

        let project = try ProjectFixture.make()
        let reference = try ReferenceXLIFF.text("sq")
        let hash = TranslationUnit.sha256Hex(Data(reference.utf8)).prefix(12)
        let imported = try BinaryRunner.run(["import", "-"], in: project, stdin: reference)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stderr == "")
        #expect(
            imported.lines == [
                "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty",
                "imported 47 translations from <stdin> (sha256 \(hash)…)",
                "verification: 47 units checked: 0 errors, 0 warnings",
            ])
        #expect(try ProjectFixture.storedTranslations("sq", in: project)?.count == 47)
    }

    @Test func versionIsPrinted() throws {
        let run = try BinaryRunner.run(["--version"], in: try temporaryFolder())
        #expect(run.status == 0)
        #expect(run.stdout == TipL10nVersion.current + "\n")
        #expect(run.stderr == "")
    }
}
