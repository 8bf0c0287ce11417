import Foundation

/// The cost ledger (`Docs/Costs.md`): cost requests, their lines and their append-only status
/// history.
///
/// A request is written once, with its lines and its first event, in one write transaction
/// that also assigns its sequence, so two processes recording at once get distinct IDs. Every
/// later action appends one event after checking the status machine (``CostAction``) in the
/// same transaction; the schema checks it again (CHECK constraints and triggers), and in a
/// shared store row-level security decides who may act (``StoreIdentity``). Nothing in the
/// ledger is ever updated or deleted.
extension StoreOperations {
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
    ///   `… no requesting officer`, `… no justification`, `… refused to the role eur_ex (EUR/EX):
    ///   only a post records, submits and cancels its own requests`, or the engine's reason.
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
        let refusal = try postRefusal(for: draft.post, action: action)
        let createdText = StoreDate.text(from: draft.createdAt)
        return try run(action, writing: true, refusal: refusal) { transaction in
            let sequence =
                try transaction.integer(
                    "SELECT COALESCE(MAX(sequence), 0) + 1 FROM cost_request WHERE post = $1 AND fiscal_year = $2",
                    [draft.post.name, fiscalYear.year]) ?? 1
            let requestID = TranslationStore.costRequestID(
                post: draft.post.name, fiscalYear: fiscalYear, sequence: sequence)
            try transaction.execute(
                """
                INSERT INTO cost_request (request_id, post, country, bureau, executive_office, time_zone,
                    fiscal_year, sequence, request_date, cable_id, cable_subject, cable_dtg, funding_paragraph,
                    funding_text, parts, word_count_rule, currency, requested_amount, justification, officer,
                    created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
                """,
                [
                    requestID, draft.post.name, draft.post.country, draft.post.bureau.rawValue,
                    draft.post.bureau.executiveOffice, draft.post.timeZoneIdentifier, fiscalYear.year, sequence,
                    requestDate, draft.cableID, draft.cableSubject, draft.cableDTG, draft.fundingParagraph?.number,
                    draft.fundingParagraph?.text ?? "", draft.parts.map(\.rawValue).joined(separator: ","),
                    draft.wordCountRule, draft.currency, draft.total.text, draft.justification, draft.officer,
                    createdText,
                ])
            for (index, line) in draft.lines.enumerated() {
                try transaction.execute(
                    """
                    INSERT INTO cost_request_line (request_id, position, locale, new_words, exact_words,
                        repetition_words, new_weight, exact_weight, repetition_weight, weighted_words, rate, amount,
                        line_type, converted_from, conversion_words, fuzzy_95_words, fuzzy_85_words, fuzzy_75_words,
                        fuzzy_95_weight, fuzzy_85_weight, fuzzy_75_weight)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
                        $20, $21)
                    """,
                    [
                        requestID, index + 1, line.locale, line.newWords, line.exactWords, line.repetitionWords,
                        DecimalText.text(line.weights.new), DecimalText.text(line.weights.exact),
                        DecimalText.text(line.weights.repetition), DecimalText.text(line.weightedWords),
                        DecimalText.text(line.rate.amount), line.amount.text, line.type.name, line.type.convertedFrom,
                        line.conversionWords, line.words(.fuzzy95), line.words(.fuzzy85), line.words(.fuzzy75),
                        DecimalText.text(line.weights.fuzzy95), DecimalText.text(line.weights.fuzzy85),
                        DecimalText.text(line.weights.fuzzy75),
                    ])
            }
            try transaction.insertEvent(
                requestID: requestID,
                CostRequestEvent(
                    action: .request, previousStatus: nil, status: .draft, amount: draft.total, actor: draft.officer,
                    note: draft.note, at: draft.createdAt))
            guard let request = try transaction.fetchCostRequest(id: requestID) else {
                throw StoreError(path: path, message: "\(action): the request was not written")
            }
            return request
        }
    }

    // MARK: - Actions

    /// Submits, approves, rejects, pays or cancels a recorded request: appends one event.
    ///
    /// Rules (``CostAction``): only a draft is submitted; only a submitted request is approved
    /// or rejected; only an approved request is paid, in one payment or several, never more in
    /// all than approved: the payment that reaches the approved amount makes it paid; a
    /// request something was paid on is not cancelled; paid, rejected and cancelled requests
    /// are final. `approve` records `amount` or else the requested total (it may differ); `pay`
    /// records `amount` or else what is outstanding. Amounts are in the request's currency, in
    /// cents, more than zero. A refused action writes nothing.
    ///
    /// In a shared store the post's role submits and cancels its requests, and the EX office of
    /// the request's bureau approves, rejects and pays them (row-level security); anyone else
    /// is refused in one line naming who may.
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
    ///   `cannot pay PRISTINA-FY2009-001: USD 200.00 is more than the outstanding USD 160.42 (approved USD 250.00, paid USD 89.58)`,
    ///   `cannot cancel PRISTINA-FY2009-001: USD 100.00 was already paid on it`,
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
        return try run(prefix, writing: true, refusal: actionRefusal(action)) { transaction in
            guard let request = try transaction.fetchCostRequest(id: requestID) else {
                switch transaction.identity {
                case .localFile, .administrator: throw refuse("there is no such cost request")
                case .post, .executiveOffice:
                    throw refuse("there is no such cost request that \(transaction.identity) may see")
                }
            }
            try transaction.checkActor(action, on: request, prefix: prefix)
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
            var status = action.resultingStatus
            switch action {
            case .approve:
                eventAmount = try checked(amount ?? request.requested, for: request, refuse: refuse)
            case .pay:
                let approved = request.approved ?? request.requested
                let outstanding = request.outstanding ?? approved
                let payment = try checked(amount ?? outstanding, for: request, refuse: refuse)
                if payment.amount > outstanding.amount {
                    let paidSoFar = request.paid.map { ", paid \($0.formatted)" } ?? ""
                    throw refuse(
                        request.paid == nil
                            ? "\(payment.formatted) is more than the approved \(approved.formatted)"
                            : "\(payment.formatted) is more than the outstanding \(outstanding.formatted) "
                                + "(approved \(approved.formatted)\(paidSoFar))")
                }
                eventAmount = payment
                status = payment.amount == outstanding.amount ? .paid : .approved
            case .cancel:
                if let paid = request.paid { throw refuse("\(paid.formatted) was already paid on it") }
            default:
                eventAmount = nil
            }
            try transaction.insertEvent(
                requestID: requestID,
                CostRequestEvent(
                    action: action, previousStatus: request.status, status: status, amount: eventAmount, actor: actor,
                    note: note, at: date))
            guard let updated = try transaction.fetchCostRequest(id: requestID) else {
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

    /// Who may record a request for `post`, when the connection's role may not: one line.
    private func postRefusal(for post: RequestingPost, action: String) throws -> String? {
        switch identity {
        case .localFile, .administrator:
            return nil
        case .executiveOffice:
            throw StoreError(
                path: path,
                message: "\(action): refused to \(identity): only a post records, submits and cancels its own "
                    + "requests", sqlState: "42501")
        case .post(_, let name, let bureau):
            if name != post.name || bureau != post.bureau {
                throw StoreError(
                    path: path,
                    message:
                        "\(action): refused to \(identity): the request is for \(post.name) (\(post.bureau.rawValue)); "
                        + "a post records requests only for itself, to its own bureau's EX office", sqlState: "42501")
            }
            return "a post records, submits and cancels only its own requests"
        }
    }

    /// Who may take `action`, for a database refusal.
    private func actionRefusal(_ action: CostAction) -> String {
        switch action {
        case .approve, .reject, .pay:
            "only the EX office of the request's bureau approves, rejects and pays it"
        case .submit, .cancel, .request:
            "only the requesting post submits and cancels its request"
        }
    }

    // MARK: - Reading

    /// The request with this ID (any case), or `nil` (also when a shared store does not let
    /// the role see it).
    ///
    /// - Throws: ``StoreError`` when the store cannot be read or holds data this build cannot read.
    public func costRequest(id: String) throws -> CostRequest? {
        let requestID = id.trimmingCharacters(in: .whitespaces).uppercased()
        return try read("cannot read the cost request \(requestID)") { transaction in
            try transaction.fetchCostRequest(id: requestID)
        }
    }

    /// The recorded requests the connection may see, by fiscal year, post and sequence; only
    /// those of `bureau`, `fiscalYear`, `post` and in `status` (the current status) when given.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func costRequests(
        fiscalYear: FiscalYear? = nil, status: CostRequestStatus? = nil, bureau: RegionalBureau? = nil,
        post: String? = nil
    ) throws -> [CostRequest] {
        try read("cannot read the cost requests") { transaction in
            var conditions: [String] = []
            var arguments: [any StoreArgument] = []
            if let fiscalYear {
                arguments.append(fiscalYear.year)
                conditions.append("fiscal_year = $\(arguments.count)")
            }
            if let bureau {
                arguments.append(bureau.rawValue)
                conditions.append("bureau = $\(arguments.count)")
            }
            if let post {
                arguments.append(post)
                conditions.append("post = $\(arguments.count)")
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let ids = try transaction.strings(
                "SELECT request_id FROM cost_request \(filter) ORDER BY fiscal_year, post, sequence", arguments)
            return try ids.compactMap { try transaction.fetchCostRequest(id: $0) }
                .filter { status == nil || $0.status == status }
        }
    }

    /// Requests that already cover `cableID` into one of `locales` and are open (draft,
    /// submitted, approved) or paid: a new request for them would ask twice.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func costRequestConflicts(cableID: String, locales: [String]) throws -> [CostRequestConflict] {
        try read("cannot read the cost requests") { transaction in
            let rows = try transaction.rows(
                """
                SELECT l.request_id, l.locale,
                    (SELECT status FROM cost_request_event e WHERE e.request_id = l.request_id
                     ORDER BY e.id DESC LIMIT 1) AS status
                FROM cost_request r JOIN cost_request_line l USING (request_id)
                WHERE r.cable_id = $1
                ORDER BY r.fiscal_year, r.post, r.sequence, l.position
                """, [cableID])
            var conflicts: [CostRequestConflict] = []
            for row in rows {
                let locale = try row.string("locale")
                guard locales.contains(locale) else { continue }
                let status = try costStatus(row, "status")
                guard status.isOpen || status == .paid else { continue }
                conflicts.append(
                    CostRequestConflict(requestID: try row.string("request_id"), locale: locale, status: status))
            }
            return conflicts
        }
    }

    /// Row counts of the ledger tables (tests check that refused actions write nothing).
    func ledgerRowCounts() throws -> [String: Int] {
        try read("raw sql") { transaction in
            var counts: [String: Int] = [:]
            for table in ["cost_request", "cost_request_line", "cost_request_event"] {
                counts[table] = try transaction.integer("SELECT count(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    // MARK: - Rows

    fileprivate func costStatus(_ row: StoreRow, _ column: String) throws -> CostRequestStatus {
        let text = try row.string(column)
        guard let status = CostRequestStatus(rawValue: text) else {
            throw StoreError.unreadable(path: path, "\(column) holds the unknown status '\(text)'")
        }
        return status
    }

    fileprivate func decimal(_ row: StoreRow, _ column: String) throws -> Decimal {
        try decimalValue(try row.string(column), column: column)
    }

    fileprivate func decimalValue(_ text: String, column: String) throws -> Decimal {
        guard let value = DecimalText.parse(text, maximumFractionDigits: 10) else {
            throw StoreError.unreadable(path: path, "\(column) holds '\(text)', not a decimal")
        }
        return value
    }
}

extension TranslationStore {
    /// `PRISTINA-FY2009-001`: post, fiscal year, sequence with at least three digits.
    public static func costRequestID(post: String, fiscalYear: FiscalYear, sequence: Int) -> String {
        let digits = String(sequence)
        return "\(post)-\(fiscalYear)-\(String(repeating: "0", count: max(0, 3 - digits.count)))\(digits)"
    }
}

extension StoreTransaction {
    fileprivate func insertEvent(requestID: String, _ event: CostRequestEvent) throws {
        try execute(
            """
            INSERT INTO cost_request_event (request_id, action, previous_status, status, amount, actor, note,
                occurred_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            [
                requestID, event.action.rawValue, event.previousStatus?.rawValue, event.status.rawValue,
                event.amount?.text, event.actor, event.note, StoreDate.text(from: event.at),
            ])
    }

    /// Refuses an action the connection's role may not take on `request`, before the database
    /// would: a post acting on another post's request or approving, rejecting or paying; an EX
    /// office submitting or cancelling, or acting for another bureau.
    fileprivate func checkActor(_ action: CostAction, on request: CostRequest, prefix: String) throws {
        let byExOffice = action == .approve || action == .reject || action == .pay
        let who = "refused to \(identity)"
        switch identity {
        case .localFile, .administrator:
            return
        case .post(_, let post, _):
            if byExOffice {
                throw StoreError(
                    path: path,
                    message: "\(prefix): \(who): only \(request.post.bureau.executiveOffice) approves, rejects and "
                        + "pays \(request.post.name)'s requests", sqlState: "42501")
            }
            if post != request.post.name {
                throw StoreError(
                    path: path,
                    message: "\(prefix): \(who): only \(request.post.name) submits and cancels its requests",
                    sqlState: "42501")
            }
        case .executiveOffice(_, let bureaus):
            if !byExOffice {
                throw StoreError(
                    path: path,
                    message: "\(prefix): \(who): only \(request.post.name) submits and cancels its requests; "
                        + "the EX office approves, rejects and pays them", sqlState: "42501")
            }
            if !bureaus.contains(request.post.bureau) {
                throw StoreError(
                    path: path,
                    message: "\(prefix): \(who): only \(request.post.bureau.executiveOffice) acts on "
                        + "\(request.post.bureau.rawValue) requests", sqlState: "42501")
            }
        }
    }

    fileprivate func fetchCostRequest(id: String) throws -> CostRequest? {
        guard let row = try row("SELECT * FROM cost_request WHERE request_id = $1", [id]) else { return nil }
        let currency = try row.string("currency")
        let lines = try rows("SELECT * FROM cost_request_line WHERE request_id = $1 ORDER BY position", [id]).map {
            line in
            let weights = MatchWeights(
                new: try decimal(line, "new_weight"), fuzzy95: try decimal(line, "fuzzy_95_weight"),
                fuzzy85: try decimal(line, "fuzzy_85_weight"), fuzzy75: try decimal(line, "fuzzy_75_weight"),
                exact: try decimal(line, "exact_weight"), repetition: try decimal(line, "repetition_weight"))
            let rate = Money(try decimal(line, "rate"), currency: currency)
            let locale = try line.string("locale")
            if try line.string("line_type") == "script conversion" {
                var converted = CostLine.scriptConversion(
                    locale: locale, from: try line.string("converted_from"), words: try line.int("conversion_words"),
                    rate: rate)
                converted.weights = weights
                return converted
            }
            return CostLine(
                locale: locale, newWords: try line.int("new_words"), exactWords: try line.int("exact_words"),
                repetitionWords: try line.int("repetition_words"),
                fuzzyWords: [
                    .fuzzy95: try line.int("fuzzy_95_words"), .fuzzy85: try line.int("fuzzy_85_words"),
                    .fuzzy75: try line.int("fuzzy_75_words"),
                ], weights: weights, rate: rate)
        }
        let events = try rows("SELECT * FROM cost_request_event WHERE request_id = $1 ORDER BY id", [id]).map {
            event in
            let actionText = try event.string("action")
            guard let action = CostAction(rawValue: actionText) else {
                throw StoreError.unreadable(path: path, "unknown cost request action '\(actionText)'")
            }
            return CostRequestEvent(
                action: action,
                previousStatus: try event.optionalString("previous_status") == nil
                    ? nil : try costStatus(event, "previous_status"),
                status: try costStatus(event, "status"),
                amount: try event.optionalString("amount").map {
                    Money(try decimalValue($0, column: "amount"), currency: currency)
                },
                actor: try event.string("actor"), note: try event.string("note"), at: try date(event, "occurred_at"))
        }
        let bureauText = try row.string("bureau")
        guard let bureau = RegionalBureau(rawValue: bureauText) else {
            throw StoreError.unreadable(path: path, "unknown bureau '\(bureauText)'")
        }
        let parts = try row.string("parts").split(separator: ",").map { name in
            guard let part = SourcePart(rawValue: String(name)) else {
                throw StoreError.unreadable(path: path, "unknown part '\(name)'")
            }
            return part
        }
        return CostRequest(
            requestID: id,
            post: RequestingPost(
                name: try row.string("post"), country: try row.string("country"), bureau: bureau,
                timeZoneIdentifier: try row.string("time_zone")),
            fiscalYear: FiscalYear(try row.int("fiscal_year")), sequence: try row.int("sequence"),
            requestDate: try row.string("request_date"), cableID: try row.string("cable_id"),
            cableSubject: try row.string("cable_subject"), cableDTG: try row.string("cable_dtg"),
            fundingParagraph: try row.optionalInt("funding_paragraph").map {
                FundingParagraph(number: $0, text: try row.string("funding_text"))
            },
            parts: parts, wordCountRule: try row.string("word_count_rule"), lines: lines, currency: currency,
            requested: Money(try decimal(row, "requested_amount"), currency: currency),
            justification: try row.string("justification"), officer: try row.string("officer"),
            createdAt: try date(row, "created_at"), events: events)
    }
}
