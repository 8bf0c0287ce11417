import Foundation
import Testing
import TipL10nKit
import TipL10nTestSupport

/// `tipl10n init`, discovery of the project from any subfolder, `--project`, the demo outside a
/// project, and the errors of a bad project file — in process.
@Suite struct ProjectCommandTests {
    /// The issue's "done when": init in an empty folder, export from one subfolder, import from
    /// another, status from the top; one store, the project's.
    @Test func initThenExportImportAndStatusFromSubfolders() throws {
        let root = try temporaryFolder("season")
        let folder = try ProjectFixture.folder("pristina-2009", in: root)
        let cable = TestPaths.cable("09STATE61188.txt").path
        let initialized = CommandRunner.run(["init", "--cable", cable, "--lang", "sq,sr-Latn"], in: folder)
        #expect(initialized.status == 0, "\(initialized)")
        #expect(initialized.stderr == "")
        #expect(
            initialized.lines == [
                "created a tipl10n project in \(folder.path)",
                "from the cable:",
                "  cable:     09STATE61188 (cables/09STATE61188.txt)",
                "  post:      PRISTINA",
                "  country:   Kosovo",
                "  bureau:    EUR",
                "  EX office: EUR/EX",
                "  time zone: Europe/Belgrade",
                "locales: sq, sr-Latn",
                "wrote tipl10n.yaml, cables/09STATE61188.txt, .tipl10n/store.sqlite",
                "next: tipl10n export --lang all",
            ])
        #expect(FileFixtures.contents("", in: folder) == [".tipl10n", "cables", "tipl10n.yaml"])
        let file = try ProjectFile.parse(try FileFixtures.text("tipl10n.yaml", in: folder), path: "tipl10n.yaml")
        #expect(file.locales.map(\.tag) == ["sq", "sr-Latn"])
        #expect(file.cable.id == "09STATE61188")

