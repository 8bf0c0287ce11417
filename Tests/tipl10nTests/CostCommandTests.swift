import Foundation
import Testing
import TipL10nTestSupport

/// `tipl10n cost estimate|request|list|show|submit|approve|pay|memo|export`, in process, in a
/// fresh project per test.
@Suite struct CostCommandTests {
    /// sr-Cyrl is made from sr-Latn by script conversion in the Kosovo project: its own line
    /// type, at the conversion rate (0).
    static let kosovoTable = """
        09STATE61188: narrative, press, 47 translation units, word count rule tipl10n-words-1
        locale   line               new  75-84%  85-94%  95-99%  exact  repetitions  words  weighted  rate/word      amount
        sq       translation        968       0       0       0      0           63  1,031     986.9   USD 0.13  USD 128.30
        sr-Latn  translation        968       0       0       0      0           63  1,031     986.9   USD 0.13  USD 128.30
        sr-Cyrl  script conversion    -       -       -       -      -            -  1,031     1,031   USD 0.00    USD 0.00
        total                                                                                                    USD 256.60
        script conversion (not translated): sr-Cyrl from sr-Latn
        weights: new 1, 75-84% 0.8, 85-94% 0.7, 95-99% 0.6, exact 0.3, repetition 0.3; amounts rounded to the cent per line

        """

    @Test func theKosovoEstimatePrintsWordsRatesTotalsAndWhereTheRatesCameFrom() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["cost", "estimate", "--lang", "sq,sr-Latn,sr-Cyrl"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        #expect(run.stdout == Self.kosovoTable + "rates: tipl10n.yaml (costs)\n")
        // The default locales are those with a rate; the same from a subfolder, which names
        // the project file it read.
        let subfolder = try ProjectFixture.folder("xliff", in: project)
        let defaults = CommandRunner.run(["cost", "estimate"], in: subfolder)
        #expect(defaults.stdout == Self.kosovoTable + "rates: ../tipl10n.yaml (costs)\n")
    }

    @Test func theDemoEstimatesWithTheBuiltInRatesAndCreatesNothing() throws {
        let folder = try temporaryFolder()
        let run = CommandRunner.run(["cost", "estimate"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == Self.kosovoTable + "rates: the rates built into tipl10n (locales/rates.yaml)\n")
        #expect(run.errorLines == [KosovoOutput.demoNote])
        #expect(FileFixtures.contents("", in: folder) == [])
    }

    @Test func ratesWeightsAndTheRatesFileCanBeChanged() throws {
        let project = try ProjectFixture.make()
        // 1,031 words at full weight × 0.125 = 128.875 → 128.88.
        let flat = CommandRunner.run(
            ["cost", "estimate", "--lang", "sq", "--rate", "0.125", "--weights", "repetition=1"], in: project)
        #expect(flat.status == 0, "\(flat)")
        #expect(
            flat.line(2)
                == "sq      translation  968       0       0       0      0           63  1,031     1,031  USD 0.125  USD 128.88"
        )
        #expect(
            flat.line(4)
                == "weights: new 1, 75-84% 0.8, 85-94% 0.7, 95-99% 0.6, exact 0.3, repetition 1; amounts rounded to the "
                + "cent per line")
        #expect(flat.lines.last == "rates: --rate 0.125 (this run) over tipl10n.yaml (costs)")

