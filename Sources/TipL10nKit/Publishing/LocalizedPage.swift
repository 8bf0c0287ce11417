import Foundation

/// A ``LocalizedDocument`` with what the page around it carries: the locale's labels, the
/// links to the English original and the other language versions, and, for a draft, the
/// findings that keep it from being final, or, for the host-government package, the embargo.
///
/// Rendered by `LocalizedPage+HTML` (a complete page, or one `<article>` for a content
/// management system) and `LocalizedPage+Text` (Markdown, plain text): every format carries
/// the same title, labels, banner and findings. Rules and class names: `Docs/Publishing.md`.
public struct LocalizedPage: Sendable {
    /// A link to one language version of the page.
    public struct LanguageLink: Sendable, Equatable {
        /// BCP 47 tag: `en`, `sq`, `sr-Cyrl`.
        public var tag: String
        /// The language's name in its own language, from CLDR: `English`, `shqip`, `српски (ћирилица)`.
        public var name: String
        /// The file name without extension: `09STATE61188.sq`.
        public var stem: String
        /// The project's `publish.linksBase`, or `""` for links relative to the page.
        public var base: String
        /// True for the language of this page.
        public var isCurrent: Bool

        /// Creates a link.
        public init(tag: String, name: String, stem: String, base: String = "", isCurrent: Bool = false) {
            self.tag = tag
            self.name = name
            self.stem = stem
            self.base = base
            self.isCurrent = isCurrent
        }

        /// True for the English original.
        public var isOriginal: Bool { tag == "en" }

        /// `09STATE61188.sq.html` (or the links base before it) for the file `extension`.
        public func href(_ fileExtension: String) -> String { "\(base)\(stem).\(fileExtension)" }
    }

    /// What keeps a draft from being final, counted by unit: each unit is counted once, as
    /// untranslated, else failing verification, else stale.
    public struct DraftSummary: Sendable, Equatable {
        /// Units without a usable translation.
        public var untranslated: Int
        /// Units whose translation has a verification error.
        public var failingVerification: Int
        /// Units translated from an older English text (and otherwise passing).
        public var stale: Int
        /// The findings, in source order (several for one unit possible).
        public var findings: [Diagnostic]

        /// Sorts `findings` into the counts; findings of check `untranslated` and `stale` are
        /// those of ``Publisher``, every other check is verification.
        public init(findings: [Diagnostic]) {
            self.findings = findings
            var untranslated = Set<String>()
            var failing = Set<String>()
            var stale = Set<String>()
            for finding in findings {
                let unit = finding.unitID ?? ""
                switch finding.check {
                case Publisher.untranslatedCheck: untranslated.insert(unit)
                case Publisher.staleCheck: stale.insert(unit)
                default: failing.insert(unit)
                }
            }
            failing.subtract(untranslated)
            stale.subtract(untranslated.union(failing))
            self.untranslated = untranslated.count
            failingVerification = failing.count
            self.stale = stale.count
        }

        /// `DRAFT — not for publication`.
        public static let headline = "DRAFT — not for publication"

        /// `4 units fail verification, 2 untranslated, 1 stale` (zeros left out; the first
        /// count says `units`), or `every unit passes verification`.
        public var counts: String {
            func units(_ count: Int) -> String { count == 1 ? "1 unit" : "\(count) units" }
            var parts: [String] = []
            if failingVerification > 0 {
                parts.append(
                    failingVerification == 1
                        ? "1 unit fails verification" : "\(units(failingVerification)) fail verification")
            }
            if untranslated > 0 {
                parts.append(parts.isEmpty ? "\(units(untranslated)) untranslated" : "\(untranslated) untranslated")
            }
            if stale > 0 { parts.append(parts.isEmpty ? "\(units(stale)) stale" : "\(stale) stale") }
            return parts.isEmpty ? "every unit passes verification" : parts.joined(separator: ", ")
        }

