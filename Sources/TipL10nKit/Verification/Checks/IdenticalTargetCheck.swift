import Foundation

/// `identical`: a target that is the source unchanged (leading and trailing white space aside).
///
/// Severity: warning. Not reported when the text needs no translation: when, after removing
/// URLs and e-mail addresses, every word is an acronym (all capitals, e.g. `OSCE`, `UNMIK`) or
/// one of the profile's ``LocaleProfile/allowedForeignTokens``, or when the text is a name of
/// two or more capitalised words (`Hashim Thaçi`). Figures and punctuation are not words, so
/// `2008-2009` or `$158,593` alone pass. A single capitalised word (`Prosecution`) is reported.
public struct IdenticalTargetCheck: TranslationCheck {
    public let id = "identical"
    public let needsProfile = false

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let target = pair.target else { return [] }
        let trimmedSource = VerificationText.trimmed(pair.source.plainText)
        guard !trimmedSource.isEmpty, trimmedSource == VerificationText.trimmed(target.plainText) else { return [] }
        let source = String(trimmedSource)
        if Self.needsNoTranslation(source, allowed: pair.profile?.allowedForeignTokens ?? []) { return [] }
        return [
            CheckFinding(
                .warning, "target identical to source: \(VerificationText.quoted(source))", source: source,
                target: source)
        ]
    }

    /// True for text made only of figures, punctuation, links, acronyms and allowed tokens, or a name.
    static func needsNoTranslation(_ text: String, allowed: [String]) -> Bool {
        let allowedTokens = Set(allowed.map { $0.lowercased() })
        let words = VerificationText.words(in: VerificationText.maskingLinks(in: text))
        let remaining = words.filter { word in
            !(word.allSatisfy { $0.isUppercase }) && !allowedTokens.contains(word.lowercased())
        }
        if remaining.isEmpty { return true }
        return words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true }
    }
}
