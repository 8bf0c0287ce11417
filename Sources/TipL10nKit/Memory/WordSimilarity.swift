import Foundation

/// The fuzzy-match score tipl10n uses: a word-level edit distance.
///
/// Rule: both texts are split into words — maximal runs of letters, digits and marks
/// (Unicode general categories L, N, M), lower-cased; everything else (spaces, punctuation,
/// symbols) only separates words. The score is
/// `1 − levenshtein(wordsA, wordsB) / max(count(wordsA), count(wordsB))`, where the
/// Levenshtein distance counts inserted, deleted and substituted words (each costs 1).
/// Two texts without words score 1 if identical, else 0.
///
/// Example: "Most foreign victims are young women from Eastern Europe subjected to forced
/// prostitution." (13 words) against the same sentence with "who are" inserted (15 words):
/// distance 2, score 1 − 2/15 = 0.867 → 86 %.
///
/// Complexity: O(n·m) time, O(m) memory for n and m words.
public enum WordSimilarity {
    /// The words of `text`, lower-cased (see the rule above).
    public static func words(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                current.unicodeScalars.append(scalar)
            default:
                if !current.isEmpty { result.append(current.lowercased()) }
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.lowercased()) }
        return result
    }

    /// The Levenshtein distance between two word lists (insert, delete, substitute: 1 each).
    public static func distance(_ a: [String], _ b: [String]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The score of two word lists, 0…1 (see the rule above).
    public static func score(_ a: [String], _ b: [String]) -> Double {
        let longest = max(a.count, b.count)
        guard longest > 0 else { return a == b ? 1 : 0 }
        return 1 - Double(distance(a, b)) / Double(longest)
    }

    /// The score of two texts as a whole percentage, rounded down (so 74.9 % is 74).
    public static func percentage(_ a: String, _ b: String) -> Int {
        Int((score(words(in: a), words(in: b)) * 100).rounded(.down))
    }
}
