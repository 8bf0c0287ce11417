import Foundation
import Testing

@testable import TipL10nKit

/// A real CAT-tool round trip: our export goes through OmegaT 3.6 (Debian package `omegat`),
/// headless, with a TMX of the Albanian reference translation in `tm/auto`, and what OmegaT
/// writes is imported back. Skipped, with the reason, where OmegaT or Java is not installed;
/// `.ci/run` installs both, so CI runs it.
@Suite(.serialized) struct OmegaTRoundTripTests {
    static let omegaTJar = ProcessInfo.processInfo.environment["OMEGAT_JAR"] ?? "/usr/share/omegat/OmegaT.jar"
    static let script = repositoryRoot.appendingPathComponent("Tests/Fixtures/tools/omegat-roundtrip.sh")

    static var isOmegaTInstalled: Bool {
        FileManager.default.fileExists(atPath: omegaTJar)
            && ["/usr/bin/java", "/usr/local/bin/java"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(
        .enabled(
            if: isOmegaTInstalled,
            "OmegaT is not installed (apt-get install omegat): the round trip through a real CAT tool is skipped"))
    func exportThroughOmegaTAndImportMatchesEveryUnit() throws {
        let folder = try temporaryFolder()
        let referenceProject = folder.appendingPathComponent("reference")
        let translatorProject = folder.appendingPathComponent("post")
        try FileManager.default.createDirectory(at: referenceProject, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: translatorProject, withIntermediateDirectories: true)
        let reference = repositoryRoot.appendingPathComponent("xliff/09STATE61188.sq.done.xlf")

        // 1. A TMX of the reference translation, from a store that holds it.
        #expect(try ToolRun.run(["import", reference.path], in: referenceProject).status == 0)
        let tmx = folder.appendingPathComponent("reference.sq.tmx")
        #expect(
            try ToolRun.run(["tm", "export", "--lang", "sq", "--output", tmx.path], in: referenceProject).status == 0)

        // 2. The job as the translator gets it: every target a copy of its source, state new.
        let job = folder.appendingPathComponent("09STATE61188.sq.xlf")
        let export = try ToolRun.run(
            ["export", "--lang", "sq", "--copy-source", "--output", job.path], in: translatorProject)
        #expect(export.status == 0, "\(export.stderr)")

        // 3. OmegaT, headless: one segment per target, the reference TMX in tm/auto.
        let omegat = Process()
        omegat.executableURL = URL(fileURLWithPath: "/bin/bash")
        let output = folder.appendingPathComponent("omegat")
        omegat.arguments = [Self.script.path, "--no-sentence-seg", job.path, output.path, tmx.path]
        omegat.standardOutput = FileHandle.nullDevice
        omegat.standardError = FileHandle.nullDevice
        try omegat.run()
        omegat.waitUntilExit()
        #expect(omegat.terminationStatus == 0)
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        #expect(summary.contains("targets changed by OmegaT: 47; target==source after round trip: 0"), "\(summary)")

        // 4. Import what OmegaT wrote: every unit comes back with the reference text.
        let target = output.appendingPathComponent("target.xlf")
        let imported = try ToolRun.run(["import", target.path], in: translatorProject)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty\n"))
        let store = try TranslationStore(path: translatorProject.appendingPathComponent(".tipl10n/store.sqlite"))
        let stored = Dictionary(
            uniqueKeysWithValues: try store.translations(cableID: "09STATE61188", locale: "sq").map {
                ($0.unitID, $0.target.plainText)
            })
        let expected = try XLIFFReader.read(Data(contentsOf: reference), path: reference.path).units
        #expect(stored.count == 47)
        for unit in expected {
            #expect(stored[unit.id] == unit.target?.plainText, "\(unit.id)")
        }
    }

    @Test func aCopyOfTheSourceInStateNewIsNotATranslation() throws {
        let folder = try temporaryFolder()
        let job = folder.appendingPathComponent("job.xlf")
        let export = try ToolRun.run(["export", "--lang", "sq", "--copy-source", "--output", job.path], in: folder)
        #expect(export.status == 0)
        let text = try String(contentsOf: job, encoding: .utf8)
        #expect(text.contains("<target xml:lang=\"sq\" state=\"new\">Kosovo (TIER 2)</target>"))
        let imported = try ToolRun.run(["import", job.path], in: folder)
        #expect(imported.stdout.hasPrefix("sq: 0 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 47 empty\n"))
    }
}
