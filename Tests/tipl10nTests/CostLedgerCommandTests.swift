import Foundation
import Testing

@testable import TipL10nCLI

/// `cost list` totals, and the refusals of bad requests and dates, run as the built binary.
@Suite(.serialized) struct CostLedgerCommandTests {
    static func run(_ arguments: [String], in folder: URL) throws -> ToolRun {
        try ToolRun.run(["cost"] + arguments, in: folder)
    }

    /// Three requests: one approved for 103.00 then cancelled, one rejected, one draft.
    static func ledger() throws -> URL {
        let folder = try temporaryFolder()
        for locales in ["sq,sr-Latn", "sq", "sq"] {
            let request = try run(
                ["request", "--lang", locales, "--officer", "J", "--now", "2009-06-16T14:00:00Z"], in: folder)
            #expect(request.status == 0, "\(request.stderr)")
        }
        for (action, id, extra) in [
            ("submit", "001", [String]()), ("approve", "001", ["--amount", "103"]), ("cancel", "001", []),
            ("submit", "002", []), ("reject", "002", []),
        ] {
            let step = try run(
                [action, "PRISTINA-FY2009-\(id)", "--actor", "a", "--now", "2009-06-18T09:00:00Z"] + extra, in: folder)
            #expect(step.status == 0, "\(step.stderr)")
        }
        return folder
    }

    @Test func listTotalsCountOnlyLiveMoney() throws {
        let folder = try Self.ledger()
        let list = try Self.run(["list"], in: folder)
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
        let json = try Self.run(["list", "--format", "json"], in: folder)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(
            (decoded?["requests"] as? [[String: Any]])?.map { $0["status"] as? String } == [
                "cancelled", "rejected", "draft",
            ])
        let totals = decoded?["totals"] as? [[String: Any]]
        #expect(totals?.count == 1)
        #expect(totals?.first?["currency"] as? String == "USD")
        #expect(totals?.first?["requests"] as? Int == 3)
        #expect(totals?.first?["notCounted"] as? Int == 2)
        #expect(totals?.first?["requested"] as? [String: String] == ["amount": "128.30", "currency": "USD"])
        #expect(totals?.first?["approved"] as? [String: String] == ["amount": "0.00", "currency": "USD"])
        #expect(totals?.first?["paid"] as? [String: String] == ["amount": "0.00", "currency": "USD"])
        #expect(totals?.first?["outstanding"] as? [String: String] == ["amount": "0.00", "currency": "USD"])
    }

