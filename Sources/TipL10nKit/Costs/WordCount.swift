import Foundation

/// The counts of one text (a translation unit's source) or of many added together, by the rule
/// ``WordCounter/rule`` (`Docs/WordCount.md`).
///
/// ``words`` is what translation is priced by; the other counts are for information, as
/// GMX-V reports them beside the word count. All counts are ≥ 0.
public struct WordCount: Sendable, Equatable, Hashable, Codable {
    /// Words: UAX #29 word segments holding a letter or a digit, each URL or e-mail address one word.
    public var words: Int
    /// The words that are numbers (only digits and the separators between digits: `2009`,
    /// `158,593`, `1.5`); a subset of ``words``.
    public var numbers: Int
    /// Characters (grapheme clusters) that are not white space: letters, digits, punctuation
    /// and symbols. Inline codes are not characters.
    public var characters: Int
    /// Characters that are neither white space nor part of a word: `(`, `$`, `,`, `--`, `/`.
    public var punctuation: Int
    /// Inline codes (`<g>`, `<x/>`, …): never words, counted on their own (an opening and a
    /// closing code count as two).
    public var inlineCodes: Int

    /// Creates counts.
    public init(words: Int = 0, numbers: Int = 0, characters: Int = 0, punctuation: Int = 0, inlineCodes: Int = 0) {
        self.words = words
        self.numbers = numbers
        self.characters = characters
        self.punctuation = punctuation
        self.inlineCodes = inlineCodes
    }

    /// All counts zero.
    public static let zero = WordCount()

    /// The counts of two texts together.
    public static func + (left: WordCount, right: WordCount) -> WordCount {
        WordCount(
            words: left.words + right.words, numbers: left.numbers + right.numbers,
            characters: left.characters + right.characters, punctuation: left.punctuation + right.punctuation,
            inlineCodes: left.inlineCodes + right.inlineCodes)
    }

    /// Adds `right` to `left`.
    public static func += (left: inout WordCount, right: WordCount) {
        left = left + right
    }
}
