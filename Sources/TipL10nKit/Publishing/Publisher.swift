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
    /// The check of a finding for a unit without a usable translation (as the verifier's).
    public static let untranslatedCheck = "untranslated"
    /// The check of a finding for a unit translated from an older English text.
    public static let staleCheck = "stale"

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
        /// Build even with missing, stale or failing units, marking them.
        public var isDraft: Bool
        public var segmenter: Segmenter
        /// The post whose time zone the embargo is read in; `nil` to tell it from the cable.
        public var post: RequestingPost?
        /// Parts published after the narrative: `press` for the press guidance. The non-paper
        /// goes to the host government only (added for that audience, refused for the public).
        public var includedParts: [SourcePart] = []
        /// The parts the project translates (`cable.parts`); an included part it does not
        /// translate is published in English, marked as such, and is no problem.
        public var translatedParts: Set<SourcePart> = [.narrative, .press]
        /// The project's disclaimer for this locale, replacing the locale profile's.
        public var disclaimer: String?

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

        /// The parts on the page, in page order: the narrative, the non-paper (host government
        /// only), then the included parts.
        /// - Throws: ``PublishingError`` when the non-paper is asked for on a public page.
        public func parts() throws -> [SourcePart] {
            if audience == .publicRelease && includedParts.contains(.nonPaper) {
                throw PublishingError(
                    message: "the non-paper goes to the host government only: it is not published on the public page")
            }
            var parts: [SourcePart] = [.narrative]
            if audience == .hostGovernment { parts.append(.nonPaper) }
            for part in includedParts where !parts.contains(part) { parts.append(part) }
            return parts
        }
    }

    /// A unit that keeps the document from being final, as an error diagnostic:
    /// `09STATE61188/sq:narrative.title: error: missing translation`.
    static func problem(location: String, unitID: String, check: String, message: String) -> Diagnostic {
        Diagnostic(location: location, unitID: unitID, severity: .error, check: check, message: message)
    }

    /// What was built.
    public struct Result: Sendable {
        public var document: LocalizedDocument
        /// The locale's labels and headings, the same for every format.
        public var labels: PublishingLabels
        /// The tag the text was converted from (`sr-Latn` for a derived `sr-Cyrl`), or `nil`.
        public var derivedFrom: String?
        /// Units missing, stale or failing verification (non-empty only in a draft), in
        /// source order; check `untranslated`, `stale`, or the verifier's.
        public var problems: [Diagnostic]
        public var embargo: Embargo
        /// Parts published in English because the project does not translate them.
        public var englishParts: [SourcePart]
        /// The report's year: the year of the public release in the post's time zone.
        public var year: Int
    }

    /// Builds the document, or throws.
    ///
    /// - Parameters:
    ///   - request: what to build.
    ///   - store: the translation store (`nil` when there is none: only `en` can be built).
    ///   - profile: the locale profile for a tag (Q/A labels, page labels, tokens kept in Latin, checks).
    /// - Throws: ``CableError`` for an unreadable cable, ``CostError`` when the post or its
    ///   bureau is unknown, ``EmbargoError`` before the embargo moment, ``PublishingError``
    ///   when units are missing, stale or fail verification (not in a draft) or the non-paper
    ///   is asked for on a public page, ``StoreError``.
    public static func build(
        _ request: Request, store: TranslationStore?, profile: (String) throws -> LocaleProfile?
    ) throws -> Result {
        let cable = try CableParser.parse(request.cableData, path: request.cablePath)
        let source = try SourceDocument.extract(from: cable, path: request.cablePath)
        let parts = try request.parts()
        let units = source.translationUnits(segmenter: request.segmenter, parts: Set(parts), repairs: cable.repairs)
        let post =
            try request.post
            ?? RequestingPost.resolve(header: cable.header, country: source.country, path: request.cablePath)
        let embargo = try Embargo.read(from: cable, post: post)
        try embargo.check(request.audience, at: request.now)
        if request.audience == .publicRelease && parts.contains(.press) {
            try embargo.checkPressGuidance(at: request.now)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = post.timeZone
        let year = calendar.component(.year, from: embargo.publicRelease)
        let cableID = source.cableID

        if request.locale == "en" {
            let targets = Dictionary(units.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
            let labels = PublishingLabels.resolve(locale: "en", profile: nil, year: year)
            let document = LocalizedDocument.assemble(
                units: units, targets: targets, locale: "en", cableID: cableID, labels: labels)
            return Result(
                document: document, labels: labels, derivedFrom: nil, problems: [], embargo: embargo,
                englishParts: [], year: year)
        }
        guard let localeProfile = try profile(request.locale) else {
            throw PublishingError(message: "no locale profile for '\(request.locale)'")
        }
        let labels = PublishingLabels.resolve(
            locale: request.locale, profile: localeProfile, year: year, disclaimer: request.disclaimer)
        let englishParts = parts.filter { !request.translatedParts.contains($0) }
        let englishUnits = Set(units.filter { englishParts.contains($0.part) }.map(\.id))
        let translatedUnits = units.filter { !englishUnits.contains($0.id) }

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
        var missing = Set<String>()
        var targets: [String: String] = [:]
        let transliterator = SerbianTransliterator(keptTokens: localeProfile.allowedForeignTokens)
        for unit in translatedUnits {
            guard let translation = byUnit[unit.id], translation.state != .new,
                !translation.target.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else {
                problems.append(
                    problem(
                        location: location, unitID: unit.id, check: untranslatedCheck, message: "missing translation"))
                missing.insert(unit.id)
                continue
            }
            if translation.isStale || translation.sourceHash != unit.sourceHash {
                problems.append(
                    problem(
                        location: location, unitID: unit.id, check: staleCheck,
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
            let unitIDs = Set(translatedUnits.map(\.id))
            for diagnostic in Verifier().verify(input).diagnostics
            where diagnostic.severity == .error && diagnostic.path == location {
                guard let unitID = diagnostic.unitID, unitIDs.contains(unitID), !missing.contains(unitID) else {
                    continue
                }
                let found = problem(
                    location: location, unitID: unitID, check: diagnostic.check, message: diagnostic.message)
                let known = problems.contains {
                    $0.unitID == unitID
                        && ($0.message == found.message || ($0.check == staleCheck && found.check == staleCheck))
                }
                if !known { problems.append(found) }
            }
        }
        let order = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        problems = problems.enumerated().sorted {
            let left = order[$0.element.unitID ?? ""] ?? 0
            let right = order[$1.element.unitID ?? ""] ?? 0
            return left == right ? $0.offset < $1.offset : left < right
        }.map(\.element)
        if !problems.isEmpty && !request.isDraft {
            let count = Set(problems.compactMap(\.unitID)).count
            throw PublishingError(
                message: "cannot build \(cableID) in \(request.locale): \(count) "
                    + "unit\(count == 1 ? " is" : "s are") missing, stale or failing verification",
                problems: problems)
        }
        let document = LocalizedDocument.assemble(
            units: units, targets: targets, englishUnits: englishUnits, locale: request.locale, cableID: cableID,
            labels: labels)
        return Result(
            document: document, labels: labels, derivedFrom: derivedFrom, problems: problems, embargo: embargo,
            englishParts: englishParts, year: year)
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
