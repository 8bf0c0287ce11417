import Foundation
import Testing
import TipL10nTestSupport

/// `tipl10n verify`, in process, in a fresh project per test.
@Suite struct VerifyCommandTests {
    static let changedEmail = [("në tipreport@state.gov.</target>", "në tipreport@state.gob.</target>")]

    @Test func referencesVerifyCleanAfterImport() throws {
        let project = try ProjectFixture.make()
        for tag in ["sq", "sr-Latn"] {
            let imported = ProjectFixture.importReference(tag, into: project)
            #expect(imported.status == 0, "\(imported)")
            #expect(imported.lines.last == "verification: 47 units checked: 0 errors, 0 warnings")
        }
        let all = CommandRunner.run(["verify"], in: project)
        #expect(all.status == 0, "\(all)")
        #expect(all.stderr == "")
        #expect(all.stdout == "94 units checked: 0 errors, 0 warnings\n")
        let strict = CommandRunner.run(["verify", "--lang", "sr-Latn", "--strict"], in: project)
        #expect(strict.status == 0)
        #expect(strict.stderr == "")
        #expect(strict.stdout == "47 units checked: 0 errors, 0 warnings\n")
    }

    @Test(arguments: [["--lang", "all"], ["--lang", "sq,sr-Latn,sr-Cyrl"]])
    func severalLocalesGetASummaryLineEachAndTheTotalLast(lang: [String]) throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let run = CommandRunner.run(["verify"] + lang, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                "sq: 47 units checked: 0 errors, 0 warnings",
                "sr-Latn: 0 units checked: 0 errors, 0 warnings",
                "sr-Cyrl: 0 units checked: 0 errors, 0 warnings",
                "47 units checked: 0 errors, 0 warnings",
            ])
        #expect(
            run.errorLines == [
                ".tipl10n/store.sqlite: note: the store has no sr-Latn translations",
                ".tipl10n/store.sqlite: note: the store has no sr-Cyrl translations: it is made from sr-Latn by "
                    + "script conversion",
            ])
    }

    @Test func changedEmailInAFileIsAnErrorWithTheExactLine() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.removeItem(at: project.appendingPathComponent(".tipl10n"))
        let file = try ReferenceXLIFF.mutated(Self.changedEmail, "mutated.xlf", in: project)
        let run = CommandRunner.run(["verify", file], in: project)
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "mutated.xlf:294:press.q4.answer.s1: error: e-mail address changed: source tipreport@state.gov, "
                + "target tipreport@state.gob\n")
        #expect(run.stdout == "47 units checked: 1 error, 0 warnings\n")
        // Checking a file on its own neither imports it nor creates a store.
        #expect(!FileFixtures.exists(".tipl10n", in: project))
    }

    @Test func changedFigureIsAnErrorQuotingBothFigures() throws {
        let project = try ProjectFixture.make()
        let file = try ReferenceXLIFF.mutated(
            [("158\u{00A0}593 dollarë", "158\u{00A0}539 dollarë")], "figure.xlf", in: project)
        let run = CommandRunner.run(["verify", file], in: project)
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "figure.xlf:134:narrative.protection.p1.s2: error: figure `$158,593` in the source is "
                + "`158\u{00A0}539 dollarë` in the target (sq reads 158\u{00A0}539 as 158539)\n")
        #expect(run.stdout == "47 units checked: 1 error, 0 warnings\n")
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let project = try ProjectFixture.make()
        let file = try ReferenceXLIFF.mutated(
            [(">Ndjekja penale</target>", ">Prosecution</target>")], "heading.xlf", in: project)
        let relaxed = CommandRunner.run(["verify", file], in: project)
        #expect(relaxed.status == 0)
        #expect(
            relaxed.stderr
                == "heading.xlf:84:narrative.prosecution.heading: warning: target identical to source: \"Prosecution\"\n"
                + "heading.xlf:84:narrative.prosecution.heading: warning: glossary term \"Prosecution\" not rendered as "
                + "\"ndjekja penale\", \"ndjekjen penale\", \"ndjekjes penale\" or \"ndjek*\"\n")
        #expect(relaxed.stdout == "47 units checked: 0 errors, 2 warnings\n")
        let strict = CommandRunner.run(["verify", file, "--strict"], in: project)
        #expect(strict.status == 1)
        #expect(strict.stdout == relaxed.stdout)
        #expect(strict.stderr == relaxed.stderr)
    }

    @Test func jsonHasTheDiagnosticsAndTheSummary() throws {
        let project = try ProjectFixture.make()
        let file = try ReferenceXLIFF.mutated(Self.changedEmail, "mutated.xlf", in: project)
        let run = CommandRunner.run(["verify", file, "--format", "json"], in: project)
        #expect(run.status == 1)
        #expect(run.stderr == "")
        let output = try JSONValue.decode(run.stdout)
        #expect(output["failed"] == .bool(true))
        #expect(
            output["summary"]
                == .object([
                    "unitsChecked": .number(47), "errors": .number(1), "warnings": .number(0), "notes": .number(0),
                ]))
        #expect(
            output["diagnostics"]
                == .array([
                    .object([
                        "location": .string("mutated.xlf"), "line": .number(294), "column": .number(0),
                        "unitID": .string("press.q4.answer.s1"), "severity": .string("error"),
                        "check": .string("links"),
                        "message": .string(
                            "e-mail address changed: source tipreport@state.gov, target tipreport@state.gob"),
                        "source": .string("tipreport@state.gov"), "target": .string("tipreport@state.gob"),
                    ])
                ]))
    }

    @Test func withoutAStoreVerifyFailsWithOneLineAndTheSummary() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.removeItem(at: project.appendingPathComponent(".tipl10n"))
        let run = CommandRunner.run(["verify"], in: project)
        #expect(run.status == 1)
        #expect(run.stdout == "0 units checked: 1 error, 0 warnings\n")
        #expect(
            run.stderr
                == ".tipl10n/store.sqlite: error: no translation store yet: import a completed XLIFF file first\n")
        #expect(!FileFixtures.exists(".tipl10n", in: project))

        let demo = try temporaryFolder()
        let outside = CommandRunner.run(["verify"], in: demo)
        #expect(outside.status == 1)
        #expect(outside.stdout == "0 units checked: 1 error, 0 warnings\n")
        #expect(
            outside.errorLines == [
                "error: no tipl10n project here or in any parent folder, so there is no translation store to check: "
                    + "make a project with `tipl10n init`, or name a store with --store"
            ])
        #expect(FileFixtures.contents("", in: demo) == [])
    }

    static let inputFailures: [(arguments: [String], location: String, message: String)] = [
        (["verify", "missing.xlf"], "missing.xlf", "no such file"),
        (["verify", "folder.xlf"], "folder.xlf", "is a directory, not a file"),
        (
            ["verify", TestPaths.reference("sq").path, "--lang", "sr-Latn"], TestPaths.reference("sq").path,
            "the file's target language is sq, not sr-Latn as expected"
        ),
        (
            ["verify", "--lang", "xx"], "",
            "unknown locale 'xx': CLDR has no locale data for its language (a BCP 47 tag such as es, es-419, fr, nl, "
                + "ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)"
        ),
        (
            ["verify", TestPaths.reference("sq").path, "--lang", "sq,sr-Latn"], TestPaths.reference("sq").path,
            "a file is checked in its own locale: name one locale, not 2"
        ),
    ]

    @Test func inputFailuresEndWithTheSummaryLine() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.createDirectory(
            at: project.appendingPathComponent("folder.xlf"), withIntermediateDirectories: true)
        for (arguments, location, message) in Self.inputFailures {
            let run = CommandRunner.run(arguments, in: project)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == (location.isEmpty ? "" : "\(location): ") + "error: \(message)\n", "\(arguments)")
            #expect(run.stdout == "0 units checked: 1 error, 0 warnings\n", "\(arguments)")
        }
    }

    @Test func inputFailuresInJSONAreOneObject() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.createDirectory(
            at: project.appendingPathComponent("folder.xlf"), withIntermediateDirectories: true)
        for (arguments, location, message) in Self.inputFailures {
            let run = CommandRunner.run(arguments + ["--format", "json"], in: project)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == "", "\(arguments)")
            let output = try JSONValue.decode(run.stdout)
            #expect(output["failed"] == .bool(true), "\(arguments)")
            #expect(
                output["diagnostics"]
                    == .array([
                        .object([
                            "location": .string(location), "line": .number(0), "column": .number(0),
                            "severity": .string("error"), "check": .string("input"), "message": .string(message),
                        ])
                    ]), "\(arguments)")
        }
    }

    @Test func aLocaleWithoutTranslationsInTheStoreGetsANote() throws {
        let project = try ProjectFixture.make()
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        let latin = CommandRunner.run(["verify", "--lang", "sr-Latn"], in: project)
        #expect(latin.status == 0)
        #expect(latin.stderr == ".tipl10n/store.sqlite: note: the store has no sr-Latn translations\n")
        #expect(latin.stdout == "0 units checked: 0 errors, 0 warnings\n")
        let cyrillic = CommandRunner.run(["verify", "--lang", "sr-Cyrl"], in: project)
        #expect(cyrillic.status == 0)
        #expect(
            cyrillic.stderr
                == ".tipl10n/store.sqlite: note: the store has no sr-Cyrl translations: it is made from sr-Latn by "
                + "script conversion\n")
        #expect(cyrillic.stdout == "0 units checked: 0 errors, 0 warnings\n")
    }

    @Test func fromASubfolderTheStoreIsTheProjects() throws {
        let project = try ProjectFixture.make()
        let folder = try ProjectFixture.folder("xliff/done", in: project)
        let run = CommandRunner.run(["verify", "--lang", "sr-Latn"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == "../../.tipl10n/store.sqlite: note: the store has no sr-Latn translations\n")
    }

    @Test func everyRealSampleEndsWithASummaryAndInvalidOnesFailCleanly() throws {
        let folder = try temporaryFolder()
        let samples = TestPaths.xliffSamples
        let files = try #require(FileManager.default.enumerator(at: samples, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { ["xlf", "xliff", "sdlxliff"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        #expect(files.count == 17)
        let summary = #/^[0-9]+ units? checked: [0-9]+ errors?, [0-9]+ warnings?$/#
        for file in files {
            let run = CommandRunner.run(["verify", file.path], in: folder)
            let name = file.path.replacingOccurrences(of: samples.path + "/", with: "")
            #expect([0, 1].contains(run.status), "\(name): exit \(run.status)")
            let last = run.lines.last ?? ""
            #expect(last.wholeMatch(of: summary) != nil, "\(name): \(run.stdout)")
            if name.hasPrefix("okapi_") || name.hasPrefix("invalid/okapi_") {
                #expect(run.status == 1, "\(name)")
                #expect(last.hasPrefix("0 units checked: 1 error,"), "\(name)")
                // The reader's error names the file (after the demo note when the demo's cable was consulted).
                #expect(
                    run.errorLines.filter { $0 != KosovoOutput.demoNote }.first?.hasPrefix(file.path + ":") == true,
                    "\(name)")
                #expect(run.errorLines.contains { $0.contains(": error: ") }, "\(name)")
            }
        }
    }
}