    @Test func aRequestForNoMoneyIsRefusedAndCreatesNothing() throws {
        let folder = try temporaryFolder()
        let zero = try Self.run(
            ["request", "--lang", "sq", "--rate", "0", "--officer", "J", "--now", "2009-06-16T14:00:00Z"], in: folder)
        #expect(zero.status == 1)
        #expect(zero.stdout == "")
        #expect(
            zero.stderr
                == ".tipl10n/store.sqlite: error: cannot record the cost request for 09STATE61188: the total is "
                + "USD 0.00; a cost request must ask for some money (check --rate)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tipl10n").path))
        #expect(try Self.run(["list"], in: folder).stdout == "no cost requests\n")
    }

    @Test func nowIsReadStrictlyAndActionsCannotGoBackInTime() throws {
        let folder = try temporaryFolder()
        let refusals: [(String, String)] = [
            ("1999-02-30T00:00:00Z", "error: --now '1999-02-30T00:00:00Z': there is no day 1999-02-30"),
            ("2009-13-01T00:00:00Z", "error: --now '2009-13-01T00:00:00Z': there is no day 2009-13-01"),
            ("2009-06-16T24:00:00Z", "error: --now '2009-06-16T24:00:00Z': 24:00:00Z is not a time of day"),
            ("0999-06-16T14:00:00Z", "error: --now '0999-06-16T14:00:00Z': the year 0999 is outside 1000–9999"),
        ]
        for (now, message) in refusals {
            let run = try Self.run(["request", "--lang", "sq", "--officer", "J", "--now", now], in: folder)
            #expect(run.status == 1, "\(now)")
            #expect(run.stderr == message + "\n")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tipl10n").path))
        // The post's day of 9999-12-01 is in FY10000, which the ledger cannot hold.
        let late = try Self.run(
            ["request", "--lang", "sq", "--officer", "J", "--now", "9999-12-01T00:00:00Z"], in: folder)
        #expect(late.status == 1)
        #expect(
            late.stderr
                == ".tipl10n/store.sqlite: error: cannot record the cost request for 09STATE61188: its date "
                + "9999-12-01T00:00:00.000Z falls in FY10000, outside FY1000–FY9999\n")
        #expect(
            try Self.run(
                ["request", "--lang", "sq", "--officer", "J", "--now", "2009-06-16T16:00:00+02:00"], in: folder
            )
            .status == 0)
        let ledger = try Self.run(["export", "--csv"], in: folder).stdout
        let early = try Self.run(
            ["submit", "PRISTINA-FY2009-001", "--actor", "a", "--now", "2009-06-16T13:59:59Z"], in: folder)
        #expect(early.status == 1)
        #expect(
            early.stderr
                == ".tipl10n/store.sqlite: error: cannot submit PRISTINA-FY2009-001: 2009-06-16T13:59:59.000Z is dated "
                + "before the last event (request at 2009-06-16T14:00:00.000Z)\n")
        let badDay = try Self.run(
            ["submit", "PRISTINA-FY2009-001", "--actor", "a", "--now", "2009-02-29T10:00:00Z"], in: folder)
        #expect(badDay.status == 1)
        #expect(badDay.stderr == "error: --now '2009-02-29T10:00:00Z': there is no day 2009-02-29\n")
        #expect(try Self.run(["export", "--csv"], in: folder).stdout == ledger)
        #expect(
            try Self.run(
                ["submit", "PRISTINA-FY2009-001", "--actor", "a", "--now", "2009-06-16T14:00:00Z"], in: folder
            )
            .status == 0)
    }

    @Test func showAndMemoWithoutAStoreNameTheStorePath() throws {
        let folder = try temporaryFolder()
        let show = try Self.run(["show", "PRISTINA-FY2009-001"], in: folder)
        #expect(show.status == 1)
        #expect(
            show.stderr
                == ".tipl10n/store.sqlite: error: there is no cost request PRISTINA-FY2009-001 (there is no store here)\n"
        )
        let custom = try Self.run(["show", "pristina-fy2009-001", "--store", "ledger/costs.sqlite"], in: folder)
        #expect(
            custom.stderr
                == "ledger/costs.sqlite: error: there is no cost request PRISTINA-FY2009-001 (there is no store here)\n"
        )
        let memo = try Self.run(["memo", "PRISTINA-FY2009-001"], in: folder)
        #expect(memo.status == 1)
        #expect(
            memo.stderr
                == ".tipl10n/store.sqlite: error: there is no cost request PRISTINA-FY2009-001 (there is no store here)\n"
        )
    }
}

/// `--post` against the cable's post, and `--output` into a folder that does not exist.
@Suite(.serialized) struct CostOutputCommandTests {
    @Test func aPostOtherThanTheCablesIsWarnedAbout() throws {
        let folder = try temporaryFolder()
        let other = try CostLedgerCommandTests.run(
            ["request", "--lang", "sq", "--officer", "J", "--post", "Skopje", "--now", "2009-06-16T14:00:00Z"],
            in: folder)
        #expect(other.status == 0)
        #expect(
            other.stderr
                == "warning: the cable is addressed to PRISTINA, not SKOPJE; the request is recorded for SKOPJE as "
                + "--post says\n")
        #expect(other.stdout.hasPrefix("recorded SKOPJE-FY2009-001 (draft)"))
        let same = try CostLedgerCommandTests.run(
            ["request", "--lang", "sr-Cyrl", "--officer", "J", "--post", "pristina", "--now", "2009-06-16T14:00:00Z"],
            in: folder)
        #expect(same.status == 0)
        #expect(same.stderr == "")
    }

    @Test func outputIntoAMissingFolderIsRefused() throws {
        let folder = try temporaryFolder()
        _ = try CostLedgerCommandTests.run(
            ["request", "--lang", "sq", "--officer", "J", "--now", "2009-06-16T14:00:00Z"], in: folder)
        let memo = try CostLedgerCommandTests.run(
            ["memo", "PRISTINA-FY2009-001", "--output", "memos/2009/memo.md"], in: folder)
        #expect(memo.status == 1)
        #expect(memo.stdout == "")
        #expect(memo.stderr == "memos/2009/memo.md: error: the folder memos/2009 does not exist; create it first\n")
        let csv = try CostLedgerCommandTests.run(["export", "--csv", "--output", "out/ledger.csv"], in: folder)
        #expect(csv.status == 1)
        #expect(csv.stderr == "out/ledger.csv: error: the folder out does not exist; create it first\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("memos").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        let written = try CostLedgerCommandTests.run(
            ["memo", "PRISTINA-FY2009-001", "--output", "memo.md"], in: folder)
        #expect(written.status == 0)
        #expect(written.stdout == "memo.md\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("memo.md").path))
    }
}
