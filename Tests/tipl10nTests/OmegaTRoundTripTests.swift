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

    /// A returned file annotated by `verify --annotate` opens in OmegaT 3.6, and each finding is
    /// in the comment OmegaT shows for its segment (the Comments pane), read by OmegaT's own
    /// scripting interface on the loaded project.
    @Test(
        .enabled(
            if: isOmegaTInstalled,
            "OmegaT is not installed (apt-get install omegat): opening the annotated file in a CAT tool is skipped"),
        .timeLimit(.minutes(10)))
    func theAnnotatedFileOpensInOmegaTWithTheFindingsAsComments() throws {
        let post = try ProjectFixture.make(label: "omegat-annotate")
        try FileFixtures.write(try ReturnedFile.albanian(), "returned.sq.xlf", in: post)
        let verified = CommandRunner.run(["verify", "returned.sq.xlf", "--annotate", "annotated.sq.xlf"], in: post)
        #expect(verified.status == 0, "\(verified)")
        #expect(verified.lines.first == "wrote annotated.sq.xlf (7 notes)")

        let output = try temporaryFolder("omegat-annotated")
        let omegat = Process()
        omegat.executableURL = URL(fileURLWithPath: "/bin/bash")
        omegat.arguments = [
            TestPaths.omegaTScript.path, "--no-sentence-seg", "--script", TestPaths.omegaTCommentsScript.path,
            post.appendingPathComponent("annotated.sq.xlf").path, output.path,
        ]
        omegat.standardOutput = FileHandle.nullDevice
        omegat.standardError = FileHandle.nullDevice
        try omegat.run()
        omegat.waitUntilExit()
        #expect(omegat.terminationStatus == 0)
        let listing = try String(contentsOf: output.appendingPathComponent("comments.tsv"), encoding: .utf8)
        let comments = Dictionary(
            listing.split(separator: "\n").map { line -> (String, String) in
                let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                return (String(fields[0]), fields.count > 1 ? String(fields[1]) : "")
            }, uniquingKeysWith: { first, _ in first })
        // OmegaT 3.6 translates the content of <target>: its segments are the targets, one per unit.
        #expect(listing.split(separator: "\n").count == 47)
        let cut = try #require(comments["Kosova është vend."])
        #expect(cut.contains("warning (omission): target is 11% of the source length; sq is usually 93–128%"))
        let english = try #require(comments.first { $0.key.contains("the government, in cooperation") }?.value)
        #expect(english.contains("warning (english): English left in the target: \"the government, in cooperation"))
        let shortened = try #require(comments.first { $0.key.hasPrefix("Rekomandime për Kosovën") }?.value)
        #expect(shortened.contains("warning (omission): target is 42% of the source length"))
        #expect(shortened.contains("warning (clauses): target has 6 clauses where the source has 13"))
        // Units without findings keep only their own notes.
        let clean = try #require(comments.first { $0.key.hasPrefix("Gratë dhe fëmijët nga Kosova") }?.value)
        #expect(!clean.contains("warning ("))
    }
}
