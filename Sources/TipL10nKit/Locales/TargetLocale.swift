import Foundation

/// A target locale tipl10n can export to, as a BCP 47 tag.
///
/// Supported: `sq` (Albanian), `sq-XK` (Albanian as used in Kosovo), `sr-Latn` (Serbian,
/// Latin script) and `sr-Cyrl` (Serbian, Cyrillic script). The bare tag `sr` is accepted and
/// means `sr-Latn`, because the Serbian TIP Report translations published so far use Latin
/// script; ``resolve(_:)`` says so in its note. Tags are matched case-insensitively and `_`
/// is read as `-` (`SR_latn` → `sr-Latn`), per BCP 47 §2.1.1 (tags are case-insensitive).
/// Other region variants fall back to a supported tag by dropping subtags from the end
/// (`sq-AL` → `sq`, `sr-Latn-RS` → `sr-Latn`, `sr-Cyrl-XK` → `sr-Cyrl`), with a note.
public struct TargetLocale: Hashable, Sendable, CustomStringConvertible {
    /// The canonical BCP 47 tag, e.g. `sr-Latn`.
    public let tag: String
    /// English name for messages, e.g. `Serbian (Latin)`.
    public let englishName: String

    /// The supported locales, in the order messages list them.
    public static let supported: [TargetLocale] = [
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

    /// Resolves a user-typed tag to a supported locale.
    /// - Throws: ``TargetLocaleError/unsupported(_:)`` listing the supported tags.
    public static func resolve(_ typed: String) throws -> Resolution {
        let normalized = typed.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
            .lowercased()
        if normalized == "sr" {
            let latin = supported[2]
            return Resolution(
                locale: latin,
                note: "'sr' means sr-Latn: the Serbian TIP Report translations published so far use Latin script")
        }
        if let match = supported.first(where: { $0.tag.lowercased() == normalized }) {
            return Resolution(locale: match, note: nil)
        }
        // Region variants fall back to the language (and script): sq-AL → sq, sr-Latn-RS → sr-Latn,
        // sr-RS → sr-Latn (BCP 47 lookup, RFC 4647 §3.4, dropping subtags from the end).
        var subtags = normalized.split(separator: "-").map(String.init)
        while subtags.count > 1 {
            subtags.removeLast()
            let candidate = subtags.joined(separator: "-")
            let fallback = candidate == "sr" ? "sr-latn" : candidate
            if let match = supported.first(where: { $0.tag.lowercased() == fallback }) {
                return Resolution(
                    locale: match, note: "'\(typed)' is read as \(match.tag): tipl10n has no separate profile for it")
            }
        }
        throw TargetLocaleError.unsupported(typed)
    }
}

/// A locale tag tipl10n does not support.
public enum TargetLocaleError: DiagnosticError, Equatable {
    case unsupported(String)

    /// `error: unsupported locale 'xx': …` as a diagnostic (check `locale`).
    public var diagnostic: Diagnostic {
        switch self {
        case .unsupported(let typed):
            let tags = TargetLocale.supported.map(\.tag).joined(separator: ", ")
            return Diagnostic(
                at: .none, severity: .error, check: "locale",
                message: "unsupported locale '\(typed)': supported locales are \(tags) (sr means sr-Latn)")
        }
    }
}
