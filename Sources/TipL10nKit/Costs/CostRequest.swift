import Foundation

/// What `tipl10n cost request` asks the store to record: everything about a cost request
/// except its ID, sequence and fiscal year, which the store assigns inside the write
/// transaction (``TranslationStore/recordCostRequest(_:)``).
public struct CostRequestDraft: Sendable, Equatable {
    /// The post, its bureau and time zone.
    public var post: RequestingPost
    /// The cable: `09STATE61188`.
    public var cableID: String
    /// The cable's subject: `KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE`.
    public var cableSubject: String
    /// The cable's DTG: `122209Z JUN 09`.
    public var cableDTG: String
    /// The cable paragraph on translation funding (paragraph 10), if found.
    public var fundingParagraph: FundingParagraph?
    /// The parts counted, in document order.
    public var parts: [SourcePart]
    /// The word count rule: ``WordCounter/ruleName``.
    public var wordCountRule: String
    /// One line per locale, in order; at least one, all in one currency.
    public var lines: [CostLine]
    /// Why the money is needed (the memo's justification); not empty.
    public var justification: String
    /// The requesting officer; not empty.
    public var officer: String
    /// A note for the history's first event (may be empty).
    public var note: String
    /// When the request is made; the post's calendar day of it sets the fiscal year.
    public var createdAt: Date

    /// Creates a draft.
    public init(
        post: RequestingPost, cableID: String, cableSubject: String, cableDTG: String,
        fundingParagraph: FundingParagraph?, parts: [SourcePart], wordCountRule: String = WordCounter.ruleName,
        lines: [CostLine], justification: String, officer: String, note: String = "", createdAt: Date
    ) {
        self.post = post
        self.cableID = cableID
        self.cableSubject = cableSubject
        self.cableDTG = cableDTG
        self.fundingParagraph = fundingParagraph
        self.parts = parts
        self.wordCountRule = wordCountRule
        self.lines = lines
        self.justification = justification
        self.officer = officer
        self.note = note
        self.createdAt = createdAt
    }

    /// The currency of the lines (USD when there are none).
    public var currency: String { lines.first?.rate.currency ?? "USD" }

    /// Σ line amounts.
    public var total: Money {
        lines.reduce(Money.zero(currency)) { Money($0.amount + $1.amount.amount, currency: currency) }
    }

    /// The standard justification, from the cable: `Paragraph 10 of 09STATE61188 asks posts to
    /// make the Kosovo country narrative of the TIP Report available on the Mission's web page
    /// in English and the local languages as soon as possible after the Report's release, and
    /// to ask their regional bureau's EX office for help with translation costs.`
    public static func standardJustification(cableID: String, country: String, paragraph: FundingParagraph?) -> String {
        let source = paragraph.map { "Paragraph \($0.number) of \(cableID)" } ?? "The rollout cable \(cableID)"
        return "\(source) asks posts to make the \(country) country narrative of the TIP Report available on the "
            + "Mission's web page in English and the local languages as soon as possible after the Report's "
            + "release, and to ask their regional bureau's EX office for help with translation costs."
    }
}

/// One entry of a cost request's status history (table `cost_request_event`, append-only).
public struct CostRequestEvent: Sendable, Equatable, Encodable {
    /// What was done.
    public var action: CostAction
    /// The status before (`nil` for ``CostAction/request``).
    public var previousStatus: CostRequestStatus?
    /// The status after.
    public var status: CostRequestStatus
    /// The amount requested (draft), approved or paid; `nil` for the other actions.
    public var amount: Money?
    /// Who did it.
    public var actor: String
    /// Why (may be empty).
    public var note: String
    /// When (UTC, millisecond precision).
    public var at: Date

    /// Creates an event.
    public init(
        action: CostAction, previousStatus: CostRequestStatus?, status: CostRequestStatus, amount: Money?,
        actor: String, note: String, at: Date
    ) {
        self.action = action
        self.previousStatus = previousStatus
        self.status = status
        self.amount = amount
        self.actor = actor
        self.note = note
        self.at = at
    }
}

/// A recorded cost request to the bureau's EX office, with its lines and status history.
///
/// IDs are `<POST>-FY<year>-<nnn>`: `PRISTINA-FY2009-001`, the sequence counting per post and
/// fiscal year from 001. Read back by ``TranslationStore/costRequest(id:)``.
public struct CostRequest: Sendable, Equatable, Encodable {
    /// `PRISTINA-FY2009-001`.
    public var requestID: String
    /// The post, bureau, country and time zone.
    public var post: RequestingPost
    /// The fiscal year of the post's calendar day of ``createdAt``.
    public var fiscalYear: FiscalYear
    /// 1, 2, … per post and fiscal year.
    public var sequence: Int
    /// The post's calendar day of ``createdAt``: `2009-06-16`.
    public var requestDate: String
    /// The cable: `09STATE61188`.
    public var cableID: String
    /// The cable's subject.
    public var cableSubject: String
    /// The cable's DTG: `122209Z JUN 09`.
    public var cableDTG: String
    /// The funding paragraph as quoted in the memo.
    public var fundingParagraph: FundingParagraph?
    /// The parts counted.
    public var parts: [SourcePart]
    /// The word count rule.
    public var wordCountRule: String
    /// One line per locale.
    public var lines: [CostLine]
    /// ISO 4217 code.
    public var currency: String
    /// Σ line amounts, as recorded.
    public var requested: Money
    /// The justification.
    public var justification: String
    /// The requesting officer.
    public var officer: String
    /// When it was recorded.
    public var createdAt: Date
    /// The status history, oldest first; the first event is the ``CostAction/request``.
    public var events: [CostRequestEvent]

