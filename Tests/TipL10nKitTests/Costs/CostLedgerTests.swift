import Foundation
import Testing

@testable import TipL10nKit

@Suite struct CostLedgerTests {
    typealias F = CostFixtures

    @Test func aRequestIsRecordedAsADraftWithItsIDFiscalYearAndLines() throws {
        let store = try TranslationStore.inMemory()
        let request = try store.recordCostRequest(F.draft(note: "first request"))
        #expect(request.requestID == "PRISTINA-FY2009-001")
        #expect(request.fiscalYear == FiscalYear(2009))
        #expect(request.sequence == 1)
        #expect(request.requestDate == "2009-06-16")
        #expect(request.status == .draft)
        #expect(request.requested == F.usd("320.84"))
        #expect(request.lines.map(\.amount) == [F.usd("160.42"), F.usd("160.42")])
        #expect(request.post == F.pristina)
        #expect(request.fundingParagraph == F.paragraph10)
        #expect(request.parts == [.narrative, .press])
        #expect(request.wordCountRule == "tipl10n-words-1")
        #expect(request.approved == nil)
        #expect(request.paid == nil)
        #expect(
            request.events == [
                CostRequestEvent(
                    action: .request, previousStatus: nil, status: .draft, amount: F.usd("320.84"), actor: "Jane Smith",
                    note: "first request", at: F.date("2009-06-16T14:00:00Z"))
            ])
        #expect(try store.costRequest(id: "pristina-fy2009-001") == request)
        #expect(try store.costRequest(id: "PRISTINA-FY2009-002") == nil)
        #expect(try store.ledgerRowCounts() == ["cost_request": 1, "cost_request_line": 2, "cost_request_event": 1])
        #expect(
            try store.rawStrings("SELECT requested_amount || ' ' || time_zone || ' ' || created_at FROM cost_request")
                == ["320.84 Europe/Belgrade 2009-06-16T14:00:00.000Z"])
        #expect(
            try store.rawStrings("SELECT rate || ' ' || weighted_words || ' ' || amount FROM cost_request_line")
                == ["0.13 1234 160.42", "0.13 1234 160.42"])
    }

    @Test func sequencesCountPerPostAndFiscalYear() throws {
        let store = try TranslationStore.inMemory()
        let ids = try [
            F.draft(at: "2009-06-16T14:00:00Z"),
            F.draft(at: "2009-09-30T21:59:00Z"),  // 23:59 in Pristina: still FY2009
            F.draft(at: "2009-09-30T22:30:00Z"),  // 00:30 on October 1 in Pristina: FY2010
            F.draft(at: "2009-06-17T10:00:00Z", post: F.paramaribo),
            F.draft(at: "2009-10-01T02:00:00Z", post: F.paramaribo),  // 23:00 on September 30 in Paramaribo
            F.draft(at: "2009-08-01T10:00:00Z"),
        ].map { try store.recordCostRequest($0).requestID }
        #expect(
            ids == [
                "PRISTINA-FY2009-001", "PRISTINA-FY2009-002", "PRISTINA-FY2010-001", "PARAMARIBO-FY2009-001",
                "PARAMARIBO-FY2009-002", "PRISTINA-FY2009-003",
            ])
        #expect(
            try store.costRequests(fiscalYear: FiscalYear(2009)).map(\.requestID) == [
                "PARAMARIBO-FY2009-001", "PARAMARIBO-FY2009-002", "PRISTINA-FY2009-001", "PRISTINA-FY2009-002",
                "PRISTINA-FY2009-003",
            ])
        #expect(try store.costRequests(fiscalYear: FiscalYear(2010)).map(\.requestDate) == ["2009-10-01"])
        #expect(
            TranslationStore.costRequestID(post: "PRISTINA", fiscalYear: FiscalYear(2009), sequence: 1_234)
                == "PRISTINA-FY2009-1234")
    }

    @Test func aRequestWalksFromDraftToPaid() throws {
        let store = try TranslationStore.inMemory()
        let id = try store.recordCostRequest(F.draft()).requestID
        let submitted = try store.perform(
            .submit, onCostRequest: id, actor: "Jane Smith", at: F.date("2009-06-17T09:00:00Z"))
        #expect(submitted.status == .submitted)
        let approved = try store.perform(
            .approve, onCostRequest: id, amount: F.usd("300.00"), actor: "EUR/EX",
            note: "FY2009 public diplomacy funds",
            at: F.date("2009-06-20T09:00:00Z"))
        #expect(approved.status == .approved)
        #expect(approved.approved == F.usd("300.00"))
        #expect(approved.requested == F.usd("320.84"))
        let paid = try store.perform(.pay, onCostRequest: id, actor: "FMO", at: F.date("2009-07-01T09:00:00Z"))
        #expect(paid.status == .paid)
        #expect(paid.paid == F.usd("300.00"))
        #expect(paid.events.map(\.action) == [.request, .submit, .approve, .pay])
        #expect(paid.events.map(\.previousStatus) == [nil, .draft, .submitted, .approved])
        #expect(paid.events.map(\.amount) == [F.usd("320.84"), nil, F.usd("300.00"), F.usd("300.00")])
        #expect(paid.statusChangedAt == F.date("2009-07-01T09:00:00Z"))
        #expect(try store.costRequests(status: .paid).map(\.requestID) == [id])
        #expect(try store.costRequests(status: .draft) == [])
    }

    /// Builds a request that has reached `status` by the allowed path.
    static func request(in status: CostRequestStatus, store: TranslationStore) throws -> String {
        let id = try store.recordCostRequest(F.draft()).requestID
        let at = F.date("2009-06-18T09:00:00Z")
        let path: [CostAction] =
            switch status {
            case .draft: []
            case .submitted: [.submit]
            case .approved: [.submit, .approve]
            case .paid: [.submit, .approve, .pay]
            case .rejected: [.submit, .reject]
            case .cancelled: [.cancel]
            }
        for action in path { try store.perform(action, onCostRequest: id, actor: "test", at: at) }
        return id
    }

    @Test func everyInvalidTransitionIsRefusedAndChangesNothing() throws {
        let phrase: [CostRequestStatus: String] = [
            .draft: "a draft", .submitted: "submitted", .approved: "approved", .paid: "paid", .rejected: "rejected",
            .cancelled: "cancelled",
        ]
        let rule: [CostAction: (from: Set<CostRequestStatus>, refusal: String)] = [
            .submit: ([.draft], "only a draft can be submitted"),
            .approve: ([.submitted], "only a submitted request can be approved"),
            .reject: ([.submitted], "only a submitted request can be rejected"),
            .pay: ([.approved], "only an approved request can be paid"),
            .cancel: ([.draft, .submitted, .approved], "only a draft, submitted or approved request can be cancelled"),
        ]
        let store = try TranslationStore.inMemory()
        var refusals = 0
        for status in CostRequestStatus.allCases {
            let id = try Self.request(in: status, store: store)
            for action in [CostAction.submit, .approve, .reject, .pay, .cancel] {
                guard let (allowed, refusal) = rule[action], !allowed.contains(status) else { continue }
                let before = try store.ledgerRowCounts()
                let requestBefore = try store.costRequest(id: id)
                let error = #expect(throws: StoreError.self) {
                    try store.perform(action, onCostRequest: id, actor: "test", at: F.date("2009-06-19T09:00:00Z"))
                }
                #expect(
                    error?.description
                        == "<memory>: error: cannot \(action.rawValue) \(id): it is \(phrase[status] ?? "?"); \(refusal)"
                )
                #expect(try store.ledgerRowCounts() == before)
                #expect(try store.costRequest(id: id) == requestBefore)
                refusals += 1
            }
        }
        #expect(refusals == 23)
    }

    @Test func badAmountsActorsAndIDsAreRefusedAndChangeNothing() throws {
        let store = try TranslationStore.inMemory()
        let submitted = try Self.request(in: .submitted, store: store)
        let approved = try Self.request(in: .approved, store: store)
        let at = F.date("2009-06-19T09:00:00Z")
        let cases: [(CostAction, String, Money?, String, String)] = [
            (.approve, submitted, Money(F.decimal("-5"), currency: "USD"), "x", "the amount USD -5.00 is negative"),
            (.approve, submitted, F.usd("0"), "x", "the amount is zero; reject or cancel the request instead"),
            (.approve, submitted, F.usd("1.005"), "x", "the amount 1.005 has more than two decimals"),
            (.approve, submitted, Money(1, currency: "EUR"), "x", "the amount is in EUR; the request is in USD"),
            (.submit, submitted, F.usd("1"), "x", "an amount is given only to approve or pay"),
            (.approve, submitted, nil, " ", "no actor"),
            (.pay, approved, F.usd("320.85"), "x", "USD 320.85 is more than the approved USD 320.84"),
            (.pay, approved, Money(F.decimal("-0.01"), currency: "USD"), "x", "the amount USD -0.01 is negative"),
            (.submit, "PRISTINA-FY2009-099", nil, "x", "there is no such cost request"),
        ]
        let before = try store.ledgerRowCounts()
        for (action, id, amount, actor, reason) in cases {
            let error = #expect(throws: StoreError.self) {
                try store.perform(action, onCostRequest: id, amount: amount, actor: actor, at: at)
            }
            #expect(error?.description == "<memory>: error: cannot \(action.rawValue) \(id): \(reason)")
        }
        #expect(try store.ledgerRowCounts() == before)
        #expect(try store.costRequest(id: submitted)?.status == .submitted)
        #expect(try store.costRequest(id: approved)?.status == .approved)
        // Paying less than approved is allowed.
        #expect(
            try store.perform(.pay, onCostRequest: approved, amount: F.usd("100"), actor: "x", at: at).paid
                == F.usd("100.00"))
    }

    @Test func badDraftsAreRefused() throws {
        let store = try TranslationStore.inMemory()
        var twice = F.draft(locales: ["sq", "sq"])
        var mixed = F.draft()
        mixed.lines[1].rate = Money(1, currency: "EUR")
        var none = F.draft()
        none.lines = []
        var noJustification = F.draft()
        noJustification.justification = " "
        let cases: [(CostRequestDraft, String)] = [
            (twice, "the locale sq is listed twice"), (mixed, "the lines are in different currencies"),
            (none, "it has no locale"), (F.draft(officer: ""), "no requesting officer"),
            (noJustification, "no justification"),
        ]
        for (draft, reason) in cases {
            let error = #expect(throws: StoreError.self) { try store.recordCostRequest(draft) }
            #expect(error?.description == "<memory>: error: cannot record the cost request for 09STATE61188: \(reason)")
        }
        twice.lines.removeLast()
        #expect(try store.recordCostRequest(twice).requestID == "PRISTINA-FY2009-001")
    }

    @Test func aFailureMidwayLeavesTheLedgerAsItWas() throws {
        let store = try TranslationStore.inMemory()
        let existing = try store.recordCostRequest(F.draft()).requestID
        let before = try store.ledgerRowCounts()
        // The second line of the next request fails after the request row and the first line were written.
        try store.executeRawSQL(
            """
            CREATE TEMP TRIGGER fail_second_line BEFORE INSERT ON main.cost_request_line WHEN NEW.position = 2
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """)
        let error = #expect(throws: StoreError.self) { try store.recordCostRequest(F.draft()) }
        #expect(
            error?.description == "<memory>: error: cannot record the cost request for 09STATE61188: injected failure")
        #expect(try store.ledgerRowCounts() == before)
        try store.executeRawSQL("DROP TRIGGER temp.fail_second_line")
        // No sequence was used up.
        #expect(try store.recordCostRequest(F.draft()).requestID == "PRISTINA-FY2009-002")

        // An action whose event cannot be written leaves the status as it was.
        try store.executeRawSQL(
            """
            CREATE TEMP TRIGGER fail_submit BEFORE INSERT ON main.cost_request_event WHEN NEW.action = 'submit'
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """)
        let afterSecond = try store.ledgerRowCounts()
        let submit = #expect(throws: StoreError.self) {
            try store.perform(.submit, onCostRequest: existing, actor: "x", at: F.date("2009-06-17T09:00:00Z"))
        }
        #expect(submit?.description == "<memory>: error: cannot submit PRISTINA-FY2009-001: injected failure")
        #expect(try store.ledgerRowCounts() == afterSecond)
        #expect(try store.costRequest(id: existing)?.status == .draft)
    }

    @Test func theLedgerIsAppendOnlyAndTheSchemaGuardsTheStatusMachine() throws {
        let store = try TranslationStore.inMemory()
        let id = try store.recordCostRequest(F.draft()).requestID
        let before = try store.ledgerRowCounts()
        let statements: [(String, String)] = [
            (
                "UPDATE cost_request SET requested_amount = '1.00'",
                "cost_request is append-only: rows cannot be updated"
            ),
            ("DELETE FROM cost_request", "cost_request is append-only: rows cannot be deleted"),
            (
                "UPDATE cost_request_line SET amount = '1.00'",
                "cost_request_line is append-only: rows cannot be updated"
            ),
            ("DELETE FROM cost_request_line", "cost_request_line is append-only: rows cannot be deleted"),
            (
                "UPDATE cost_request_event SET status = 'paid'",
                "cost_request_event is append-only: rows cannot be updated"
            ),
            ("DELETE FROM cost_request_event", "cost_request_event is append-only: rows cannot be deleted"),
            (
                "REPLACE INTO cost_request SELECT * FROM cost_request",
                "cost_request is append-only: rows cannot be replaced"
            ),
            (
                "REPLACE INTO cost_request_line SELECT * FROM cost_request_line",
                "cost_request_line is append-only: rows cannot be replaced"
            ),
            (
                "REPLACE INTO cost_request_event SELECT * FROM cost_request_event",
                "cost_request_event is append-only: rows cannot be replaced"
            ),
            (
                """
                INSERT INTO cost_request_event (request_id, action, previous_status, status, amount, actor, note, occurred_at)
                VALUES ('\(id)', 'approve', 'submitted', 'approved', '1.00', 'x', '', '2009-06-18T00:00:00.000Z')
                """,
                "cost_request_event: previous_status is not the current status of the request"
            ),
            (
                """
                INSERT INTO cost_request_event (request_id, action, previous_status, status, amount, actor, note, occurred_at)
                VALUES ('\(id)', 'pay', 'draft', 'paid', '1.00', 'x', '', '2009-06-18T00:00:00.000Z')
                """,
                "CHECK constraint failed"
            ),
            (
                """
                INSERT INTO cost_request_line (request_id, position, locale, new_words, exact_words, repetition_words,
                    new_weight, exact_weight, repetition_weight, weighted_words, rate, amount)
                VALUES ('\(id)', 3, 'sr-Cyrl', 1, 0, 0, '1', '0.3', '0.3', '1', '0.13', '0.13')
                """,
                "cost_request_line: the request is already recorded; its lines cannot change"
            ),
        ]
        for (sql, reason) in statements {
            let error = #expect(throws: StoreError.self) { try store.executeRawSQL(sql) }
            #expect(error?.message.hasPrefix("raw sql: \(reason)") == true, "\(error?.message ?? "")")
        }
        #expect(try store.ledgerRowCounts() == before)
    }

    @Test func twoConnectionsRecordingAtOnceGetDistinctIDs() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let url = folder.appendingPathComponent(".tipl10n/store.sqlite")
        let first = try TranslationStore(path: url)
        let second = try TranslationStore(path: url)
        let ids = try await withThrowingTaskGroup(of: [String].self) { group in
            for store in [first, second, first, second] {
                group.addTask {
                    try (0..<10).map { _ in try store.recordCostRequest(F.draft()).requestID }
                }
            }
            return try await group.reduce([], +)
        }
        #expect(ids.count == 40)
        #expect(Set(ids).count == 40)
        #expect(
            Set(ids)
                == Set(
                    (1...40).map {
                        TranslationStore.costRequestID(post: "PRISTINA", fiscalYear: FiscalYear(2009), sequence: $0)
                    }))
        #expect(
            try second.ledgerRowCounts() == ["cost_request": 40, "cost_request_line": 80, "cost_request_event": 40])
    }

    @Test func anotherOpenOrPaidRequestForTheSameCableAndLocaleIsAConflict() throws {
        let store = try TranslationStore.inMemory()
        let first = try store.recordCostRequest(F.draft(locales: ["sq", "sr-Latn"])).requestID
        #expect(
            try store.costRequestConflicts(cableID: "09STATE61188", locales: ["sq", "sr-Cyrl"]) == [
                CostRequestConflict(requestID: first, locale: "sq", status: .draft)
            ])
        #expect(try store.costRequestConflicts(cableID: "09STATE60550", locales: ["sq"]) == [])
        #expect(
            CostRequestConflict(requestID: first, locale: "sq", status: .submitted).message(cableID: "09STATE61188")
                == "09STATE61188 into sq is already in the open request PRISTINA-FY2009-001 (submitted)")
        #expect(
            CostRequestConflict(requestID: first, locale: "sq", status: .paid).message(cableID: "09STATE61188")
                == "09STATE61188 into sq was already paid in PRISTINA-FY2009-001")
        try store.perform(.cancel, onCostRequest: first, actor: "x", at: F.date("2009-06-17T09:00:00Z"))
        #expect(try store.costRequestConflicts(cableID: "09STATE61188", locales: ["sq"]) == [])
        let paid = try Self.request(in: .paid, store: store)
        #expect(
            try store.costRequestConflicts(cableID: "09STATE61188", locales: ["sr-Latn"]) == [
                CostRequestConflict(requestID: paid, locale: "sr-Latn", status: .paid)
            ])
    }

    @Test func exactMatchesAreUsableTranslationsIntoTheSameLocaleOfTheSameSource() throws {
        let store = try StoreFixtures.registeredStore()
        try store.apply(
            [
                StoreFixtures.change("narrative.title", "Kosova (NIVELI 2)"),
                StoreFixtures.change("narrative.intro.p1.s1", "", state: .translated),
                StoreFixtures.change("narrative.intro.p1.s2", "Gratë…", state: .new),
                StoreFixtures.change("press.q1.question.s1", "Pse…", state: .reviewed),
            ], record: StoreFixtures.record())
        let hashes = Set(StoreFixtures.units.map(\.sourceHash))
        let byID = Dictionary(uniqueKeysWithValues: StoreFixtures.units.map { ($0.id, $0.sourceHash) })
        #expect(
            try store.exactMatchHashes(locale: "sq", among: hashes)
                == Set([byID["narrative.title"], byID["press.q1.question.s1"]].compactMap { $0 }))
        #expect(try store.exactMatchHashes(locale: "sr-Latn", among: hashes) == [])
        // The same sentence in another cable is a match too: matching is by source hash.
        let other = StoreFixtures.unit("narrative.title", "Kosovo (TIER 2)")
        let job = JobWordCount.analyze(
            [other], locale: "sq", exactMatches: try store.exactMatchHashes(locale: "sq", among: [other.sourceHash]))
        #expect(job.units.map(\.category) == [.exact])
    }
}
