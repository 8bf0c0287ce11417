import Foundation
import Testing

@testable import TipL10nCLI

/// Runs the built `tipl10n` binary and checks stdout, stderr and the exit code.
struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The `tipl10n` executable next to the test bundle (SwiftPM builds it with the tests).
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("tipl10n")
    }()

    static func run(_ arguments: [String], in folder: URL, stdin: String? = nil) throws -> ToolRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

/// A fresh empty folder for one test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tipl10n-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite(.serialized) struct CommandLineTests {
    @Test func exportWritesTheDefaultFileAndPrintsPathAndCounts() throws {
        #expect(FileManager.default.isExecutableFile(atPath: ToolRun.executable.path), "built tool not found")
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["export", "--lang", "sq"], in: folder)
        #expect(run.status == 0)
        #expect(
            run.stdout.split(separator: "\n").prefix(2) == [
                "xliff/09STATE61188.sq.xlf",
                "47 translation units (narrative 35, press 12), cable 09STATE61188, en-US → sq",
            ])
        let written = try String(
            contentsOf: folder.appendingPathComponent("xliff/09STATE61188.sq.xlf"), encoding: .utf8)
        #expect(written.contains("target-language=\"sq\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("xliff").path)
        #expect(leftovers == ["09STATE61188.sq.xlf"])
    }

    @Test func serbianWithoutScriptMeansLatinAndSaysSo() throws {
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["export", "--lang", "sr"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("xliff/09STATE61188.sr-Latn.xlf\n"))
        #expect(
            run.stderr.hasPrefix(
                "note: 'sr' means sr-Latn: the Serbian TIP Report translations published so far use Latin script\n"))
    }

    @Test func unsupportedLocaleFailsWithOneLineAndWritesNothing() throws {
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["export", "--lang", "xx"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr
                == "error: unknown locale 'xx': CLDR has no locale data for its language (a BCP 47 tag such as es, "
                + "es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("xliff").path))
    }

    @Test func missingCableFailsWithOneLine() throws {
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["export", "--lang", "sq", "--cable", "nope.txt"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "nope.txt: error: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("xliff").path))
    }

    @Test func notACableAndNoNarrativeFailWithOneLine() throws {
        let folder = try temporaryFolder()
        try Data("Dear colleague,\nplease find the minutes attached.\n".utf8).write(
            to: folder.appendingPathComponent("memo.txt"))
        let memo = try ToolRun.run(["export", "--lang", "sq", "--cable", "memo.txt"], in: folder)
        #expect(memo.status == 1)
        #expect(memo.stderr.hasPrefix("memo.txt: error: not a cable"))
        #expect(memo.stderr.filter { $0 == "\n" }.count == 1)

        let reykjavik = repositoryRoot.appendingPathComponent("cables/09REYKJAVIK49.txt").path
        let submission = try ToolRun.run(["export", "--lang", "sq", "--cable", reykjavik], in: folder)
        #expect(submission.status == 1)
        #expect(submission.stderr.hasPrefix("\(reykjavik): error: no TIP Report country narrative"))
        #expect(submission.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("xliff").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tipl10n").path))
    }

    @Test func otherLayoutsExportToTheGivenPath() throws {
        let folder = try temporaryFolder()
        for name in ["09STATE60550.txt", "09STATE60608.html"] {
            let cable = repositoryRoot.appendingPathComponent("cables/\(name)").path
            let output = folder.appendingPathComponent("\(name).xlf").path
            let run = try ToolRun.run(
                ["export", "--lang", "sr-Cyrl", "--cable", cable, "--output", output], in: folder)
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(run.stdout.hasPrefix(output + "\n"))
            #expect(FileManager.default.fileExists(atPath: output))
        }
    }

    @Test func anExportHoldingTranslationsIsNotReplacedWithoutForce() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("done.xlf")
        let translated = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="09STATE61188" source-language="en-US" target-language="sq" datatype="plaintext"><body>
                <trans-unit id="narrative.title"><source>Kosovo (TIER 2)</source><target>Kosova (NIVELI 2)</target></trans-unit>
              </body></file>
            </xliff>
            """
        try Data(translated.utf8).write(to: path)
        let refused = try ToolRun.run(["export", "--lang", "sq", "--output", path.path], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasSuffix(
                "\(path.path): error: the file holds 1 translation that the store does not; not replaced: "
                    + "import it first or use --force to overwrite it\n"))
        #expect(try String(contentsOf: path, encoding: .utf8) == translated)

        let forced = try ToolRun.run(["export", "--lang", "sq", "--output", path.path, "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: path, encoding: .utf8) != translated)
        // Our own untranslated export is replaced without ceremony.
        let again = try ToolRun.run(["export", "--lang", "sq", "--output", path.path], in: folder)
        #expect(again.status == 0)
    }

    @Test func segmentPrintsOneSegmentPerLine() throws {
        let folder = try temporaryFolder()
        try Data(
            "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will\nrelease the Report. U.S. embassies help.\n\nTier 2? Yes.\n"
                .utf8
        )
        .write(to: folder.appendingPathComponent("in.txt"))
        let run = try ToolRun.run(["segment", "--text", "in.txt"], in: folder)
        #expect(run.status == 0)
        let expected1: String =
            "p1.s1\tOn June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.\n"
            + "p1.s2\tU.S. embassies help.\np2.s1\tTier 2?\np2.s2\tYes.\n"
        #expect(run.stdout == expected1)
        let piped = try ToolRun.run(["segment", "--text", "-"], in: folder, stdin: "One. Two.")
        #expect(piped.stdout == "p1.s1\tOne.\np1.s2\tTwo.\n")
        let cable = try ToolRun.run(["segment"], in: folder)
        let lines = cable.stdout.split(separator: "\n")
        #expect(lines.count == 47)
        #expect(lines.first == "narrative.title\tKosovo (TIER 2)")
    }

    @Test func usageErrorsExitWith64() throws {
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["segment", "--text", "a.txt", "--cable", "b.txt"], in: folder)
        #expect(run.status == 64)
        let missingLang = try ToolRun.run(["export"], in: folder)
        #expect(missingLang.status == 64)
    }
}
