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
        /// What to do next.
        public var nextStep: NextStep
    }

    /// The next step for a locale; the command layer words it with its commands.
    public enum NextStep: Sendable, Equatable, Encodable {
        /// Build it from the other script (`sr-Latn` → `sr-Cyrl`).
        case convert(from: String)
        /// It is made by script conversion from a locale not yet fully translated: finish that one.
        case translateFirst(from: String)
        /// Nothing translated and no cost request: export for the translator, request funds.
        case exportAndRequestFunds
        /// Import the completed translation: so many units are missing.
        case importTranslation(missing: Int)
        /// Update the stale units (export again for the translator).
        case updateStale(count: Int)
        /// Fix the verification errors.
        case fixErrors(count: Int)
        /// Ready; publishing opens at this moment (`2009-06-16T14:00:00Z`).
        case readyFrom(String)
        /// Ready to publish now.
        case ready

        private enum CodingKeys: String, CodingKey { case action, from, count, at }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .convert(let from):
                try container.encode("convert", forKey: .action)
                try container.encode(from, forKey: .from)
            case .translateFirst(let from):
                try container.encode("translate-first", forKey: .action)
                try container.encode(from, forKey: .from)
            case .exportAndRequestFunds: try container.encode("export", forKey: .action)
            case .importTranslation(let missing):
                try container.encode("import", forKey: .action)
                try container.encode(missing, forKey: .count)
            case .updateStale(let count):
                try container.encode("update-stale", forKey: .action)
                try container.encode(count, forKey: .count)
            case .fixErrors(let count):
                try container.encode("fix-errors", forKey: .action)
                try container.encode(count, forKey: .count)
            case .readyFrom(let moment):
                try container.encode("ready", forKey: .action)
                try container.encode(moment, forKey: .at)
            case .ready: try container.encode("ready", forKey: .action)
            }
        }
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
        /// Seconds from the moment of the report to this moment (negative once passed).
        public var secondsAway: Int
    }

    public var cableID: String
    /// `Pristina (EUR, Europe/Belgrade)`.
    public var post: String
    public var sourceWords: Int
    public var moments: [Moment]
    public var locales: [LocaleStatus]

    /// Computes the status of the cable at `now`.
    ///
    /// - Parameters:
    ///   - locales: the locales reported, in order, each with the locale it is made from by
    ///     script conversion (`sr-Cyrl` from `sr-Latn`), if any.
    ///   - post: the post (its time zone gives the local embargo times); `nil` to tell it from
    ///     the cable.
    /// - Throws: ``CableError``, ``CostError`` (post or bureau unknown), ``EmbargoError``
    ///   (no embargo in the cable), ``StoreError``, and what `profile` throws.
    public static func compute(
        cableData: Data, cablePath: String, segmenter: Segmenter, store: TranslationStore?, now: Date,
        locales reported: [(tag: String, convertedFrom: String?)], post: RequestingPost? = nil,
        profile: (String) throws -> LocaleProfile?
    ) throws -> PublishingStatus {
        let cable = try CableParser.parse(cableData, path: cablePath)
        let source = try SourceDocument.extract(from: cable, path: cablePath)
        let units = source.translationUnits(segmenter: segmenter, parts: [.narrative, .press], repairs: cable.repairs)
        let post = try post ?? RequestingPost.resolve(header: cable.header, country: source.country, path: cablePath)
        let embargo = try Embargo.read(from: cable, post: post)
        let cableID = source.cableID
        let moments = [Embargo.Audience.hostGovernment, .publicRelease].map { audience in
            let moment = embargo.moment(for: audience)
            let interval = moment.timeIntervalSince(now)
            return Moment(
                audience: audience.rawValue, at: Embargo.utcText(moment),
                local: Embargo.localText(moment, in: post.timeZone),
                washington: Embargo.localText(moment, in: Embargo.washington), isOpen: interval <= 0,
                secondsAway: Int(interval.rounded()))
        }
        let hashes = Dictionary(units.map { ($0.id, $0.sourceHash) }, uniquingKeysWith: { first, _ in first })
        let requests = try store?.costRequests().filter { $0.cableID == cableID } ?? []
        var diagnostics: [Diagnostic] = []
        // The locales asked for, then any other locale the store holds for the cable (es, ar …).
        let storedLocales = try store?.locales(cableID: cableID) ?? []
        let others = storedLocales.filter { tag in !reported.contains { $0.tag == tag } }.sorted()
        let allReported = reported + others.map { (tag: $0, convertedFrom: String?.none) }
        let reportedLocales = allReported.map(\.tag)
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
                errors: diagnostics.count { $0.path == location && $0.severity == .error },
                warnings: diagnostics.count { $0.path == location && $0.severity == .warning },
                costRequest: request.map { "\($0.requestID) (\($0.status.rawValue))" }, derivableFrom: nil,
                nextStep: .ready)
        }
        var locales: [LocaleStatus] = []
        for (locale, convertedFrom) in allReported {
            guard var status = counts[locale] else { continue }
            let other = convertedFrom ?? Publisher.counterpart(of: locale)
            if status.translated == 0, let other, let from = counts[other],
                from.translated == from.total, from.total > 0
            {
                status.derivableFrom = other
            }
            status.nextStep = nextStep(for: status, moments: moments)
            if let convertedFrom, status.translated == 0, status.derivableFrom == nil {
                // Made by script conversion: nothing to send to a translator.
                status.nextStep = .translateFirst(from: convertedFrom)
            }
            locales.append(status)
        }
        return PublishingStatus(
            cableID: cableID, post: "\(post.displayName) (\(post.bureau.rawValue), \(post.timeZoneIdentifier))",
            sourceWords: units.reduce(0) { $0 + WordCounter.count($1.source).words }, moments: moments,
            locales: locales)
    }

    static func nextStep(for status: LocaleStatus, moments: [Moment]) -> NextStep {
        let missing = status.total - status.translated
        if let from = status.derivableFrom { return .convert(from: from) }
        if status.translated == 0 && status.costRequest == nil { return .exportAndRequestFunds }
        if missing > 0 { return .importTranslation(missing: missing) }
        if status.stale > 0 { return .updateStale(count: status.stale) }
        if status.errors > 0 { return .fixErrors(count: status.errors) }
        if let publicMoment = moments.first(where: { $0.audience == "public" }), !publicMoment.isOpen {
            return .readyFrom(publicMoment.at)
        }
        return .ready
    }
}
