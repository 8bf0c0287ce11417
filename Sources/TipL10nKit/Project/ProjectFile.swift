import Foundation

/// The project file, `tipl10n.yaml`: one post's season with one rollout cable.
///
/// Shape (version 1; every path relative to the file's folder; a commented example is in
/// `Docs/Project.md`):
///
///     version: 1
///     cable:
///       path: cables/09STATE61188.txt     # the rollout cable (any layout the reader knows)
///       id: 09STATE61188                  # checked against the cable on every read
///       parts: [narrative, press]         # what is translated and published
///     post:
///       name: PRISTINA
///       country: Kosovo
///       bureau: EUR                       # AF, EAP, EUR, NEA, SCA, WHA
///       executiveOffice: EUR/EX
///       timeZone: Europe/Belgrade         # IANA; the post's calendar day and local embargo times
///     locales:                            # target locales, BCP 47
///       - sq
///       - sr-Latn
///       - tag: sr-Cyrl
///         from: sr-Latn                   # made by script conversion, not sent to a translator
///     costs:                              # Docs/Costs.md
///       currency: USD
///       rates: {sq: 0.13, sr-Latn: 0.13, sr-Cyrl: 0.13}
///       weights: {new: 1.00, exact: 0.30, repetition: 0.30}
///     memory:
///       fuzzyThreshold: 75                # lowest similarity (%) offered as a fuzzy match
///     store: .tipl10n/store.sqlite
///     segmentation: null                  # an SRX 2.0 file; default: tipl10n's English rules
///     folders: {xliff: xliff, publish: publish, tmx: tmx, hostGovernment: host-government}
///     publish:
///       formats: [html]                   # html, fragment, md, txt
///       include: []                       # press: the press guidance on the public pages
///       linksBase: null                   # prefix of the language links; null: relative
///       disclaimer: {}                    # per locale: {sq: "Ky është përkthim jozyrtar …"}
///     glossary: glossary/terms.tbx        # the project's terms (TBX); Docs/Glossary.md
///     verification:                       # Docs/Verification.md
///       checks: all                       # or a list of check IDs
///       exclude: []                       # checks left out
///       severity: {}                      # e.g. {english: error, whitespace: note}
///       ignore: verification/ignored.yaml # accepted findings
///
/// Read by ``parse(_:path:)``; written by ``yaml`` (``Project/initialize(_:)``).
public struct ProjectFile: Sendable, Equatable {
    /// A 1-based line and column in the file.
    public struct FilePosition: Sendable, Equatable {
        public var line: Int
        public var column: Int
    }

    /// `tipl10n.yaml`.
    public static let fileName = "tipl10n.yaml"
    /// The format version this tipl10n reads and writes.
    public static let currentVersion = 1

    /// The rollout cable.
    public struct CableSetting: Sendable, Equatable {
        /// Relative to the project folder (or absolute).
        public var path: String
        /// The cable ID the file must carry (`09STATE61188`), or `nil` to accept any.
        public var id: String?
        /// The parts translated and published, in document order.
        public var parts: [SourcePart]
        /// Where `path` and `id` were written in the file (1-based line and column), for
        /// errors about the cable they name; `nil` for settings made in code.
        public var pathPosition: FilePosition?
        public var idPosition: FilePosition?

        /// Creates the setting.
        public init(path: String, id: String?, parts: [SourcePart] = [.narrative, .press]) {
            self.path = path
            self.id = id
            self.parts = parts
        }
    }

    /// The post and the office that funds its translations.
    public struct PostSetting: Sendable, Equatable {
        /// Upper case, as in the cable's `TO AMEMBASSY PRISTINA` line.
        public var name: String
        /// The narrative's country as the Report prints it.
        public var country: String
        public var bureau: RegionalBureau
        /// IANA time zone of the post.
        public var timeZone: String

        /// Creates the setting.
        public init(name: String, country: String, bureau: RegionalBureau, timeZone: String) {
            self.name = name
            self.country = country
            self.bureau = bureau
            self.timeZone = timeZone
        }

        /// The post as the cost ledger and the embargo know it.
        public var requestingPost: RequestingPost {
            RequestingPost(name: name, country: country, bureau: bureau, timeZoneIdentifier: timeZone)
        }
    }

