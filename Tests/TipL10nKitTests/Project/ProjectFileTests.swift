import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// `tipl10n.yaml`: what `init` writes reads back equal, and every kind of mistake is an error
/// with the file, line and column.
@Suite struct ProjectFileTests {
    static func kosovo() throws -> ProjectFile {
        var file = ProjectFile(
            cable: .init(path: "cables/09STATE61188.txt", id: "09STATE61188"),
            post: .init(name: "PRISTINA", country: "Kosovo", bureau: .eur, timeZone: "Europe/Belgrade"),
            locales: [.init(tag: "sq"), .init(tag: "sr-Latn"), .init(tag: "sr-Cyrl", convertedFrom: "sr-Latn")],
            costs: try RateTable.builtIn())
        file.store = ".tipl10n/store.sqlite"
        return file
    }

    /// `text` with the line holding `old` replaced by `new`.
    static func replacing(_ old: String, with new: String, in text: String) -> String {
        text.components(separatedBy: "\n").map { $0.contains(old) ? $0.replacingOccurrences(of: old, with: new) : $0 }
            .joined(separator: "\n")
    }

    @Test func theWrittenFileReadsBackEqual() throws {
        let file = try Self.kosovo()
        var parsed = try ProjectFile.parse(file.yaml, path: "tipl10n.yaml")
        #expect(parsed.cable.pathPosition == .init(line: 9, column: 9))
        #expect(parsed.cable.idPosition == .init(line: 10, column: 7))
        parsed.cable.pathPosition = nil
        parsed.cable.idPosition = nil
        #expect(parsed == file)
        #expect(parsed.locale("sr-Cyrl")?.convertedFrom == "sr-Latn")
        #expect(parsed.post.requestingPost.bureau.executiveOffice == "EUR/EX")
        #expect(file.yaml.contains("\n  executiveOffice: EUR/EX\n"))
        #expect(file.yaml.contains("\n  - tag: sr-Cyrl\n    from: sr-Latn\n"))
    }

    @Test func theRepositorysDemoProjectReads() throws {
        let url = TestPaths.repositoryRoot.appendingPathComponent("tipl10n.yaml")
        let file = try ProjectFile.parse(try String(contentsOf: url, encoding: .utf8), path: "tipl10n.yaml")
        #expect(file.cable.path == "cables/09STATE61188.txt")
        #expect(file.locales.map(\.tag) == ["sq", "sr-Latn", "sr-Cyrl"])
        #expect(file.costs.rate(for: "sq") == Money(Decimal(string: "0.13") ?? 0, currency: "USD"))
    }

    @Test func mistakesNameTheLineAndColumn() throws {
        let text = try Self.kosovo().yaml
        let cases: [(String, String, String)] = [
            (
                "cable:", "cabel:",
                "tipl10n.yaml:8:1: error: unknown key 'cabel' in the project file: expected one of version, cable, "
                    + "post, locales, costs, memory, store, segmentation, folders, publish, glossary, verification"
            ),
            (
                "  fuzzyThreshold: 75", "  fuzzyThreshold: high",
                "tipl10n.yaml:52:19: error: 'memory.fuzzyThreshold' must be a whole number"
            ),
            (
                "  fuzzyThreshold: 75", "  fuzzyThreshold: 101",
                "tipl10n.yaml:52:19: error: 'memory.fuzzyThreshold' must be between 1 and 100, not 101"
            ),
            (
                "  bureau: EUR", "  bureau: EURO",
                "tipl10n.yaml:18:11: error: unknown bureau 'EURO' in 'post.bureau': expected AF, EAP, EUR, NEA, SCA, WHA"
            ),
            (
                "  timeZone: Europe/Belgrade", "  timeZone: Europe/Pristina",
                "tipl10n.yaml:20:13: error: unknown time zone 'Europe/Pristina' in 'post.timeZone': expected an IANA name such as Europe/Belgrade"
            ),
            (
                "  executiveOffice: EUR/EX", "  executiveOffice: AF/EX",
                "tipl10n.yaml:19:20: error: 'post.executiveOffice' is AF/EX, but the EX office of EUR is EUR/EX"
            ),
            (
                "  - sq", "  - xx-Bogus",
                "tipl10n.yaml:25:5: error: in 'locales': unknown locale 'xx-Bogus': CLDR has no locale data for its "
                    + "language (a BCP 47 tag such as es, es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)"
            ),
            ("  - sq", "  - sr-Latn", "tipl10n.yaml:26:5: error: the locale sr-Latn is listed twice in 'locales'"),
            (
                "    from: sr-Latn", "    from: sq",
                "tipl10n.yaml:27:5: error: sr-Cyrl cannot be made from sq by script conversion (only sr-Latn ↔ sr-Cyrl)"
            ),
            (
                "    sq: 0.13", "    sq: cheap",
                "tipl10n.yaml:37:9: error: the rate for sq must be a decimal with at most four decimals, not 'cheap'"
            ),
            (
                "version: 1", "version: 2",
                "tipl10n.yaml:4:10: error: unsupported project file version 2 (this tipl10n reads version 1)"
            ),
            (
                "  parts: [narrative, press]", "  parts: [narrative, faq]",
                "tipl10n.yaml:11:22: error: unknown part 'faq' in 'cable.parts': expected narrative, press or nonpaper"
            ),
            (
                "  path: cables/09STATE61188.txt", "  path: [a, b]",
                "tipl10n.yaml:9:9: error: 'cable.path' must be a string"
            ),
            (
                "segmentation: null", "segmentation: [a.srx]",
                "tipl10n.yaml:57:15: error: 'segmentation' must be a string"
            ),
        ]
        for (old, new, message) in cases {
            let broken = Self.replacing(old, with: new, in: text)
            #expect(broken != text, "\(old) not found")
            let error = #expect(throws: (any Error).self) { try ProjectFile.parse(broken, path: "tipl10n.yaml") }
            #expect(error.map { Diagnostic.from($0).description } == message, "\(new)")
        }
    }

