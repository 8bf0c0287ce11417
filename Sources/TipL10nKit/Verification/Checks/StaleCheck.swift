import Foundation

/// `stale`: a translation made against older source text.
///
/// A stored translation is stale when the store marks it so or when the source hash it was
/// made against differs from the unit's current one; a unit in an XLIFF file is stale when
/// its `<source>` (white space collapsed) differs from the cable's current source text.
/// Severity: warning (the translation must be redone or confirmed before publishing).
public struct StaleCheck: TranslationCheck {
    public let id = "stale"
    public let needsProfile = false

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard pair.isStale, pair.target != nil else { return [] }
        let reason = pair.staleReason ?? "the source text changed after the translation was made"
        return [CheckFinding(.warning, "stale: translated against older source text: \(reason)")]
    }
}
