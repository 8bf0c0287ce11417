import Foundation
import Testing

@testable import TipL10nCLI

/// `tipl10n status` run as the built binary, in a fresh project folder per test.
@Suite(.serialized) struct StatusCommandTests {
    @Test func statusWithTheAlbanianAndSerbianReferences() throws {
        let folder = try temporaryFolder()
        for tag in ["sq", "sr-Latn"] {
            let path = repositoryRoot.appendingPathComponent("xliff/09STATE61188.\(tag).done.xlf").path
            #expect(try ToolRun.run(["import", path], in: folder).status == 0)
        }
        let run = try ToolRun.run(["status", "--now", "2009-06-15T08:00:00Z"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("09STATE61188 for Pristina (EUR, Europe/Belgrade): ") == true)
        #expect(
            lines.contains(
                "embargo host-government: 2009-06-15 12:00 CEST local, 2009-06-15 06:00 EDT Washington "
                    + "(2009-06-15T10:00:00Z), embargoed, in 2 hours"))
        #expect(
            lines.contains(
                "embargo public: 2009-06-16 16:00 CEST local, 2009-06-16 10:00 EDT Washington "
                    + "(2009-06-16T14:00:00Z), embargoed, in 1 day 6 hours"))
        #expect(lines.contains("sq: 47/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings"))
        #expect(lines.contains("sr-Cyrl: 0/47 translated, 0 reviewed, 0 stale, 0 errors, 0 warnings"))
        #expect(lines.contains("  derivable from sr-Latn"))
        #expect(lines.contains("  next: build from sr-Latn by script conversion (tipl10n build --lang sr-Cyrl)"))
    }

    @Test func jsonWithoutAStore() throws {
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["status", "--format", "json", "--now", "2009-06-17T00:00:00Z"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["cableID"] as? String == "09STATE61188")
        let locales = try #require(object["locales"] as? [[String: Any]])
        #expect(locales.map { $0["locale"] as? String } == ["sq", "sr-Latn", "sr-Cyrl"])
        #expect(locales.first?["translated"] as? Int == 0)
        #expect(locales.first?["total"] as? Int == 47)
        #expect(
            locales.first?["nextStep"] as? String
                == "export for the translator (tipl10n export --lang sq) and request funds (tipl10n cost request)")
        let moments = try #require(object["moments"] as? [[String: Any]])
        #expect(moments.map { $0["isOpen"] as? Bool } == [true, true])
        #expect(moments.last?["distance"] as? String == "passed 10 hours ago")
    }
}
