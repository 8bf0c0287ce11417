import Foundation
import Testing

@testable import TipL10nCLI

/// `tipl10n cost …` run as the built binary, in a fresh project folder per test.
@Suite(.serialized) struct CostCommandTests {
    /// sr-Cyrl is made from sr-Latn by script conversion (as `build` and `status` do): its own
    /// line type at the conversion rate, 0 by default.
    static let kosovoEstimate = """
        09STATE61188: narrative, press, 47 translation units, word count rule tipl10n-words-1
        locale   line               new  75-84%  85-94%  95-99%  exact  repetitions  words  weighted  rate/word      amount
        sq       translation        968       0       0       0      0           63  1,031     986.9   USD 0.13  USD 128.30
        sr-Latn  translation        968       0       0       0      0           63  1,031     986.9   USD 0.13  USD 128.30
        sr-Cyrl  script conversion    -       -       -       -      -            -  1,031     1,031   USD 0.00    USD 0.00
        total                                                                                                    USD 256.60
        script conversion (not translated): sr-Cyrl from sr-Latn
        weights: new 1, 75-84% 0.8, 85-94% 0.7, 95-99% 0.6, exact 0.3, repetition 0.3; amounts rounded to the cent per line

        """

    @Test func theKosovoEstimatePrintsWordsRatesAndTotalsPerLocale() throws {
        let folder = try temporaryFolder()
        let run = try ToolRun.run(["cost", "estimate", "--lang", "sq,sr-Latn,sr-Cyrl"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        #expect(run.stdout == Self.kosovoEstimate)
        // The default locales are the rates file's; an estimate never creates the store.
        let defaults = try ToolRun.run(["cost", "estimate"], in: folder)
        #expect(defaults.stdout == Self.kosovoEstimate)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tipl10n").path))
    }

    @Test func ratesWeightsAndTheRatesFileCanBeChanged() throws {
        let folder = try temporaryFolder()
        // 1,031 words at full weight × 0.125 = 128.875 → 128.88.
        let flat = try ToolRun.run(
            ["cost", "estimate", "--lang", "sq", "--rate", "0.125", "--weights", "repetition=1"], in: folder)
        #expect(flat.status == 0, "\(flat.stderr)")
        #expect(
            flat.stdout.split(separator: "\n")[2]
                == "sq      translation  968       0       0       0      0           63  1,031     1,031  USD 0.125  USD 128.88"
        )
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("locales"), withIntermediateDirectories: true)
        // Without sr-Latn in the job or the store there is nothing to convert from: sr-Cyrl is translated.
        try Data("version: 1\ncurrency: USD\nrates:\n  sr-Cyrl: 0.10\n".utf8).write(
            to: folder.appendingPathComponent("locales/rates.yaml"))
        let local = try ToolRun.run(["cost", "estimate"], in: folder)
        #expect(
            local.stdout.split(separator: "\n")[2]
                == "sr-Cyrl  translation  968       0       0       0      0           63  1,031     986.9   USD 0.10  USD 98.69"
        )
        let missing = try ToolRun.run(["cost", "estimate", "--lang", "sq"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: no rate for sq: add it to locales/rates.yaml or pass --rate sq=0.13\n")
        let perLocale = try ToolRun.run(
            ["cost", "estimate", "--lang", "sq,sr", "--rate", "sq=0.2,sr-Latn=0.1"], in: folder)
        #expect(perLocale.status == 0)
        #expect(perLocale.stdout.contains("\ntotal  ") && perLocale.stdout.contains("  USD 296.07\n"))
        #expect(
            perLocale.stderr
                == "note: 'sr' means sr-Latn: the Serbian TIP Report translations published so far use Latin script\n")
    }

    /// `cost list` after each step shows the status and amounts.
    static func listLine(_ folder: URL) throws -> String {
        let list = try ToolRun.run(["cost", "list"], in: folder)
        #expect(list.status == 0)
        return String(list.stdout.split(separator: "\n").dropFirst().first ?? "")
    }

