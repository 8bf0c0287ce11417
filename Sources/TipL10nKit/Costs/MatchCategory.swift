import Foundation

/// The match band a translation unit falls in for one target locale: what vendors price by.
///
/// Decided per job (one locale, the units in document order) by ``JobWordCount/analyze(_:locale:exactMatches:)``:
/// the first unit with a given source text is ``exact`` when the store holds a usable
/// translation of that text into the locale, ``new`` otherwise; every later unit with the
/// same text is a ``repetition`` (it is translated once). Fuzzy bands come with TM leverage.
public enum MatchCategory: String, Sendable, Codable, CaseIterable, Comparable {
    /// No earlier unit and no stored translation: translated from scratch.
    case new
    /// The store holds a translated, reviewed or final translation into the same locale of
    /// exactly this source text (same source hash), from any cable or unit; only checked.
    case exact
    /// The same source text already occurs earlier in the job.
    case repetition

    /// Order in tables: new, exact, repetition.
    public static func < (left: MatchCategory, right: MatchCategory) -> Bool {
        let order: [MatchCategory] = [.new, .exact, .repetition]
        return (order.firstIndex(of: left) ?? 0) < (order.firstIndex(of: right) ?? 0)
    }

    /// The name in tables and messages: `new`, `exact`, `repetitions`.
    public var displayName: String {
        switch self {
        case .new: "new"
        case .exact: "exact"
        case .repetition: "repetitions"
        }
    }
}
