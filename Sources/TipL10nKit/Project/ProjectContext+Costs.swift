import Foundation

/// The locales, rates and weights one estimate or request prices.
public struct CostPricing: Sendable, Equatable {
    /// Locale tags, in order.
    public var locales: [String]
    /// Rate per source word by locale.
    public var rates: [String: Money]
    public var weights: MatchWeights
}

/// What `cost request` is asked to record.
public struct CostRequestSettings: Sendable {
    /// The requesting officer.
    public var officer: String
    /// Replaces the post of the project (or of the cable, in the demo).
    public var post: String?
    /// Replaces the bureau.
    public var bureau: RegionalBureau?
    /// Replaces the standard justification drawn from the cable.
    public var justification: String?
    /// Added to the justification and to the history.
    public var note: String?

    /// Creates settings.
    public init(officer: String) {
        self.officer = officer
    }
}

extension ProjectContext {
    /// The locales, rates and weights for a cost command.
    ///
    /// - Parameters:
    ///   - locales: tags as typed (`sr` → `sr-Latn` with a note); `nil` or `all` for the
    ///     locales that have a rate, in the rates' order.
    ///   - rate: one rate for every locale (`0.13`) or per locale (`sq=0.12,sr-Latn=0.14`),
    ///     replacing the project's for this run.
    ///   - weights: `exact=0.5`-style overrides of the match-band weights.
    /// - Throws: ``CostError`` for a bad rate or weight; ``TargetLocaleError``; ``FileError``
    ///   and ``CostError`` for a rates file that cannot be read.
    public func pricing(locales typed: [String]?, rate: String? = nil, weights: String? = nil) throws -> CostPricing {
        let table = try rateTable()
        let locales: [String]
        if let typed, typed != ["all"] {
            locales = try self.locales(typed).map(\.tag)
        } else {
            locales = table.locales
        }
        var rates: [String: Money] = [:]
        for (locale, value) in table.rates { rates[locale] = Money(value, currency: table.currency) }
        if let rate {
            if !rate.contains("=") {
                let value = try Money.parse(rate, currency: table.currency, maximumFractionDigits: 4, what: "rate")
                for locale in locales { rates[locale] = value }
            } else {
                for pair in rate.split(separator: ",") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else {
                        throw CostError(message: "'\(pair)' is not a rate: expected locale=rate, e.g. sq=0.13")
                    }
                    let locale = try TargetLocale.resolve(parts[0]).locale.tag
                    rates[locale] = try Money.parse(
                        parts[1], currency: table.currency, maximumFractionDigits: 4, what: "rate for \(locale)")
                }
            }
        }
        let chosenWeights = try weights.map { try table.weights.overridden(by: $0) } ?? table.weights
        return CostPricing(locales: locales, rates: rates, weights: chosenWeights)
    }

    /// The cable read for costing: its units of `parts` (the project's by default).
    /// - Throws: ``CableError``, ``ProjectError`` as ``source()``.
    public func costSource(parts: Set<SourcePart>? = nil) throws -> CostSource {
        let source = try source()
        let chosen = parts ?? self.parts
        return CostSource(
            cable: source.cable, document: source.document,
            parts: SourcePart.documentOrder.filter(chosen.contains),
            units: source.document.translationUnits(
                segmenter: try segmenter(), parts: chosen, repairs: source.cable.repairs),
            path: source.input.displayPath)
    }

    /// Counts and prices the cable's words; exact matches come from the store. Changes nothing.
    /// - Throws: ``CostError`` (a locale without a rate), ``CableError``, ``StoreError``.
    public func estimate(_ pricing: CostPricing, parts: Set<SourcePart>? = nil) throws -> CostEstimate {
        try costSource(parts: parts).estimate(
            locales: pricing.locales, rates: pricing.rates, weights: pricing.weights, store: try store(creating: false))
    }

    /// The post that requests: the project's (in the demo, the cable's), unless named.
    /// - Throws: ``CostError`` when the demo's cable does not tell the post or its bureau.
    public func requestingPost(named name: String? = nil, bureau: RegionalBureau? = nil) throws -> RequestingPost {
        if project.isDemo && overrides.cablePath != nil || name != nil {
            return try costSource().post(named: name, bureau: bureau ?? (project.isDemo ? nil : post.bureau))
        }
        var chosen = post
        if let bureau { chosen.bureau = bureau }
        return chosen
    }

    /// Records a draft cost request (ID `<POST>-FY<year>-<nnn>`, the sequence assigned inside
    /// the write transaction).
    ///
    /// - Returns: the request, and warnings: a post other than the one the cable is addressed
    ///   to, another open (or paid) request for the same cable and locale.
    /// - Throws: ``CostError``, ``StoreError`` (a total of zero is refused, remedy: rates),
    ///   ``ProjectError`` when there is no project to record it in.
    public func recordCostRequest(
        _ pricing: CostPricing, parts: Set<SourcePart>? = nil, settings: CostRequestSettings
    ) throws -> (request: CostRequest, warnings: [Diagnostic]) {
        let source = try costSource(parts: parts)
        let requestingPost = try requestingPost(named: settings.post, bureau: settings.bureau)
        var warnings: [Diagnostic] = []
        if settings.post != nil, let addressed = try? source.post().name, addressed != requestingPost.name {
            warnings.append(
                Diagnostic(
                    at: .none, severity: .warning, check: "cost",
                    message: "the cable is addressed to \(addressed), not \(requestingPost.name); the request is "
                        + "recorded for \(requestingPost.name) as asked"))
        }
        // Price against the store as it is; create it only once the input is good.
        let estimate = try source.estimate(
            locales: pricing.locales, rates: pricing.rates, weights: pricing.weights, store: try store(creating: false))
        guard estimate.total.amount > 0 else {
            throw CostError(
                path: storeDisplayPath,
                message: "cannot record the cost request for \(source.cableID): the total is "
                    + "\(estimate.total.formatted); a cost request must ask for some money",
                remedy: .rate)
        }
        let store = try writableStore()
        for conflict in try store.costRequestConflicts(cableID: source.cableID, locales: pricing.locales) {
            warnings.append(
                Diagnostic(
                    at: .none, severity: .warning, check: "cost", message: conflict.message(cableID: source.cableID)))
        }
        let draft = source.draft(
            estimate: estimate, post: requestingPost, officer: settings.officer, justification: settings.justification,
            note: settings.note, at: now)
        return (try store.recordCostRequest(draft), warnings)
    }

    /// The ledger, optionally of one fiscal year and status (empty without a store).
    public func costRequests(fiscalYear: FiscalYear? = nil, status: CostRequestStatus? = nil) throws -> [CostRequest] {
        try store(creating: false)?.costRequests(fiscalYear: fiscalYear, status: status) ?? []
    }

    /// One request.
    /// - Throws: ``StoreError``: `.tipl10n/store.sqlite: error: there is no cost request ID`;
    ///   ``ProjectError`` outside a project without a store named.
    public func costRequest(id: String) throws -> CostRequest {
        let store = try store(creating: false)
        guard let request = try store?.costRequest(id: id) else {
            guard let path = storeDisplayPath else { throw noProjectStore("with cost requests") }
            throw StoreError(
                path: path,
                message: "there is no cost request \(id.uppercased())\(store == nil ? " (there is no store here)" : "")"
            )
        }
        return request
    }

    /// Performs a status action on a request, at ``now``.
    ///
    /// - Parameter amount: the approved or paid amount as typed, in the request's currency.
    /// - Throws: ``StoreError`` for an action the status machine does not allow (nothing
    ///   changes), ``CostError`` for a bad amount, ``ProjectError`` outside a project without a
    ///   store named.
    public func perform(
        _ action: CostAction, onCostRequest id: String, amount: String?, actor: String, note: String
    ) throws -> CostRequest {
        guard let store = try store(creating: false) else {
            guard let path = storeDisplayPath else { throw noProjectStore("with cost requests") }
            throw StoreError(
                path: path,
                message: "cannot \(action.rawValue) \(id.uppercased()): there is no store here (record a cost "
                    + "request first)")
        }
        let money = try amount.map { text in
            let currency = try store.costRequest(id: id)?.currency ?? "USD"
            return try Money.parse(text, currency: currency, allowsNegative: true)
        }
        return try store.perform(action, onCostRequest: id, amount: money, actor: actor, note: note, at: now)
    }

    /// Writes text a command produced (a memo, the ledger CSV) to a file the user named,
    /// atomically, creating its folder when missing.
    /// - Returns: the path as the user gave it.
    /// - Throws: ``FileError``.
    public func write(_ text: String, toUserPath path: String) throws -> String {
        try FileAccess.writeAtomically(Data(text.utf8), to: userURL(path), displayPath: path)
        return path
    }
}
