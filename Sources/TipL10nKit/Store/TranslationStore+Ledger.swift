import Foundation
import GRDB

/// The cost ledger (schema v2, `Docs/Costs.md`): cost requests, their lines and their
/// append-only status history, and the exact-match lookup word counts use.
///
/// A request is written once, with its lines and its first event, in one `BEGIN IMMEDIATE`
/// transaction that also assigns its sequence, so two processes recording at once get
/// distinct IDs. Every later action appends one event after checking the status machine
/// (``CostAction``) in the same transaction; the schema checks it again (CHECK and trigger).
/// Nothing in the ledger is ever updated or deleted.
extension TranslationStore {
    // MARK: - Exact matches

    /// The hashes among `hashes` that the store holds a usable translation of into `locale`:
    /// a current translation in state translated, reviewed or final with non-empty text,
    /// made against that source hash (``StoredTranslation/sourceHash``), in any cable and unit.
    ///
    /// Translations into other locales never count (`sr-Latn` is not a match for `sr-Cyrl`).
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func exactMatchHashes(locale: String, among hashes: Set<String>) throws -> Set<String> {
        try read("cannot read the \(locale) translations") { db in
            let stored = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT source_hash FROM "translation"
                    WHERE locale = ? AND state IN ('translated', 'reviewed', 'final') AND target_text <> ''
                    """,
                arguments: [locale])
            return Set(stored).intersection(hashes)
        }
    }

    // MARK: - Recording

    /// Records a new cost request as a draft and returns it with its ID.
    ///
    /// In one transaction: the fiscal year is the post's calendar day of `draft.createdAt`
    /// (``FiscalYear/init(containing:in:)``), the sequence is one more than the highest of
    /// the post in that fiscal year, then the request, its lines and its first event
    /// (`request`, status draft, amount = total, actor = officer) are inserted. On any
    /// failure nothing is written and no sequence is used up.
    ///
    /// - Throws: ``StoreError``: `cannot record the cost request for 09STATE61188: it has no
    ///   locale`, `… the locale sq is listed twice`, `… the lines are in different currencies`,
    ///   `… no requesting officer`, `… no justification`, or SQLite's reason.
    @discardableResult
    public func recordCostRequest(_ draft: CostRequestDraft) throws -> CostRequest {
        let action = "cannot record the cost request for \(draft.cableID)"
        func refuse(_ reason: String) -> StoreError { StoreError(path: path, message: "\(action): \(reason)") }
        guard !draft.lines.isEmpty else { throw refuse("it has no locale") }
        var seen = Set<String>()
        for line in draft.lines where !seen.insert(line.locale).inserted {
            throw refuse("the locale \(line.locale) is listed twice")
        }
        guard Set(draft.lines.map(\.rate.currency)).count == 1 else {
            throw refuse("the lines are in different currencies")
        }
        guard draft.total.amount > 0 else {
            var error = refuse("the total is \(draft.total.formatted); a cost request must ask for some money")
            error.remedy = .rate
            throw error
        }
        guard !draft.officer.trimmingCharacters(in: .whitespaces).isEmpty else { throw refuse("no requesting officer") }
        guard !draft.justification.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw refuse("no justification")
        }
        let timeZone = draft.post.timeZone
        let fiscalYear = FiscalYear(containing: draft.createdAt, in: timeZone)
        let requestDate = CalendarDay(draft.createdAt, in: timeZone).description
        guard (1000...9999).contains(fiscalYear.year) else {
            throw refuse(
                "its date \(StoreDate.text(from: draft.createdAt)) falls in \(fiscalYear), outside FY1000–FY9999")
        }
        let createdText = StoreDate.text(from: draft.createdAt)
        return try write(action) { db in
            let sequence =
                try Int.fetchOne(
                    db,
                    sql: "SELECT COALESCE(MAX(sequence), 0) + 1 FROM cost_request WHERE post = ? AND fiscal_year = ?",
                    arguments: [draft.post.name, fiscalYear.year]) ?? 1
            let requestID = Self.costRequestID(post: draft.post.name, fiscalYear: fiscalYear, sequence: sequence)
            try db.execute(
                sql: """
                    INSERT INTO cost_request (request_id, post, country, bureau, executive_office, time_zone,
                        fiscal_year, sequence, request_date, cable_id, cable_subject, cable_dtg, funding_paragraph,
                        funding_text, parts, word_count_rule, currency, requested_amount, justification, officer,
                        created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    requestID, draft.post.name, draft.post.country, draft.post.bureau.rawValue,
                    draft.post.bureau.executiveOffice, draft.post.timeZoneIdentifier, fiscalYear.year, sequence,
                    requestDate, draft.cableID, draft.cableSubject, draft.cableDTG, draft.fundingParagraph?.number,
                    draft.fundingParagraph?.text ?? "", draft.parts.map(\.rawValue).joined(separator: ","),
                    draft.wordCountRule, draft.currency, draft.total.text, draft.justification, draft.officer,
                    createdText,
                ])
            for (index, line) in draft.lines.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO cost_request_line (request_id, position, locale, new_words, exact_words,
                            repetition_words, new_weight, exact_weight, repetition_weight, weighted_words, rate, amount)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        requestID, index + 1, line.locale, line.newWords, line.exactWords, line.repetitionWords,
                        DecimalText.text(line.weights.new), DecimalText.text(line.weights.exact),
                        DecimalText.text(line.weights.repetition), DecimalText.text(line.weightedWords),
                        DecimalText.text(line.rate.amount), line.amount.text,
                    ])
            }
            try insertEvent(
                db, requestID: requestID,
                CostRequestEvent(
                    action: .request, previousStatus: nil, status: .draft, amount: draft.total, actor: draft.officer,
                    note: draft.note, at: draft.createdAt))
            guard let request = try fetchCostRequest(db, id: requestID) else {
                throw StoreError(path: path, message: "\(action): the request was not written")
            }
            return request
        }
    }

    /// `PRISTINA-FY2009-001`: post, fiscal year, sequence with at least three digits.
    public static func costRequestID(post: String, fiscalYear: FiscalYear, sequence: Int) -> String {
        let digits = String(sequence)
        return "\(post)-\(fiscalYear)-\(String(repeating: "0", count: max(0, 3 - digits.count)))\(digits)"
    }

    // MARK: - Actions

    /// Submits, approves, rejects, pays or cancels a recorded request: appends one event.
    ///
    /// Rules (``CostAction``): only a draft is submitted; only a submitted request is approved
    /// or rejected; only an approved request is paid; paid, rejected and cancelled requests
    /// are final. `approve` records `amount` or else the requested total (it may differ);
    /// `pay` records `amount` or else the approved amount, never more. Amounts are in the
    /// request's currency, in cents, more than zero. A refused action writes nothing.
    ///
    /// - Parameters:
    ///   - action: submit, approve, reject, pay or cancel.
    ///   - id: the request ID (any case): `PRISTINA-FY2009-001`.
    ///   - amount: for approve and pay only.
    ///   - actor: who acts; not empty.
    ///   - note: why (may be empty).
    ///   - date: when.
    /// - Returns: the request after the action.
    /// - Throws: ``StoreError``, one line each, e.g.
    ///   `cannot pay PRISTINA-FY2009-001: it is submitted; only an approved request can be paid`,
    ///   `cannot approve PRISTINA-FY2009-001: it is a draft; only a submitted request can be approved`,
    ///   `cannot approve PRISTINA-FY2009-001: the amount USD -5.00 is negative`,
    ///   `cannot pay PRISTINA-FY2009-001: USD 200.00 is more than the approved USD 160.42`,
    ///   `cannot submit PRISTINA-FY2009-009: there is no such cost request`.
    @discardableResult
    public func perform(
        _ action: CostAction, onCostRequest id: String, amount: Money? = nil, actor: String, note: String = "",
        at date: Date
    ) throws -> CostRequest {
        let requestID = id.trimmingCharacters(in: .whitespaces).uppercased()
        let prefix = "cannot \(action.rawValue) \(requestID)"
        func refuse(_ reason: String) -> StoreError { StoreError(path: path, message: "\(prefix): \(reason)") }
        guard action != .request else { throw refuse("a request is recorded with recordCostRequest") }
        if amount != nil && !action.takesAmount {
            throw refuse("an amount is given only to approve or pay")
        }
        guard !actor.trimmingCharacters(in: .whitespaces).isEmpty else { throw refuse("no actor") }
        return try write(prefix) { db in
            guard let request = try fetchCostRequest(db, id: requestID) else {
                throw refuse("there is no such cost request")
            }
            guard action.allowedFrom.contains(request.status) else {
                throw refuse(action.refusal(from: request.status))
            }
            let last = request.statusChangedAt
            if StoreDate.text(from: date) < StoreDate.text(from: last) {
                throw refuse(
                    "\(StoreDate.text(from: date)) is dated before the last event "
                        + "(\(request.events.last?.action.rawValue ?? "request") at \(StoreDate.text(from: last)))")
            }
            var eventAmount: Money?
            switch action {
            case .approve:
                eventAmount = try checked(amount ?? request.requested, for: request, refuse: refuse)
            case .pay:
                let approved = request.approved ?? request.requested
                let paid = try checked(amount ?? approved, for: request, refuse: refuse)
                if paid.amount > approved.amount {
                    throw refuse("\(paid.formatted) is more than the approved \(approved.formatted)")
                }
                eventAmount = paid
            default:
                eventAmount = nil
            }
            try insertEvent(
                db, requestID: requestID,
                CostRequestEvent(
                    action: action, previousStatus: request.status, status: action.resultingStatus,
                    amount: eventAmount, actor: actor, note: note, at: date))
            guard let updated = try fetchCostRequest(db, id: requestID) else {
                throw refuse("the request disappeared")
            }
            return updated
        }
    }

    /// `amount` when it is in the request's currency, in cents and more than zero.
    private func checked(_ amount: Money, for request: CostRequest, refuse: (String) -> StoreError) throws -> Money {
        guard amount.currency == request.currency else {
            throw refuse("the amount is in \(amount.currency); the request is in \(request.currency)")
        }
        guard amount.amount >= 0 else { throw refuse("the amount \(amount.formatted) is negative") }
        guard amount.roundedToCents() == amount else {
            throw refuse("the amount \(DecimalText.text(amount.amount)) has more than two decimals")
        }
        guard amount.amount > 0 else { throw refuse("the amount is zero; reject or cancel the request instead") }
        return amount
    }

    private func insertEvent(_ db: Database, requestID: String, _ event: CostRequestEvent) throws {
        try db.execute(
            sql: """
                INSERT INTO cost_request_event (request_id, action, previous_status, status, amount, actor, note,
                    occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                requestID, event.action.rawValue, event.previousStatus?.rawValue, event.status.rawValue,
                event.amount?.text, event.actor, event.note, StoreDate.text(from: event.at),
            ])
    }

    // MARK: - Reading

    /// The request with this ID (any case), or `nil`.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read or holds data this build cannot read.
    public func costRequest(id: String) throws -> CostRequest? {
        let requestID = id.trimmingCharacters(in: .whitespaces).uppercased()
        return try read("cannot read the cost request \(requestID)") { db in
            try fetchCostRequest(db, id: requestID)
        }
    }

    /// The recorded requests, by fiscal year, post and sequence; only those of `fiscalYear`
    /// and in `status` (the current status) when given.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func costRequests(fiscalYear: FiscalYear? = nil, status: CostRequestStatus? = nil) throws -> [CostRequest] {
        try read("cannot read the cost requests") { db in
            let ids = try String.fetchAll(
                db,
                sql: """
                    SELECT request_id FROM cost_request WHERE ?1 IS NULL OR fiscal_year = ?1
                    ORDER BY fiscal_year, post, sequence
                    """,
                arguments: [fiscalYear?.year])
            return try ids.compactMap { try fetchCostRequest(db, id: $0) }
                .filter { status == nil || $0.status == status }
        }
    }

    /// Requests that already cover `cableID` into one of `locales` and are open (draft,
    /// submitted, approved) or paid: a new request for them would ask twice.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func costRequestConflicts(cableID: String, locales: [String]) throws -> [CostRequestConflict] {
        try read("cannot read the cost requests") { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT l.request_id, l.locale,
                        (SELECT status FROM cost_request_event e WHERE e.request_id = l.request_id
                         ORDER BY e.id DESC LIMIT 1) AS status
                    FROM cost_request r JOIN cost_request_line l USING (request_id)
                    WHERE r.cable_id = ?
                    ORDER BY r.fiscal_year, r.post, r.sequence, l.position
                    """,
                arguments: [cableID])
            var conflicts: [CostRequestConflict] = []
            for row in rows {
                let locale = try row.decode(String.self, forColumn: "locale")
                guard locales.contains(locale) else { continue }
                let status = try costStatus(row, "status")
                guard status.isOpen || status == .paid else { continue }
                conflicts.append(
                    CostRequestConflict(
                        requestID: try row.decode(String.self, forColumn: "request_id"), locale: locale, status: status)
                )
            }
            return conflicts
        }
    }

    /// Row counts of the ledger tables (tests check that refused actions write nothing).
    func ledgerRowCounts() throws -> [String: Int] {
        try read("raw sql") { db in
            var counts: [String: Int] = [:]
            for table in ["cost_request", "cost_request_line", "cost_request_event"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    // MARK: - Rows

    private func fetchCostRequest(_ db: Database, id: String) throws -> CostRequest? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM cost_request WHERE request_id = ?", arguments: [id])
        else { return nil }
        let currency = try row.decode(String.self, forColumn: "currency")
        let lines = try Row.fetchAll(
            db, sql: "SELECT * FROM cost_request_line WHERE request_id = ? ORDER BY position", arguments: [id]
        ).map { line in
            CostLine(
                locale: try line.decode(String.self, forColumn: "locale"),
                newWords: try line.decode(Int.self, forColumn: "new_words"),
                exactWords: try line.decode(Int.self, forColumn: "exact_words"),
                repetitionWords: try line.decode(Int.self, forColumn: "repetition_words"),
                weights: MatchWeights(
                    new: try decimal(line, "new_weight"), exact: try decimal(line, "exact_weight"),
                    repetition: try decimal(line, "repetition_weight")),
                rate: Money(try decimal(line, "rate"), currency: currency))
        }
        let events = try Row.fetchAll(
            db, sql: "SELECT * FROM cost_request_event WHERE request_id = ? ORDER BY id", arguments: [id]
        ).map { event in
            let actionText = try event.decode(String.self, forColumn: "action")
            guard let action = CostAction(rawValue: actionText) else {
                throw StoreError.unreadable(path: path, "unknown cost request action '\(actionText)'")
            }
            let amountText = try event.decode(String?.self, forColumn: "amount")
            return CostRequestEvent(
                action: action,
                previousStatus: try event.decode(String?.self, forColumn: "previous_status") == nil
                    ? nil : try costStatus(event, "previous_status"),
                status: try costStatus(event, "status"),
                amount: try amountText.map { Money(try decimalValue($0, column: "amount"), currency: currency) },
                actor: try event.decode(String.self, forColumn: "actor"),
                note: try event.decode(String.self, forColumn: "note"),
                at: try date(event, "occurred_at"))
        }
        let bureauText = try row.decode(String.self, forColumn: "bureau")
        guard let bureau = RegionalBureau(rawValue: bureauText) else {
            throw StoreError.unreadable(path: path, "unknown bureau '\(bureauText)'")
        }
        let partsText = try row.decode(String.self, forColumn: "parts")
        let parts = try partsText.split(separator: ",").map { name in
            guard let part = SourcePart(rawValue: String(name)) else {
                throw StoreError.unreadable(path: path, "unknown part '\(name)'")
            }
            return part
        }
        let paragraphNumber = try row.decode(Int?.self, forColumn: "funding_paragraph")
        return CostRequest(
            requestID: id,
            post: RequestingPost(
                name: try row.decode(String.self, forColumn: "post"),
                country: try row.decode(String.self, forColumn: "country"), bureau: bureau,
                timeZoneIdentifier: try row.decode(String.self, forColumn: "time_zone")),
            fiscalYear: FiscalYear(try row.decode(Int.self, forColumn: "fiscal_year")),
            sequence: try row.decode(Int.self, forColumn: "sequence"),
            requestDate: try row.decode(String.self, forColumn: "request_date"),
            cableID: try row.decode(String.self, forColumn: "cable_id"),
            cableSubject: try row.decode(String.self, forColumn: "cable_subject"),
            cableDTG: try row.decode(String.self, forColumn: "cable_dtg"),
            fundingParagraph: try paragraphNumber.map {
                FundingParagraph(number: $0, text: try row.decode(String.self, forColumn: "funding_text"))
            },
            parts: parts,
            wordCountRule: try row.decode(String.self, forColumn: "word_count_rule"),
            lines: lines, currency: currency,
            requested: Money(try decimal(row, "requested_amount"), currency: currency),
            justification: try row.decode(String.self, forColumn: "justification"),
            officer: try row.decode(String.self, forColumn: "officer"),
            createdAt: try date(row, "created_at"), events: events)
    }

    private func costStatus(_ row: Row, _ column: String) throws -> CostRequestStatus {
        let text = try row.decode(String.self, forColumn: column)
        guard let status = CostRequestStatus(rawValue: text) else {
            throw StoreError.unreadable(path: path, "\(column) holds the unknown status '\(text)'")
        }
        return status
    }

    private func decimal(_ row: Row, _ column: String) throws -> Decimal {
        try decimalValue(try row.decode(String.self, forColumn: column), column: column)
    }

    private func decimalValue(_ text: String, column: String) throws -> Decimal {
        guard let value = DecimalText.parse(text, maximumFractionDigits: 10) else {
            throw StoreError.unreadable(path: path, "\(column) holds '\(text)', not a decimal")
        }
        return value
    }
}
