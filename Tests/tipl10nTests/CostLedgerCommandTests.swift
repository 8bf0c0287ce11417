import Foundation
import Testing
import TipL10nTestSupport

/// `cost list` totals, and the refusals of bad requests and dates, in process.
@Suite struct CostLedgerCommandTests {
    static func cost(_ arguments: [String], in folder: URL) -> CommandResult {
        CommandRunner.run(["cost"] + arguments, in: folder)
    }

    /// Three requests: one approved for 103.00 then cancelled, one rejected, one draft.
    static func ledger() throws -> URL {
        let project = try ProjectFixture.make()
        for locales in ["sq,sr-Latn", "sq", "sq"] {
            let request = cost(
                ["request", "--lang", locales, "--officer", "J", "--now", "2009-06-16T14:00:00Z"], in: project)
            #expect(request.status == 0, "\(request)")
        }
        for (action, id, extra) in [
            ("submit", "001", [String]()), ("approve", "001", ["--amount", "103"]), ("cancel", "001", []),
            ("submit", "002", []), ("reject", "002", []),
        ] {
            let step = cost(
                [action, "PRISTINA-FY2009-\(id)", "--actor", "a", "--now", "2009-06-18T09:00:00Z"] + extra,
                in: project)
            #expect(step.status == 0, "\(step)")
        }
        return project
    }

