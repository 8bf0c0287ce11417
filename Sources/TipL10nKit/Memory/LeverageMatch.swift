import Foundation

/// What the translation memory offers for one unit that has no stored translation of its
/// own source.
public struct LeverageMatch: Sendable, Equatable {
    /// How the match was found.
    public enum Kind: Sendable, Equatable {
        /// The same source text (same source hash) in any cable or unit: pre-filled, to be reviewed.
        case exact
        /// A similar source text: offered as a suggestion (`alt-trans` in XLIFF 1.2).
        case fuzzy
    }

    /// How the match was found.
    public var kind: Kind
    /// The score in percent: 100 for ``Kind/exact``; 0…99 for ``Kind/fuzzy``
    /// (``WordSimilarity/percentage(_:_:)``, capped at 99 since the texts differ).
    public var score: Int
    /// The memory entry matched.
    public var entry: MemoryEntry

    /// Creates a match.
    public init(kind: Kind, score: Int, entry: MemoryEntry) {
        self.kind = kind
        self.score = score
        self.entry = entry
    }
}

/// Counts of an export's units by how they were filled, for the summary and the cost bands.
public struct LeverageCounts: Sendable, Equatable {
    /// Pre-filled with the unit's own stored translation (same unit ID, same source hash).
    public var prefilled = 0
    /// Pre-filled from the memory: the same source text elsewhere (state needs review).
    public var exact = 0
    /// Fuzzy matches scoring 95–99 %.
    public var fuzzy95To99 = 0
    /// Fuzzy matches scoring 85–94 %.
    public var fuzzy85To94 = 0
    /// Fuzzy matches scoring from the threshold (default 75) to 84 %.
    public var fuzzyBelow85 = 0
    /// Nothing in the memory at or above the threshold.
    public var new = 0

    /// Creates counts (all zero by default).
    public init(
        prefilled: Int = 0, exact: Int = 0, fuzzy95To99: Int = 0, fuzzy85To94: Int = 0, fuzzyBelow85: Int = 0,
        new: Int = 0
    ) {
        self.prefilled = prefilled
        self.exact = exact
        self.fuzzy95To99 = fuzzy95To99
        self.fuzzy85To94 = fuzzy85To94
        self.fuzzyBelow85 = fuzzyBelow85
        self.new = new
    }

    /// All fuzzy matches.
    public var fuzzy: Int { fuzzy95To99 + fuzzy85To94 + fuzzyBelow85 }

    /// Counts `match` (`nil`: a new unit).
    mutating func count(_ match: LeverageMatch?) {
        guard let match else {
            new += 1
            return
        }
        switch (match.kind, match.score) {
        case (.exact, _): exact += 1
        case (.fuzzy, 95...): fuzzy95To99 += 1
        case (.fuzzy, 85...): fuzzy85To94 += 1
        case (.fuzzy, _): fuzzyBelow85 += 1
        }
    }
}
