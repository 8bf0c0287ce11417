import Foundation

/// `untranslated`: a unit whose source has text but whose target is missing or empty.
///
/// Severity: warning (a partly translated job is normal; `tipl10n verify --strict` fails on
/// it). A target whose state is still `new` (a CAT tool's copy of the source, or an
/// unconfirmed draft) gets a note. Units whose source has no text are not reported.
public struct UntranslatedCheck: TranslationCheck {
    public let id = "untranslated"
    public let needsProfile = false

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        let source = String(VerificationText.trimmed(pair.source.plainText))
        guard let target = pair.target, !target.isEmpty else {
            if source.isEmpty { return [] }
            return [
                CheckFinding(
                    .warning, "untranslated: no target for \(VerificationText.quoted(source))", source: source)
            ]
        }
        if pair.state == .new {
            return [CheckFinding(.note, "the target's state is new: the translator has not confirmed it yet")]
        }
        return []
    }
}
