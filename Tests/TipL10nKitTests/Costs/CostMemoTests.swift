import Foundation
import Testing

@testable import TipL10nKit

@Suite struct CostMemoTests {
    typealias F = CostFixtures

    static func approvedRequest() throws -> CostRequest {
        let store = try TranslationStore.inMemory()
        let id = try store.recordCostRequest(F.draft(note: "first request")).requestID
        try store.perform(.submit, onCostRequest: id, actor: "Jane Smith", at: F.date("2009-06-17T09:00:00Z"))
        return try store.perform(
            .approve, onCostRequest: id, amount: F.usd("300"), actor: "EUR/EX", note: "partly",
            at: F.date("2009-06-20T09:15:00Z"))
    }

    @Test func thePlainTextMemo() throws {
        let memo = CostMemo.render(try Self.approvedRequest(), format: .text)
        #expect(
            memo == """
                Request for translation funds: PRISTINA-FY2009-001
                ==================================================

                To:                 EUR/EX, Executive Office, Bureau of European and Eurasian Affairs
                From:               U.S. Embassy Pristina
                Requesting officer: Jane Smith
                Date:               16 June 2009
                Fiscal year:        FY2009
                Request ID:         PRISTINA-FY2009-001
                Status:             approved (USD 300.00)

                SUBJECT

                Funds to translate the Kosovo TIP Report country narrative and press
                guidance (09STATE61188) into Albanian and Serbian in Latin script.

                REFERENCE

                09STATE61188 (122209Z JUN 09), KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE
                AND DEMARCHE, paragraph 10:

                    Posts needing financial assistance for translation costs should
                    contact their regional bureau's EX office.

                REQUEST

                U.S. Embassy Pristina requests USD 320.84 from EUR/EX to translate the
                1,234 source words of 09STATE61188 (narrative and press guidance) into
                Albanian and Serbian in Latin script, at the post's contract rates.

                Language                             New  Fuzzy  Exact  Repetitions  Words  Weighted  Rate/word      Amount
                Albanian (sq)                      1,234      0      0            0  1,234     1,234   USD 0.13  USD 160.42
                Serbian in Latin script (sr-Latn)  1,234      0      0            0  1,234     1,234   USD 0.13  USD 160.42
                Total                                                                2,468                       USD 320.84

                Approved: USD 300.00.

                WORD COUNT

                Words are counted by tipl10n's rule tipl10n-words-1 (GMX-V: Unicode UAX
                #29 word boundaries; numbers count as words, punctuation does not; a URL
                or e-mail address is one word) over the English source text of the
                narrative and press guidance. New words are paid at 100% of the rate;
                matches from earlier translations (other cables, other years, imported
                translation memories) at 100% (75-84% similar), 100% (85-94%), 100%
                (95-99%) and 100% (exact); repetitions within the text at 100%. Each
                line is rounded to the cent once (half-up).

                JUSTIFICATION

                The narrative must be on the Mission's web page in the local languages.

                HISTORY

                Date                  Action   Status         Amount  By          Note
                2009-06-16 14:00 UTC  request  draft      USD 320.84  Jane Smith  first request
                2009-06-17 09:00 UTC  submit   submitted              Jane Smith
                2009-06-20 09:15 UTC  approve  approved   USD 300.00  EUR/EX      partly

                Jane Smith, U.S. Embassy Pristina

                """)
    }

    @Test func theMarkdownMemo() throws {
        let memo = CostMemo.render(try Self.approvedRequest(), format: .markdown)
        #expect(
            memo == """
                # Request for translation funds: PRISTINA-FY2009-001

                **To:** EUR/EX, Executive Office, Bureau of European and Eurasian Affairs\u{20}\u{20}
                **From:** U.S. Embassy Pristina\u{20}\u{20}
                **Requesting officer:** Jane Smith\u{20}\u{20}
                **Date:** 16 June 2009\u{20}\u{20}
                **Fiscal year:** FY2009\u{20}\u{20}
                **Request ID:** PRISTINA-FY2009-001\u{20}\u{20}
                **Status:** approved (USD 300.00)\u{20}\u{20}

                ## Subject

                Funds to translate the Kosovo TIP Report country narrative and press guidance (09STATE61188) into Albanian and Serbian in Latin script.

                ## Reference

                09STATE61188 (122209Z JUN 09), KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE, paragraph 10:

                > Posts needing financial assistance for translation costs should contact their regional bureau's EX office.

                ## Request

                U.S. Embassy Pristina requests USD 320.84 from EUR/EX to translate the 1,234 source words of 09STATE61188 (narrative and press guidance) into Albanian and Serbian in Latin script, at the post's contract rates.

                | Language | New | Fuzzy | Exact | Repetitions | Words | Weighted | Rate/word | Amount |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|
                | Albanian (sq) | 1,234 | 0 | 0 | 0 | 1,234 | 1,234 | USD 0.13 | USD 160.42 |
                | Serbian in Latin script (sr-Latn) | 1,234 | 0 | 0 | 0 | 1,234 | 1,234 | USD 0.13 | USD 160.42 |
                | Total |  |  |  |  | 2,468 |  |  | USD 320.84 |

                Approved: USD 300.00.

                ## Word count

                Words are counted by tipl10n's rule tipl10n-words-1 (GMX-V: Unicode UAX #29 word boundaries; numbers count as words, punctuation does not; a URL or e-mail address is one word) over the English source text of the narrative and press guidance. New words are paid at 100% of the rate; matches from earlier translations (other cables, other years, imported translation memories) at 100% (75-84% similar), 100% (85-94%), 100% (95-99%) and 100% (exact); repetitions within the text at 100%. Each line is rounded to the cent once (half-up).

                ## Justification

                The narrative must be on the Mission's web page in the local languages.

                ## History

                | Date | Action | Status | Amount | By | Note |
                |---|---|---|---:|---|---|
                | 2009-06-16 14:00 UTC | request | draft | USD 320.84 | Jane Smith | first request |
                | 2009-06-17 09:00 UTC | submit | submitted |  | Jane Smith |  |
                | 2009-06-20 09:15 UTC | approve | approved | USD 300.00 | EUR/EX | partly |

                Jane Smith, U.S. Embassy Pristina

                """)
    }

    /// A request with a script-conversion line, paid in two instalments.
    @Test func theMemoShowsScriptConversionAndPartialPayments() throws {
        let store = try TranslationStore.inMemory()
        var draft = F.draft(locales: ["sr-Latn"])
        draft.lines.append(.scriptConversion(locale: "sr-Cyrl", from: "sr-Latn", words: 1_234, rate: F.usd("0.01")))
        let id = try store.recordCostRequest(draft).requestID
        try store.perform(.submit, onCostRequest: id, actor: "Jane Smith", at: F.date("2009-06-17T09:00:00Z"))
        try store.perform(.approve, onCostRequest: id, actor: "EUR/EX", at: F.date("2009-06-18T09:00:00Z"))
        try store.perform(
            .pay, onCostRequest: id, amount: F.usd("100"), actor: "FMO", at: F.date("2009-06-19T09:00:00Z"))
        let request = try store.perform(
            .pay, onCostRequest: id, amount: F.usd("50"), actor: "FMO", at: F.date("2009-06-20T09:00:00Z"))
        #expect(request.requested == F.usd("172.76"))
        #expect(request.lines.map(\.type) == [.translation, .scriptConversion(from: "sr-Latn")])
        let memo = CostMemo.render(request, format: .markdown)
        #expect(
            memo.contains(
                "| Serbian in Cyrillic script (sr-Cyrl), script conversion from sr-Latn | - | - | - | - | 1,234 | "
                    + "1,234 | USD 0.01 | USD 12.34 |\n"))
        #expect(memo.contains("\nPaid: USD 150.00 in 2 payments (outstanding USD 22.76).\n"))
        #expect(
            memo.contains(
                "Serbian in Cyrillic script is made from Serbian in Latin script by script conversion, at USD 0.01 a word. "
            ))
    }

    @Test func theLedgerCSVQuotesWhatItMust() throws {
        let store = try TranslationStore.inMemory()
        try store.recordCostRequest(F.draft(officer: "Smith, Jane \"JS\""))
        #expect(
            CostLedgerCSV.render(try store.costRequests())
                == "request_id,fiscal_year,post,country,bureau,ex_office,cable_id,locales,words,currency,requested,"
                + "approved,paid,outstanding,status,request_date,status_changed_at,officer,note\r\n"
                + "PRISTINA-FY2009-001,2009,PRISTINA,Kosovo,EUR,EUR/EX,09STATE61188,sq sr-Latn,1234,USD,320.84,,,,draft,"
                + "2009-06-16,2009-06-16T14:00:00.000Z,\"Smith, Jane \"\"JS\"\"\",\r\n")
        #expect(CostLedgerCSV.render([]) == CostLedgerCSV.columns.joined(separator: ",") + "\r\n")
    }

    @Test func theLedgerCSVKeepsFormulasFromRunning() throws {
        let store = try TranslationStore.inMemory()
        let plus = try store.recordCostRequest(F.draft(officer: "+1 555 0100", note: "@SUM(A1)")).requestID
        let equals = try store.recordCostRequest(F.draft(officer: "=HYPERLINK(\"http://x\",\"y\")")).requestID
        try store.perform(
            .cancel, onCostRequest: equals, actor: "a", note: "-2+3", at: F.date("2009-06-17T09:00:00Z"))
        #expect(plus == "PRISTINA-FY2009-001")
        let rows = CostLedgerCSV.render(try store.costRequests()).components(separatedBy: "\r\n")
        #expect(
            rows == [
                CostLedgerCSV.columns.joined(separator: ","),
                "PRISTINA-FY2009-001,2009,PRISTINA,Kosovo,EUR,EUR/EX,09STATE61188,sq sr-Latn,1234,USD,320.84,,,,draft,"
                    + "2009-06-16,2009-06-16T14:00:00.000Z,'+1 555 0100,'@SUM(A1)",
                "PRISTINA-FY2009-002,2009,PRISTINA,Kosovo,EUR,EUR/EX,09STATE61188,sq sr-Latn,1234,USD,320.84,,,,"
                    + "cancelled,2009-06-16,2009-06-17T09:00:00.000Z,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-2+3",
                "",
            ])
        #expect(CostLedgerCSV.columns.last == "note")
    }
}
