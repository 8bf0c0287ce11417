import Foundation
import Testing

@testable import TipL10nCLI

/// `tipl10n tm` and leverage on `tipl10n export`, run as the built binary.
@Suite(.serialized) struct TMCommandTests {
    static let reference = repositoryRoot.appendingPathComponent("xliff/09STATE61188.sq.done.xlf")
    static let editedCable = repositoryRoot.appendingPathComponent("Tests/Fixtures/cables/09STATE61188.edited.txt")

    @Test func exportOfTheEditedCableCountsLeverage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ToolRun.run(["import", Self.reference.path], in: folder).status == 0)
        let export = try ToolRun.run(
            ["export", "--lang", "sq", "--cable", Self.editedCable.path, "--output", "edited.sq.xlf"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("42 units pre-filled with stored translations\n"))
        #expect(
            export.stdout.contains(
                "translation memory (47 entries): 3 exact (pre-filled, to review), "
                    + "fuzzy 0 at 95-99%, 1 at 85-94%, 0 at 75-84%, 1 new\n"))
        // The leveraged targets are this export's own: exporting again replaces the file.
        let again = try ToolRun.run(
            ["export", "--lang", "sq", "--cable", Self.editedCable.path, "--output", "edited.sq.xlf"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")

        let strict = try ToolRun.run(
            [
                "export", "--lang", "sq", "--cable", Self.editedCable.path, "--output", "strict.sq.xlf",
                "--fuzzy-threshold", "90",
            ], in: folder)
        #expect(strict.stdout.contains("3 exact (pre-filled, to review), fuzzy 0 at 95-99%, 0 at 90-94%, 2 new\n"))
        let wrong = try ToolRun.run(["export", "--lang", "sq", "--fuzzy-threshold", "0"], in: folder)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--fuzzy-threshold must be between 1 and 100, not 0"))
    }

    @Test func tmExportThenImportIntoAnotherStore() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try ToolRun.run(["tm", "export", "--lang", "sq"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == ".tipl10n/store.sqlite: error: no translation store: import translations first\n")

        #expect(try ToolRun.run(["import", Self.reference.path], in: folder).status == 0)
        let export = try ToolRun.run(["tm", "export", "--lang", "sq-AL"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == "tmx/tipl10n.sq.tmx\n47 translation units (en-US → sq)\n")
        let tmx = try String(contentsOf: folder.appendingPathComponent("tmx/tipl10n.sq.tmx"), encoding: .utf8)
        #expect(tmx.components(separatedBy: "<tu ").count == 48)

        let other = ["--store", "other/store.sqlite"]
        let imported = try ToolRun.run(["tm", "import", "tmx/tipl10n.sq.tmx"] + other, in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "47 translation units read (sq): 47 added, 0 already in the memory, 0 skipped\n")
        let again = try ToolRun.run(["tm", "import", "tmx/tipl10n.sq.tmx"] + other, in: folder)
        #expect(again.stdout == "47 translation units read (sq): 0 added, 47 already in the memory, 0 skipped\n")
        let onlySerbian = try ToolRun.run(
            ["tm", "import", "tmx/tipl10n.sq.tmx", "--lang", "sr-Latn"] + other, in: folder)
        #expect(onlySerbian.stdout == "47 translation units read: 0 added, 0 already in the memory, 47 skipped\n")

        let reexport = try ToolRun.run(["tm", "export", "--lang", "sq", "--output", "again.tmx"] + other, in: folder)
        #expect(reexport.status == 0)
        let second = try String(contentsOf: folder.appendingPathComponent("again.tmx"), encoding: .utf8)
        // Same units and segments; only the header's creation date may differ.
        func body(_ text: String) -> Substring { text[(text.range(of: "<body>")?.lowerBound ?? text.startIndex)...] }
        #expect(body(second) == body(tmx))
    }
}
