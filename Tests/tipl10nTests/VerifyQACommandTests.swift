import Foundation
import Testing
import TipL10nTestSupport

/// `tipl10n verify` as translators' QA tools work: omissions, choosing checks, project
/// severities, the ignore list, the report and the annotated file. In process, in a fresh
/// project per test, on the returned Albanian file of ``ReturnedFile``.
@Suite struct VerifyQACommandTests {
    static let omission =
        "returned.xlf:20:narrative.intro.p1.s1: warning: target is 11% of the source length; sq is usually 93–128%"
    static let clauses =
        "returned.xlf:76:narrative.recommendations.p1.s1: warning: target has 6 clauses where the source has 13"
    static let english =
        "returned.xlf:134:narrative.protection.p1.s2: warning: English left in the target: \"the government, in "
        + "cooperation with international donors, provided critical funding\""

    static func project() throws -> URL {
        let project = try ProjectFixture.make()
        try FileFixtures.write(try ReturnedFile.albanian(), "returned.xlf", in: project)
        return project
    }

    @Test func aReturnedFileWithLostTextGetsAWarningOnEachDamagedUnit() throws {
        let project = try Self.project()
        let run = CommandRunner.run(["verify", "returned.xlf"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.errorLines.count == 7)
        #expect(run.errorLines.contains(Self.omission))
        #expect(run.errorLines.contains(Self.clauses))
        #expect(run.errorLines.contains(Self.english))
        #expect(
            run.errorLines.contains(
                "returned.xlf:76:narrative.recommendations.p1.s1: warning: target is 42% of the source length; sq is "
                    + "usually 93–128%"))
        #expect(run.stdout == "47 units checked: 0 errors, 7 warnings\n")
        #expect(CommandRunner.run(["verify", "returned.xlf", "--strict"], in: project).status == 1)
    }

