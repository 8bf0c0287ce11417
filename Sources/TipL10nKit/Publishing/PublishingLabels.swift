import Foundation

/// The labels and headings of one locale's pages, resolved once and used by every format
/// (HTML page, fragment, Markdown, text), so `Pyetje 1:` in one is `Pyetje 1:` in all.
///
/// Each label is the project's wording (the disclaimer, `publish.disclaimer` in
/// `tipl10n.yaml`), else the locale profile's (``LocaleProfile/PageLabels``, the Q/A labels),
/// else tipl10n's English, which then carries the tag `en` so the page marks it as English
/// (``Label/language``). Headings of the narrative's sections come from the translations; the
/// profile's ``LocaleProfile/PageLabels/headings`` stand in only where a translation is
/// missing. Rules: `Docs/Publishing.md`.
public struct PublishingLabels: Sendable, Equatable {
    /// A label and the BCP 47 tag of the language it is in.
    public struct Label: Sendable, Equatable {
        public var text: String
        /// The page's tag, or `en` for tipl10n's English fallback.
        public var language: String

        /// Creates a label.
        public init(_ text: String, language: String) {
            self.text = text
            self.language = language
        }
    }

    /// The tag of the page: `sq`, `sr-Cyrl`, `en`.
    public var locale: String
    /// `Raporti për trafikimin me qenie njerëzore 2009` (the year filled in).
    public var reportTitle: Label
    /// `Pyetje`: the question label, without number or colon.
    public var question: Label
    /// `Përgjigje`: the answer label, without colon.
    public var answer: Label
    public var pressGuidance: Label
    public var nonPaper: Label
    /// The unofficial-translation line; `nil` on the English original.
    public var disclaimer: Label?
    /// The label of the language links: `Gjuhët`.
    public var languages: Label
    /// Said after the English original's link: `origjinali`.
    public var original: Label
    /// `Nën embargo deri më {moment}`: the template, `{moment}` not yet filled.
    public var embargoedUntil: Label
    /// Section ID (`prosecution`) → a heading for a section whose heading is not translated.
    public var headings: [String: Label]

    /// tipl10n's English wording, with `{year}` in the report title.
    public static let english: LocaleProfile.PageLabels = {
        var labels = LocaleProfile.PageLabels()
        labels.reportTitle = "Trafficking in Persons Report {year}"
        labels.pressGuidance = "Press guidance"
        labels.nonPaper = "Non-paper"
        labels.disclaimer = "This is an unofficial translation. Only the English original is authoritative."
        labels.languages = "Languages"
        labels.original = "original"
        labels.embargoedUntil = "Embargoed until {moment}"
        labels.headings = ["prosecution": "Prosecution", "protection": "Protection", "prevention": "Prevention"]
        return labels
    }()

    /// The labels of `locale`.
    ///
    /// - Parameters:
    ///   - locale: the page's tag; `en` gives the English labels, `Q`/`A`, and no disclaimer.
    ///   - profile: the locale's effective profile (`nil` for `en`); a Q/A label whose origin is
    ///     tipl10n's fallback counts as English.
    ///   - year: the report's year, put for `{year}`.
    ///   - disclaimer: the project's wording for this locale, replacing the profile's.
    public static func resolve(
        locale: String, profile: LocaleProfile?, year: Int, disclaimer: String? = nil
    ) -> PublishingLabels {
        let own = locale == "en" ? LocaleProfile.PageLabels() : profile?.pageLabels ?? LocaleProfile.PageLabels()
        func label(_ key: LocaleProfile.PageLabels.CodingKeys) -> Label {
            if let text = own.text(key) { return Label(text, language: locale) }
            return Label(english.text(key) ?? "", language: "en")
        }
        func profileLabel(_ text: String?, key: String, english: String) -> Label {
            guard locale != "en", let text, !text.isEmpty, profile?.origins[key] != .fallback else {
                return Label(english, language: "en")
            }
            return Label(text, language: locale)
        }
        var title = label(.reportTitle)
        title.text = title.text.replacingOccurrences(of: "{year}", with: String(year))
        var headings: [String: Label] = [:]
        for section in LocaleProfile.PageLabels.headingSections {
            if let text = own.headings?[section] {
                headings[section] = Label(text, language: locale)
            } else if let text = english.headings?[section] {
                headings[section] = Label(text, language: "en")
            }
        }
        var resolvedDisclaimer: Label?
        if locale != "en" {
            resolvedDisclaimer = disclaimer.map { Label($0, language: locale) } ?? label(.disclaimer)
        }
        return PublishingLabels(
            locale: locale, reportTitle: title,
            question: profileLabel(profile?.questionLabel, key: "questionLabel", english: "Q"),
            answer: profileLabel(profile?.answerLabel, key: "answerLabel", english: "A"),
            pressGuidance: label(.pressGuidance), nonPaper: label(.nonPaper), disclaimer: resolvedDisclaimer,
            languages: label(.languages), original: label(.original), embargoedUntil: label(.embargoedUntil),
            headings: headings)
    }

    /// `Raporti për trafikimin me qenie njerëzore 2009: Kosova (NIVELI 2)`: the report title
    /// and the narrative's title line, as in the page's `<title>` and every format's first line.
    public func fullTitle(_ title: String) -> String {
        "\(reportTitle.text): \(title)"
    }
}