    @Test func aMissingKeyAndBrokenYAMLAreReported() throws {
        let noLocales = try Self.kosovo().yaml.replacingOccurrences(
            of: "locales:\n  - sq\n  - sr-Latn\n  - tag: sr-Cyrl\n    from: sr-Latn\n", with: "")
        let missing = #expect(throws: ProjectError.self) { try ProjectFile.parse(noLocales, path: "p.yaml") }
        #expect(
            missing?.description == "p.yaml:4:1: error: missing 'locales' in the project file (locales: [sq, sr-Latn])")
        let syntax = #expect(throws: ProjectError.self) {
            try ProjectFile.parse("version: 1\ncable: [", path: "p.yaml")
        }
        #expect(syntax?.message.hasPrefix("invalid YAML: ") == true, "\(String(describing: syntax))")
        #expect(syntax?.line ?? 0 > 0)
        let empty = #expect(throws: ProjectError.self) { try ProjectFile.parse("", path: "p.yaml") }
        #expect(empty?.description == "p.yaml:1:1: error: the project file is empty")
    }

    @Test func scalarsThatYAMLWouldReadOtherwiseAreQuoted() throws {
        #expect(ProjectFile.scalar("cables/09STATE61188.txt") == "cables/09STATE61188.txt")
        #expect(ProjectFile.scalar("yes") == "\"yes\"")
        #expect(ProjectFile.scalar("a: b") == "\"a: b\"")
        #expect(ProjectFile.scalar("# x") == "\"# x\"")
        #expect(ProjectFile.scalar("1.5") == "\"1.5\"")
        #expect(ProjectFile.scalar("Côte d'Ivoire") == "Côte d'Ivoire")
        var file = try Self.kosovo()
        file.cable.path = "cables/my: cable #1.txt"
        file.post.country = "yes"
        let parsed = try ProjectFile.parse(file.yaml, path: "p.yaml")
        #expect(parsed.cable.path == "cables/my: cable #1.txt")
        #expect(parsed.post.country == "yes")
    }

    @Test func publishSettingsReadBackEqual() throws {
        var file = try Self.kosovo()
        file.publish.formats = ["html", "fragment"]
        file.publish.include = [.press]
        file.publish.linksBase = "https://xk.usembassy.gov/tip-2009/"
        file.publish.disclaimers = [
            "sq": "Përkthim jozyrtar: \"vetëm\" teksti anglisht vlen.", "sr-Latn": "Nezvaničan prevod.",
        ]
        file.folders.hostGovernment = "private/host-government"
        let yaml = file.yaml
        #expect(yaml.contains("\n  hostGovernment: private/host-government\n"))
        #expect(
            yaml.contains(
                "publish:\n  formats: [html, fragment]\n  include: [press]\n"
                    + "  linksBase: \"https://xk.usembassy.gov/tip-2009/\"\n  disclaimer:\n"
                    + "    sq: \"Përkthim jozyrtar: \\\"vetëm\\\" teksti anglisht vlen.\"\n"
                    + "    sr-Latn: Nezvaničan prevod.\n\n# The project's glossary"))
        var parsed = try ProjectFile.parse(yaml, path: "tipl10n.yaml")
        parsed.cable.pathPosition = nil
        parsed.cable.idPosition = nil
        #expect(parsed == file)
        // The defaults, as `init` writes them.
        let defaults = try Self.kosovo().yaml
        #expect(
            defaults.contains(
                "publish:\n  formats: [html]\n  include: []\n  linksBase: null\n  disclaimer: {}\n\n# The project's glossary"
            ))
        #expect(defaults.contains("\n  hostGovernment: host-government\n"))
    }

    @Test func publishMistakesNameTheLineAndColumn() throws {
        let text = try Self.kosovo().yaml
        let cases: [(String, String, String)] = [
            (
                "  formats: [html]", "  formats: [html, pdf]",
                "tipl10n.yaml:73:19: error: unknown format 'pdf' in 'publish.formats': expected html, fragment, md or txt"
            ),
            (
                "  include: []", "  include: [nonpaper]",
                "tipl10n.yaml:74:13: error: 'publish.include' cannot hold nonpaper: the non-paper goes to the host "
                    + "government only"
            ),
            (
                "  include: []", "  include: [faq]",
                "tipl10n.yaml:74:13: error: unknown part 'faq' in 'publish.include': expected press"
            ),
            (
                "  linksBase: null", "  linksBase: https://xk.usembassy.gov/tip",
                "tipl10n.yaml:75:14: error: 'publish.linksBase' must end with '/': it is put before each file name "
                    + "(https://xk.usembassy.gov/tip/)"
            ),
            (
                "  disclaimer: {}", "  disclaimer: {xx-Bogus: text}",
                "tipl10n.yaml:76:16: error: in 'publish.disclaimer': unknown locale 'xx-Bogus': CLDR has no locale "
                    + "data for its language (a BCP 47 tag such as es, es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr "
                    + "means sr-Latn)"
            ),
            (
                "  disclaimer: {}", "  disclaimer: {de: Haftungsausschluss}",
                "tipl10n.yaml:76:16: error: 'publish.disclaimer' has a text for de, but de is not one of the "
                    + "project's locales (sq, sr-Latn, sr-Cyrl): add it to 'locales' or remove the text"
            ),
            (
                "  disclaimer: {}", "  disclaimer: {en: Unofficial}",
                "tipl10n.yaml:76:16: error: 'publish.disclaimer' has a text for en, but the English original carries "
                    + "no disclaimer"
            ),
            (
                "  formats: [html]", "  formats: [html, md, html]",
                "tipl10n.yaml:73:23: error: the format html is listed twice in 'publish.formats'"
            ),
            (
                "  disclaimer: {}", "  disclaimer: {sq: [a]}",
                "tipl10n.yaml:76:20: error: 'publish.disclaimer.sq' must be a text"
            ),
            (
                "  disclaimer: {}", "  disclaimer: {sq: ''}",
                "tipl10n.yaml:76:20: error: 'publish.disclaimer.sq' is empty"
            ),
            (
                "  linksBase: null", "  linksBase: 'javascript:alert(1)//'",
                "tipl10n.yaml:75:14: error: 'publish.linksBase' must be an http or https address or a path, not "
                    + "javascript:alert(1)//"
            ),
            (
                "  disclaimer: {}", "  disclaimer: text",
                "tipl10n.yaml:76:15: error: 'publish.disclaimer' must be a mapping of locales to texts"
            ),
            (
                "  hostGovernment: host-government", "  hostGovernment: publish/host-government",
                "tipl10n.yaml:65:19: error: 'folders.hostGovernment' (publish/host-government) is inside the public "
                    + "folder 'folders.publish' (publish): the embargoed package must stay out of it"
            ),
            (
                "  hostGovernment: host-government", "  hostGovernment: ./publish",
                "tipl10n.yaml:65:19: error: 'folders.hostGovernment' (./publish) is inside the public "
                    + "folder 'folders.publish' (publish): the embargoed package must stay out of it"
            ),
        ]
        for (old, new, message) in cases {
            let broken = Self.replacing(old, with: new, in: text)
            #expect(broken != text, "\(old) not found")
            let error = #expect(throws: (any Error).self) { try ProjectFile.parse(broken, path: "tipl10n.yaml") }
            #expect(error.map { Diagnostic.from($0).description } == message, "\(new)")
        }
    }
}
