import Foundation
import Testing
import TipL10nTestSupport

/// `tipl10n locale show TAG`.
@Suite struct LocaleCommandTests {
    @Test func showPrintsSeparatorsMonthsAndSpellOutWithOrigins() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = CommandRunner.run(["locale", "show", "es"], in: folder)
        #expect(run.status == 0, "\(run)")
        // Only a store-free, cable-free look at CLDR: no demo note.
        #expect(run.stderr == "")
        let lines = run.lines
        #expect(lines.first == "locale es: Spanish — español")
        #expect(lines.contains("decimal separator: \",\" U+002C [CLDR]"))
        #expect(
            lines.contains { $0.hasPrefix("grouping separators: \".\" U+002E, \" \" U+0020 space, U+00A0 no-break") })
        #expect(lines.contains("  1: enero, ene"))
        #expect(
            lines.contains { $0.hasPrefix("spelled-out numbers in ICU: yes: ICU's spell-out rules format and parse") })
        #expect(lines.contains("question label: P [<built-in>/es.yaml]"))
    }

    @Test func theProjectsFileIsNamedAsTheOrigin() throws {
        let project = try ProjectFixture.make(locales: ["es"], cable: TestPaths.cable("09STATE60550.txt"))
        defer { try? FileManager.default.removeItem(at: project) }
        let locales = try ProjectFixture.folder("locales", in: project)
        try Data("version: 1\nquestionLabel: Preg.\n".utf8).write(to: locales.appendingPathComponent("es.yaml"))
        let run = CommandRunner.run(["locale", "show", "es_419"], in: try ProjectFixture.folder("sub", in: project))
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        #expect(run.stdout.contains("question label: Preg. [\(locales.appendingPathComponent("es.yaml").path)]\n"))
        #expect(run.stdout.contains("ICU locale: es_419 [CLDR]\n"))
    }

    @Test func aMalformedTagFailsWithOneLine() throws {
        let project = try ProjectFixture.make()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = CommandRunner.run(["locale", "show", "es-ÑÑ"], in: project)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr
                == "error: malformed locale 'es-ÑÑ': subtags are ASCII letters and digits separated by '-' "
                + "(a BCP 47 tag such as es, es-419, zh-Hant-TW)\n")
    }

    @Test func theBinaryPrintsTheProfile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryRunner.run(["locale", "show", "ru"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first == "locale ru: Russian — русский")
    }
}
