import Foundation
import Testing
import TipL10nKit
import TipL10nTestSupport

/// A real CAT-tool round trip: our export goes through OmegaT 3.6 (Debian package `omegat`),
/// headless, with a TMX of the Albanian reference translation in `tm/auto`, and what OmegaT
/// writes is imported back into the translator's project. Skipped, with the reason, where OmegaT
/// or Java is not installed; `.ci/run` installs both, so CI runs it.
@Suite struct OmegaTRoundTripTests {
    static let omegaTJar = ProcessInfo.processInfo.environment["OMEGAT_JAR"] ?? "/usr/share/omegat/OmegaT.jar"

    static var isOmegaTInstalled: Bool {
        FileManager.default.fileExists(atPath: omegaTJar)
            && ["/usr/bin/java", "/usr/local/bin/java"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(
        .enabled(
            if: isOmegaTInstalled,
            "OmegaT is not installed (apt-get install omegat): the round trip through a real CAT tool is skipped"),
        .timeLimit(.minutes(10)))
    func exportThroughOmegaTAndImportMatchesEveryUnit() throws {
        let folder = try temporaryFolder("omegat")
        // 1. A TMX of the reference translation, from a project whose store holds it.
        let referenceProject = try ProjectFixture.make(label: "omegat-reference")
        #expect(ProjectFixture.importReference("sq", into: referenceProject).status == 0)
        let tmx = folder.appendingPathComponent("reference.sq.tmx")
        let memory = CommandRunner.run(["tm", "export", "--lang", "sq", "--output", tmx.path], in: referenceProject)
        #expect(memory.stdout == "\(tmx.path): 47 translation units (en-US → sq)\n")

        // 2. The job as the translator gets it from the post's project: every target a copy of
        //    its source, state new.
        let post = try ProjectFixture.make(label: "omegat-post")
        let job = folder.appendingPathComponent("09STATE61188.sq.xlf")
        let export = CommandRunner.run(["export", "--lang", "sq", "--copy-source", "--output", job.path], in: post)
        #expect(export.status == 0, "\(export)")

        // 3. OmegaT, headless: one segment per target, the reference TMX in tm/auto.
        let omegat = Process()
        omegat.executableURL = URL(fileURLWithPath: "/bin/bash")
        let output = folder.appendingPathComponent("omegat")
        omegat.arguments = [TestPaths.omegaTScript.path, "--no-sentence-seg", job.path, output.path, tmx.path]
        omegat.standardOutput = FileHandle.nullDevice
        omegat.standardError = FileHandle.nullDevice
        try omegat.run()
        omegat.waitUntilExit()
        #expect(omegat.terminationStatus == 0)
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        #expect(summary.contains("targets changed by OmegaT: 47; target==source after round trip: 0"), "\(summary)")

        // 4. Import what OmegaT wrote, from wherever it is: every unit comes back with the
        //    reference text, into the post's store.
        let target = output.appendingPathComponent("target.xlf")
        let imported = CommandRunner.run(["import", target.path], in: post)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.lines.first == "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty")
        let stored = Dictionary(
            uniqueKeysWithValues: try #require(try ProjectFixture.storedTranslations("sq", in: post)).map {
                ($0.unitID, $0.target.plainText)
            })
        let reference = TestPaths.reference("sq")
        let expected = try XLIFFReader.read(Data(contentsOf: reference), path: reference.path).units
        #expect(stored.count == 47)
        #expect(expected.count == 47)
        for unit in expected {
            #expect(stored[unit.id] == unit.target?.plainText, "\(unit.id)")
        }
        let verified = CommandRunner.run(["verify", "--lang", "sq"], in: post)
        #expect(verified.stdout == "47 units checked: 0 errors, 0 warnings\n")
    }
}
