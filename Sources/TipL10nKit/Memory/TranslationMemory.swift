import Foundation

/// The translation memory of one locale, searched for exact and fuzzy matches on export.
///
/// Exact: an entry with the same source hash (same source text, NFC) as the unit, from any
/// cable and unit; among several, the highest state, then the latest. Fuzzy: the entry with
/// the highest ``WordSimilarity`` score at or above the threshold (ties: higher state, then
/// latest, then origin), scores capped at 99. Entries whose word count alone rules out the
/// threshold are skipped.
public struct TranslationMemory: Sendable {
    /// The default fuzzy threshold in percent.
    public static let defaultFuzzyThreshold = 75

    /// The entries searched, as given.
    public let entries: [MemoryEntry]
    private let byHash: [String: MemoryEntry]
    private let words: [[String]]

    /// A memory over `entries` (all of one locale).
    public init(entries: [MemoryEntry]) {
        self.entries = entries
        var byHash: [String: MemoryEntry] = [:]
        for entry in entries where !entry.target.isEmpty {
            if let existing = byHash[entry.sourceHash], !Self.isPreferred(entry, over: existing) { continue }
            byHash[entry.sourceHash] = entry
        }
        self.byHash = byHash
        self.words = entries.map { WordSimilarity.words(in: $0.sourceText) }
    }

    /// The best match for a source text, or `nil` when nothing reaches `threshold` percent.
    /// - Parameters:
    ///   - source: the unit's source text; `sourceHash` its ``TranslationUnit/hash(of:)``.
    ///   - threshold: the lowest fuzzy score offered, in percent (1…100).
    public func match(source: String, sourceHash: String, threshold: Int = defaultFuzzyThreshold) -> LeverageMatch? {
        if let entry = byHash[sourceHash] { return LeverageMatch(kind: .exact, score: 100, entry: entry) }
        let sourceWords = WordSimilarity.words(in: source)
        var best: LeverageMatch?
        for (index, entry) in entries.enumerated() where !entry.target.isEmpty {
            let candidate = words[index]
            let longest = max(candidate.count, sourceWords.count)
            // The distance is at least the difference in length: skip what cannot reach the threshold.
            if longest > 0, (100 * (longest - abs(candidate.count - sourceWords.count))) / longest < threshold {
                continue
            }
            let score = min(99, Int((WordSimilarity.score(sourceWords, candidate) * 100).rounded(.down)))
            guard score >= threshold else { continue }
            if let current = best {
                if score < current.score { continue }
                if score == current.score, !Self.isPreferred(entry, over: current.entry) { continue }
            }
            best = LeverageMatch(kind: .fuzzy, score: score, entry: entry)
        }
        return best
    }

    private static func isPreferred(_ entry: MemoryEntry, over other: MemoryEntry) -> Bool {
        if entry.state != other.state { return entry.state > other.state }
        if entry.updatedAt != other.updatedAt { return entry.updatedAt > other.updatedAt }
        return entry.origin < other.origin
    }
}
