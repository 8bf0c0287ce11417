import Foundation

extension LocaleProfile {
    /// The words a published page carries that no translation unit does: the report's name,
    /// the headings of the press guidance and the non-paper, the disclaimer, the label of the
    /// language links, the embargo line. `pageLabels:` in a profile file; every key optional.
    ///
    /// Shape (YAML, `locales/sq.yaml`):
    ///
    ///     pageLabels:
    ///       reportTitle: "Raporti për trafikimin me qenie njerëzore {year}"
    ///       pressGuidance: Udhëzime për mediat
    ///       nonPaper: Dokument joformal (non-paper)
    ///       disclaimer: Ky është përkthim jozyrtar. …
    ///       languages: Gjuhët
    ///       original: origjinali
    ///       embargoedUntil: "Nën embargo deri më {moment}"
    ///       headings: {prosecution: Ndjekja penale, protection: Mbrojtja, prevention: Parandalimi}
    ///
    /// `{year}` is the report's year (`2009`), `{moment}` the public release in the post's
    /// local time, formatted by CLDR for the locale. A key a file leaves out falls back to
    /// tipl10n's English wording, marked as English on the page (``PublishingLabels``). The
    /// section headings are used only where a translation of the heading is missing (a draft).
    /// Files are layered key by key (`pageLabels.disclaimer` in `locales/sq.yaml` of a project
    /// replaces only the disclaimer). Rules: `Docs/Publishing.md`.
    public struct PageLabels: Sendable, Equatable, Codable {
        /// The report's name with `{year}`: `Trafficking in Persons Report {year}`.
        public var reportTitle: String?
        /// The heading of the press guidance section.
        public var pressGuidance: String?
        /// The heading of the non-paper in the host-government package.
        public var nonPaper: String?
        /// The line saying the page is an unofficial translation.
        public var disclaimer: String?
        /// The label of the language links (`Languages`).
        public var languages: String?
        /// Said after the English link (`original`).
        public var original: String?
        /// The embargo line with `{moment}`: `Embargoed until {moment}`.
        public var embargoedUntil: String?
        /// Section ID (`prosecution`, `protection`, `prevention`) → heading, where the
        /// translation has none.
        public var headings: [String: String]?

        /// Keys of a `pageLabels:` mapping.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case reportTitle, pressGuidance, nonPaper, disclaimer, languages, original, embargoedUntil, headings
        }

        /// The sections whose headings a profile may give.
        public static let headingSections = ["prosecution", "protection", "prevention"]

        /// No labels.
        public init() {}

        /// True when no key is set.
        public var isEmpty: Bool { self == PageLabels() }

        /// Copies one key's value from `other` (profile layering).
        mutating func copy(_ key: CodingKeys, from other: PageLabels) {
            switch key {
            case .reportTitle: reportTitle = other.reportTitle
            case .pressGuidance: pressGuidance = other.pressGuidance
            case .nonPaper: nonPaper = other.nonPaper
            case .disclaimer: disclaimer = other.disclaimer
            case .languages: languages = other.languages
            case .original: original = other.original
            case .embargoedUntil: embargoedUntil = other.embargoedUntil
            case .headings: headings = other.headings
            }
        }

        /// The value of a text key (`nil` for `headings` and for a key not set).
        public func text(_ key: CodingKeys) -> String? {
            switch key {
            case .reportTitle: reportTitle
            case .pressGuidance: pressGuidance
            case .nonPaper: nonPaper
            case .disclaimer: disclaimer
            case .languages: languages
            case .original: original
            case .embargoedUntil: embargoedUntil
            case .headings: nil
            }
        }

        /// The problem with the labels, or `nil`: an empty text, `{year}` missing from
        /// `reportTitle`, `{moment}` missing from `embargoedUntil`, an unknown section in
        /// `headings`. Returns the key and the message.
        func problem() -> (key: String, message: String)? {
            for key in CodingKeys.allCases {
                guard let text = text(key) else { continue }
                if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    return (key.rawValue, "'pageLabels.\(key.rawValue)' is empty")
                }
            }
            if let title = reportTitle, !title.contains("{year}") {
                return ("reportTitle", "'pageLabels.reportTitle' must contain {year}, e.g. \"\(title) {year}\"")
            }
            if let line = embargoedUntil, !line.contains("{moment}") {
                return (
                    "embargoedUntil", "'pageLabels.embargoedUntil' must contain {moment}, e.g. \"\(line) {moment}\""
                )
            }
            for (section, heading) in (headings ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard Self.headingSections.contains(section) else {
                    return (
                        "headings",
                        "unknown section '\(section)' in 'pageLabels.headings': expected one of "
                            + Self.headingSections.joined(separator: ", ")
                    )
                }
                if heading.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    return ("headings", "'pageLabels.headings.\(section)' is empty")
                }
            }
            return nil
        }
    }
}
