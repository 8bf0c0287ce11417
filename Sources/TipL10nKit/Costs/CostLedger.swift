import Foundation

/// The cost ledger as a service: what each `tipl10n cost` command does, one call each — for a
/// post on its own SQLite file, for a post or an EX office on a shared PostgreSQL store.
///
/// Made from where the store is (``StoreLocation``); it opens the store on first use. Calls
/// that only read never create a SQLite file: where none exists yet they read an empty store.
///
/// ```swift
/// let ledger = CostLedger(location: try StoreLocation(parsing: "postgres://eur_ex@db/eur"))
/// let listing = try ledger.listing(bureau: .eur, fiscalYear: FiscalYear(2009))
/// let receipt = try ledger.perform(.approve, onCostRequest: "PRISTINA-FY2009-001", amount: 250, actor: "EUR/EX", at: now)
/// ```
public final class CostLedger {
    /// Where the store is.
    public let location: StoreLocation
    private var opened: TranslationStore?

    /// A ledger on the store at `location`, opened on first use (or `store`, already open there).
    public init(location: StoreLocation, store: TranslationStore? = nil) {
        self.location = location
        self.opened = store
    }

    /// A ledger on an open store.
    public convenience init(store: TranslationStore) {
        self.init(location: .memory, store: store)
    }

    /// How messages name the store.
    public var path: String { opened?.path ?? location.description }

    /// The store, opened (and for SQLite created) when needed.
    public func store() throws -> TranslationStore {
        if let opened { return opened }
        let store = try TranslationStore.open(location)
        opened = store
        return store
    }

    /// The store if it exists, else an empty store in memory (reading never creates a file).
    private func existingStore() throws -> TranslationStore {
        if let opened { return opened }
        return location.exists ? try store() : try TranslationStore.inMemory()
    }

    // MARK: - Estimates

    /// Counts and prices `source`'s units for `locales` (`tipl10n cost estimate`). Changes nothing.
    ///
    /// Leverage comes from the store's memory — other cables, other years, other posts of a
    /// shared store, imported TMX — never from the job's own current translations, so an
    /// estimate made after the translations came back still prices the job's new words as
    /// new. A locale made by script conversion is a script-conversion line.
    ///
    /// - Throws: ``CostError`` (no rate, a locale twice, mixed currencies); ``StoreError``.
    public func estimate(_ source: CostSource, locales: [String], pricing: CostPricing) throws -> CostEstimate {
        try Self.estimate(source, locales: locales, pricing: pricing, in: try existingStore())
    }

    static func estimate(
        _ source: CostSource, locales: [String], pricing: CostPricing, in store: some StoreOperations
    ) throws -> CostEstimate {
        var translated: Set<String> = []
        for pair in ScriptConversion.pairs where locales.contains(pair.to) && !locales.contains(pair.from) {
            if try translatedUnits(of: source, into: pair.from, in: store) == source.units.count, !source.units.isEmpty
            {
                translated.insert(pair.from)
            }
        }
        return try CostEstimate.make(
            cableID: source.cableID, parts: source.parts, units: source.units, locales: locales, pricing: pricing,
            translatedLocales: translated
        ) { locale in
            try store.memoryEntries(locale: locale, excludingCable: source.cableID)
        }
    }

    /// How many of `source`'s units the store holds a current translation of into `locale`
    /// (state translated, reviewed or final, not stale, made against the unit's source).
    static func translatedUnits(
        of source: CostSource, into locale: String, in store: some StoreOperations
    ) throws
        -> Int
    {
        let stored = Dictionary(
            try store.translations(cableID: source.cableID, locale: locale).map { ($0.unitID, $0) },
            uniquingKeysWith: { first, _ in first })
        return source.units.filter { unit in
            guard let translation = stored[unit.id] else { return false }
            return translation.state >= .translated && !translation.isStale && translation.sourceHash == unit.sourceHash
                && !translation.target.plainText.isEmpty
        }.count
    }

    // MARK: - Requests

    /// A recorded request and what the post should know about it.
    public struct Receipt: Sendable {
        /// The request after the call.
        public var request: CostRequest
        /// Warnings, one line each, without the `warning: ` prefix.
        public var warnings: [String]
    }

