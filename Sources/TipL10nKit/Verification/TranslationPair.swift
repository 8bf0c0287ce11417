import Foundation

/// What ``Verifier`` checks: one unit's source and target, with what is known about them.
///
/// Built from an XLIFF file (``VerificationInput/init(document:path:profile:fallbackLanguage:currentSources:)``),
/// from the translation store (``VerificationInput/init(store:locales:profile:)``) or from an
/// import (``VerificationInput/init(plan:document:profile:)``).
public struct TranslationPair: Sendable, Equatable {
    /// The XLIFF path or `cableID/locale`: ``Diagnostic/location``.
    public var location: String
    /// 1-based line of the unit in the XLIFF file, or 0.
    public var line: Int
    /// The translation unit's ID, e.g. `narrative.protection.p1.s2`.
    public var unitID: String
    /// The target locale as a BCP 47 tag (the profile's tag when there is a profile), or
    /// `nil` when unknown.
    public var locale: String?
    /// The English source, with its inline codes.
    public var source: InlineContent
    /// The translation; `nil` when untranslated (no target, or an empty one).
    public var target: InlineContent?
    /// The workflow state, when known.
    public var state: TranslationState?
    /// True when the translation was made against older source text.
    public var isStale: Bool
    /// Why the pair is stale, for the message; `nil` gives the general reason.
    public var staleReason: String?
    /// The target locale's profile; `nil` when the target language is unknown, so only the
    /// locale-independent checks run.
    public var profile: LocaleProfile?

    /// Creates a pair.
    public init(
        location: String, line: Int = 0, unitID: String, source: InlineContent, target: InlineContent?,
        state: TranslationState? = nil, isStale: Bool = false, staleReason: String? = nil,
        profile: LocaleProfile? = nil, locale: String? = nil
    ) {
        self.locale = profile?.tag ?? locale
        self.location = location
        self.line = line
        self.unitID = unitID
        self.source = source
        self.target = target
        self.state = state
        self.isStale = isStale
        self.staleReason = staleReason
        self.profile = profile
    }
}