    @Test func checksAreChosenAndLeftOut() throws {
        let project = try Self.project()
        let only = CommandRunner.run(["verify", "returned.xlf", "--checks", "figures,english"], in: project)
        #expect(only.errorLines == [Self.english])
        #expect(only.stdout == "47 units checked: 0 errors, 1 warning\n")
        let without = CommandRunner.run(
            ["verify", "returned.xlf", "--exclude", "glossary,omission,clauses"], in: project)
        #expect(without.errorLines == [Self.english])
        let unknown = CommandRunner.run(["verify", "returned.xlf", "--checks", "figure"], in: project)
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "error: unknown check 'figure': the checks are untranslated, stale, figures, identical, "
                + "inline-codes, links, whitespace, bidi, script, glossary, omission, addition, clauses, english\n")
        #expect(unknown.stdout == "0 units checked: 1 error, 0 warnings\n")
        // Every unknown ID is named, not only the first.
        let two = CommandRunner.run(["verify", "returned.xlf", "--checks", "figure,figures,speling"], in: project)
        #expect(two.stderr.hasPrefix("error: unknown checks 'figure', 'speling': the checks are untranslated, "))
        // `all`, as in the project file.
        let all = CommandRunner.run(["verify", "returned.xlf", "--checks", "all"], in: project)
        #expect(all.stdout == "47 units checked: 0 errors, 7 warnings\n")
        let none = CommandRunner.run(["verify", "returned.xlf", "--exclude", "all"], in: project)
        #expect(none.status == 64)
        #expect(none.stderr.contains("--exclude leaves no check to run"))
    }

    /// A report or annotated file needs a real file name: usage errors, nothing written.
    @Test func anEmptyOrDashOutputIsAUsageError() throws {
        let project = try Self.project()
        for arguments in [["--report", ""], ["--annotate", "-"], ["--report", "-"], ["--annotate", " "]] {
            let run = CommandRunner.run(["verify", "returned.xlf"] + arguments, in: project)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stdout == "", "\(arguments)")
        }
        let dash = CommandRunner.run(["verify", "returned.xlf", "--annotate", "-"], in: project)
        #expect(dash.stderr.contains("--annotate writes a file: name it ('-', standard output, is not supported)"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("-").path))
    }

    @Test func theProjectFileSelectsChecksAndSetsSeverities() throws {
        let project = try Self.project()
        try FileFixtures.replace(
            "  exclude: []\n  severity: {}\n", with: "  exclude: [glossary]\n  severity:\n    english: error\n",
            in: "tipl10n.yaml", of: project)
        let run = CommandRunner.run(["verify", "returned.xlf"], in: project)
        #expect(run.status == 1)
        #expect(run.errorLines.count == 4)
        #expect(run.errorLines.last == Self.english.replacingOccurrences(of: ": warning: ", with: ": error: "))
        #expect(run.stdout == "47 units checked: 1 error, 3 warnings\n")
        // --checks replaces the project's selection (and its exclusions).
        let glossary = CommandRunner.run(["verify", "returned.xlf", "--checks", "glossary"], in: project)
        #expect(glossary.stdout == "47 units checked: 0 errors, 3 warnings\n")
    }

    @Test func anIgnoredFindingIsSilentAndComesBackWhenTheTextChanges() throws {
        let project = try Self.project()
        let moment = ProjectFixture.afterRelease
        let accepted = CommandRunner.run(
            [
                "verify", "returned.xlf", "--checks", "omission,clauses", "--ignore", "narrative.intro.p1.s1",
                "omission",
                "--reason", "the client asked for the short form",
            ], in: project, now: moment, user: "jsmith")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(
            accepted.lines == [
                "ignored narrative.intro.p1.s1 (sq): omission: target is 11% of the source length; sq is usually 93–128%",
                "wrote verification/ignored.yaml (ignore list)",
                "47 units checked: 0 errors, 2 warnings (1 ignored)",
            ])
        #expect(!accepted.errorLines.contains(Self.omission))
        let list = try FileFixtures.text("verification/ignored.yaml", in: project)
        #expect(list.contains("  - unit: narrative.intro.p1.s1\n    locale: sq\n    check: omission\n"))
        #expect(
            list.contains(
                "    by: jsmith\n    date: 2009-06-16T15:00:00Z\n    reason: \"the client asked for the short form\"\n")
        )

        // Next run: silent, and counted.
        let next = CommandRunner.run(["verify", "returned.xlf", "--checks", "omission,clauses"], in: project)
        #expect(!next.errorLines.contains(Self.omission))
        #expect(next.errorLines.contains(Self.clauses))
        #expect(next.stdout == "47 units checked: 0 errors, 2 warnings (1 ignored)\n")

        // The reviewer comments the file; the next accepted finding is added below, comments kept.
        try FileFixtures.replace(
            "    by: jsmith\n", with: "    by: jsmith  # LES review, 16 June\n", in: "verification/ignored.yaml",
            of: project)
        let commented = try FileFixtures.text("verification/ignored.yaml", in: project)
        let second = CommandRunner.run(
            [
                "verify", "returned.xlf", "--checks", "omission,clauses", "--ignore",
                "narrative.recommendations.p1.s1", "clauses", "--reason", "list merged",
            ], in: project, now: moment, user: "jsmith")
        #expect(second.lines.contains("wrote verification/ignored.yaml (ignore list)"), "\(second)")
        let both = try FileFixtures.text("verification/ignored.yaml", in: project)
        #expect(both.hasPrefix(commented + "  - unit: narrative.recommendations.p1.s1\n"))
        #expect(
            CommandRunner.run(["verify", "returned.xlf", "--checks", "omission,clauses"], in: project).stdout
                == "47 units checked: 0 errors, 1 warning (2 ignored)\n")

        // The translator changes the unit: the finding is reported again.
        try FileFixtures.replace(
            "Kosova është vend.", with: "Kosova është vend burimi.", in: "returned.xlf", of: project)
        let changed = CommandRunner.run(["verify", "returned.xlf", "--checks", "omission"], in: project)
        #expect(
            changed.errorLines.first
                == "returned.xlf:20:narrative.intro.p1.s1: warning: target is 15% of the source length; sq is usually "
                + "93–128%")
        #expect(changed.stdout == "47 units checked: 0 errors, 2 warnings\n")
    }

    @Test func ignoringSomethingThatIsNotThereIsAnError() throws {
        let project = try Self.project()
        let none = CommandRunner.run(
            ["verify", "returned.xlf", "--ignore", "narrative.title", "omission", "--reason", "x"], in: project)
        #expect(none.status == 1)
        #expect(none.stderr == "error: nothing to ignore for narrative.title: it has no omission finding\n")
        #expect(!FileFixtures.exists("verification/ignored.yaml", in: project))
        let usage = CommandRunner.run(["verify", "returned.xlf", "--ignore", "narrative.title"], in: project)
        #expect(usage.status == 64)
        // Nobody to name: refused, nothing written (an entry without `by` could not be read back).
        let nobody = CommandRunner.run(
            [
                "verify", "returned.xlf", "--checks", "omission", "--ignore", "narrative.intro.p1.s1", "omission",
                "--reason", "x", "--actor", " ",
            ], in: project)
        #expect(nobody.status == 1)
        #expect(nobody.stderr == "error: say who accepts the finding: the actor is empty\n")
        #expect(!FileFixtures.exists("verification/ignored.yaml", in: project))
    }

    @Test func theReportAndTheAnnotatedFileAreWritten() throws {
        let project = try Self.project()
        let run = CommandRunner.run(
            ["verify", "returned.xlf", "--report", "qa/report.html", "--annotate", "qa/returned.annotated.xlf"],
            in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines == [
                "wrote qa/report.html (report)", "wrote qa/returned.annotated.xlf (7 notes)",
                "47 units checked: 0 errors, 7 warnings",
            ])
        let html = try FileFixtures.text("qa/report.html", in: project)
        #expect(html.contains("<h2>Units with findings (3 of 47 units)</h2>"))
        #expect(html.contains("id=\"unit-20-narrative.intro.p1.s1\""))
        let annotated = try FileFixtures.text("qa/returned.annotated.xlf", in: project)
        #expect(annotated.contains("<note from=\"tipl10n\" priority=\"2\">warning (omission): target is 11% of"))
        // --annotate needs a file: the store cannot be annotated.
        #expect(CommandRunner.run(["verify", "--annotate", "x.xlf"], in: project).status == 64)
    }

    @Test func theOutputsNeverReplaceWork() throws {
        let project = try Self.project()
        let original = try FileFixtures.text("returned.xlf", in: project)
        let store = try Data(contentsOf: project.appendingPathComponent(".tipl10n/store.sqlite"))
        _ = try FileFixtures.write("my notes", "notes.txt", in: project)
        let refusals: [([String], String)] = [
            (
                ["--annotate", "returned.xlf"],
                "returned.xlf: error: is the file being checked: the annotated file may not replace it; name another file"
            ),
            (
                ["--report", ".tipl10n/store.sqlite"],
                ".tipl10n/store.sqlite: error: is the translation store: the report may not replace it; name another "
                    + "file"
            ),
            (
                ["--report", "tipl10n.yaml"],
                "tipl10n.yaml: error: is the project file: the report may not replace it; name another file"
            ),
            (
                ["--report", "notes.txt"],
                "notes.txt: error: exists and is not a file tipl10n wrote: the report may not replace it; remove it or "
                    + "name another file"
            ),
            (
                ["--report", "qa.html", "--annotate", "./qa.html"],
                "./qa.html: error: the report and the annotated file cannot be one file"
            ),
        ]
        for (options, message) in refusals {
            let run = CommandRunner.run(["verify", "returned.xlf"] + options, in: project)
            #expect(run.status == 1, "\(options)")
            #expect(run.errorLines.last == message, "\(options)")
            #expect(run.stdout == "0 units checked: 1 error, 0 warnings\n", "\(options)")
        }
        #expect(try FileFixtures.text("returned.xlf", in: project) == original)
        #expect(try Data(contentsOf: project.appendingPathComponent(".tipl10n/store.sqlite")) == store)
        #expect(try FileFixtures.text("notes.txt", in: project) == "my notes")
        #expect(!FileFixtures.exists("qa.html", in: project))
        // Its own earlier outputs are replaced.
        for _ in 0..<2 {
            let run = CommandRunner.run(
                ["verify", "returned.xlf", "--report", "qa.html", "--annotate", "qa.xlf"], in: project)
            #expect(run.status == 0, "\(run)")
        }
    }

    @Test func aFileAnnotatedBeforeGetsNoNoteTwice() throws {
        let project = try Self.project()
        let first = CommandRunner.run(["verify", "returned.xlf", "--annotate", "once.xlf"], in: project)
        #expect(first.lines.first == "wrote once.xlf (7 notes)")
        let second = CommandRunner.run(["verify", "once.xlf", "--annotate", "twice.xlf"], in: project)
        #expect(second.lines.first == "wrote twice.xlf (0 notes)")
        #expect(try FileFixtures.text("twice.xlf", in: project) == (try FileFixtures.text("once.xlf", in: project)))
    }

    @Test func aBrokenGlossaryIsNamedNotTheCheckedFile() throws {
        let project = try Self.project()
        _ = try FileFixtures.write("<tbx><broken", "glossary/terms.tbx", in: project)
        let run = CommandRunner.run(["verify", "returned.xlf"], in: project)
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errorLines.first?.hasPrefix("glossary/terms.tbx:1:") == true, "\(run)")
        #expect(run.stdout == "0 units checked: 1 error, 0 warnings\n")
    }

    @Test func aGlossaryImportedFromCSVIsCheckedAndExported() throws {
        let project = try Self.project()
        try FileFixtures.write(
            "en,sq,note\nGovernment of Kosovo,Qeveria e Kosovës|Qeverisë së Kosovës,as an institution\n"
                + "donors,donatorët,\n", "terms.csv", in: project)
        let imported = CommandRunner.run(["glossary", "import", "terms.csv"], in: project)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout == "glossary/terms.tbx: 2 terms read (en → sq): 2 added, 0 updated, 0 unchanged\n")
        // The project's term "donors" now applies to the unit left in English.
        let run = CommandRunner.run(["verify", "returned.xlf", "--checks", "glossary"], in: project)
        #expect(
            run.errorLines.contains(
                "returned.xlf:134:narrative.protection.p1.s2: warning: glossary term \"donors\" not rendered as "
                    + "\"donatorët\""))
        // The effective profile says the glossary is the project's.
        let shown = CommandRunner.run(["locale", "show", "sq"], in: project)
        #expect(shown.lines.contains("glossary: 34 terms [glossary/terms.tbx]"), "\(shown)")
        let exported = CommandRunner.run(["glossary", "export", "--lang", "sq", "--output", "sq.tbx"], in: project)
        #expect(exported.stdout == "sq.tbx: 34 terms (en → sq)\n")
        let tbx = try FileFixtures.text("sq.tbx", in: project)
        #expect(tbx.contains("<term>donatorët</term>"))
        #expect(tbx.contains("<note>as an institution</note>"))
        // A locale with no terms anywhere gets no empty TBX.
        let empty = CommandRunner.run(["glossary", "export", "--lang", "de", "--output", "de.tbx"], in: project)
        #expect(empty.status == 1)
        #expect(
            empty.stderr
                == "note: de is not a locale of the project (tipl10n.yaml lists sq, sr-Latn, sr-Cyrl)\n"
                + "de.tbx: error: no glossary terms for de: neither the project's glossary nor the built-in profile "
                + "has any; nothing written\n")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("de.tbx").path))
    }

    @Test func exportNotesTheGlossaryTermsAndTheEmbargoAndWritesTheTBXBeside() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["export", "--lang", "sq"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines.contains(
                "  glossary: xliff/09STATE61188.sq.tbx (33 terms, 30 used in the units and noted on them)"))
        let xliff = try FileFixtures.text("xliff/09STATE61188.sq.xlf", in: project)
        #expect(
            xliff.contains(
                "<note from=\"tipl10n\" annotates=\"source\">Glossary: &quot;Government of Kosovo&quot; → "
                    + "&quot;Qeveria e Kosovës&quot; (also Qeverisë së Kosovës, Qeverinë e Kosovës, Qeveri…; "
                    + "capitalised, as an institution; short form Qeveria)</note>"))
        let title = try #require(xliff.range(of: "<trans-unit id=\"narrative.title\"")).lowerBound
        let next = try #require(xliff.range(of: "</trans-unit>", range: title..<xliff.endIndex)).lowerBound
        #expect(xliff[title..<next].contains("<note from=\"tipl10n\" priority=\"1\">Embargo: "))
        #expect(FileFixtures.exists("xliff/09STATE61188.sq.tbx", in: project))
    }
}
