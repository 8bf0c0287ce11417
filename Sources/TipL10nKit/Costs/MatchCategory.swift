import Foundation

/// The match band a translation unit falls in for one target locale: what vendors price by.
///
/// Decided per job (one locale, the units in document order) by
/// ``JobWordCount/analyze(_:locale:memory:fuzzyThreshold:)``: a unit whose source text already
/// occurred earlier in the job is a ``repetition`` (it is translated once); otherwise the
/// translation memory decides — ``exact`` for the same source text translated elsewhere (other
/// cables, other years, other posts of a shared store, imported TMX; never the job's own
/// current translations), a fuzzy band for a similar one (``WordSimilarity``, at or above the
/// fuzzy threshold), ``new`` for the rest.
public enum MatchCategory: String, Sendable, Codable, CaseIterable, Comparable {
    /// Nothing in the memory at or above the fuzzy threshold (or above 74 %): translated from scratch.
    case new
    /// A memory entry scoring 75–84 %.
    case fuzzy75 = "fuzzy-75-84"
    /// A memory entry scoring 85–94 %.
    case fuzzy85 = "fuzzy-85-94"
    /// A memory entry scoring 95–99 %.
    case fuzzy95 = "fuzzy-95-99"
    /// The memory holds a translated, reviewed or final translation into the same locale of
    /// exactly this source text (same source hash); only checked.
    case exact
    /// The same source text already occurs earlier in the job.
    case repetition

    /// Order in tables: new, the fuzzy bands from the lowest, exact, repetition (`allCases` order).
    public static func < (left: MatchCategory, right: MatchCategory) -> Bool {
        (allCases.firstIndex(of: left) ?? 0) < (allCases.firstIndex(of: right) ?? 0)
    }

    /// The fuzzy bands, lowest first.
    public static let fuzzyBands: [MatchCategory] = [.fuzzy75, .fuzzy85, .fuzzy95]

    /// The band of a fuzzy score in percent (0…99): 95–99, 85–94, 75–84, else ``new``.
    public static func band(ofFuzzyScore score: Int) -> MatchCategory {
        switch score {
        case 95...: .fuzzy95
        case 85...: .fuzzy85
        case 75...: .fuzzy75
        default: .new
        }
    }

    /// The name in tables and messages: `new`, `75-84%`, `85-94%`, `95-99%`, `exact`, `repetitions`.
    public var displayName: String {
        switch self {
        case .new: "new"
        case .fuzzy75: "75-84%"
        case .fuzzy85: "85-94%"
        case .fuzzy95: "95-99%"
        case .exact: "exact"
        case .repetition: "repetitions"
        }
    }
}
