import Foundation

/// A target locale: any BCP 47 tag CLDR covers (`es`, `es-419`, `nl`, `fr-CA`, `ru`, `ar`,
/// `zh-Hant-TW`, `sr-Cyrl-RS`, `pt-BR`, `is` …).
///
/// ``resolve(_:)`` reads a typed tag: `_` is read as `-`, case is normalized (language lower
/// case, script title case, region upper case; BCP 47 §2.1.1), deprecated codes are replaced
/// by CLDR's (`iw` → `he`, `in` → `id`). A tag is refused when it is malformed (RFC 5646 §2.1
/// syntax: language of 2–3 letters, then an optional 4-letter script, an optional 2-letter or
/// 3-digit region, optional variants), carries extensions or private use (`-u-nu-arab`,
/// `-x-…`), or names a language, script or region CLDR does not know. "CLDR knows" is read
/// from Foundation: the language must have locale data (`Locale.availableIdentifiers`), the
/// script and region an English name (`Locale.localizedString(forScriptCode:)`,
/// `forRegionCode:`).
///
/// Serbian and Albanian, whose deep profiles are built in, keep the rules of the Kosovo posts:
/// `sr` means `sr-Latn` (the Serbian TIP Report translations published so far use Latin
/// script) and says so; other region variants of `sq`, `sr-Latn` and `sr-Cyrl` are read as
/// those tags, with a note (`sq-AL` → `sq`, `sr-Latn-RS` → `sr-Latn`, `sr-RS` → `sr-Latn`),
/// except `sq-XK`, Albanian as used in Kosovo. Every other locale keeps its region: `es-419`
/// and `es` are different target locales (CLDR writes `1,234.5` in es-419, `1.234,5` in es).
public struct TargetLocale: Hashable, Sendable, CustomStringConvertible {
    /// The canonical BCP 47 tag, e.g. `sr-Latn`, `es-419`.
    public let tag: String
    /// English name for messages, from CLDR: `Serbian (Latin)`, `Spanish (Latin America)`.
    public let englishName: String

    /// Creates a locale from a tag already canonical (use ``resolve(_:)`` for typed tags).
    public init(tag: String, englishName: String? = nil) {
        self.tag = tag
        self.englishName =
            englishName ?? Locale(identifier: "en").localizedString(forIdentifier: Self.icuIdentifier(for: tag)) ?? tag
    }

    /// The Kosovo locales whose profiles are built in, in the order messages list them.
    public static let builtInProfileLocales: [TargetLocale] = [
        TargetLocale(tag: "sq", englishName: "Albanian"),
        TargetLocale(tag: "sq-XK", englishName: "Albanian (Kosovo)"),
        TargetLocale(tag: "sr-Latn", englishName: "Serbian (Latin)"),
        TargetLocale(tag: "sr-Cyrl", englishName: "Serbian (Cyrillic)"),
    ]

    /// The result of resolving a tag the user typed.
    public struct Resolution: Sendable, Equatable {
        public let locale: TargetLocale
        /// Set when the tag was read as another one (`sr` → `sr-Latn`); printed as a note.
        public let note: String?
    }

    public var description: String { tag }

    /// The ICU spelling of the tag: `sr_Latn`, `es_419`, `zh_Hant_TW`.
    public var icuIdentifier: String { Self.icuIdentifier(for: tag) }

    /// The ICU spelling of a canonical BCP 47 tag.
    public static func icuIdentifier(for tag: String) -> String {
        tag.replacingOccurrences(of: "-", with: "_")
    }

    /// The language's name in its own language, from CLDR: `español`, `Nederlands`, `русский`,
    /// `العربية`, `中文`, `shqip`, `srpski (latinica)`.
    public var nativeName: String {
        let identifier = icuIdentifier
        return Locale(identifier: identifier).localizedString(forIdentifier: identifier) ?? tag
    }

    /// True for a right-to-left language (ar, he, fa, ur …): `Locale.Language.characterDirection`.
    public var isRightToLeft: Bool {
        Locale.Language(identifier: icuIdentifier).characterDirection == .rightToLeft
    }

    /// Resolves a user-typed tag to a target locale.
    /// - Throws: ``TargetLocaleError/malformed(_:reason:)`` for a tag that is not BCP 47 or
    ///   carries extensions; ``TargetLocaleError/unsupported(_:)`` for a language, script or
    ///   region CLDR does not know.
    public static func resolve(_ typed: String) throws -> Resolution {
        let subtags = try canonicalSubtags(typed)
        let canonical = subtags.joined(separator: "-")
        let language = subtags[0]
        guard ["sq", "sr"].contains(language) else {
            return Resolution(locale: TargetLocale(tag: canonical), note: nil)
        }
        // The built-in Kosovo profiles: region variants fold into them.
        if canonical == "sr" {
            return Resolution(
                locale: builtInProfileLocales[2],
                note: "'sr' means sr-Latn: the Serbian TIP Report translations published so far use Latin script")
        }
        if let match = builtInProfileLocales.first(where: { $0.tag == canonical }) {
            return Resolution(locale: match, note: nil)
        }
        var remaining = subtags
        while remaining.count > 1 {
            remaining.removeLast()
            var candidate = remaining.joined(separator: "-")
            if candidate == "sr" { candidate = "sr-Latn" }
            if let match = builtInProfileLocales.first(where: { $0.tag == candidate }) {
                return Resolution(
                    locale: match, note: "'\(typed)' is read as \(match.tag): tipl10n has no separate profile for it")
            }
        }
        return Resolution(locale: TargetLocale(tag: canonical), note: nil)
    }