        try FileFixtures.write("version: 1\ncurrency: USD\nrates:\n  sr-Cyrl: 0.10\n", "rates/local.yaml", in: project)
        let file = CommandRunner.run(["cost", "estimate", "--rates", "rates/local.yaml"], in: project)
        #expect(file.status == 0, "\(file)")
        #expect(
            file.line(2)
                == "sr-Cyrl  translation  968       0       0       0      0           63  1,031     986.9   USD 0.10  USD 98.69"
        )
        #expect(file.lines.last == "rates: rates/local.yaml")
        let missing = CommandRunner.run(
            ["cost", "estimate", "--lang", "sq", "--rates", "rates/local.yaml"], in: project)
        #expect(missing.status == 1)
        #expect(missing.stdout == "")
        #expect(
            missing.stderr
                == "error: no rate for sq: give one with --rate LOCALE=RATE (e.g. --rate es=0.13), or add it to "
                + "rates/local.yaml\n"
        )

        let perLocale = CommandRunner.run(
            ["cost", "estimate", "--lang", "sq,sr", "--rate", "sq=0.2,sr-Latn=0.1"], in: project)
        #expect(perLocale.status == 0, "\(perLocale)")
        #expect(
            perLocale.line(2)
                == "sq       translation  968       0       0       0      0           63  1,031     986.9   USD 0.20  USD 197.38"
        )
        #expect(
            perLocale.line(4)
                == "total                                                                                              USD 296.07"
        )
        #expect(perLocale.stderr == KosovoOutput.serbianNote + "\n")
    }

    @Test func aLocaleWithoutARateInTheProjectIsRefused() throws {
        let project = try ProjectFixture.make(locales: ["sq"])
        let run = CommandRunner.run(["cost", "estimate", "--lang", "sr-Latn"], in: project)
        #expect(run.status == 1)
        #expect(
            run.errorLines == [
                "note: sr-Latn is not a locale of the project (tipl10n.yaml lists sq)",
                "error: no rate for sr-Latn: give one with --rate LOCALE=RATE (e.g. --rate es=0.13), or under "
                    + "costs.rates in the project file",
            ])
    }

    /// The request's line in `cost list`.
    static func listLine(_ project: URL) -> String {
        let list = CommandRunner.run(["cost", "list"], in: project)
        return list.lines.dropFirst().first ?? "exit \(list.status): \(list.stderr)"
    }

    /// The `status:`, `approved:` and `paid:` lines of `cost show`.
    static func shown(_ project: URL, _ id: String) -> [String] {
        CommandRunner.run(["cost", "show", id], in: project).lines.filter {
            $0.hasPrefix("status:") || $0.hasPrefix("approved:") || $0.hasPrefix("paid:")
        }
    }

    @Test func aRequestWalksFromEstimateToPaidAndListAndShowFollow() throws {
        let project = try ProjectFixture.make()
        #expect(CommandRunner.run(["cost", "list"], in: project).stdout == "no cost requests\n")
        let request = CommandRunner.run(
            [
                "cost", "request", "--lang", "sq,sr-Latn", "--officer", "Jane Smith", "--note",
                "No translation budget at post this year.", "--now", "2009-06-16T14:00:00Z",
            ], in: project)
        #expect(request.status == 0, "\(request)")
        #expect(request.stderr == "")
        #expect(
            request.stdout == """
                recorded PRISTINA-FY2009-001 (draft): USD 256.60 for sq, sr-Latn of 09STATE61188, to EUR/EX, FY2009
                locale   line         new  75-84%  85-94%  95-99%  exact  repetitions  words  weighted  rate/word      amount
                sq       translation  968       0       0       0      0           63  1,031     986.9   USD 0.13  USD 128.30
                sr-Latn  translation  968       0       0       0      0           63  1,031     986.9   USD 0.13  USD 128.30
                total                                                                                              USD 256.60

                """)
        #expect(
            Self.listLine(project)
                == "PRISTINA-FY2009-001  draft   FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60         -     -"
                + "            -")
        #expect(
            Self.shown(project, "PRISTINA-FY2009-001") == [
                "status:          draft", "approved:        -", "paid:            -",
            ])

        let steps: [([String], String, String, [String])] = [
            (
                ["submit", "--actor", "Jane Smith", "--now", "2009-06-17T09:00:00Z"],
                "PRISTINA-FY2009-001: draft → submitted\n",
                "PRISTINA-FY2009-001  submitted  FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60         -     -"
                    + "            -",
                ["status:          submitted", "approved:        -", "paid:            -"]
            ),
            (
                [
                    "approve", "--amount", "250", "--actor", "EUR/EX", "--note", "FY2009 funds", "--now",
                    "2009-06-20T09:00:00Z",
                ],
                "PRISTINA-FY2009-001: submitted → approved (USD 250.00)\n",
                "PRISTINA-FY2009-001  approved  FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60  USD 250.00     -"
                    + "   USD 250.00",
                ["status:          approved", "approved:        USD 250.00", "paid:            -"]
            ),
            (
                ["pay", "--actor", "FMO Pristina", "--now", "2009-07-01T09:00:00Z"],
                "PRISTINA-FY2009-001: approved → paid (USD 250.00)\n",
                "PRISTINA-FY2009-001  paid    FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60  USD 250.00  USD 250.00"
                    + "     USD 0.00",
                ["status:          paid", "approved:        USD 250.00", "paid:            USD 250.00"]
            ),
        ]
        for (arguments, output, listed, fields) in steps {
            let run = CommandRunner.run(
                ["cost", arguments[0], "PRISTINA-FY2009-001"] + arguments.dropFirst(), in: project)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout == output)
            #expect(Self.listLine(project) == listed)
            #expect(Self.shown(project, "PRISTINA-FY2009-001") == fields)
        }
        let list = CommandRunner.run(["cost", "list", "--fiscal-year", "2009", "--status", "paid"], in: project)
        #expect(
            list.lines.last
                == "1 cost request: requested USD 256.60, approved USD 250.00, paid USD 250.00, outstanding USD 0.00")
        #expect(
            CommandRunner.run(["cost", "list", "--fiscal-year", "FY2010"], in: project).stdout == "no cost requests\n")
        let show = CommandRunner.run(["cost", "show", "pristina-fy2009-001"], in: project)
        #expect(show.status == 0)
        for line in [
            "PRISTINA-FY2009-001",
            "post:            PRISTINA (Kosovo), EUR, EUR/EX",
            "fiscal year:     FY2009 (request date 2009-06-16, Europe/Belgrade)",
            "cable:           09STATE61188 (122209Z JUN 09) KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE",
            "officer:         Jane Smith",
            "when (UTC)            action   status                    amount  by            note",
            "2009-06-16T14:00:00Z  request  draft                 USD 256.60  Jane Smith    No translation budget at "
                + "post this year.",
            "2009-06-20T09:00:00Z  approve  submitted → approved  USD 250.00  EUR/EX        FY2009 funds",
            "2009-07-01T09:00:00Z  pay      approved → paid       USD 250.00  FMO Pristina",
        ] {
            #expect(show.lines.contains(line), "missing: \(line)")
        }

        let json = try JSONValue.decode(CommandRunner.run(["cost", "list", "--format", "json"], in: project).stdout)
        let requests = json["requests"]?.elements ?? []
        #expect(requests.count == 1)
        #expect(requests.first?["requestID"] == .string("PRISTINA-FY2009-001"))
        #expect(requests.first?["status"] == .string("paid"))
        #expect(requests.first?["paid"] == .object(["amount": .string("250.00"), "currency": .string("USD")]))
        #expect(requests.first?["events"]?.elements.count == 4)

        let csv = CommandRunner.run(["cost", "export", "--csv"], in: project)
        #expect(
            csv.stdout
                == "request_id,fiscal_year,post,country,bureau,ex_office,cable_id,locales,words,currency,requested,"
                + "approved,paid,outstanding,status,request_date,status_changed_at,officer,note\r\n"
                + "PRISTINA-FY2009-001,2009,PRISTINA,Kosovo,EUR,EUR/EX,09STATE61188,sq sr-Latn,1031,USD,256.60,250.00,"
                + "250.00,0.00,paid,2009-06-16,2009-07-01T09:00:00.000Z,Jane Smith,\r\n")
    }

    @Test func theMemoNamesEverythingABureauNeeds() throws {
        let project = try ProjectFixture.make()
        let request = CommandRunner.run(
            [
                "cost", "request", "--lang", "sq,sr-Latn,sr-Cyrl", "--officer", "Jane Smith", "--now",
                "2009-06-16T14:00:00Z",
            ],
            in: project)
        #expect(request.status == 0, "\(request)")
        let memo = CommandRunner.run(["cost", "memo", "PRISTINA-FY2009-001"], in: project)
        #expect(memo.status == 0, "\(memo)")
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
        let text = CommandRunner.run(["cost", "memo", "PRISTINA-FY2009-001", "--format", "txt"], in: project)
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
        let project = try ProjectFixture.make()
        try FileManager.default.removeItem(at: project.appendingPathComponent(".tipl10n"))
        let none = CommandRunner.run(["cost", "submit", "PRISTINA-FY2009-001", "--actor", "x"], in: project)
        #expect(none.status == 1)
        #expect(
            none.stderr
                == ".tipl10n/store.sqlite: error: cannot submit PRISTINA-FY2009-001: there is no store here yet: record a "
                + "cost request first\n")
        #expect(!FileFixtures.exists(".tipl10n", in: project))
        let request = CommandRunner.run(
            ["cost", "request", "--lang", "sq", "--officer", "Jane Smith", "--now", "2009-06-16T14:00:00Z"], in: project
        )
        #expect(request.status == 0, "\(request)")
        let ledger = CommandRunner.run(["cost", "export", "--csv"], in: project).stdout
        let refusals: [(String, String)] = [
            ("pay", "cannot pay PRISTINA-FY2009-001: it is a draft; only an approved request can be paid"),
            ("approve", "cannot approve PRISTINA-FY2009-001: it is a draft; only a submitted request can be approved"),
            ("reject", "cannot reject PRISTINA-FY2009-001: it is a draft; only a submitted request can be rejected"),
        ]
        for (action, message) in refusals {
            let run = CommandRunner.run(["cost", action, "PRISTINA-FY2009-001", "--actor", "x"], in: project)
            #expect(run.status == 1, "\(action)")
            #expect(run.stdout == "", "\(action)")
            #expect(run.stderr == ".tipl10n/store.sqlite: error: \(message)\n", "\(action)")
        }
        let amount = CommandRunner.run(
            ["cost", "submit", "PRISTINA-FY2009-001", "--actor", "x", "--amount", "5"], in: project)
        #expect(amount.status == 64)
        #expect(amount.errorLines.first == "Error: Unknown option '--amount'")
        #expect(CommandRunner.run(["cost", "export", "--csv"], in: project).stdout == ledger)

        #expect(CommandRunner.run(["cost", "submit", "PRISTINA-FY2009-001", "--actor", "x"], in: project).status == 0)
        let submittedLedger = CommandRunner.run(["cost", "export", "--csv"], in: project).stdout
        #expect(submittedLedger != ledger)
        let afterSubmit: [([String], String)] = [
            (
                ["submit"],
                ".tipl10n/store.sqlite: error: cannot submit PRISTINA-FY2009-001: it is submitted; only a draft can "
                    + "be submitted"
            ),
            (
                ["approve", "--amount", "-5"],
                ".tipl10n/store.sqlite: error: cannot approve PRISTINA-FY2009-001: the amount USD -5.00 is negative"
            ),
            (
                ["approve", "--amount", "0"],
                ".tipl10n/store.sqlite: error: cannot approve PRISTINA-FY2009-001: the amount is zero; reject or "
                    + "cancel the request instead"
            ),
            (
                ["approve", "--amount", "12,50"],
                "error: '12,50' is not an amount: expected digits with at most 2 decimals, e.g. 160.42"
            ),
            (
                ["pay", "--amount", "1"],
                ".tipl10n/store.sqlite: error: cannot pay PRISTINA-FY2009-001: it is submitted; only an approved "
                    + "request can be paid"
            ),
        ]
        for (arguments, message) in afterSubmit {
            let run = CommandRunner.run(
                ["cost", arguments[0], "PRISTINA-FY2009-001", "--actor", "x"] + arguments.dropFirst(), in: project)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == message + "\n", "\(arguments)")
        }
        let unknown = CommandRunner.run(["cost", "show", "PRISTINA-FY2009-009"], in: project)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == ".tipl10n/store.sqlite: error: there is no cost request PRISTINA-FY2009-009\n")
        let badTime = CommandRunner.run(["cost", "cancel", "PRISTINA-FY2009-001", "--now", "tomorrow"], in: project)
        #expect(badTime.status == 64)
        #expect(
            badTime.errorLines.first
                == "Error: The value 'tomorrow' is invalid for '--now <instant>': 'tomorrow' is not an ISO 8601 moment "
                + "such as 2009-06-16T14:00:00Z")
        #expect(CommandRunner.run(["cost", "export", "--csv"], in: project).stdout == submittedLedger)
        let noCSV = CommandRunner.run(["cost", "export"], in: project)
        #expect(noCSV.status == 64)
        #expect(noCSV.errorLines.first == "Error: cost export writes CSV: pass --csv")
    }

    @Test func aSecondOpenRequestIsWarnedAboutAndTheFiscalYearFollowsThePostsDay() throws {
        let project = try ProjectFixture.make()
        let first = CommandRunner.run(
            ["cost", "request", "--lang", "sq", "--officer", "J", "--now", "2009-09-30T21:00:00Z"], in: project)
        #expect(first.lines.first?.hasPrefix("recorded PRISTINA-FY2009-001 (draft): USD 128.30 for sq") == true)
        // 00:30 on October 1 in Pristina, still September 30 in UTC: FY2010.
        let second = CommandRunner.run(
            ["cost", "request", "--lang", "sq,sr-Cyrl", "--officer", "J", "--now", "2009-09-30T22:30:00Z"], in: project)
        #expect(second.status == 0)
        #expect(second.lines.first?.hasPrefix("recorded PRISTINA-FY2010-001 (draft)") == true)
        #expect(
            second.stderr
                == "warning: 09STATE61188 into sq is already in the open request PRISTINA-FY2009-001 (draft)\n")
    }

    @Test func requestsMadeAtOnceGetDistinctIDs() async throws {
        let project = try ProjectFixture.make()
        let arguments = ["cost", "request", "--lang", "sq", "--officer", "J", "--now", "2009-06-16T14:00:00Z"]
        #expect(CommandRunner.run(arguments, in: project).status == 0)
        // Each run opens its own connection to the store, as separate processes do.
        let outputs = await withTaskGroup(of: CommandResult.self) { group in
            for _ in 0..<4 { group.addTask { CommandRunner.run(arguments, in: project) } }
            return await group.reduce(into: [CommandResult]()) { $0.append($1) }
        }
        #expect(outputs.allSatisfy { $0.status == 0 }, "\(outputs.map(\.stderr))")
        let ids = outputs.compactMap { $0.stdout.split(separator: " ").dropFirst().first.map(String.init) }
        #expect(
            Set(ids) == ["PRISTINA-FY2009-002", "PRISTINA-FY2009-003", "PRISTINA-FY2009-004", "PRISTINA-FY2009-005"])
    }

    @Test func withoutAUserNameTheOfficerMustBeNamed() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(
            ["cost", "request", "--lang", "sq", "--now", "2009-06-16T14:00:00Z"], in: project, user: nil)
        #expect(run.status == 64)
        #expect(run.errorLines.first == "Error: cannot tell who you are: pass --officer NAME")
        let named = CommandRunner.run(
            ["cost", "request", "--lang", "sq", "--now", "2009-06-16T14:00:00Z"], in: project)
        #expect(named.status == 0, "\(named)")
        let show = CommandRunner.run(["cost", "show", "PRISTINA-FY2009-001"], in: project)
        #expect(show.lines.contains("officer:         tester"))
    }
}