        let exportFolder = try ProjectFixture.folder("work/export", in: folder)
        let export = CommandRunner.run(["export", "--lang", "all"], in: exportFolder)
        #expect(export.status == 0, "\(export)")
        #expect(
            export.lines == [
                KosovoOutput.exportLine("sq", path: "../../xliff/09STATE61188.sq.xlf"),
                KosovoOutput.exportGlossaryLine("sq", path: "../../xliff/09STATE61188.sq.tbx"),
                KosovoOutput.exportLine("sr-Latn", path: "../../xliff/09STATE61188.sr-Latn.xlf"),
                KosovoOutput.exportGlossaryLine("sr-Latn", path: "../../xliff/09STATE61188.sr-Latn.tbx"),
                KosovoOutput.exportCableLine,
            ])
        #expect(export.errorLines == KosovoOutput.exportRepairNotes(cablePath: "../../cables/09STATE61188.txt"))
        #expect(
            FileFixtures.contents("xliff", in: folder) == [
                "09STATE61188.sq.tbx", "09STATE61188.sq.xlf", "09STATE61188.sr-Latn.tbx", "09STATE61188.sr-Latn.xlf",
            ])
        #expect(FileFixtures.contents("work/export", in: folder) == [])

        let importFolder = try ProjectFixture.folder("inbox", in: folder)
        let imported = ProjectFixture.importReference("sq", into: importFolder)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.lines.first == "sq: 47 new, 0 updated, 0 unchanged, 0 stale, 0 unknown, 0 empty")
        #expect(try ProjectFixture.storedTranslations("sq", in: folder)?.count == 47)
        #expect(FileFixtures.folders(named: ".tipl10n", under: root) == ["pristina-2009/.tipl10n"])

        let status = CommandRunner.run(["status", "--now", "2009-06-17T00:00:00Z"], in: folder)
        #expect(status.status == 0, "\(status)")
        #expect(status.stderr == "")
        #expect(
            status.lines.filter { $0.contains(" translated, ") } == [
                "sq: 47/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings",
                "sr-Latn: 0/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings",
            ])
    }

    @Test func theProjectIsFoundFromNestedFoldersWithoutANote() throws {
        let project = try ProjectFixture.make()
        let deep = try ProjectFixture.folder("a/b/c/d/e", in: project)
        let run = CommandRunner.run(["status", "--lang", "sq", "--now", "2009-06-17T00:00:00Z"], in: deep)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        #expect(run.lines.first == "09STATE61188 for Pristina (EUR, Europe/Belgrade): 1031 source words")
        let export = CommandRunner.run(["export", "--lang", "sq"], in: deep)
        // Five folders up is too far to read: the path is shown whole.
        #expect(
            export.lines.first
                == KosovoOutput.exportLine("sq", path: project.appendingPathComponent("xliff/09STATE61188.sq.xlf").path)
        )
        #expect(FileFixtures.contents("a/b/c/d/e", in: project) == [])
    }

    @Test func theNearestProjectWins() throws {
        let outer = try ProjectFixture.make(locales: ["sq"])
        let inner = try ProjectFixture.folder("kosovo-serbian", in: outer)
        _ = try Project.initialize(.init(folder: inner, locales: ["sr-Latn"], currentFolder: inner))
        let run = CommandRunner.run(["export"], in: try ProjectFixture.folder("sub", in: inner))
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first == KosovoOutput.exportLine("sr-Latn", path: "../xliff/09STATE61188.sr-Latn.xlf"))
        #expect(!FileFixtures.exists("xliff", in: outer))
    }

    @Test func projectNamesTheFolderFromAnywhere() throws {
        let project = try ProjectFixture.make()
        let elsewhere = try temporaryFolder("elsewhere")
        for named in [project.path, "../\(project.lastPathComponent)"] {
            let run = CommandRunner.run(
                ["status", "--project", named, "--lang", "sq", "--now", "2009-06-17T00:00:00Z"], in: elsewhere)
            #expect(run.status == 0, "\(named): \(run)")
            #expect(run.stderr == "", "\(named)")
        }
        let export = CommandRunner.run(["export", "--project", project.path, "--lang", "sq"], in: elsewhere)
        #expect(export.status == 0, "\(export)")
        #expect(
            export.lines.first
                == KosovoOutput.exportLine("sq", path: "../\(project.lastPathComponent)/xliff/09STATE61188.sq.xlf"))
        #expect(FileFixtures.exists("xliff/09STATE61188.sq.xlf", in: project))
        #expect(FileFixtures.contents("", in: elsewhere) == [])

        let missing = elsewhere.appendingPathComponent("nowhere").path
        let noFolder = CommandRunner.run(["status", "--project", missing], in: elsewhere)
        #expect(noFolder.status == 1)
        #expect(
            noFolder.stderr
                == "\(missing): error: no such folder: make a project with `tipl10n init`\n")
        let notProject = CommandRunner.run(["status", "--project", "."], in: elsewhere)
        #expect(notProject.status == 1)
        #expect(
            notProject.stderr
                == "\(elsewhere.path): error: not a tipl10n project: there is no tipl10n.yaml: make a project with "
                + "`tipl10n init`\n")
    }

    @Test(arguments: [
        ["status", "--now", "2009-06-17T00:00:00Z"], ["export", "--lang", "sq"], ["segment"], ["cable"],
        ["cost", "estimate"], ["import", TestPaths.reference("sq").path], ["cost", "list"],
        ["build", "--lang", "en", "--now", "2009-06-17T00:00:00Z"],
    ])
    func outsideAProjectTheDemoNoteIsPrintedExactlyOnce(arguments: [String]) throws {
        let folder = try temporaryFolder("demo")
        let run = CommandRunner.run(arguments, in: folder)
        #expect(run.errorLines.filter { $0 == KosovoOutput.demoNote }.count == 1, "\(run)")
        #expect(!run.stdout.contains("demo"))
        #expect(FileFixtures.folders(named: ".tipl10n", under: folder) == [])
    }

    /// The note comes where the demo's cable, locales or rates are used; an error that stops a
    /// command first, or a look at CLDR alone, says nothing about the demo.
    @Test(arguments: [["verify"], ["export", "--lang", "xx"], ["locale", "show", "es"]])
    func outsideAProjectANoteOnlyWhereTheDemoIsUsed(arguments: [String]) throws {
        let folder = try temporaryFolder("demo")
        let run = CommandRunner.run(arguments, in: folder)
        #expect(!run.errorLines.contains(KosovoOutput.demoNote), "\(run)")
    }

    @Test func initRefusesAFolderThatIsAlreadyAProject() throws {
        let project = try ProjectFixture.make()
        let before = try FileFixtures.text("tipl10n.yaml", in: project)
        let run = CommandRunner.run(["init", "--lang", "sq"], in: project)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr == "\(project.path)/tipl10n.yaml: error: the folder is already a tipl10n project\n")
        #expect(try FileFixtures.text("tipl10n.yaml", in: project) == before)
    }

    @Test func initOfTheBuiltInCableMakesSerbianCyrillicFromLatin() throws {
        let root = try temporaryFolder("init")
        let run = CommandRunner.run(["init", "kosovo"], in: root)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stderr
                == "note: sr-Cyrl is made from sr-Latn by script conversion (remove `from: sr-Latn` in tipl10n.yaml "
                + "to have it translated separately)\n")
        #expect(run.lines.first == "created a tipl10n project in \(root.path)/kosovo")
        #expect(run.lines.contains("locales: sq, sr-Latn, sr-Cyrl (from sr-Latn)"))
        #expect(FileFixtures.contents("kosovo/cables", in: root) == ["09STATE61188.txt"])
    }

    @Test func initReadsThePostAndBureauFromTheCableOrAsGiven() throws {
        let root = try temporaryFolder("init")
        let paramaribo = CommandRunner.run(
            ["init", "paramaribo", "--cable", TestPaths.cable("09STATE60550.txt").path, "--lang", "sq"], in: root)
        #expect(paramaribo.status == 0, "\(paramaribo)")
        #expect(
            paramaribo.lines.dropFirst().prefix(7) == [
                "from the cable:",
                "  cable:     09STATE60550 (cables/09STATE60550.txt)",
                "  post:      PARAMARIBO",
                "  country:   Suriname",
                "  bureau:    WHA",
                "  EX office: WHA/EX",
                "  time zone: America/Paramaribo",
            ])
        let given = CommandRunner.run(
            [
                "init", "other", "--cable", TestPaths.cable("09STATE60608.html").path, "--lang", "sq", "--post",
                "Akureyri", "--bureau", "AF",
            ], in: root)
        #expect(given.status == 0, "\(given)")
        #expect(given.lines.contains("  post:      AKUREYRI (as given)"))
        #expect(given.lines.contains("  bureau:    AF (as given)"))
        #expect(given.lines.contains("  EX office: AF/EX"))
    }

    @Test func initWritesNothingWhenTheInputIsBad() throws {
        let root = try temporaryFolder("init")
        let noLocales = CommandRunner.run(
            ["init", "p1", "--cable", TestPaths.cable("09STATE60550.txt").path], in: root)
        #expect(noLocales.status == 1)
        #expect(
            noLocales.stderr
                == "\(TestPaths.cable("09STATE60550.txt").path): error: no target locales: which languages does "
                + "PARAMARIBO publish in? (BCP 47 tags, e.g. es or fr,ar): name them with --lang\n")
        let unknown = CommandRunner.run(["init", "p2", "--lang", "xx"], in: root)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == KosovoOutput.unsupportedLocaleError + "\n")
        let twice = CommandRunner.run(["init", "p3", "--lang", "sq,sq"], in: root)
        #expect(twice.status == 1)
        #expect(twice.stderr == "error: the locale sq is listed twice\n")
        let notACable = CommandRunner.run(
            ["init", "p4", "--cable", TestPaths.cable("09REYKJAVIK49.txt").path, "--lang", "sq"], in: root)
        #expect(notACable.status == 1)
        #expect(
            notACable.errorLines.first?.hasPrefix(
                "\(TestPaths.cable("09REYKJAVIK49.txt").path): error: no TIP Report country narrative") == true)
        #expect(FileFixtures.contents("", in: root) == [])
    }
}