    /// Prices `source` like ``estimate(_:locales:pricing:)`` and records a draft request
    /// (`tipl10n cost request`), in one write transaction.
    ///
    /// Warnings (the request is recorded anyway): another open or paid request already covers
    /// the cable and a locale (`09STATE61188 into sq is already in the open request
    /// PRISTINA-FY2009-001 (submitted)`); the store already holds translations the request asks
    /// money for (`09STATE61188 is already translated into sq in the store (47 of 47 units):
    /// the request asks for work that is done`).
    ///
    /// - Throws: ``StoreError`` for a total of zero (nothing is created), a role that may not
    ///   record for `post`, or the store's refusal; ``CostError`` as for estimates.
    public func request(
        _ source: CostSource, locales: [String], pricing: CostPricing, post: RequestingPost, officer: String,
        justification: String? = nil, note: String? = nil, at date: Date
    ) throws -> Receipt {
        let action = "cannot record the cost request for \(source.cableID)"
        // An EX office is told at once (a SQLite file, which has no roles, is not opened yet).
        let known = try opened ?? (location.engine == .postgresql ? store() : nil)
        if let known, case .executiveOffice = known.identity {
            throw StoreError(
                path: path,
                message: "\(action): refused to \(known.identity): only a post records, submits and cancels its own "
                    + "requests", sqlState: "42501")
        }
        let estimate = try estimate(source, locales: locales, pricing: pricing)
        guard estimate.total.amount > 0 else {
            var error = StoreError(
                path: path,
                message: "\(action): the total is \(estimate.total.formatted); a cost request must ask for some money")
            error.remedy = .rate
            throw error
        }
        let draft = source.draft(
            estimate: estimate, post: post, officer: officer, justification: justification, note: note, at: date)
        let store = try store()
        return try store.write(action) { transaction in
            var warnings = try transaction.costRequestConflicts(cableID: source.cableID, locales: locales).map {
                $0.message(cableID: source.cableID)
            }
            for locale in locales {
                let done = try Self.translatedUnits(of: source, into: locale, in: transaction)
                if done > 0 {
                    warnings.append(
                        "\(source.cableID) is already translated into \(locale) in the store (\(done) of "
                            + "\(source.units.count) units): the request asks for work that is done")
                }
            }
            let request = try transaction.recordCostRequest(draft)
            return Receipt(request: request, warnings: warnings)
        }
    }

    /// Submits, approves, rejects, pays or cancels a request (``StoreOperations/perform(_:onCostRequest:amount:actor:note:at:)``).
    ///
    /// `amount` is in the request's currency. Warns when an approval exceeds the requested
    /// amount (`the approved USD 1,000.00 is more than the requested USD 80.42`).
    ///
    /// - Throws: ``StoreError``: the refusal, in one line; `there is no store here yet: record a
    ///   cost request first` when the SQLite file does not exist.
    public func perform(
        _ action: CostAction, onCostRequest id: String, amount: Decimal? = nil, actor: String, note: String = "",
        at date: Date
    ) throws -> Receipt {
        guard location.exists || opened != nil else {
            throw StoreError(
                path: path,
                message: "cannot \(action.rawValue) \(id.uppercased()): there is no store here yet: record a cost "
                    + "request first")
        }
        let store = try store()
        let currency = try store.costRequest(id: id)?.currency ?? "USD"
        let request = try store.perform(
            action, onCostRequest: id, amount: amount.map { Money($0, currency: currency) }, actor: actor, note: note,
            at: date)
        var warnings: [String] = []
        if action == .approve, let approved = request.approved, approved.amount > request.requested.amount {
            warnings.append(
                "the approved \(approved.formatted) is more than the requested \(request.requested.formatted)")
        }
        return Receipt(request: request, warnings: warnings)
    }

    // MARK: - Reading

    /// One request, or `nil` (none with that ID, or one the role may not see).
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func request(id: String) throws -> CostRequest? {
        try existingStore().costRequest(id: id)
    }

    /// The requests the store lets the connection see, with totals per currency (`tipl10n cost
    /// list`): an EX office sees every post of its bureaus, a post its own requests.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func listing(
        bureau: RegionalBureau? = nil, fiscalYear: FiscalYear? = nil, status: CostRequestStatus? = nil,
        post: String? = nil
    ) throws -> CostLedgerListing {
        let requests = try existingStore().costRequests(
            fiscalYear: fiscalYear, status: status, bureau: bureau, post: post)
        return CostLedgerListing(requests: requests, totals: CostLedgerTotals.make(requests))
    }

    /// The same requests as CSV for the finance system (`tipl10n cost export --csv`, ``CostLedgerCSV``).
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func csv(
        bureau: RegionalBureau? = nil, fiscalYear: FiscalYear? = nil, status: CostRequestStatus? = nil,
        post: String? = nil
    ) throws -> String {
        CostLedgerCSV.render(try listing(bureau: bureau, fiscalYear: fiscalYear, status: status, post: post).requests)
    }
}

/// The requests of a ledger listing and their totals per currency.
public struct CostLedgerListing: Sendable, Encodable {
    /// The requests, by fiscal year, post and sequence.
    public var requests: [CostRequest]
    /// Totals per currency (``CostLedgerTotals``).
    public var totals: [CostLedgerTotals]
}
