import Foundation

/// Builds the localized narrative and press guidance of a cable from the translation store:
/// the library side of `tipl10n build`.
///
/// Order of work: read the cable and its translation units (narrative and press guidance);
/// check the embargo for the audience at `now` (``Embargo``, throws ``EmbargoError``); collect
/// the targets of the locale — for `sr-Cyrl` with no Cyrillic translations stored, the
/// `sr-Latn` ones converted by ``SerbianTransliterator`` (and the other way round); list every
/// unit that is missing, stale or has a verification error; refuse (``PublishingError``)
/// unless `isDraft`. `en` builds the English source. Rules: `Docs/Publishing.md`.
public enum Publisher {
    /// What to build.
    public struct Request: Sendable {
        /// The cable bytes and the path used in messages.
        public var cableData: Data
        public var cablePath: String
        /// `en` or a supported target tag (`sq`, `sr-Latn`, `sr-Cyrl`), already resolved.
        public var locale: String
        public var audience: Embargo.Audience
        /// The moment the embargo is checked against (the clock, or `--now`).
        public var now: Date
        /// Build even with missing, stale or failing units, marking what is untranslated.
        public var isDraft: Bool
        public var segmenter: Segmenter
        /// The post whose time zone the embargo is read in; `nil` to tell it from the cable.
        public var post: RequestingPost?

        /// Creates a request.
        public init(
            cableData: Data, cablePath: String, locale: String, audience: Embargo.Audience = .publicRelease, now: Date,
            isDraft: Bool = false, segmenter: Segmenter
        ) {
            self.cableData = cableData
            self.cablePath = cablePath
            self.locale = locale
            self.audience = audience
            self.now = now
            self.isDraft = isDraft
            self.segmenter = segmenter
        }
    }

    /// A unit that keeps the document from being final, as an error diagnostic (check
    /// `publishing`): `09STATE61188/sq:narrative.title: error: missing translation`.
    static func problem(location: String, unitID: String, message: String) -> Diagnostic {
        Diagnostic(location: location, unitID: unitID, severity: .error, check: "publishing", message: message)
    }

    /// What was built.
    public struct Result: Sendable {
        public var document: LocalizedDocument
        /// The tag the text was converted from (`sr-Latn` for a derived `sr-Cyrl`), or `nil`.
        public var derivedFrom: String?
        /// Units missing, stale or failing verification (non-empty only in a draft).
        public var problems: [Diagnostic]
        public var embargo: Embargo
    }

