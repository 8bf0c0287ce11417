import Foundation

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
    /// The cost ledger on the project's store (``CostLedger``): calls that only read never
    /// create a file, and read an empty ledger where there is no store yet.
    /// - Throws: ``StoreError`` for a store setting that cannot be read.
    public func ledger() throws -> CostLedger {
        guard let location = try storeLocation() else {
            noteDemoUse()
            return CostLedger(location: .memory)
        }
        return CostLedger(location: location, store: try store(creating: false))
    }

    /// The locales and the pricing of a cost command: the project's `costs` (or a rates file
    /// named for this run), the project's fuzzy threshold, and the project's locales made by
    /// script conversion — a locale the project lists without `from` although it could be
    /// converted is priced as a translation (translated separately).
    ///
    /// - Parameters:
    ///   - locales: tags as typed (`sr` → `sr-Latn` with a note); `nil` or `all` for the
    ///     locales that have a rate, in the rates' order.
    ///   - rate: one rate for every locale (`0.13`) or per locale (`sq=0.12,sr-Latn=0.14`),
    ///     replacing the project's for this run.
    ///   - weights: `exact=0.5,fuzzy-95-99=0.6`-style overrides of the match-band weights.
    /// - Throws: ``CostError`` for a bad rate or weight; ``TargetLocaleError``; ``FileError``
    ///   and ``CostError`` for a rates file that cannot be read.
    public func pricing(
        locales typed: [String]?, rate: String? = nil, weights: String? = nil
    ) throws -> (
        locales: [String], pricing: CostPricing
    ) {
        let table = try rateTable()
        let locales: [String]
        if let typed, typed != ["all"] {
            locales = try self.locales(typed).map(\.tag)
        } else {
            locales = table.locales
        }
        var pricing = CostPricing(table: table, fuzzyThreshold: project.file.fuzzyThreshold)
        if overrides.ratesPath == nil && !project.isDemo {
            let tags = project.file.locales.map(\.tag)
            for setting in project.file.locales where setting.convertedFrom == nil {
                let convertible = ScriptConversion.pairs.contains { $0.to == setting.tag && tags.contains($0.from) }
                if convertible { pricing.translatedSeparately.insert(setting.tag) }
            }
        }
        if let rate {
            if !rate.contains("=") {
                let value = try Money.parse(rate, currency: table.currency, maximumFractionDigits: 4, what: "rate")
                for locale in locales { pricing.rates[locale] = value }
            } else {
                for pair in rate.split(separator: ",") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else {
                        throw CostError(message: "'\(pair)' is not a rate: expected locale=rate, e.g. sq=0.13")
                    }
                    let locale = try TargetLocale.resolve(parts[0]).locale.tag
                    pricing.rates[locale] = try Money.parse(
                        parts[1], currency: table.currency, maximumFractionDigits: 4, what: "rate for \(locale)")
                }
            }
        }
        if let weights { pricing.weights = try table.weights.overridden(by: weights) }
        return (locales, pricing)
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

    /// Counts and prices the cable's words (``CostLedger/estimate(_:locales:pricing:)``).
    /// Changes nothing.
    /// - Throws: ``CostError`` (a locale without a rate), ``CableError``, ``StoreError``.
    public func estimate(
        _ locales: [String], pricing: CostPricing, parts: Set<SourcePart>? = nil
    ) throws -> CostEstimate {
        try ledger().estimate(try costSource(parts: parts), locales: locales, pricing: pricing)
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
    /// the write transaction; ``CostLedger/request(_:locales:pricing:post:officer:justification:note:at:)``).
    ///
    /// - Returns: the request, and warnings: a post other than the one the cable is addressed
    ///   to, another open (or paid) request for the same cable and locale, translations the
    ///   store already holds.
    /// - Throws: ``CostError``, ``StoreError`` (a total of zero is refused, remedy: rates; a role
    ///   that may not record), ``ProjectError`` when there is no project to record it in.
    public func recordCostRequest(
        _ locales: [String], pricing: CostPricing, parts: Set<SourcePart>? = nil, settings: CostRequestSettings
    ) throws -> (request: CostRequest, warnings: [Diagnostic]) {
        let source = try costSource(parts: parts)
        let requestingPost = try requestingPost(named: settings.post, bureau: settings.bureau)
        guard try storeLocation() != nil else { throw noProjectStore("to write to") }
        var warnings: [Diagnostic] = []
        if settings.post != nil, let addressed = try? source.post().name, addressed != requestingPost.name {
            warnings.append(
                Self.warning(
                    "the cable is addressed to \(addressed), not \(requestingPost.name); the request is "
                        + "recorded for \(requestingPost.name) as asked"))
        }
        let receipt = try ledger().request(
            source, locales: locales, pricing: pricing, post: requestingPost, officer: settings.officer,
            justification: settings.justification, note: settings.note, at: now)
        return (receipt.request, warnings + receipt.warnings.map(Self.warning))
    }

    /// The ledger the store lets this connection see, optionally of one bureau, fiscal year
    /// and status (empty without a store).
    public func costListing(
        bureau: RegionalBureau? = nil, fiscalYear: FiscalYear? = nil, status: CostRequestStatus? = nil
    ) throws -> CostLedgerListing {
        try ledger().listing(bureau: bureau, fiscalYear: fiscalYear, status: status)
    }

    /// The same requests as CSV for the finance office (``CostLedgerCSV``).
    public func costLedgerCSV(
        bureau: RegionalBureau? = nil, fiscalYear: FiscalYear? = nil, status: CostRequestStatus? = nil
    ) throws -> String {
        try ledger().csv(bureau: bureau, fiscalYear: fiscalYear, status: status)
    }

    /// One request.
    /// - Throws: ``StoreError``: `.tipl10n/store.sqlite: error: there is no cost request ID`;
    ///   ``ProjectError`` when there is no project (and no store named).
    public func costRequest(id: String) throws -> CostRequest {
        guard let shown = storeDisplayPath else { throw noProjectStore("with cost requests") }
        guard let request = try ledger().request(id: id) else {
            let exists = (try storeLocation())?.exists ?? false
            throw StoreError(
                path: shown,
                message: "there is no cost request \(id.uppercased())\(exists ? "" : " (there is no store here)")")
        }
        return request
    }

    /// Performs a status action on a request, at ``now``
    /// (``CostLedger/perform(_:onCostRequest:amount:actor:note:at:)``).
    ///
    /// - Parameter amount: the approved or paid amount as typed, in the request's currency.
    /// - Returns: the request after the action, and warnings (an approval above the request).
    /// - Throws: ``StoreError`` for an action the status machine or the role does not allow
    ///   (nothing changes), ``CostError`` for a bad amount, ``ProjectError`` without a project.
    public func perform(
        _ action: CostAction, onCostRequest id: String, amount: String?, actor: String, note: String
    ) throws -> (request: CostRequest, warnings: [Diagnostic]) {
        guard try storeLocation() != nil else { throw noProjectStore("with cost requests") }
        let value = try amount.map { try Money.parse($0, currency: "USD", allowsNegative: true).amount }
        let receipt = try ledger().perform(action, onCostRequest: id, amount: value, actor: actor, note: note, at: now)
        return (receipt.request, receipt.warnings.map(Self.warning))
    }

    /// Writes text a command produced (a memo, the ledger CSV) to a file the user named,
    /// atomically, creating its folder when missing.
    /// - Returns: the path as the user gave it.
    /// - Throws: ``FileError``.
    public func write(_ text: String, toUserPath path: String) throws -> String {
        try FileAccess.writeAtomically(Data(text.utf8), to: userURL(path), displayPath: path)
        return path
    }

    private static func warning(_ message: String) -> Diagnostic {
        Diagnostic(at: .none, severity: .warning, check: "cost", message: message)
    }
}