    /// The canonical subtags of a typed tag, validated against CLDR.
    static func canonicalSubtags(_ typed: String) throws -> [String] {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw TargetLocaleError.malformed(typed, reason: "the tag is empty") }
        let raw = trimmed.split(separator: "-", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "_", omittingEmptySubsequences: false)
        }.map(String.init)
        guard raw.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else {
            throw TargetLocaleError.malformed(
                typed, reason: "subtags are ASCII letters and digits separated by '-'")
        }
        if let singleton = raw.dropFirst().first(where: { $0.count == 1 }) {
            throw TargetLocaleError.malformed(
                typed, reason: "extensions and private use ('-\(singleton)-…') are not target locales")
        }
        var subtags: [String] = []
        let language = raw[0].lowercased()
        guard (2...3).contains(language.count), language.allSatisfy(\.isLetter) else {
            throw TargetLocaleError.malformed(typed, reason: "'\(raw[0])' is not a language subtag (2 or 3 letters)")
        }
        subtags.append(language)
        var index = 1
        var script: String?
        var region: String?
        if index < raw.count, raw[index].count == 4, raw[index].allSatisfy(\.isLetter) {
            script = raw[index].prefix(1).uppercased() + raw[index].dropFirst().lowercased()
            index += 1
        }
        if index < raw.count,
            (raw[index].count == 2 && raw[index].allSatisfy(\.isLetter))
                || (raw[index].count == 3 && raw[index].allSatisfy(\.isNumber))
        {
            region = raw[index].uppercased()
            index += 1
        }
        var variants: [String] = []
        while index < raw.count {
            let subtag = raw[index].lowercased()
            let isVariant =
                (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first?.isNumber == true)
            guard isVariant else {
                throw TargetLocaleError.malformed(typed, reason: "'\(raw[index])' is not a script, region or variant")
            }
            variants.append(subtag)
            index += 1
        }
        // CLDR's replacements of deprecated codes (iw → he, in → id, mo → ro).
        let bcp47 = Locale.identifier(.bcp47, from: language)
        let replaced = bcp47.split(separator: "-").first.map(String.init) ?? language
        let english = Locale(identifier: "en")
        let knownLanguages = Self.cldrLanguages
        let canonicalLanguage = knownLanguages.contains(replaced) ? replaced : language
        guard knownLanguages.contains(canonicalLanguage) else {
            throw TargetLocaleError.unsupported(typed)
        }
        subtags[0] = canonicalLanguage
        if let script {
            guard english.localizedString(forScriptCode: script) != nil else {
                throw TargetLocaleError.unknownSubtag(typed, kind: "script", subtag: script)
            }
            subtags.append(script)
        }
        if let region {
            guard english.localizedString(forRegionCode: region) != nil else {
                throw TargetLocaleError.unknownSubtag(typed, kind: "region", subtag: region)
            }
            subtags.append(region)
        }
        subtags += variants
        return subtags
    }

    /// The languages CLDR has locale data for: the first part of `Locale.availableIdentifiers`.
    static let cldrLanguages: Set<String> = Set(
        Locale.availableIdentifiers.compactMap { $0.split(separator: "_").first.map(String.init) })
}

/// A locale tag tipl10n cannot use as a target locale.
public enum TargetLocaleError: DiagnosticError, Equatable {
    /// The language is not one CLDR has locale data for.
    case unsupported(String)
    /// The tag is not a BCP 47 language tag tipl10n reads.
    case malformed(String, reason: String)
    /// A script or region CLDR does not know.
    case unknownSubtag(String, kind: String, subtag: String)

    /// `error: unknown locale 'xx': …` as a diagnostic (check `locale`).
    public var diagnostic: Diagnostic {
        let message: String
        switch self {
        case .unsupported(let typed):
            message =
                "unknown locale '\(typed)': CLDR has no locale data for its language "
                + "(a BCP 47 tag such as es, es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)"
        case .malformed(let typed, let reason):
            message = "malformed locale '\(typed)': \(reason) (a BCP 47 tag such as es, es-419, zh-Hant-TW)"
        case .unknownSubtag(let typed, let kind, let subtag):
            message = "unknown locale '\(typed)': CLDR knows no \(kind) '\(subtag)'"
        }
        return Diagnostic(at: .none, severity: .error, check: "locale", message: message)
    }

    /// Why the tag is refused, without the tag: `CLDR has no locale data for its language`.
    public var reason: String {
        switch self {
        case .unsupported: "CLDR has no locale data for its language"
        case .malformed(_, let reason): reason
        case .unknownSubtag(_, let kind, let subtag): "CLDR knows no \(kind) '\(subtag)'"
        }
    }
}
