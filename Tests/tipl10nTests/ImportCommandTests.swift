import Foundation
import Testing
import TipL10nKit
import TipL10nTestSupport

/// `tipl10n import`, in process, in a fresh project per test.
@Suite struct ImportCommandTests {
    static let reference = TestPaths.reference("sq").path

    /// `(sha256 d4a4d7aaab55…)` of a file.
    static func shortHash(_ path: String) throws -> String {
        String(TranslationUnit.sha256Hex(try Data(contentsOf: URL(fileURLWithPath: path))).prefix(12))
    }

    @Test func importsTheReferenceThenNothingChangesThenExportPrefills() throws {
        let project = try ProjectFixture.make()
        let first = CommandRunner.run(["import", Self.reference], in: project)
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr == "")
        #expect(
            first.lines == [
                "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty",
                "imported 47 translations from \(Self.reference) (sha256 \(try Self.shortHash(Self.reference))…)",
                // Import runs the checks of `tipl10n verify` on what it imported (Docs/Verification.md).
                "verification: 47 units checked: 0 errors, 0 warnings",
            ])
        #expect(try ProjectFixture.storedTranslations("sq", in: project)?.count == 47)

        let again = CommandRunner.run(["import", Self.reference], in: project)
        #expect(again.status == 0)
        #expect(
            again.stdout
                == "sq: 0 new, 0 updated, 47 unchanged, 0 stale, 0 unknown, 0 empty\n"
                + "nothing changed: the store already holds these translations\n"
                + "verification: 47 units checked: 0 errors, 0 warnings\n")

        let export = CommandRunner.run(["export", "--lang", "sq"], in: project)
        #expect(export.status == 0, "\(export)")
        #expect(
            export.lines.prefix(2) == [
                KosovoOutput.exportLine("sq") + ", 47 pre-filled with stored translations",
                "  translation memory (47 entries): 0 exact (pre-filled, to review), fuzzy 0 at 95-99%, 0 at 85-94%, "
                    + "0 at 75-84%, 0 new",
            ])
        let exported = try FileFixtures.text("xliff/09STATE61188.sq.xlf", in: project)
        #expect(exported.components(separatedBy: "<target xml:lang=\"sq\" state=\"translated\">").count == 48)
        #expect(exported.contains(">Kosova (NIVELI 2)</target>"))
        // Every translation of the pre-filled export is in the store: exporting again replaces it.
        #expect(CommandRunner.run(["export", "--lang", "sq"], in: project).status == 0)
        // A translator's edit that is not in the store is never overwritten without --force.
        try FileFixtures.write(
            exported.replacingOccurrences(of: ">Kosova (NIVELI 2)</target>", with: ">Kosova (Niveli 2)</target>"),
            "xliff/09STATE61188.sq.xlf", in: project)
        let refused = CommandRunner.run(["export", "--lang", "sq"], in: project)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "xliff/09STATE61188.sq.xlf: error: the file holds 1 translation that the store does not; "
                + "not replaced: import it first or use --force to overwrite it\n")
    }

    @Test func dryRunAndJSONChangeNothing() throws {
        let project = try ProjectFixture.make()
        let dry = CommandRunner.run(["import", Self.reference, "--dry-run", "--format", "json"], in: project)
        #expect(dry.status == 0, "\(dry)")
        #expect(dry.stderr == "")
        let json = try JSONValue.decode(dry.stdout)
        #expect(json["dryRun"] == .bool(true))
        #expect(json["applied"] == .bool(false))
        #expect(json["file"] == .string(Self.reference))
        #expect(json["locales"]?[0]?["locale"] == .string("sq"))
        #expect(json["locales"]?[0]?["new"] == .number(47))
        #expect(json["verification"]?["summary"]?["unitsChecked"] == .number(47))
        #expect(json["verification"]?["failed"] == .bool(false))
        #expect(try ProjectFixture.storedTranslations("sq", in: project) == [])

        let text = CommandRunner.run(["import", Self.reference, "--dry-run"], in: project)
        #expect(
            text.lines.prefix(2) == [
                "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty",
                "would import 47 translations from \(Self.reference) (sha256 \(try Self.shortHash(Self.reference))…)",
            ])
        #expect(try ProjectFixture.storedTranslations("sq", in: project) == [])

        let real = CommandRunner.run(["import", Self.reference], in: project)
        #expect(real.lines.first == "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty")
    }

    @Test func wrongLanguageMalformedAndForeignFilesFailAndLeaveTheStoreUntouched() throws {
        let project = try ProjectFixture.make()
        let wrong = CommandRunner.run(["import", Self.reference, "--lang", "sr-Latn"], in: project)
        #expect(wrong.status == 1)
        #expect(
            wrong.stderr == "\(Self.reference):3: error: the file's target language is sq, not sr-Latn as expected\n")

        let cases: [(replacements: [(String, String)], name: String, stderr: String)] = [
            (
                [("</body>", "</bdy>")], "broken.xlf",
                "broken.xlf:302:11: error: opening and ending tag mismatch: body line 9 and bdy"
            ),
            (
                [("version=\"1.2\"", "version=\"3.0\"")], "v3.xlf",
                "v3.xlf:2: error: unsupported XLIFF version '3.0': tipl10n reads XLIFF 1.2 and 2.0/2.1 (and 1.0/1.1)"
            ),
            (
                [("original=\"09STATE61188\"", "original=\"09STATE99999\"")], "other.xlf",
                "other.xlf:3: error: unknown cable '09STATE99999': export it first (known: 09STATE61188)"
            ),
        ]
        for (replacements, name, stderr) in cases {
            let file = try ReferenceXLIFF.mutated(replacements, name, in: project)
            let run = CommandRunner.run(["import", file], in: project)
            #expect(run.status == 1, "\(name)")
            #expect(run.stdout == "", "\(name)")
            #expect(run.stderr == stderr + "\n", "\(name)")
        }
        let html = try FileFixtures.write("<html><body>hello</body></html>", "page.xlf", in: project)
        let notXLIFF = CommandRunner.run(["import", html], in: project)
        #expect(notXLIFF.status == 1)
        #expect(
            notXLIFF.stderr == "page.xlf:1: error: not an XLIFF file: the root element is <html>, expected <xliff>\n")
        let missing = CommandRunner.run(["import", "missing.xlf"], in: project)
        #expect(missing.stderr == "missing.xlf: error: no such file\n")

        #expect(try ProjectFixture.storedTranslations("sq", in: project) == [])
        let store = try TranslationStore(path: project.appendingPathComponent(ProjectFixture.storePath))
        #expect(try store.importRecords().isEmpty)
    }

    @Test func lowerStateOverFinalIsRefusedUnlessForced() throws {
        let project = try ProjectFixture.make()
        let finalFile = try ReferenceXLIFF.mutated(
            [
                (
                    "<target xml:lang=\"sq\" state=\"translated\">Kosova (NIVELI 2)</target>",
                    "<target xml:lang=\"sq\" state=\"final\">Kosova (NIVELI 2)</target>"
                )
            ], "final.xlf", in: project)
        let first = CommandRunner.run(["import", finalFile], in: project)
        #expect(first.lines.first == "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty")

        let edited = try ReferenceXLIFF.mutated(
            [(">Kosova (NIVELI 2)<", ">Kosova (Niveli 2)<")], "edited.xlf", in: project)
        let refused = CommandRunner.run(["import", edited], in: project)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.errorLines == [
                "edited.xlf:12: error: unit narrative.title: refused: would replace a final translation with a "
                    + "translated one",
                "edited.xlf: error: 1 unit would replace reviewed or final translations with a lower state; nothing "
                    + "was imported: use --force to replace them",
            ])
        let title = try ProjectFixture.storedTranslations("sq", in: project)?.first { $0.unitID == "narrative.title" }
        #expect(title?.target.plainText == "Kosova (NIVELI 2)")

        let forced = CommandRunner.run(["import", edited, "--force"], in: project)
        #expect(forced.status == 0, "\(forced)")
        #expect(forced.lines.first == "sq: 0 new, 1 updated, 46 unchanged, 0 stale, 0 unknown, 0 empty")
        let replaced = try ProjectFixture.storedTranslations("sq", in: project)?.first {
            $0.unitID == "narrative.title"
        }
        #expect(replaced?.target.plainText == "Kosova (Niveli 2)")
    }

    @Test func changedSourceIsStaleAndUnknownUnitsAreReported() throws {
        let project = try ProjectFixture.make()
        let file = try ReferenceXLIFF.mutated(
            [
                (">Kosovo (TIER 2)</source>", ">Kosovo (TIER 3)</source>"),
                ("id=\"narrative.intro.p1.s1\"", "id=\"narrative.intro.p9.s1\""),
            ], "changed.xlf", in: project)
        let run = CommandRunner.run(["import", file], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                "sq: 45 new, 0 updated, 0 unchanged, 1 stale, 1 unknown, 0 empty",
                "imported 46 translations from changed.xlf (sha256 \(try Self.shortHash(project.appendingPathComponent(file).path))…)",
                "verification: 46 units checked: 1 error, 1 warning",
            ])
        // The import's own two lines, then the verification of what it imported: the stale
        // title's source says TIER 3, its translation NIVELI 2.
        #expect(
            run.errorLines == [
                "changed.xlf:12: warning: unit narrative.title: stale: the file's source differs from the current "
                    + "source text",
                "changed.xlf:20: warning: unit narrative.intro.p9.s1: unknown: not a unit of cable 09STATE61188",
                "changed.xlf:12:narrative.title: error: figure `TIER 3` in the source is `NIVELI 2` in the target",
                "changed.xlf:12:narrative.title: warning: glossary term \"Tier 3\" not rendered as \"Niveli 3\", "
                    + "\"Nivelin 3\", \"Nivelit 3\" or \"Nivel 3\"",
            ])
    }

    @Test func outsideAProjectNothingIsWrittenUnlessAStoreIsNamed() throws {
        let folder = try temporaryFolder()
        let refused = CommandRunner.run(["import", Self.reference], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.errorLines == [
                KosovoOutput.demoNote,
                "error: no tipl10n project here or in any parent folder, so there is no translation store to write "
                    + "to: make a project with `tipl10n init`, or name a store with --store",
            ])
        #expect(FileFixtures.contents("", in: folder) == [])

        let named = CommandRunner.run(["import", Self.reference, "--store", "ledger/store.sqlite"], in: folder)
        #expect(named.status == 0, "\(named)")
        #expect(named.lines.first == "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty")
        #expect(named.errorLines == [KosovoOutput.demoNote])
        #expect(try ProjectFixture.storedTranslations("sq", in: folder, store: "ledger/store.sqlite")?.count == 47)
        #expect(FileFixtures.folders(named: ".tipl10n", under: folder) == [])
    }

    @Test func aCopyOfTheSourceInStateNewIsNotATranslation() throws {
        let project = try ProjectFixture.make()
        let export = CommandRunner.run(["export", "--lang", "sq", "--copy-source", "--output", "job.xlf"], in: project)
        #expect(export.status == 0, "\(export)")
        let imported = CommandRunner.run(["import", "job.xlf"], in: project)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.lines.first == "sq: 0 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 47 empty")
        #expect(try ProjectFixture.storedTranslations("sq", in: project) == [])
    }
}
