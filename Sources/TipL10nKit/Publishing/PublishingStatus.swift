import Foundation

/// Where each language of a cable stands: units, verification, cost request, embargo and the
/// next step. The library side of `tipl10n status`.
///
/// Counts per locale (`sq`, `sr-Latn`, `sr-Cyrl`), over the cable's narrative and press
/// guidance units: `total`; `translated` (a non-empty target in state translated or later);
/// `reviewed` (state reviewed or final); `stale` (the English changed after translation);
/// `errors` and `warnings` from ``Verifier``. `sourceWords` is the English word count
/// (``WordCounter``). The cost request is the latest for the cable with a line for the
/// locale. Rules: `Docs/Publishing.md`.
public struct PublishingStatus: Sendable, Equatable, Encodable {
    /// One locale's state.
    public struct LocaleStatus: Sendable, Equatable, Encodable {
        public var locale: String
        public var total: Int
        public var translated: Int
        public var reviewed: Int
        public var stale: Int
        public var errors: Int
        public var warnings: Int
        /// `PRISTINA-FY2009-001 (submitted)`, or `nil` when no request names the locale.
        public var costRequest: String?
        /// `sr-Latn` when this locale has no translations and can be built from the other script.
        public var derivableFrom: String?
        /// What to do next, e.g. `import the completed translation (tipl10n import FILE): 47 units missing`.
        public var nextStep: String
    }

    /// One embargo moment and how far away it is.
    public struct Moment: Sendable, Equatable, Encodable {
        /// `public` or `host-government`.
        public var audience: String
        /// `2009-06-16T14:00:00Z`.
        public var at: String
        /// `2009-06-16 16:00 CEST`.
        public var local: String
        /// `2009-06-16 10:00 EDT`.
        public var washington: String
        /// True when the moment has passed.
        public var isOpen: Bool
        /// `in 2 days 3 hours` or `passed 1 hour ago`.
        public var distance: String
    }

    public var cableID: String
    /// `Pristina (EUR, Europe/Belgrade)`.
    public var post: String
    public var sourceWords: Int
    public var moments: [Moment]
    public var locales: [LocaleStatus]

    /// The locales always reported (the Kosovo profiles); any other locale the store holds
    /// translations in for the cable is reported after them.
    public static let reportedLocales = ["sq", "sr-Latn", "sr-Cyrl"]