    /// Builds the document, or throws.
    ///
    /// - Parameters:
    ///   - request: what to build.
    ///   - store: the translation store (`nil` when there is none: only `en` can be built).
    ///   - profile: the locale profile for a tag (Q/A labels, tokens kept in Latin, checks).
    /// - Throws: ``CableError`` for an unreadable cable, ``CostError`` when the post or its
    ///   bureau is unknown, ``EmbargoError`` before the embargo moment, ``PublishingError``
    ///   when units are missing, stale or fail verification (not in a draft), ``StoreError``.
    public static func build(
        _ request: Request, store: TranslationStore?, profile: (String) throws -> LocaleProfile?
    ) throws -> Result {
        let cable = try CableParser.parse(request.cableData, path: request.cablePath)
        let source = try SourceDocument.extract(from: cable, path: request.cablePath)
        let units = source.translationUnits(
            segmenter: request.segmenter, parts: [.narrative, .press], repairs: cable.repairs)
        let post =
            try request.post
            ?? RequestingPost.resolve(header: cable.header, country: source.country, path: request.cablePath)
        let embargo = try Embargo.read(from: cable, post: post)
        try embargo.check(request.audience, at: request.now)

        if request.locale == "en" {
            let targets = Dictionary(units.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
            let document = LocalizedDocument.assemble(
                units: units, targets: targets, locale: "en", cableID: source.cableID, questionLabel: "Q",
                answerLabel: "A")
            return Result(document: document, derivedFrom: nil, problems: [], embargo: embargo)
        }
        guard let localeProfile = try profile(request.locale) else {
            throw PublishingError(message: "no locale profile for '\(request.locale)'")
        }
        let cableID = source.cableID
        var textLocale = request.locale
        var stored = try store?.translations(cableID: cableID, locale: textLocale) ?? []
        var derivedFrom: String?
        if stored.isEmpty, let counterpart = counterpart(of: request.locale),
            let other = try store?.translations(cableID: cableID, locale: counterpart), !other.isEmpty
        {
            stored = other
            derivedFrom = counterpart
            textLocale = counterpart
        }
        let byUnit = Dictionary(stored.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        let location = "\(cableID)/\(textLocale)"
        var problems: [Diagnostic] = []
        var targets: [String: String] = [:]
        let transliterator = SerbianTransliterator(keptTokens: localeProfile.allowedForeignTokens)
        for unit in units {
            guard let translation = byUnit[unit.id], translation.state != .new,
                !translation.target.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else {
                problems.append(problem(location: location, unitID: unit.id, message: "missing translation"))
                continue
            }
            if translation.isStale || translation.sourceHash != unit.sourceHash {
                problems.append(
                    problem(
                        location: location, unitID: unit.id,
                        message: "stale: the English source changed after it was translated"))
            }
            let text = translation.target.plainText
            switch (derivedFrom, request.locale) {
            case ("sr-Latn", "sr-Cyrl"): targets[unit.id] = transliterator.cyrillic(fromLatin: text)
            case ("sr-Cyrl", "sr-Latn"): targets[unit.id] = transliterator.latin(fromCyrillic: text)
            default: targets[unit.id] = text
            }
        }
        if let store {
            let input = try VerificationInput(store: store, locales: [textLocale], profile: profile)
            let unitIDs = Set(units.map(\.id))
            for diagnostic in Verifier().verify(input).diagnostics
            where diagnostic.severity == .error && diagnostic.path == location {
                guard let unitID = diagnostic.unitID, unitIDs.contains(unitID) else { continue }
                let found = Self.problem(location: location, unitID: unitID, message: diagnostic.message)
                let known = problems.contains {
                    $0.unitID == unitID && ($0.message == "missing translation" || $0.message.hasPrefix("stale"))
                }
                if !known && !problems.contains(found) { problems.append(found) }
            }
        }
        let order = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        problems.sort { (order[$0.unitID ?? ""] ?? 0) < (order[$1.unitID ?? ""] ?? 0) }
        if !problems.isEmpty && !request.isDraft {
            throw PublishingError(
                message: "cannot build \(cableID) in \(request.locale): \(problems.count) "
                    + "unit\(problems.count == 1 ? " is" : "s are") missing, stale or failing verification",
                problems: problems)
        }
        let document = LocalizedDocument.assemble(
            units: units, targets: targets, locale: request.locale, cableID: cableID,
            questionLabel: localeProfile.questionLabel, answerLabel: localeProfile.answerLabel)
        return Result(document: document, derivedFrom: derivedFrom, problems: problems, embargo: embargo)
    }

    /// The other script of Serbian: `sr-Latn` ↔ `sr-Cyrl`; `nil` for other tags.
    public static func counterpart(of locale: String) -> String? {
        switch locale {
        case "sr-Latn": "sr-Cyrl"
        case "sr-Cyrl": "sr-Latn"
        default: nil
        }
    }
}

/// A refused build: `error: message`, with the units that caused it.
public struct PublishingError: DiagnosticError, Equatable {
    /// What is wrong; lower case, no trailing period.
    public var message: String
    /// The units missing, stale or failing verification, in source order.
    public var problems: [Diagnostic]

    /// Creates an error.
    public init(message: String, problems: [Diagnostic] = []) {
        self.message = message
        self.problems = problems
    }

    /// `error: message` as a diagnostic (check `publishing`); a refusal for failing units
    /// suggests a draft.
    public var diagnostic: Diagnostic {
        Diagnostic(
            at: .none, severity: .error, check: "publishing", message: message,
            remedy: problems.isEmpty ? nil : .draft)
    }
}
