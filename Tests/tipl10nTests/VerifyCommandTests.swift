import Foundation
import Testing

@testable import TipL10nCLI

/// `tipl10n verify` run as the built binary, in a fresh project folder per test.
@Suite(.serialized) struct VerifyCommandTests {
    static func reference(_ tag: String) -> URL {
        repositoryRoot.appendingPathComponent("xliff/09STATE61188.\(tag).done.xlf")
    }

    /// A copy of the Albanian reference with `replacements` applied, written to `folder/name`.
    static func mutated(_ replacements: [(String, String)], _ name: String, in folder: URL) throws -> String {
        var text = try String(contentsOf: reference("sq"), encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "fixture text not found: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return name
    }

    @Test func referencesVerifyCleanAfterImport() throws {
        let folder = try temporaryFolder()
        for tag in ["sq", "sr-Latn"] {
            let imported = try ToolRun.run(["import", Self.reference(tag).path], in: folder)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout.hasSuffix("verification: 47 units checked: 0 errors, 0 warnings\n"))
        }
        let all = try ToolRun.run(["verify"], in: folder)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stderr == "")
        #expect(all.stdout == "94 units checked: 0 errors, 0 warnings\n")
        let strict = try ToolRun.run(["verify", "--lang", "sr-Latn", "--strict"], in: folder)
        #expect(strict.status == 0)
        #expect(strict.stdout == "47 units checked: 0 errors, 0 warnings\n")
    }

    @Test func changedEmailInAFileIsAnErrorWithTheExactLine() throws {
        let folder = try temporaryFolder()
        let file = try Self.mutated(
            [("në tipreport@state.gov.</target>", "në tipreport@state.gob.</target>")], "mutated.xlf", in: folder)
        let run = try ToolRun.run(["verify", file], in: folder)
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "mutated.xlf:293:press.q4.answer.s1: error: e-mail address changed: source tipreport@state.gov, "
                + "target tipreport@state.gob\n")
        #expect(run.stdout == "47 units checked: 1 error, 0 warnings\n")
        // Checking a file on its own neither imports it nor creates a store.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tipl10n").path))
    }

    @Test func changedFigureIsAnErrorQuotingBothFigures() throws {
        let folder = try temporaryFolder()
        let file = try Self.mutated([("158\u{00A0}593 dollarë", "158\u{00A0}539 dollarë")], "figure.xlf", in: folder)
        let run = try ToolRun.run(["verify", file], in: folder)
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "figure.xlf:133:narrative.protection.p1.s2: error: figure `$158,593` in the source is "
                + "`158\u{00A0}539 dollarë` in the target (sq reads 158\u{00A0}539 as 158539)\n")
        #expect(run.stdout == "47 units checked: 1 error, 0 warnings\n")
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let folder = try temporaryFolder()
        let file = try Self.mutated(
            [(">Ndjekja penale</target>", ">Prosecution</target>")], "heading.xlf", in: folder)
        let relaxed = try ToolRun.run(["verify", file], in: folder)
        #expect(relaxed.status == 0)
        #expect(
            relaxed.stderr
                == "heading.xlf:83:narrative.prosecution.heading: warning: target identical to source: \"Prosecution\"\n"
                + "heading.xlf:83:narrative.prosecution.heading: warning: glossary term \"Prosecution\" not rendered as "
                + "\"ndjekja penale\", \"ndjekjen penale\", \"ndjekjes penale\" or \"ndjek*\"\n")
        #expect(relaxed.stdout == "47 units checked: 0 errors, 2 warnings\n")
        let strict = try ToolRun.run(["verify", file, "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout == relaxed.stdout)
    }

    @Test func jsonHasTheDiagnosticsAndTheSummary() throws {
        let folder = try temporaryFolder()
        let file = try Self.mutated(
            [("në tipreport@state.gov.</target>", "në tipreport@state.gob.</target>")], "mutated.xlf", in: folder)
        let run = try ToolRun.run(["verify", file, "--format", "json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "")
        struct Output: Decodable {
            struct Summary: Decodable {
                var unitsChecked, errors, warnings, notes: Int
            }
            var diagnostics: [[String: JSONValue]]
            var summary: Summary
            var failed: Bool
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(run.stdout.utf8))
        #expect(output.failed)
        #expect(output.summary.unitsChecked == 47)
        #expect(output.summary.errors == 1)
        #expect(output.diagnostics.count == 1)
        #expect(
            output.diagnostics.first == [
                "location": .string("mutated.xlf"), "line": .number(293), "column": .number(0),
                "unitID": .string("press.q4.answer.s1"), "severity": .string("error"), "check": .string("links"),
                "message": .string("e-mail address changed: source tipreport@state.gov, target tipreport@state.gob"),
                "source": .string("tipreport@state.gov"), "target": .string("tipreport@state.gob"),
            ])
    }

    @Test func withoutAStoreVerifyFailsWithOneLineAndTheSummary() throws {
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["verify"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout == "0 units checked: 1 error, 0 warnings\n")
        #expect(
            run.stderr
                == ".tipl10n/store.sqlite: error: no translation store here: import a completed XLIFF file first "
                + "(tipl10n import FILE), or name one with --store\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tipl10n").path))
    }

    @Test func inputFailuresEndWithTheSummaryLine() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("folder.xlf"), withIntermediateDirectories: true)
        let cases: [([String], String)] = [
            (["verify", "missing.xlf"], "missing.xlf: error: no such file\n"),
            (["verify", "folder.xlf"], "folder.xlf: error: is a directory, not a file\n"),
            (
                ["verify", Self.reference("sq").path, "--lang", "sr-Latn"],
                "\(Self.reference("sq").path): error: the file's target language is sq, not sr-Latn as --lang says\n"
            ),
            (
                ["verify", "--lang", "xx"],
                "--lang: error: unknown locale 'xx': CLDR has no locale data for its language (a BCP 47 tag such as "
                    + "es, es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)\n"
            ),
        ]
        for (arguments, stderr) in cases {
            let run = try ToolRun.run(arguments, in: folder)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == stderr, "\(arguments)")
            #expect(run.stdout == "0 units checked: 1 error, 0 warnings\n", "\(arguments)")
        }
    }

    @Test func inputFailuresInJSONAreOneObject() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("folder.xlf"), withIntermediateDirectories: true)
        struct Output: Decodable {
            var diagnostics: [[String: JSONValue]]
            var failed: Bool
        }
        let cases: [([String], String, String)] = [
            (
                ["verify"], ".tipl10n/store.sqlite",
                "no translation store here: import a completed XLIFF file first (tipl10n import FILE), "
                    + "or name one with --store"
            ),
            (["verify", "missing.xlf"], "missing.xlf", "no such file"),
            (["verify", "folder.xlf"], "folder.xlf", "is a directory, not a file"),
            (
                ["verify", Self.reference("sq").path, "--lang", "sr-Latn"], Self.reference("sq").path,
                "the file's target language is sq, not sr-Latn as --lang says"
            ),
        ]
        for (arguments, location, message) in cases {
            let run = try ToolRun.run(arguments + ["--format", "json"], in: folder)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == "", "\(arguments)")
            let output = try JSONDecoder().decode(Output.self, from: Data(run.stdout.utf8))
            #expect(output.failed)
            #expect(
                output.diagnostics == [
                    [
                        "location": .string(location), "line": .number(0), "column": .number(0),
                        "severity": .string("error"), "check": .string("input"), "message": .string(message),
                    ]
                ], "\(arguments)")
        }
    }

    @Test func localeWithoutTranslationsInTheStoreGetsANote() throws {
        let folder = try temporaryFolder()
        let imported = try ToolRun.run(["import", Self.reference("sq").path], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        let run = try ToolRun.run(["verify", "--lang", "sr-Cyrl"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == ".tipl10n/store.sqlite: note: the store has no sr-Cyrl translations\n")
        #expect(run.stdout == "0 units checked: 0 errors, 0 warnings\n")
    }

    @Test func everyRealSampleEndsWithASummaryAndInvalidOnesFailCleanly() throws {
        let folder = try temporaryFolder()
        let samples = repositoryRoot.appendingPathComponent("Tests/Fixtures/xliff-samples")
        let files = try #require(FileManager.default.enumerator(at: samples, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { ["xlf", "xliff", "sdlxliff"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        #expect(files.count == 17)
        let summary = #/^[0-9]+ units? checked: [0-9]+ errors?, [0-9]+ warnings?$/#
        for file in files {
            let run = try ToolRun.run(["verify", file.path], in: folder)
            let name = file.path.replacingOccurrences(of: samples.path + "/", with: "")
            #expect([0, 1].contains(run.status), "\(name): exit \(run.status)")
            let last = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last.wholeMatch(of: summary) != nil, "\(name): \(run.stdout)")
            if name.hasPrefix("okapi_") || name.hasPrefix("invalid/okapi_") {
                #expect(run.status == 1, "\(name)")
                #expect(last.hasPrefix("0 units checked: 1 error,"), "\(name)")
                #expect(run.stderr.hasPrefix(file.path + ":"), "\(name)")
                #expect(run.stderr.contains(": error: "), "\(name)")
            }
        }
    }
}

/// A JSON value, for comparing decoded output exactly.
enum JSONValue: Decodable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }
}