    /// The status of the latest event.
    public var status: CostRequestStatus { events.last?.status ?? .draft }

    /// The approved amount, once approved.
    public var approved: Money? { events.last { $0.action == .approve }?.amount }

    /// The payments, oldest first (several when the EX office pays in instalments).
    public var payments: [Money] { events.filter { $0.action == .pay }.compactMap(\.amount) }

    /// Σ payments, once something was paid.
    public var paid: Money? {
        let payments = payments
        guard !payments.isEmpty else { return nil }
        return Money(payments.reduce(Decimal(0)) { $0 + $1.amount }, currency: currency)
    }

    /// What is approved and not yet paid (approved − paid) while the request is approved or
    /// paid; `nil` otherwise (nothing approved, or rejected or cancelled).
    public var outstanding: Money? {
        guard status == .approved || status == .paid, let approved else { return nil }
        return Money(approved.amount - (paid?.amount ?? 0), currency: currency)
    }

    /// When the status last changed.
    public var statusChangedAt: Date { events.last?.at ?? createdAt }

    /// The locales of the lines, in order.
    public var locales: [String] { lines.map(\.locale) }

    /// Σ words of the lines.
    public var words: Int { lines.reduce(0) { $0 + $1.words } }

    private enum CodingKeys: String, CodingKey {
        case requestID, status, post, country, bureau, executiveOffice, timeZone, fiscalYear, sequence, requestDate
        case cableID, cableSubject, cableDTG, fundingParagraph, parts, wordCountRule, lines, currency, requested
        case approved, paid, outstanding, justification, officer, createdAt, events
    }

    private enum ParagraphKeys: String, CodingKey { case number, text }

    /// JSON: flat request fields, `lines`, and `events` oldest first; money as decimal strings.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requestID, forKey: .requestID)
        try container.encode(status, forKey: .status)
        try container.encode(post.name, forKey: .post)
        try container.encode(post.country, forKey: .country)
        try container.encode(post.bureau, forKey: .bureau)
        try container.encode(post.bureau.executiveOffice, forKey: .executiveOffice)
        try container.encode(post.timeZoneIdentifier, forKey: .timeZone)
        try container.encode(fiscalYear, forKey: .fiscalYear)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(requestDate, forKey: .requestDate)
        try container.encode(cableID, forKey: .cableID)
        try container.encode(cableSubject, forKey: .cableSubject)
        try container.encode(cableDTG, forKey: .cableDTG)
        if let fundingParagraph {
            var paragraph = container.nestedContainer(keyedBy: ParagraphKeys.self, forKey: .fundingParagraph)
            try paragraph.encode(fundingParagraph.number, forKey: .number)
            try paragraph.encode(fundingParagraph.text, forKey: .text)
        } else {
            try container.encodeNil(forKey: .fundingParagraph)
        }
        try container.encode(parts.map(\.rawValue), forKey: .parts)
        try container.encode(wordCountRule, forKey: .wordCountRule)
        try container.encode(lines, forKey: .lines)
        try container.encode(currency, forKey: .currency)
        try container.encode(requested, forKey: .requested)
        try container.encode(approved, forKey: .approved)
        try container.encode(paid, forKey: .paid)
        try container.encode(outstanding, forKey: .outstanding)
        try container.encode(justification, forKey: .justification)
        try container.encode(officer, forKey: .officer)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(events, forKey: .events)
    }
}

/// Another request that already covers a cable and locale a new request asks for: warned
/// about, not refused (`cost request` prints it on standard error).
public struct CostRequestConflict: Sendable, Equatable {
    /// The other request: `PRISTINA-FY2009-001`.
    public var requestID: String
    /// The locale both cover.
    public var locale: String
    /// The other request's status: open (draft, submitted, approved) or paid.
    public var status: CostRequestStatus

    /// Creates a conflict.
    public init(requestID: String, locale: String, status: CostRequestStatus) {
        self.requestID = requestID
        self.locale = locale
        self.status = status
    }

    /// `09STATE61188 into sq is already in the open request PRISTINA-FY2009-001 (submitted)`,
    /// or `… was already paid in PRISTINA-FY2009-001`.
    public func message(cableID: String) -> String {
        if status == .paid {
            return "\(cableID) into \(locale) was already paid in \(requestID)"
        }
        return "\(cableID) into \(locale) is already in the open request \(requestID) (\(status.rawValue))"
    }
}
