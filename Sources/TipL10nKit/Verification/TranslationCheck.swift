import Foundation

/// One verification check: looks at one ``TranslationPair`` and says what is wrong with it.
///
/// Checks are values without state; ``Verifier`` runs each on every pair and turns the
/// findings into ``Diagnostic``s carrying the pair's location and unit ID and the check's
/// ``id``. A check that needs the locale profile (``needsProfile``) is skipped for pairs
/// without one; every check except ``UntranslatedCheck`` skips pairs without a target.
public protocol TranslationCheck: Sendable {
    /// The stable ID shown in JSON output and `Docs/Verification.md`: `figures`, `inline-codes`, …
    var id: String { get }
    /// True when the check reads the locale profile (script, glossary, figures).
    var needsProfile: Bool { get }
    /// The problems of one pair; empty when it passes. A check looks at the pair alone, so a
    /// file gets the same findings read whole or streamed one unit at a time.
    func findings(in pair: TranslationPair) -> [CheckFinding]
}

/// What a check reports about one pair, before ``Verifier`` adds where it was found.
public struct CheckFinding: Sendable, Equatable {
    public var severity: Diagnostic.Severity
    /// Lower-case message without a trailing period, quoting the text it is about.
    public var message: String
    /// The source text concerned (a figure, a code, a URL), if any.
    public var source: String?
    /// The target text concerned, if any.
    public var target: String?

    /// Creates a finding.
    public init(_ severity: Diagnostic.Severity, _ message: String, source: String? = nil, target: String? = nil) {
        self.severity = severity
        self.message = message
        self.source = source
        self.target = target
    }
}