    /// One target locale of the project.
    public struct LocaleSetting: Sendable, Equatable {
        /// The canonical BCP 47 tag.
        public var tag: String
        /// The locale it is made from by script conversion (`sr-Latn` for `sr-Cyrl`), or `nil`
        /// when it is translated.
        public var convertedFrom: String?

        /// Creates the setting.
        public init(tag: String, convertedFrom: String? = nil) {
            self.tag = tag
            self.convertedFrom = convertedFrom
        }
    }

    /// Folders inside the project.
    public struct Folders: Sendable, Equatable {
        /// Exchange files: exported XLIFF, completed files.
        public var xliff = "xliff"
        /// Built pages.
        public var publish = "publish"
        /// Translation memory exchange (TMX).
        public var tmx = "tmx"
        /// The host-government package (`build` for the host government): never inside
        /// ``publish``, so nothing embargoed reaches the public folder.
        public var hostGovernment = "host-government"

        /// The defaults.
        public init() {}
    }

    /// How `verify` (and the checks `import` runs) work in this project.
    public struct VerificationSettings: Sendable, Equatable {
        /// The check IDs to run, in any order; empty for every check.
        public var checks: [String] = []
        /// Check IDs left out.
        public var exclude: [String] = []
        /// Severities that replace a check's own, by check ID, in the order written.
        public var severities: [(check: String, severity: Diagnostic.Severity)] = []
        /// The ignore list (accepted findings), relative to the project folder.
        public var ignoreFile = "verification/ignored.yaml"

        /// The defaults: every check at its own severity, `verification/ignored.yaml`.
        public init() {}

        /// ``severities`` as a lookup table.
        public var severityByCheck: [String: Diagnostic.Severity] {
            Dictionary(severities.map { ($0.check, $0.severity) }, uniquingKeysWith: { _, last in last })
        }

        public static func == (lhs: VerificationSettings, rhs: VerificationSettings) -> Bool {
            lhs.checks == rhs.checks && lhs.exclude == rhs.exclude && lhs.ignoreFile == rhs.ignoreFile
                && lhs.severities.map(\.check) == rhs.severities.map(\.check)
                && lhs.severities.map(\.severity) == rhs.severities.map(\.severity)
        }
    }

    /// What `build` writes.
    public struct PublishSettings: Sendable, Equatable {
        /// The format names the file accepts.
        public static let formatNames = ["html", "fragment", "md", "txt"]
        /// Output formats, in order: `html`, `fragment`, `md`, `txt`.
        public var formats: [String] = ["html"]
        /// Parts added to the public pages after the narrative: `press` (the press guidance).
        public var include: [SourcePart] = []
        /// Put before each file name in the language links (`https://xk.usembassy.gov/tip/`),
        /// ending in `/`; `nil` for links relative to the page (the files `build` writes side by side).
        public var linksBase: String?
        /// The disclaimer per locale (canonical tag → text), replacing the locale profile's.
        public var disclaimers: [String: String] = [:]

        /// The defaults.
        public init() {}
    }

    public var version: Int = currentVersion
    public var cable: CableSetting
    public var post: PostSetting
    /// The target locales, in the order commands list them.
    public var locales: [LocaleSetting]
    /// Currency, rates per source word and match-band weights.
    public var costs: RateTable
    /// Lowest word-level similarity (percent, 1–100) offered as a fuzzy match.
    public var fuzzyThreshold: Int = TranslationMemory.defaultFuzzyThreshold
    /// The translation store: a path relative to the project folder.
    public var store: String = ".tipl10n/store.sqlite"
    /// An SRX 2.0 file with segmentation rules, or `nil` for tipl10n's English rules.
    public var segmentation: String?
    public var folders = Folders()
    public var publish = PublishSettings()
    /// The project's glossary, a TBX file relative to the project folder (`glossary/terms.tbx`):
    /// its terms are layered over the locale profiles' glossaries (Docs/Glossary.md).
    public var glossary = "glossary/terms.tbx"
    /// Check selection, severities and the ignore list.
    public var verification = VerificationSettings()

    /// Creates a project file.
    public init(cable: CableSetting, post: PostSetting, locales: [LocaleSetting], costs: RateTable) {
        self.cable = cable
        self.post = post
        self.locales = locales
        self.costs = costs
    }

    /// The setting of `tag`, or `nil` when it is not a project locale.
    public func locale(_ tag: String) -> LocaleSetting? {
        locales.first { $0.tag == tag }
    }
}
