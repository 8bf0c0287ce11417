import Foundation
import Testing
import TipL10nTestSupport

/// `tipl10n status`, in process, in a fresh project per test.
@Suite struct StatusCommandTests {
    static let heading = "09STATE61188 for Pristina (EUR, Europe/Belgrade): 1031 source words"

    @Test func statusWithTheAlbanianAndSerbianReferences() throws {
        let project = try ProjectFixture.make()
        for tag in ["sq", "sr-Latn"] {
            #expect(ProjectFixture.importReference(tag, into: project).status == 0)
        }
        let run = CommandRunner.run(["status", "--now", "2009-06-15T08:00:00Z"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        #expect(
            run.lines == [
                Self.heading,
                "embargo host-government: 2009-06-15 12:00 CEST local, 2009-06-15 06:00 EDT Washington "
                    + "(2009-06-15T10:00:00Z), embargoed, in 2 hours",
                "embargo public: 2009-06-16 16:00 CEST local, 2009-06-16 10:00 EDT Washington "
                    + "(2009-06-16T14:00:00Z), embargoed, in 1 day 6 hours",
                "",
                "sq: 47/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings",
                "  cost request: none",
                "  next: ready: publish from 2009-06-16T14:00:00Z (tipl10n build --lang sq); host government: "
                    + "tipl10n build --lang sq --for host-government",
                "",
                "sr-Latn: 47/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings",
                "  cost request: none",
                "  next: ready: publish from 2009-06-16T14:00:00Z (tipl10n build --lang sr-Latn); host government: "
                    + "tipl10n build --lang sr-Latn --for host-government",
                "",
                "sr-Cyrl: 0/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings",
                "  cost request: none",
                "  derivable from sr-Latn",
                "  next: build from sr-Latn by script conversion (tipl10n build --lang sr-Cyrl)",
            ])
    }

    @Test func aLocaleMadeByScriptConversionWaitsForItsSource() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["status", "--lang", "sr-Cyrl", "--now", "2009-06-15T08:00:00Z"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            Array(run.lines.suffix(3)) == [
                "sr-Cyrl: 0/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings", "  cost request: none",
                "  next: made from sr-Latn by script conversion: translate sr-Latn first",
            ])
    }

    @Test func jsonWithoutAStore() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.removeItem(at: project.appendingPathComponent(".tipl10n"))
        let run = CommandRunner.run(["status", "--format", "json", "--now", "2009-06-17T00:00:00Z"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        let object = try JSONValue.decode(run.stdout)
        #expect(object["cableID"] == .string("09STATE61188"))
        let locales = object["locales"]?.elements ?? []
        #expect(locales.map { $0["locale"]?.string } == ["sq", "sr-Latn", "sr-Cyrl"])
        #expect(locales.first?["translated"] == .number(0))
        #expect(locales.first?["total"] == .number(47))
        #expect(
            locales.first?["nextStep"]
                == .string(
                    "export for the translator (tipl10n export --lang sq) and request funds "
                        + "(tipl10n cost request --lang sq)"))
        #expect(locales.first?["nextAction"] == .object(["action": .string("export")]))
        let moments = object["moments"]?.elements ?? []
        #expect(moments.map { $0["isOpen"] } == [.bool(true), .bool(true)])
        #expect(moments.map { $0["distance"] } == [.string("1 day 14 hours ago"), .string("10 hours ago")])
        #expect(moments.last?["secondsAway"] == .number(-36_000))
        // Status reads; it never creates the store.
        #expect(!FileFixtures.exists(".tipl10n", in: project))
    }

    @Test(arguments: [
        ("2009-06-15T09:59:59Z", "in 1 second", "in 1 day 4 hours"),
        ("2009-06-16T14:00:00Z", "1 day 4 hours ago", "now"),
        ("2016-06-17T00:00:00Z", "7 years ago", "7 years ago"),
        ("2009-06-01T00:00:00Z", "in 2 weeks", "in 2 weeks"),
    ])
    func durationsReadAsAPersonSaysThem(now: String, hostGovernment: String, publicRelease: String) throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["status", "--now", now, "--format", "json"], in: project)
        #expect(run.status == 0, "\(run)")
        let moments = try JSONValue.decode(run.stdout)["moments"]?.elements ?? []
        #expect(moments.map { $0["distance"] } == [.string(hostGovernment), .string(publicRelease)])
    }

    @Test(arguments: [["--lang", "sq,sr"], ["--lang", "sq,sr-Latn"]])
    func aListOfLocalesGetsOneBlockEach(lang: [String]) throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["status", "--now", "2009-06-17T00:00:00Z"] + lang, in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines.filter { !$0.hasPrefix(" ") && $0.contains("translated") } == [
                "sq: 0/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings",
                "sr-Latn: 0/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings",
            ])
        #expect(run.stderr == (lang == ["--lang", "sq,sr"] ? KosovoOutput.serbianNote + "\n" : ""))
    }

    @Test func theDemoSaysSoOnce() throws {
        let folder = try temporaryFolder()
        let run = CommandRunner.run(["status", "--now", "2009-06-17T00:00:00Z"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first == Self.heading)
        #expect(run.errorLines == [KosovoOutput.demoNote])
        #expect(FileFixtures.contents("", in: folder) == [])
    }
}
