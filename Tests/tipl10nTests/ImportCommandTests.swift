import Foundation
import Testing

@testable import TipL10nCLI

/// `tipl10n import` run as the built binary, in a fresh project folder per test.
@Suite(.serialized) struct ImportCommandTests {
    static let reference = repositoryRoot.appendingPathComponent("xliff/09STATE61188.sq.done.xlf")

    static func referenceText() throws -> String {
        try String(contentsOf: reference, encoding: .utf8)
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return name
    }

    @Test func importsTheReferenceThenNothingChangesThenExportPrefills() throws {
        let folder = try temporaryFolder()
        let first = try ToolRun.run(["import", Self.reference.path], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.first == "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty")
        #expect(
            lines.dropLast().last?.hasPrefix("imported 47 translations from \(Self.reference.path) (sha256 ") == true)
        // Import runs the checks of `tipl10n verify` on what it imported (Docs/Verification.md).
        #expect(lines.last == "verification: 47 units checked: 0 errors, 0 warnings")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tipl10n/store.sqlite").path))

        let again = try ToolRun.run(["import", Self.reference.path], in: folder)
        #expect(again.status == 0)
        #expect(
            again.stdout
                == "sq: 0 new, 0 updated, 47 unchanged, 0 stale, 0 unknown, 0 empty\n"
                + "nothing changed: the store already holds these translations\n"
                + "verification: 47 units checked: 0 errors, 0 warnings\n")

        let export = try ToolRun.run(["export", "--lang", "sq"], in: folder)
        #expect(export.status == 0)
        #expect(export.stdout.contains("47 units pre-filled with stored translations\n"))
        let exported = try String(
            contentsOf: folder.appendingPathComponent("xliff/09STATE61188.sq.xlf"), encoding: .utf8)
        #expect(exported.components(separatedBy: "<target xml:lang=\"sq\" state=\"translated\">").count == 48)
        #expect(exported.contains(">Kosova (NIVELI 2)</target>"))
        // Every translation of the pre-filled export is in the store: exporting again replaces it.
        let again2 = try ToolRun.run(["export", "--lang", "sq"], in: folder)
        #expect(again2.status == 0)
        // A translator's edit that is not in the store is never overwritten without --force.
        let edited = exported.replacingOccurrences(
            of: ">Kosova (NIVELI 2)</target>", with: ">Kosova (Niveli 2)</target>")
        try Data(edited.utf8).write(to: folder.appendingPathComponent("xliff/09STATE61188.sq.xlf"))
        let refused = try ToolRun.run(["export", "--lang", "sq"], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "xliff/09STATE61188.sq.xlf: error: the file holds 1 translation that the store does not; "
                + "not replaced: import it first or use --force to overwrite it\n")
    }

    @Test func dryRunAndJSONChangeNothing() throws {
        let folder = try temporaryFolder()
        let dry = try ToolRun.run(["import", Self.reference.path, "--dry-run", "--format", "json"], in: folder)
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("\"dryRun\" : true"))
        #expect(dry.stdout.contains("\"applied\" : false"))
        #expect(dry.stdout.contains("\"new\" : 47"))
        let real = try ToolRun.run(["import", Self.reference.path], in: folder)
        #expect(real.stdout.hasPrefix("sq: 47 new,"))
    }

    @Test func wrongLanguageMalformedAndForeignFilesFailAndLeaveTheStoreUntouched() throws {
        let folder = try temporaryFolder()
        let wrong = try ToolRun.run(["import", Self.reference.path, "--lang", "sr-Latn"], in: folder)
        #expect(wrong.status == 1)
        #expect(
            wrong.stderr
                == "\(Self.reference.path):3: error: the file's target language is sq, not sr-Latn as --lang says\n")

        let broken = try Self.write(
            try Self.referenceText().replacingOccurrences(of: "</body>", with: "</bdy>"), "broken.xlf", in: folder)
        let malformed = try ToolRun.run(["import", broken], in: folder)
        #expect(malformed.status == 1)
        #expect(malformed.stderr.hasPrefix("broken.xlf:"))
        #expect(malformed.stderr.contains(": error: opening and ending tag mismatch: body line "))

        let html = try Self.write("<html><body>hello</body></html>", "page.xlf", in: folder)
        let notXLIFF = try ToolRun.run(["import", html], in: folder)
        #expect(
            notXLIFF.stderr == "page.xlf:1: error: not an XLIFF file: the root element is <html>, expected <xliff>\n")

        let v3 = try Self.write(
            try Self.referenceText().replacingOccurrences(of: "version=\"1.2\"", with: "version=\"3.0\""), "v3.xlf",
            in: folder)
        let version = try ToolRun.run(["import", v3], in: folder)
        #expect(version.status == 1)
        #expect(version.stderr.contains("error: unsupported XLIFF version '3.0'"))

        let other = try Self.write(
            try Self.referenceText().replacingOccurrences(
                of: "original=\"09STATE61188\"", with: "original=\"09STATE99999\""),
            "other.xlf", in: folder)
        let unknown = try ToolRun.run(["import", other], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("other.xlf:3: error: unknown cable '09STATE99999': export it first"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tipl10n").path))
    }

    @Test func lowerStateOverFinalIsRefusedUnlessForced() throws {
        let folder = try temporaryFolder()
        let finalText = try Self.referenceText().replacingOccurrences(
            of: "<target xml:lang=\"sq\" state=\"translated\">Kosova (NIVELI 2)</target>",
            with: "<target xml:lang=\"sq\" state=\"final\">Kosova (NIVELI 2)</target>")
        let finalFile = try Self.write(finalText, "final.xlf", in: folder)
        let first = try ToolRun.run(["import", finalFile], in: folder)
        #expect(first.stdout.hasPrefix("sq: 47 new,"))

        let edited = try Self.write(
            try Self.referenceText().replacingOccurrences(of: ">Kosova (NIVELI 2)<", with: ">Kosova (Niveli 2)<"),
            "edited.xlf", in: folder)
        let refused = try ToolRun.run(["import", edited], in: folder)
        #expect(refused.status == 1)
        let refusedLines = refused.stderr.split(separator: "\n")
        #expect(refusedLines.first?.hasPrefix("edited.xlf:") == true)
        #expect(
            refusedLines.first?.hasSuffix(
                ": error: unit narrative.title: refused: would replace a final translation with a translated one")
                == true)
        let expectedLast: String =
            "edited.xlf: error: 1 unit would replace reviewed or final translations with a lower state; "
            + "nothing was imported (use --force to replace them)"
        #expect(refusedLines.last.map(String.init) == expectedLast)

        let forced = try ToolRun.run(["import", edited, "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(forced.stdout.hasPrefix("sq: 0 new, 1 updated, 46 unchanged,"))
    }

    @Test func changedSourceIsStaleAndUnknownUnitsAreReported() throws {
        let folder = try temporaryFolder()
        let changed = try Self.referenceText()
            .replacingOccurrences(of: ">Kosovo (TIER 2)</source>", with: ">Kosovo (TIER 3)</source>")
            .replacingOccurrences(of: "id=\"narrative.intro.p1.s1\"", with: "id=\"narrative.intro.p9.s1\"")
        let file = try Self.write(changed, "changed.xlf", in: folder)
        let run = try ToolRun.run(["import", file], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("sq: 45 new, 0 updated, 0 unchanged, 1 stale, 1 unknown, 0 empty\n"))
        let warnings = run.stderr.split(separator: "\n")
        // The import's own two lines, then the verification of what it imported: the stale
        // title's source says TIER 3, its translation NIVELI 2.
        #expect(warnings.count == 4)
        #expect(
            warnings.suffix(2) == [
                "changed.xlf:12:narrative.title: error: figure `TIER 3` in the source is `NIVELI 2` in the target",
                "changed.xlf:12:narrative.title: warning: glossary term \"Tier 3\" not rendered as \"Niveli 3\", "
                    + "\"Nivelin 3\", \"Nivelit 3\" or \"Nivel 3\"",
            ])
        #expect(run.stdout.hasSuffix("verification: 46 units checked: 1 error, 1 warning\n"))
        #expect(
            warnings.contains {
                $0.hasSuffix(
                    "warning: unit narrative.title: stale: the file's source differs from the current source text")
            })
        #expect(
            warnings.contains {
                $0.hasSuffix("warning: unit narrative.intro.p9.s1: unknown: not a unit of cable 09STATE61188")
            })
    }
}