        /// `DRAFT — not for publication: 4 units fail verification, 2 untranslated`.
        public var text: String { "\(Self.headline): \(counts)" }

        /// One unit's findings and its 1-based number in the draft's list.
        public struct UnitFindings: Sendable, Equatable {
            public var number: Int
            public var unitID: String
            public var findings: [Diagnostic]
        }

        /// The units with findings, in source order, numbered.
        public var units: [UnitFindings] {
            var order: [String] = []
            var byUnit: [String: [Diagnostic]] = [:]
            for finding in findings {
                let unit = finding.unitID ?? ""
                if byUnit[unit] == nil { order.append(unit) }
                byUnit[unit, default: []].append(finding)
            }
            return order.enumerated().map {
                UnitFindings(number: $0.offset + 1, unitID: $0.element, findings: byUnit[$0.element] ?? [])
            }
        }
    }

    /// The embargo line of the host-government package.
    public struct EmbargoNotice: Sendable, Equatable {
        /// `Nën embargo deri më 16 qershor 2009 në 16:00 CEST` in the page's language (the
        /// profile's ``LocaleProfile/PageLabels/embargoedUntil``), `nil` on an English page.
        public var localized: PublishingLabels.Label?
        /// `Embargoed until 16 June 2009 at 16:00 CEST (Pristina)` (CLDR's `en_GB` date and time).
        public var english: String

        /// The notice for the public release `moment` of `embargo`, in the post's time zone;
        /// the date in the page's language is formatted by CLDR for `icuLocale`.
        public init(moment: Date, embargo: Embargo, labels: PublishingLabels, icuLocale: String) {
            let zone = embargo.post.timeZone
            let abbreviation = Embargo.localText(moment, in: zone).split(separator: " ").last.map(String.init) ?? ""
            func formatted(_ identifier: String) -> String {
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: identifier)
                formatter.timeZone = zone
                formatter.setLocalizedDateFormatFromTemplate("dMMMMyHHmm")
                return "\(formatter.string(from: moment)) \(abbreviation)"
            }
            english = "Embargoed until \(formatted("en_GB")) (\(embargo.post.displayName))"
            if labels.locale != "en" {
                let template = labels.embargoedUntil
                let icu = template.language == labels.locale ? icuLocale : "en_GB"
                localized = PublishingLabels.Label(
                    template.text.replacingOccurrences(of: "{moment}", with: formatted(icu)),
                    language: template.language)
                if template.language == "en" { localized = nil }
            }
        }
    }

    public var document: LocalizedDocument
    public var labels: PublishingLabels
    /// The language versions, in order (English first), this page's marked current; empty for
    /// the host-government package, whose public pages do not exist yet.
    public var languageLinks: [LanguageLink]
    /// Set for a draft.
    public let draft: DraftSummary?
    /// Set for the host-government package.
    public var embargo: EmbargoNotice?

    /// Creates a page.
    public init(
        document: LocalizedDocument, labels: PublishingLabels, languageLinks: [LanguageLink] = [],
        draft: DraftSummary? = nil, embargo: EmbargoNotice? = nil
    ) {
        self.document = document
        self.labels = labels
        self.languageLinks = languageLinks
        self.draft = draft
        self.embargo = embargo
        findingsByUnit = Dictionary((draft?.units ?? []).map { ($0.unitID, $0) }) { first, _ in first }
    }

    /// The draft's findings by unit ID.
    let findingsByUnit: [String: DraftSummary.UnitFindings]

    /// `Raporti për trafikimin me qenie njerëzore 2009: Kosova (NIVELI 2)`.
    public var fullTitle: String { labels.fullTitle(document.title) }

    /// Text direction of a tag from CLDR: `rtl` for ar, he, fa, ur …, else `ltr`.
    static func direction(of tag: String) -> String {
        tag != "en" && TargetLocale(tag: tag).isRightToLeft ? "rtl" : "ltr"
    }
}
