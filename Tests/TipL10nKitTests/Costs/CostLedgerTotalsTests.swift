import Foundation
import Testing

@testable import TipL10nKit

/// Totals count only live money; zero requests, back-dated actions and years the schema
/// cannot hold are refused with a clear message and change nothing.
@Suite struct CostLedgerTotalsTests {
    typealias F = CostFixtures

    @Test func totalsLeaveOutCancelledAndRejectedMoney() throws {
        let store = try TranslationStore.inMemory()
        let at = F.date("2009-06-18T09:00:00Z")
        // Each F.draft is USD 320.84 (2 × 160.42).
        let draft = try store.recordCostRequest(F.draft()).requestID
        let paid = try store.recordCostRequest(F.draft()).requestID
        for (action, amount) in [(CostAction.submit, nil), (.approve, F.usd("300.00")), (.pay, F.usd("250.00"))] {
            try store.perform(action, onCostRequest: paid, amount: amount, actor: "t", at: at)
        }
        let approved = try store.recordCostRequest(F.draft()).requestID
        try store.perform(.submit, onCostRequest: approved, actor: "t", at: at)
        try store.perform(.approve, onCostRequest: approved, amount: F.usd("200.00"), actor: "t", at: at)
        let cancelled = try store.recordCostRequest(F.draft()).requestID
        try store.perform(.submit, onCostRequest: cancelled, actor: "t", at: at)
        try store.perform(.approve, onCostRequest: cancelled, amount: F.usd("103.00"), actor: "t", at: at)
        try store.perform(.cancel, onCostRequest: cancelled, actor: "t", at: at)
        let rejected = try store.recordCostRequest(F.draft()).requestID
        try store.perform(.submit, onCostRequest: rejected, actor: "t", at: at)
        try store.perform(.reject, onCostRequest: rejected, actor: "t", at: at)
        let submitted = try store.recordCostRequest(F.draft(locales: ["sq"])).requestID
        try store.perform(.submit, onCostRequest: submitted, actor: "t", at: at)
        #expect(draft == "PRISTINA-FY2009-001")

        let totals = CostLedgerTotals.make(try store.costRequests())
        // requested: draft 320.84 + partly paid 320.84 + approved 320.84 + submitted 160.42 = 1,122.94;
        // approved 300 + 200; paid 250 of the 300 (a partial payment: still approved); outstanding 50 + 200.
        #expect(
            totals == [
                CostLedgerTotals(
                    currency: "USD", requests: 6, notCounted: 2, requested: F.usd("1122.94"),
                    approved: F.usd("500.00"), paid: F.usd("250.00"), outstanding: F.usd("250.00"))
            ])
        #expect(CostLedgerTotals.make([]) == [])
        let onlyCancelled = CostLedgerTotals.make(try store.costRequests(status: .cancelled))
        #expect(
            onlyCancelled == [
                CostLedgerTotals(
                    currency: "USD", requests: 1, notCounted: 1, requested: F.usd("0"), approved: F.usd("0"),
                    paid: F.usd("0"), outstanding: F.usd("0"))
            ])
    }

    @Test func aRequestForNoMoneyIsRefused() throws {
        let store = try TranslationStore.inMemory()
        let error = #expect(throws: StoreError.self) { try store.recordCostRequest(F.draft(rate: "0")) }
        #expect(
            error?.description
                == "<memory>: error: cannot record the cost request for 09STATE61188: the total is USD 0.00; "
                + "a cost request must ask for some money")
        #expect(error?.remedy == .rate)
        #expect(try store.ledgerRowCounts() == ["cost_request": 0, "cost_request_line": 0, "cost_request_event": 0])
    }

    @Test func anActionDatedBeforeTheLastEventIsRefused() throws {
        let store = try TranslationStore.inMemory()
        let id = try store.recordCostRequest(F.draft()).requestID
        try store.perform(.submit, onCostRequest: id, actor: "t", at: F.date("2009-06-17T09:00:00Z"))
        let error = #expect(throws: StoreError.self) {
            try store.perform(.approve, onCostRequest: id, actor: "t", at: F.date("2009-06-17T08:59:59Z"))
        }
        #expect(
            error?.description
                == "<memory>: error: cannot approve PRISTINA-FY2009-001: 2009-06-17T08:59:59.000Z is dated before the "
                + "last event (submit at 2009-06-17T09:00:00.000Z)")
        #expect(try store.ledgerRowCounts() == ["cost_request": 1, "cost_request_line": 2, "cost_request_event": 2])
        // The same moment as the last event is allowed.
        #expect(
            try store.perform(.approve, onCostRequest: id, actor: "t", at: F.date("2009-06-17T09:00:00Z")).status
                == .approved)
    }

    @Test func aFiscalYearTheLedgerCannotHoldIsRefusedClearly() throws {
        let store = try TranslationStore.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.recordCostRequest(F.draft(at: "0999-06-16T14:00:00Z"))
        }
        #expect(
            error?.description
                == "<memory>: error: cannot record the cost request for 09STATE61188: its date 0999-06-16T14:00:00.000Z "
                + "falls in FY999, outside FY1000–FY9999")
        let late = #expect(throws: StoreError.self) { try store.recordCostRequest(F.draft(at: "9999-10-01T10:00:00Z")) }
        #expect(
            late?.description
                == "<memory>: error: cannot record the cost request for 09STATE61188: its date 9999-10-01T10:00:00.000Z "
                + "falls in FY10000, outside FY1000–FY9999")
        #expect(try store.ledgerRowCounts() == ["cost_request": 0, "cost_request_line": 0, "cost_request_event": 0])
    }
}