    @Test func listTotalsCountOnlyLiveMoney() throws {
        let project = try Self.ledger()
        let list = Self.cost(["list"], in: project)
        #expect(list.status == 0)
        #expect(
            list.stdout == """
                request              status     FY      cable         locales     words   requested    approved  paid  outstanding
                PRISTINA-FY2009-001  cancelled  FY2009  09STATE61188  sq,sr-Latn  1,031  USD 256.60  USD 103.00     -            -
                PRISTINA-FY2009-002  rejected   FY2009  09STATE61188  sq          1,031  USD 128.30           -     -            -
                PRISTINA-FY2009-003  draft      FY2009  09STATE61188  sq          1,031  USD 128.30           -     -            -
                3 cost requests: requested USD 128.30, approved USD 0.00, paid USD 0.00, outstanding USD 0.00 (2 cancelled or rejected, not counted)
                totals count drafts, submitted, approved and paid requests only

                """)
        let json = try JSONValue.decode(Self.cost(["list", "--format", "json"], in: project).stdout)
        #expect(
            json["requests"]?.elements.map { $0["status"] } == [
                .string("cancelled"), .string("rejected"), .string("draft"),
            ])
        let usd = { (amount: String) in JSONValue.object(["amount": .string(amount), "currency": .string("USD")]) }
        #expect(
            json["totals"]
                == .array([
                    .object([
                        "currency": .string("USD"), "requests": .number(3), "notCounted": .number(2),
                        "requested": usd("128.30"), "approved": usd("0.00"), "paid": usd("0.00"),
                        "outstanding": usd("0.00"),
                    ])
                ]))
    }

    @Test func aRequestForNoMoneyIsRefusedAndCreatesNothing() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.removeItem(at: project.appendingPathComponent(".tipl10n"))
        let zero = Self.cost(
            ["request", "--lang", "sq", "--rate", "0", "--officer", "J", "--now", "2009-06-16T14:00:00Z"], in: project)
        #expect(zero.status == 1)
        #expect(zero.stdout == "")
        #expect(
            zero.stderr
                == ".tipl10n/store.sqlite: error: cannot record the cost request for 09STATE61188: the total is "
                + "USD 0.00; a cost request must ask for some money: give one with --rate LOCALE=RATE (e.g. --rate "
                + "es=0.13), or under costs.rates in the project file\n")
        #expect(!FileFixtures.exists(".tipl10n", in: project))
        #expect(Self.cost(["list"], in: project).stdout == "no cost requests\n")
    }

    @Test func nowIsReadStrictlyAndActionsCannotGoBackInTime() throws {
        let project = try ProjectFixture.make()
        let refusals: [(String, String)] = [
            ("1999-02-30T00:00:00Z", "'1999-02-30T00:00:00Z': there is no day 1999-02-30"),
            ("2009-13-01T00:00:00Z", "'2009-13-01T00:00:00Z': there is no day 2009-13-01"),
            ("2009-06-16T24:00:00Z", "'2009-06-16T24:00:00Z': 24:00 is not a time of day (00:00 to 23:59:59)"),
            ("0999-06-16T14:00:00Z", "'0999-06-16T14:00:00Z': the year 0999 is outside 1000–9999"),
            (
                "2009-06-16T14:00:00",
                "'2009-06-16T14:00:00' has no time zone: add one, e.g. 2009-06-16T14:00:00Z (UTC) or "
                    + "2009-06-16T14:00:00+02:00 (the post's)"
            ),
        ]
        for (now, reason) in refusals {
            let run = Self.cost(["request", "--lang", "sq", "--officer", "J", "--now", now], in: project)
            #expect(run.status == 64, "\(now)")
            #expect(run.stdout == "", "\(now)")
            #expect(
                run.errorLines.first == "Error: The value '\(now)' is invalid for '--now <instant>': \(reason)",
                "\(now)")
        }
        #expect(Self.cost(["list"], in: project).stdout == "no cost requests\n")
        // The post's day of 9999-12-01 is in FY10000, which the ledger cannot hold.
        let late = Self.cost(
            ["request", "--lang", "sq", "--officer", "J", "--now", "9999-12-01T00:00:00Z"], in: project)
        #expect(late.status == 1)
        #expect(
            late.stderr
                == ".tipl10n/store.sqlite: error: cannot record the cost request for 09STATE61188: its date "
                + "9999-12-01T00:00:00.000Z falls in FY10000, outside FY1000–FY9999\n")
        let recorded = Self.cost(
            ["request", "--lang", "sq", "--officer", "J", "--now", "2009-06-16T16:00:00+02:00"], in: project)
        #expect(recorded.status == 0, "\(recorded)")
        let ledger = Self.cost(["export", "--csv"], in: project).stdout
        let early = Self.cost(
            ["submit", "PRISTINA-FY2009-001", "--actor", "a", "--now", "2009-06-16T13:59:59Z"], in: project)
        #expect(early.status == 1)
        #expect(
            early.stderr
                == ".tipl10n/store.sqlite: error: cannot submit PRISTINA-FY2009-001: 2009-06-16T13:59:59.000Z is dated "
                + "before the last event (request at 2009-06-16T14:00:00.000Z)\n")
        let badDay = Self.cost(
            ["submit", "PRISTINA-FY2009-001", "--actor", "a", "--now", "2009-02-29T10:00:00Z"], in: project)
        #expect(badDay.status == 64)
        #expect(
            badDay.errorLines.first
                == "Error: The value '2009-02-29T10:00:00Z' is invalid for '--now <instant>': '2009-02-29T10:00:00Z': "
                + "there is no day 2009-02-29")
        #expect(Self.cost(["export", "--csv"], in: project).stdout == ledger)
        let onTime = Self.cost(
            ["submit", "PRISTINA-FY2009-001", "--actor", "a", "--now", "2009-06-16T14:00:00Z"], in: project)
        #expect(onTime.status == 0, "\(onTime)")
    }

    @Test func showAndMemoWithoutAStoreNameTheStorePath() throws {
        let project = try ProjectFixture.make()
        try FileManager.default.removeItem(at: project.appendingPathComponent(".tipl10n"))
        let show = Self.cost(["show", "PRISTINA-FY2009-001"], in: project)
        #expect(show.status == 1)
        #expect(
            show.stderr
                == ".tipl10n/store.sqlite: error: there is no cost request PRISTINA-FY2009-001 (there is no store here)\n"
        )
        let custom = Self.cost(["show", "pristina-fy2009-001", "--store", "ledger/costs.sqlite"], in: project)
        #expect(
            custom.stderr
                == "ledger/costs.sqlite: error: there is no cost request PRISTINA-FY2009-001 (there is no store here)\n"
        )
        let memo = Self.cost(["memo", "PRISTINA-FY2009-001"], in: project)
        #expect(memo.status == 1)
        #expect(memo.stderr == show.stderr)
        #expect(FileFixtures.contents("", in: project) == ["cables", "tipl10n.yaml"])
    }

    @Test func outsideAProjectTheLedgerNeedsAStore() throws {
        let folder = try temporaryFolder()
        let noProject =
            "error: no tipl10n project here or in any parent folder, so there is no translation store with cost "
            + "requests: make a project with `tipl10n init`, or name a store with --store"
        for arguments in [["show", "PRISTINA-FY2009-001"], ["submit", "PRISTINA-FY2009-001", "--actor", "x"]] {
            let run = Self.cost(arguments, in: folder)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.errorLines == [noProject], "\(arguments)")
        }
        let request = Self.cost(["request", "--lang", "sq", "--officer", "J"], in: folder)
        #expect(request.status == 1)
        #expect(
            request.errorLines == [
                KosovoOutput.demoNote,
                "error: no tipl10n project here or in any parent folder, so there is no translation store to write "
                    + "to: make a project with `tipl10n init`, or name a store with --store",
            ])
        #expect(Self.cost(["list"], in: folder).stdout == "no cost requests\n")
        #expect(FileFixtures.contents("", in: folder) == [])
    }

    @Test func aPostOtherThanTheCablesIsWarnedAbout() throws {
        let project = try ProjectFixture.make()
        let other = Self.cost(
            ["request", "--lang", "sq", "--officer", "J", "--post", "Skopje", "--now", "2009-06-16T14:00:00Z"],
            in: project)
        #expect(other.status == 0, "\(other)")
        #expect(
            other.stderr
                == "warning: the cable is addressed to PRISTINA, not SKOPJE; the request is recorded for SKOPJE as "
                + "asked\n")
        #expect(other.lines.first?.hasPrefix("recorded SKOPJE-FY2009-001 (draft)") == true)
        let same = Self.cost(
            ["request", "--lang", "sr-Cyrl", "--officer", "J", "--post", "pristina", "--now", "2009-06-16T14:00:00Z"],
            in: project)
        #expect(same.status == 0)
        #expect(same.stderr == "")
        #expect(same.lines.first?.hasPrefix("recorded PRISTINA-FY2009-001 (draft)") == true)
    }

    @Test func outputCreatesItsFolder() throws {
        let project = try ProjectFixture.make()
        let request = Self.cost(
            ["request", "--lang", "sq", "--officer", "J", "--now", "2009-06-16T14:00:00Z"], in: project)
        #expect(request.status == 0, "\(request)")
        let memo = Self.cost(["memo", "PRISTINA-FY2009-001", "--output", "memos/2009/memo.md"], in: project)
        #expect(memo.status == 0, "\(memo)")
        #expect(memo.stdout == "memos/2009/memo.md\n")
        #expect(
            try FileFixtures.text("memos/2009/memo.md", in: project).hasPrefix(
                "# Request for translation funds: PRISTINA-FY2009-001\n"))
        let csv = Self.cost(["export", "--csv", "--output", "out/ledger.csv"], in: project)
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.stdout == "out/ledger.csv\n")
        #expect(try FileFixtures.text("out/ledger.csv", in: project).hasPrefix("request_id,fiscal_year,"))
        let subfolder = try ProjectFixture.folder("notes", in: project)
        let relative = Self.cost(
            ["memo", "PRISTINA-FY2009-001", "--output", "memo.md", "--format", "txt"], in: subfolder)
        #expect(relative.stdout == "memo.md\n")
        #expect(FileFixtures.exists("notes/memo.md", in: project))
    }
}
