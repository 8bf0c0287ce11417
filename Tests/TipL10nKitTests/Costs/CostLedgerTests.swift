import Foundation
import Testing

@testable import TipL10nKit

@Suite struct CostLedgerTests {
    typealias F = CostFixtures

    @Test(arguments: TestEngine.available) func aRequestIsRecordedAsADraftWithItsIDFiscalYearAndLines(
        engine: TestEngine
    ) throws {
        let test = try engine.makeStore()
        let store = test.store
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

    @Test(arguments: TestEngine.available) func sequencesCountPerPostAndFiscalYear(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
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

    @Test(arguments: TestEngine.available) func aRequestWalksFromDraftToPaid(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
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

    @Test(arguments: TestEngine.available) func everyInvalidTransitionIsRefusedAndChangesNothing(
        engine: TestEngine
    )
        throws
    {
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
        let test = try engine.makeStore()
        let store = test.store
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
                        == "\(store.path): error: cannot \(action.rawValue) \(id): it is \(phrase[status] ?? "?"); \(refusal)"
                )
                #expect(try store.ledgerRowCounts() == before)
                #expect(try store.costRequest(id: id) == requestBefore)
                refusals += 1
            }
        }
        #expect(refusals == 23)
    }

    @Test(arguments: TestEngine.available) func badAmountsActorsAndIDsAreRefusedAndChangeNothing(
        engine: TestEngine
    ) throws {
        let test = try engine.makeStore()
        let store = test.store
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
            (.cancel, "PRISTINA-FY2009-099", nil, "x", "there is no such cost request"),
            (.pay, approved, Money(F.decimal("-0.01"), currency: "USD"), "x", "the amount USD -0.01 is negative"),
            (.submit, "PRISTINA-FY2009-099", nil, "x", "there is no such cost request"),
        ]
        let before = try store.ledgerRowCounts()
        for (action, id, amount, actor, reason) in cases {
            let error = #expect(throws: StoreError.self) {
                try store.perform(action, onCostRequest: id, amount: amount, actor: actor, at: at)
            }
            #expect(error?.description == "\(store.path): error: cannot \(action.rawValue) \(id): \(reason)")
        }
        #expect(try store.ledgerRowCounts() == before)
        #expect(try store.costRequest(id: submitted)?.status == .submitted)
        #expect(try store.costRequest(id: approved)?.status == .approved)
        // Paying less than approved is allowed.
        #expect(
            try store.perform(.pay, onCostRequest: approved, amount: F.usd("100"), actor: "x", at: at).paid
                == F.usd("100.00"))
    }

    @Test(arguments: TestEngine.available) func badDraftsAreRefused(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
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
            #expect(
                error?.description == "\(store.path): error: cannot record the cost request for 09STATE61188: \(reason)"
            )
        }
        twice.lines.removeLast()
        #expect(try store.recordCostRequest(twice).requestID == "PRISTINA-FY2009-001")
    }

    @Test(arguments: TestEngine.available) func aFailureMidwayLeavesTheLedgerAsItWas(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
        let existing = try store.recordCostRequest(F.draft()).requestID
        let before = try store.ledgerRowCounts()
        // The second line of the next request fails after the request row and the first line were written.
        try Self.injectFailure(into: store, engine: engine, table: "cost_request_line", when: "position = 2")
        let error = #expect(throws: StoreError.self) { try store.recordCostRequest(F.draft()) }
        #expect(
            error?.description
                == "\(store.path): error: cannot record the cost request for 09STATE61188: injected failure")
        #expect(try store.ledgerRowCounts() == before)
        try Self.removeFailure(from: store, engine: engine, table: "cost_request_line")
        // No sequence was used up.
        #expect(try store.recordCostRequest(F.draft()).requestID == "PRISTINA-FY2009-002")

        // An action whose event cannot be written leaves the status as it was.
        try Self.injectFailure(into: store, engine: engine, table: "cost_request_event", when: "action = 'submit'")
        let afterSecond = try store.ledgerRowCounts()
        let submit = #expect(throws: StoreError.self) {
            try store.perform(.submit, onCostRequest: existing, actor: "x", at: F.date("2009-06-17T09:00:00Z"))
        }
        #expect(submit?.description == "\(store.path): error: cannot submit PRISTINA-FY2009-001: injected failure")
        #expect(try store.ledgerRowCounts() == afterSecond)
        #expect(try store.costRequest(id: existing)?.status == .draft)
    }

    /// Makes every insert into `table` whose row matches `condition` fail with `injected failure`.
    static func injectFailure(
        into store: TranslationStore, engine: TestEngine, table: String, when condition: String
    )
        throws
    {
        switch engine {
        case .sqlite:
            try store.executeRawSQL(
                """
                CREATE TEMP TRIGGER fail_\(table) BEFORE INSERT ON main.\(table) WHEN NEW.\(condition)
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
                """)
        case .postgresql:
            try store.executeRawSQL(
                """
                CREATE FUNCTION fail_\(table)() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.\(condition) THEN RAISE EXCEPTION 'injected failure'; END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER fail_\(table) BEFORE INSERT ON \(table) FOR EACH ROW EXECUTE FUNCTION fail_\(table)();
                """)
        }
    }

    static func removeFailure(from store: TranslationStore, engine: TestEngine, table: String) throws {
        try store.executeRawSQL(
            engine.expected(
                sqlite: "DROP TRIGGER temp.fail_\(table)",
                postgresql: "DROP TRIGGER fail_\(table) ON \(table); DROP FUNCTION fail_\(table)()"))
    }

    @Test(arguments: TestEngine.available) func theLedgerIsAppendOnlyAndTheSchemaGuardsTheStatusMachine(
        engine: TestEngine
    ) throws {
        let test = try engine.makeStore()
        let store = test.store
        let id = try store.recordCostRequest(F.draft()).requestID
        let before = try store.ledgerRowCounts()
        var statements: [(String, String)] = [
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
                engine.expected(
                    sqlite: "CHECK constraint failed",
                    postgresql: "new row for relation \"cost_request_event\" violates check constraint "
                        + "\"cost_request_event_transition\"")
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
        if engine == .sqlite {
            // INSERT OR REPLACE deletes the old row without firing delete triggers: refused too.
            statements += ["cost_request", "cost_request_line", "cost_request_event"].map {
                ("REPLACE INTO \($0) SELECT * FROM \($0)", "\($0) is append-only: rows cannot be replaced")
            }
        } else {
            statements += ["cost_request", "cost_request_line", "cost_request_event"].map {
                ("TRUNCATE \($0) CASCADE", "\($0) is append-only: rows cannot be deleted")
            }
        }
        for (sql, reason) in statements {
            let error = #expect(throws: StoreError.self) { try store.executeRawSQL(sql) }
            #expect(error?.message.hasPrefix("raw sql: \(reason)") == true, "\(sql): \(error?.message ?? "")")
        }
        #expect(try store.ledgerRowCounts() == before)
    }

    @Test(arguments: TestEngine.available) func twoConnectionsRecordingAtOnceGetDistinctIDs(
        engine: TestEngine
    )
        async throws
    {
        let place = try engine.makePlace()
        let first = try place.open()
        let second = try place.open()
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

    @Test(arguments: TestEngine.available) func anotherOpenOrPaidRequestForTheSameCableAndLocaleIsAConflict(
        engine: TestEngine
    ) throws {
        let test = try engine.makeStore()
        let store = test.store
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

    @Test(arguments: TestEngine.available) func aRequestIsPaidInInstalmentsUpToTheApprovedAmount(
        engine: TestEngine
    )
        throws
    {
        let test = try engine.makeStore()
        let store = test.store
        let id = try Self.request(in: .submitted, store: store)
        try store.perform(
            .approve, onCostRequest: id, amount: F.usd("250.00"), actor: "EUR/EX", at: F.date("2009-06-20T09:00:00Z"))
        let first = try store.perform(
            .pay, onCostRequest: id, amount: F.usd("100.00"), actor: "FMO", note: "first instalment",
            at: F.date("2009-07-01T09:00:00Z"))
        #expect(first.status == .approved)
        #expect(first.paid == F.usd("100.00"))
        #expect(first.outstanding == F.usd("150.00"))
        let tooMuch = #expect(throws: StoreError.self) {
            try store.perform(
                .pay, onCostRequest: id, amount: F.usd("150.01"), actor: "FMO", at: F.date("2009-07-02T09:00:00Z"))
        }
        #expect(
            tooMuch?.description
                == "\(store.path): error: cannot pay \(id): USD 150.01 is more than the outstanding USD 150.00 "
                + "(approved USD 250.00, paid USD 100.00)")
        let cancel = #expect(throws: StoreError.self) {
            try store.perform(.cancel, onCostRequest: id, actor: "Jane Smith", at: F.date("2009-07-02T09:00:00Z"))
        }
        #expect(cancel?.description == "\(store.path): error: cannot cancel \(id): USD 100.00 was already paid on it")
        let second = try store.perform(
            .pay, onCostRequest: id, amount: F.usd("50.00"), actor: "FMO", at: F.date("2009-08-01T09:00:00Z"))
        #expect(second.status == .approved)
        #expect(second.outstanding == F.usd("100.00"))
        // Without an amount, pay settles what is outstanding.
        let last = try store.perform(.pay, onCostRequest: id, actor: "FMO", at: F.date("2009-09-01T09:00:00Z"))
        #expect(last.status == .paid)
        #expect(last.payments == [F.usd("100.00"), F.usd("50.00"), F.usd("100.00")])
        #expect(last.paid == F.usd("250.00"))
        #expect(last.outstanding == F.usd("0.00"))
        #expect(last.events.map(\.status) == [.draft, .submitted, .approved, .approved, .approved, .paid])
        #expect(last.events.map(\.previousStatus) == [nil, .draft, .submitted, .approved, .approved, .approved])
        let totals = CostLedgerTotals.make([last])
        #expect(totals.map(\.paid) == [F.usd("250.00")])
        #expect(totals.map(\.outstanding) == [F.usd("0.00")])
        let after = #expect(throws: StoreError.self) {
            try store.perform(
                .pay, onCostRequest: id, amount: F.usd("1.00"), actor: "FMO", at: F.date("2009-09-02T09:00:00Z"))
        }
        #expect(
            after?.description
                == "\(store.path): error: cannot pay \(id): it is paid; only an approved request can be paid")
    }

    /// The database itself refuses payments beyond the approved amount, a payment that leaves the
    /// wrong status, and cancelling a request something was paid on.
    @Test(arguments: TestEngine.available) func theSchemaGuardsPayments(engine: TestEngine) throws {
        let test = try engine.makeStore()
        let store = test.store
        let id = try Self.request(in: .approved, store: store)
        try store.perform(
            .pay, onCostRequest: id, amount: F.usd("20.84"), actor: "FMO", at: F.date("2009-06-19T09:00:00Z"))
        let before = try store.ledgerRowCounts()
        func event(_ action: String, _ status: String, _ amount: String?) -> String {
            """
            INSERT INTO cost_request_event (request_id, action, previous_status, status, amount, actor, note, occurred_at)
            VALUES ('\(id)', '\(action)', 'approved', '\(status)', \(amount.map { "'\($0)'" } ?? "NULL"), 'x', '',
                '2009-06-20T00:00:00.000Z')
            """
        }
        let statements: [(String, String)] = [
            (event("pay", "paid", "300.01"), "cost_request_event: the payments would exceed the approved amount"),
            (
                event("pay", "paid", "100.00"),
                "cost_request_event: a payment makes the request paid exactly when the payments reach the approved amount"
            ),
            (
                event("pay", "approved", "300.00"),
                "cost_request_event: a payment makes the request paid exactly when the payments reach the approved amount"
            ),
            (event("cancel", "cancelled", nil), "cost_request_event: a request with a payment cannot be cancelled"),
        ]
        for (sql, reason) in statements {
            let error = #expect(throws: StoreError.self) { try store.executeRawSQL(sql) }
            #expect(error?.message == "raw sql: \(reason)")
        }
        #expect(try store.ledgerRowCounts() == before)
        try store.executeRawSQL(event("pay", "paid", "300.00"))
        #expect(try store.costRequest(id: id)?.status == .paid)
    }
}