    /// Computes the status of the cable at `now`.
    /// - Throws: ``CableError``, ``CostError`` (post or bureau unknown), ``EmbargoError``
    ///   (no embargo in the cable), ``StoreError``, and what `profile` throws.
    public static func compute(
        cableData: Data, cablePath: String, segmenter: Segmenter, store: TranslationStore?, now: Date,
        profile: (String) throws -> LocaleProfile?
    ) throws -> PublishingStatus {
        let cable = try CableParser.parse(cableData, path: cablePath)
        let source = try SourceDocument.extract(from: cable, path: cablePath)
        let units = source.translationUnits(segmenter: segmenter, parts: [.narrative, .press], repairs: cable.repairs)
        let post = try RequestingPost.resolve(header: cable.header, country: source.country, path: cablePath)
        let embargo = try Embargo.read(from: cable, post: post)
        let cableID = source.cableID
        let moments = [Embargo.Audience.hostGovernment, .publicRelease].map { audience in
            let moment = embargo.moment(for: audience)
            let interval = moment.timeIntervalSince(now)
            return Moment(
                audience: audience.rawValue, at: Embargo.utcText(moment),
                local: Embargo.localText(moment, in: post.timeZone),
                washington: Embargo.localText(moment, in: Embargo.washington), isOpen: interval <= 0,
                distance: interval > 0
                    ? "in \(Embargo.duration(interval))" : "passed \(Embargo.duration(interval)) ago")
        }
        let hashes = Dictionary(units.map { ($0.id, $0.sourceHash) }, uniquingKeysWith: { first, _ in first })
        let requests = try store?.costRequests().filter { $0.cableID == cableID } ?? []
        var diagnostics: [Diagnostic] = []
        // The Kosovo locales, then any other locale the store holds for the cable (es, ar …).
        let storedLocales = try store?.locales(cableID: cableID) ?? []
        let reportedLocales =
            Self.reportedLocales + storedLocales.filter { !Self.reportedLocales.contains($0) }.sorted()
        if let store {
            let input = try VerificationInput(store: store, locales: reportedLocales, profile: profile)
            diagnostics = Verifier().verify(input).diagnostics.filter { $0.unitID.map { hashes[$0] != nil } ?? false }
        }
        var counts: [String: LocaleStatus] = [:]
        for locale in reportedLocales {
            let stored = try store?.translations(cableID: cableID, locale: locale) ?? []
            let current = stored.filter { hashes[$0.unitID] != nil }
            let translated = current.filter {
                $0.state >= .translated && !$0.target.plainText.trimmingCharacters(in: .whitespaces).isEmpty
            }
            let location = "\(cableID)/\(locale)"
            let request = requests.last { $0.lines.contains { $0.locale == locale } }
            counts[locale] = LocaleStatus(
                locale: locale, total: units.count, translated: translated.count,
                reviewed: translated.count { $0.state >= .reviewed },
                stale: current.count { $0.isStale || $0.sourceHash != hashes[$0.unitID] },
                errors: diagnostics.count { $0.location == location && $0.severity == .error },
                warnings: diagnostics.count { $0.location == location && $0.severity == .warning },
                costRequest: request.map { "\($0.requestID) (\($0.status.rawValue))" }, derivableFrom: nil,
                nextStep: "")
        }
        var locales: [LocaleStatus] = []
        for locale in reportedLocales {
            guard var status = counts[locale] else { continue }
            if status.translated == 0, let other = Publisher.counterpart(of: locale), let from = counts[other],
                from.translated == from.total, from.total > 0
            {
                status.derivableFrom = other
            }
            status.nextStep = nextStep(for: status, moments: moments)
            locales.append(status)
        }
        return PublishingStatus(
            cableID: cableID, post: "\(post.displayName) (\(post.bureau.rawValue), \(post.timeZoneIdentifier))",
            sourceWords: units.reduce(0) { $0 + WordCounter.count($1.source).words }, moments: moments,
            locales: locales)
    }

    static func nextStep(for status: LocaleStatus, moments: [Moment]) -> String {
        let locale = status.locale
        let missing = status.total - status.translated
        if let from = status.derivableFrom {
            return "build from \(from) by script conversion (tipl10n build --lang \(locale))"
        }
        if status.translated == 0 && status.costRequest == nil {
            return
                "export for the translator (tipl10n export --lang \(locale)) and request funds (tipl10n cost request)"
        }
        if missing > 0 {
            let units = "\(missing) unit\(missing == 1 ? "" : "s") missing"
            return "import the completed translation (tipl10n import FILE): \(units)"
        }
        if status.stale > 0 {
            return "update \(status.stale) stale unit\(status.stale == 1 ? "" : "s") (tipl10n export --lang \(locale))"
        }
        if status.errors > 0 {
            return
                "fix \(status.errors) verification error\(status.errors == 1 ? "" : "s") (tipl10n verify --lang \(locale))"
        }
        if let publicMoment = moments.first(where: { $0.audience == "public" }), !publicMoment.isOpen {
            return "ready: publish from \(publicMoment.at) (tipl10n build --lang \(locale)); host government: "
                + "tipl10n build --lang \(locale) --for host-government"
        }
        return "ready: tipl10n build --lang \(locale)"
    }

    /// The text report: the post and moments, then one block per locale.
    public var text: String {
        var lines = ["\(cableID) for \(post): \(sourceWords) source words"]
        for moment in moments {
            let state = moment.isOpen ? "open" : "embargoed"
            lines.append(
                "embargo \(moment.audience): \(moment.local) local, \(moment.washington) Washington (\(moment.at)), "
                    + "\(state), \(moment.distance)")
        }
        for status in locales {
            lines.append("")
            lines.append(
                "\(status.locale): \(status.translated)/\(status.total) translated, \(status.reviewed) reviewed, "
                    + "\(status.stale) stale, \(status.errors) errors, \(status.warnings) warnings")
            lines.append("  cost request: \(status.costRequest ?? "none")")
            if let from = status.derivableFrom { lines.append("  derivable from \(from)") }
            lines.append("  next: \(status.nextStep)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