    /// The `status:`, `approved:` and `paid:` lines of `cost show`.
    static func shown(_ folder: URL, _ id: String) throws -> [String] {
        let show = try ToolRun.run(["cost", "show", id], in: folder)
        #expect(show.status == 0)
        return show.stdout.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("status:") || $0.hasPrefix("approved:") || $0.hasPrefix("paid:")
        }
    }

    @Test func aRequestWalksFromEstimateToPaidAndListAndShowFollow() throws {
        let folder = try temporaryFolder()
        #expect(try ToolRun.run(["cost", "list"], in: folder).stdout == "no cost requests\n")
        let request = try ToolRun.run(
            [
                "cost", "request", "--lang", "sq,sr-Latn", "--officer", "Jane Smith", "--note",
                "No translation budget at post this year.", "--now", "2009-06-16T14:00:00Z",
            ], in: folder)
        #expect(request.status == 0, "\(request.stderr)")
        #expect(request.stderr == "")
        #expect(
            request.stdout.hasPrefix(
                "recorded PRISTINA-FY2009-001 (draft): USD 256.60 for sq, sr-Latn of 09STATE61188, to EUR/EX, FY2009\n")
        )
        #expect(
            try Self.listLine(folder)
                == "PRISTINA-FY2009-001  draft   FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60         -     -            -"
        )
        #expect(
            try Self.shown(folder, "PRISTINA-FY2009-001") == [
                "status:          draft", "approved:        -", "paid:            -",
            ])

        let steps: [([String], String, String, [String])] = [
            (
                ["submit", "--actor", "Jane Smith", "--now", "2009-06-17T09:00:00Z"],
                "PRISTINA-FY2009-001: draft → submitted\n",
                "PRISTINA-FY2009-001  submitted  FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60         -     -            -",
                ["status:          submitted", "approved:        -", "paid:            -"]
            ),
            (
                [
                    "approve", "--amount", "250", "--actor", "EUR/EX", "--note", "FY2009 funds", "--now",
                    "2009-06-20T09:00:00Z",
                ],
                "PRISTINA-FY2009-001: submitted → approved (USD 250.00)\n",
                "PRISTINA-FY2009-001  approved  FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60  USD 250.00     -   USD 250.00",
                ["status:          approved", "approved:        USD 250.00", "paid:            -"]
            ),
            (
                ["pay", "--actor", "FMO Pristina", "--now", "2009-07-01T09:00:00Z"],
                "PRISTINA-FY2009-001: approved → paid (USD 250.00)\n",
                "PRISTINA-FY2009-001  paid    FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60  USD 250.00  USD 250.00     USD 0.00",
                ["status:          paid", "approved:        USD 250.00", "paid:            USD 250.00"]
            ),
        ]
        for (arguments, output, listed, fields) in steps {
            let run = try ToolRun.run(
                ["cost", arguments[0], "PRISTINA-FY2009-001"] + arguments.dropFirst(), in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == output)
            #expect(try Self.listLine(folder) == listed)
            #expect(try Self.shown(folder, "PRISTINA-FY2009-001") == fields)
        }
        let list = try ToolRun.run(["cost", "list", "--fiscal-year", "2009", "--status", "paid"], in: folder)
        #expect(
            list.stdout.hasSuffix(
                "1 cost request: requested USD 256.60, approved USD 250.00, paid USD 250.00, outstanding USD 0.00\n"))
        #expect(
            try ToolRun.run(["cost", "list", "--fiscal-year", "FY2010"], in: folder).stdout == "no cost requests\n")
        let show = try ToolRun.run(["cost", "show", "pristina-fy2009-001"], in: folder)
        #expect(
            show.stdout.contains(
                "2009-06-20T09:00:00Z  approve  submitted → approved  USD 250.00  EUR/EX        FY2009 funds\n"))
        #expect(show.stdout.contains("post:            PRISTINA (Kosovo), EUR, EUR/EX\n"))
        #expect(show.stdout.contains("fiscal year:     FY2009 (request date 2009-06-16, Europe/Belgrade)\n"))

        let json = try ToolRun.run(["cost", "list", "--format", "json"], in: folder)
        let listing = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let decoded = listing?["requests"] as? [[String: Any]]
        #expect(decoded?.count == 1)
        #expect(decoded?.first?["requestID"] as? String == "PRISTINA-FY2009-001")
        #expect(decoded?.first?["status"] as? String == "paid")
        #expect((decoded?.first?["paid"] as? [String: String]) == ["amount": "250.00", "currency": "USD"])
        #expect((decoded?.first?["events"] as? [Any])?.count == 4)

        let csv = try ToolRun.run(["cost", "export", "--csv"], in: folder)
        #expect(
            csv.stdout
                == "request_id,fiscal_year,post,country,bureau,ex_office,cable_id,locales,words,currency,requested,"
                + "approved,paid,outstanding,status,request_date,status_changed_at,officer,note\r\n"
                + "PRISTINA-FY2009-001,2009,PRISTINA,Kosovo,EUR,EUR/EX,09STATE61188,sq sr-Latn,1031,USD,256.60,250.00,"
                + "250.00,0.00,paid,2009-06-16,2009-07-01T09:00:00.000Z,Jane Smith,\r\n")
    }

    @Test func theMemoNamesEverythingABureauNeeds() throws {
        let folder = try temporaryFolder()
        _ = try ToolRun.run(
            [
                "cost", "request", "--lang", "sq,sr-Latn,sr-Cyrl", "--officer", "Jane Smith", "--now",
                "2009-06-16T14:00:00Z",
            ],
            in: folder)
        let memo = try ToolRun.run(["cost", "memo", "PRISTINA-FY2009-001"], in: folder)
        #expect(memo.status == 0, "\(memo.stderr)")
        for line in [
            "# Request for translation funds: PRISTINA-FY2009-001\n",
            "**To:** EUR/EX, Executive Office, Bureau of European and Eurasian Affairs  \n",
            "**From:** U.S. Embassy Pristina  \n",
            "**Requesting officer:** Jane Smith  \n",
            "**Date:** 16 June 2009  \n",
            "**Fiscal year:** FY2009  \n",
            "**Status:** draft  \n",
            "09STATE61188 (122209Z JUN 09), KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE, paragraph 10:\n",
            "> Posts should make sure that the relevant country narrative is readily available on or though the Mission's "
                + "web page in English and appropriate local language(s) as soon as possible after the TIP Report is "
                + "released. Funding for translation costs will be handled as it was for the Human Rights Report. Posts "
                + "needing financial assistance for translation costs should contact their regional bureau's EX office.\n",
            "U.S. Embassy Pristina requests USD 256.60 from EUR/EX to translate the 1,031 source words of 09STATE61188 "
                + "(narrative and press guidance) into Albanian, Serbian in Latin script and Serbian in Cyrillic script, "
                + "at the post's contract rates.\n",
            "| Albanian (sq) | 968 | 0 | 0 | 63 | 1,031 | 986.9 | USD 0.13 | USD 128.30 |\n",
            "| Serbian in Cyrillic script (sr-Cyrl), script conversion from sr-Latn | - | - | - | - | 1,031 | 1,031 | "
                + "USD 0.00 | USD 0.00 |\n",
            "| Total |  |  |  |  | 3,093 |  |  | USD 256.60 |\n",
            "Paragraph 10 of 09STATE61188 asks posts to make the Kosovo country narrative of the TIP Report available on "
                + "the Mission's web page in English and the local languages as soon as possible after the Report's "
                + "release, and to ask their regional bureau's EX office for help with translation costs.\n",
            "| 2009-06-16 14:00 UTC | request | draft | USD 256.60 | Jane Smith |  |\n",
        ] {
            #expect(memo.stdout.contains(line), "missing: \(line)")
        }
        let text = try ToolRun.run(["cost", "memo", "PRISTINA-FY2009-001", "--format", "txt"], in: folder)
        #expect(text.status == 0)
        #expect(
            text.stdout.hasPrefix(
                "Request for translation funds: PRISTINA-FY2009-001\n" + String(repeating: "=", count: 50) + "\n"))
        #expect(
            text.stdout.contains(
                "To:                 EUR/EX, Executive Office, Bureau of European and Eurasian Affairs\n"))
        #expect(text.stdout.contains("\n    Posts should make sure that the relevant country narrative is\n"))
        #expect(!text.stdout.contains("**"))
    }

    @Test func refusedActionsExitOneAndLeaveTheLedgerUnchanged() throws {
        let folder = try temporaryFolder()
        let none = try ToolRun.run(["cost", "submit", "PRISTINA-FY2009-001", "--actor", "x"], in: folder)
        #expect(none.status == 1)
        #expect(
            none.stderr
                == ".tipl10n/store.sqlite: error: cannot submit PRISTINA-FY2009-001: there is no store here yet: record a "
                + "cost request first\n")
        _ = try ToolRun.run(
            ["cost", "request", "--lang", "sq", "--officer", "Jane Smith", "--now", "2009-06-16T14:00:00Z"], in: folder)
        let ledger = try ToolRun.run(["cost", "export", "--csv"], in: folder).stdout
        let refusals: [([String], String)] = [
            (["pay"], "cannot pay PRISTINA-FY2009-001: it is a draft; only an approved request can be paid"),
            (
                ["approve"],
                "cannot approve PRISTINA-FY2009-001: it is a draft; only a submitted request can be approved"
            ),
            (["reject"], "cannot reject PRISTINA-FY2009-001: it is a draft; only a submitted request can be rejected"),
            (["submit", "--amount", "5"], ""),
        ]
        for (arguments, message) in refusals {
            let run = try ToolRun.run(
                ["cost", arguments[0], "PRISTINA-FY2009-001", "--actor", "x"] + arguments.dropFirst(), in: folder)
            if message.isEmpty {
                #expect(run.status == 64, "\(arguments): usage error")
            } else {
                #expect(run.status == 1, "\(arguments)")
                #expect(run.stderr == ".tipl10n/store.sqlite: error: \(message)\n")
            }
            #expect(run.stdout == "")
        }
        #expect(try ToolRun.run(["cost", "submit", "PRISTINA-FY2009-001", "--actor", "x"], in: folder).status == 0)
        let submittedLedger = try ToolRun.run(["cost", "export", "--csv"], in: folder).stdout
        #expect(submittedLedger != ledger)
        let afterSubmit: [([String], String)] = [
            (
                ["submit"],
                ".tipl10n/store.sqlite: error: cannot submit PRISTINA-FY2009-001: it is submitted; only a draft can be submitted"
            ),
            (
                ["approve", "--amount", "-5"],
                ".tipl10n/store.sqlite: error: cannot approve PRISTINA-FY2009-001: the amount USD -5.00 is negative"
            ),
            (
                ["approve", "--amount", "0"],
                ".tipl10n/store.sqlite: error: cannot approve PRISTINA-FY2009-001: the amount is zero; reject or cancel the request instead"
            ),
            (
                ["approve", "--amount", "12,50"],
                "error: '12,50' is not an amount: expected digits with at most 2 decimals, e.g. 160.42"
            ),
            (
                ["pay", "--amount", "1"],
                ".tipl10n/store.sqlite: error: cannot pay PRISTINA-FY2009-001: it is submitted; only an approved request can be paid"
            ),
            (["show"], ""),
        ]
        for (arguments, message) in afterSubmit where !message.isEmpty {
            let run = try ToolRun.run(
                ["cost", arguments[0], "PRISTINA-FY2009-001", "--actor", "x"] + arguments.dropFirst(), in: folder)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == message + "\n")
        }
        let unknown = try ToolRun.run(["cost", "show", "PRISTINA-FY2009-009"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == ".tipl10n/store.sqlite: error: there is no cost request PRISTINA-FY2009-009\n")
        let badTime = try ToolRun.run(["cost", "cancel", "PRISTINA-FY2009-001", "--now", "tomorrow"], in: folder)
        #expect(badTime.status == 64)
        #expect(try ToolRun.run(["cost", "export", "--csv"], in: folder).stdout == submittedLedger)
        #expect(try ToolRun.run(["cost", "export"], in: folder).status == 64)
    }

    @Test func aSecondOpenRequestIsWarnedAboutAndTheFiscalYearFollowsThePostsDay() throws {
        let folder = try temporaryFolder()
        let first = try ToolRun.run(
            ["cost", "request", "--lang", "sq", "--officer", "J", "--now", "2009-09-30T21:00:00Z"], in: folder)
        #expect(first.stdout.hasPrefix("recorded PRISTINA-FY2009-001 (draft)"))
        // 00:30 on October 1 in Pristina, still September 30 in UTC: FY2010.
        let second = try ToolRun.run(
            ["cost", "request", "--lang", "sq,sr-Cyrl", "--officer", "J", "--now", "2009-09-30T22:30:00Z"], in: folder)
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("recorded PRISTINA-FY2010-001 (draft)"))
        #expect(
            second.stderr
                == "warning: 09STATE61188 into sq is already in the open request PRISTINA-FY2009-001 (draft)\n")
    }

    @Test func requestsMadeByProcessesAtOnceGetDistinctIDs() async throws {
        let folder = try temporaryFolder()
        let arguments = ["cost", "request", "--lang", "sq", "--officer", "J", "--now", "2009-06-16T14:00:00Z"]
        #expect(try ToolRun.run(arguments, in: folder).status == 0)
        let outputs = try await withThrowingTaskGroup(of: ToolRun.self) { group in
            for _ in 0..<4 { group.addTask { try ToolRun.run(arguments, in: folder) } }
            return try await group.reduce(into: [ToolRun]()) { $0.append($1) }
        }
        #expect(outputs.allSatisfy { $0.status == 0 }, "\(outputs.map(\.stderr))")
        let ids = outputs.compactMap { $0.stdout.split(separator: " ").dropFirst().first.map(String.init) }
        #expect(
            Set(ids) == ["PRISTINA-FY2009-002", "PRISTINA-FY2009-003", "PRISTINA-FY2009-004", "PRISTINA-FY2009-005"])
    }
}