/// A project file written by hand (the keys a post must give) and the errors of a bad one: file,
/// 1-based line and column, and what is wrong.
@Suite struct ProjectFileErrorTests {
    static let minimal = """
        version: 1
        cable:
          path: cables/09STATE61188.txt
        post:
          name: PRISTINA
          country: Kosovo
          bureau: EUR
          timeZone: Europe/Belgrade
        locales: [sq, sr-Latn]
        costs:
          currency: USD
          rates:
            sq: 0.13
            sr-Latn: 0.12

        """

    /// A project folder with `text` as its `tipl10n.yaml` and the Kosovo cable in `cables/`.
    static func project(_ text: String) throws -> URL {
        let folder = try temporaryFolder("handwritten")
        try FileFixtures.write(text, "tipl10n.yaml", in: folder)
        try FileFixtures.write(
            try String(contentsOf: TestPaths.cable("09STATE61188.txt"), encoding: .utf8), "cables/09STATE61188.txt",
            in: folder)
        return folder
    }

    @Test func aMinimalFileIsAProject() throws {
        let folder = try Self.project(Self.minimal)
        let run = CommandRunner.run(["cost", "estimate"], in: try ProjectFixture.folder("sub", in: folder))
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        #expect(
            run.line(2)
                == "sq       translation  968       0       0       0      0           63  1,031     986.9   USD 0.13  USD 128.30"
        )
        #expect(
            run.line(3)
                == "sr-Latn  translation  968       0       0       0      0           63  1,031     986.9   USD 0.12  USD 118.43"
        )
        #expect(run.lines.last == "rates: ../tipl10n.yaml (costs)")
        // Writing needs a store: the default place, created on first use inside the project.
        #expect(ProjectFixture.importReference("sq", into: folder).status == 0)
        #expect(FileFixtures.folders(named: ".tipl10n", under: folder) == [".tipl10n"])
    }

    @Test(arguments: [
        (
            "cable:", "cabel:",
            "2:1: error: unknown key 'cabel' in the project file: expected one of version, cable, post, locales, "
                + "costs, memory, store, segmentation, folders, publish, glossary, verification"
        ),
        (
            "  country: Kosovo", "  country: Kosovo\n  embassy: Pristina",
            "7:3: error: unknown key 'embassy' in 'post': expected one of name, country, bureau, executiveOffice, "
                + "timeZone"
        ),
        ("version: 1", "version: one", "1:10: error: 'version' must be a whole number"),
        ("version: 1", "version: 2", "1:10: error: unsupported project file version 2 (this tipl10n reads version 1)"),
        (
            "locales: [sq, sr-Latn]", "locales: sq",
            "9:10: error: 'locales' must be a list of BCP 47 tags, e.g. [sq, sr-Latn]"
        ),
        (
            "post:\n  name: PRISTINA\n  country: Kosovo\n  bureau: EUR\n  timeZone: Europe/Belgrade",
            "post: PRISTINA", "4:7: error: 'post' must be a mapping"
        ),
        (
            "  timeZone: Europe/Belgrade", "  timeZone: Europe/Pristina",
            "8:13: error: unknown time zone 'Europe/Pristina' in 'post.timeZone': expected an IANA name such as "
                + "Europe/Belgrade"
        ),
        (
            "  bureau: EUR", "  bureau: EUROPE",
            "7:11: error: unknown bureau 'EUROPE' in 'post.bureau': expected AF, EAP, EUR, NEA, SCA, WHA"
        ),
        (
            "version: 1\n", "version: 1\nmemory:\n  fuzzyThreshold: high\n",
            "3:19: error: 'memory.fuzzyThreshold' must be a whole number"
        ),
        ("locales: [sq, sr-Latn]", "locales: [sq, sq]", "9:15: error: the locale sq is listed twice in 'locales'"),
    ])
    func aBadValueIsAnErrorAtItsLineAndColumn(old: String, new: String, error: String) throws {
        #expect(Self.minimal.contains(old))
        let folder = try Self.project(Self.minimal.replacingOccurrences(of: old, with: new))
        // From a subfolder, the project file is shown relative to it.
        let run = CommandRunner.run(["status"], in: try ProjectFixture.folder("sub", in: folder))
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "../tipl10n.yaml:\(error)\n")
    }

    @Test func aMissingSectionIsNamedWithAnExample() throws {
        let folder = try Self.project(
            Self.minimal.replacingOccurrences(of: "cable:\n  path: cables/09STATE61188.txt\n", with: ""))
        let run = CommandRunner.run(["export"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "tipl10n.yaml:1:1: error: missing 'cable' in the project file (cable: {path: "
                + "cables/<cable>.txt})\n")
        #expect(!FileFixtures.exists("xliff", in: folder))
    }

    @Test func aMissingCableIsAnErrorAtTheLineAndColumnOfItsPath() throws {
        let folder = try Self.project(
            Self.minimal.replacingOccurrences(of: "cables/09STATE61188.txt", with: "cables/09STATE61188.v2.txt"))
        for arguments in [["export"], ["status"], ["cost", "estimate"], ["build", "--lang", "en"]] {
            let run = CommandRunner.run(arguments, in: folder)
            #expect(run.status == 1, "\(arguments)")
            #expect(
                run.stderr == "tipl10n.yaml:3:9: error: the cable cables/09STATE61188.v2.txt does not exist\n",
                "\(arguments)")
        }
        let sub = CommandRunner.run(["status"], in: try ProjectFixture.folder("sub", in: folder))
        #expect(sub.stderr == "../tipl10n.yaml:3:9: error: the cable cables/09STATE61188.v2.txt does not exist\n")
        #expect(FileFixtures.contents("", in: folder) == ["cables", "sub", "tipl10n.yaml"])
    }

    @Test func anotherCableThanTheIDSaysIsRefused() throws {
        let folder = try Self.project(
            Self.minimal.replacingOccurrences(
                of: "  path: cables/09STATE61188.txt", with: "  path: cables/09STATE61188.txt\n  id: 09STATE60550"))
        let run = CommandRunner.run(["export"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "tipl10n.yaml:4:7: error: the cable cables/09STATE61188.txt is 09STATE61188, not 09STATE60550 as "
                + "the project file says\n")
        #expect(!FileFixtures.exists("xliff", in: folder))
        // A cable named for one run is not checked against the project's ID.
        let other = CommandRunner.run(
            ["segment", "--cable", TestPaths.cable("09STATE60550.txt").path], in: folder)
        #expect(other.status == 0, "\(other)")
    }
}
