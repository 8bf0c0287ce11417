import Foundation
import Testing

/// `tipl10n locale show TAG` run as the built binary.
@Suite struct LocaleCommandTests {
    @Test func showPrintsSeparatorsMonthsAndSpellOutWithOrigins() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRun.run(["locale", "show", "es"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "locale es: Spanish — español")
        #expect(lines.contains("decimal separator: \",\" U+002C [CLDR]"))
        #expect(
            lines.contains { $0.hasPrefix("grouping separators: \".\" U+002E, \" \" U+0020 space, U+00A0 no-break") })
        #expect(lines.contains("  1: enero, ene"))
        #expect(
            lines.contains { $0.hasPrefix("spelled-out numbers in ICU: yes: ICU's spell-out rules format and parse") })
        #expect(lines.contains("question label: P [<built-in>/es.yaml]"))
    }

    @Test func projectFileIsNamedAsTheOrigin() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let locales = folder.appendingPathComponent("locales")
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        try Data("version: 1\nquestionLabel: Preg.\n".utf8).write(to: locales.appendingPathComponent("es.yaml"))
        let run = try ToolRun.run(["locale", "show", "es_419"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("question label: Preg. [\(locales.appendingPathComponent("es.yaml").path)]\n"))
        #expect(run.stdout.contains("ICU locale: es_419 [CLDR]\n"))
    }

    @Test func malformedTagFailsWithOneLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRun.run(["locale", "show", "es-ÑÑ"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr
                == "error: malformed locale 'es-ÑÑ': subtags are ASCII letters and digits separated by '-' "
                + "(a BCP 47 tag such as es, es-419, zh-Hant-TW)\n")
    }
}
