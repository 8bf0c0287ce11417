import Foundation

/// What a line of an estimate or cost request pays for.
public enum CostLineType: Sendable, Equatable, Hashable {
    /// Translating the source into the locale: words per match band, weighted.
    case translation
    /// Deriving the locale from another one's translation by converting the script (sr-Cyrl
    /// from sr-Latn, ``ScriptConversion``): every word at the conversion rate, unweighted.
    case scriptConversion(from: String)

    /// `translation`, `script conversion`: the store's `line_type`.
    public var name: String {
        switch self {
        case .translation: "translation"
        case .scriptConversion: "script conversion"
        }
    }

    /// The locale converted from, for a script conversion.
    public var convertedFrom: String? {
        if case .scriptConversion(let from) = self { return from }
        return nil
    }
}

/// One locale of an estimate or a cost request: its type, words per match band, weights, rate
/// and amount.
///
/// ``amount`` = ``weightedWords`` × ``rate``, rounded to the cent half-up, once (the
/// rounding rule of ``Money``): 1,234 words × USD 0.13 = USD 160.42; 1,235 × 0.125 =
/// 154.375 → USD 154.38. A script-conversion line counts all the job's words as
/// ``conversionWords`` at weight 1 and its own rate (default 0).
public struct CostLine: Sendable, Equatable, Encodable {
    /// BCP 47 tag of the target locale.
    public var locale: String
    /// Translation or script conversion.
    public var type: CostLineType
    /// Words per match band (translation lines; every band present, zero when empty).
    public var bandWords: [MatchCategory: Int]
    /// Words converted (script-conversion lines; 0 on translation lines).
    public var conversionWords: Int
    /// The weights the bands were paid at.
    public var weights: MatchWeights
    /// Rate per source word.
    public var rate: Money

    /// A translation line.
    public init(
        locale: String, newWords: Int, exactWords: Int = 0, repetitionWords: Int = 0,
        fuzzyWords: [MatchCategory: Int] = [:],
        weights: MatchWeights = .flat, rate: Money
    ) {
        self.locale = locale
        self.type = .translation
        var words = Dictionary(uniqueKeysWithValues: MatchCategory.allCases.map { ($0, 0) })
        words[.new] = newWords
        words[.exact] = exactWords
        words[.repetition] = repetitionWords
        for band in MatchCategory.fuzzyBands { words[band] = fuzzyWords[band] ?? 0 }
        self.bandWords = words
        self.conversionWords = 0
        self.weights = weights
        self.rate = rate
    }

    /// A script-conversion line: `words` source words converted from `source` at `rate`.
    public static func scriptConversion(locale: String, from source: String, words: Int, rate: Money) -> CostLine {
        var line = CostLine(locale: locale, newWords: 0, weights: .flat, rate: rate)
        line.type = .scriptConversion(from: source)
        line.conversionWords = words
        return line
    }

    /// The translation line of a counted job at `rate` with `weights`.
    public init(job: JobWordCount, weights: MatchWeights, rate: Money) {
        self.init(locale: job.locale, newWords: 0, weights: weights, rate: rate)
        for category in MatchCategory.allCases { bandWords[category] = job.words(category) }
    }

    /// New words (``MatchCategory/new``).
    public var newWords: Int { words(.new) }
    /// Words of exact matches from the memory.
    public var exactWords: Int { words(.exact) }
    /// Words of repetitions within the job.
    public var repetitionWords: Int { words(.repetition) }

    /// All words: the bands, or the converted words.
    public var words: Int { bandWords.values.reduce(0, +) + conversionWords }

    /// Words in `category`.
    public func words(_ category: MatchCategory) -> Int { bandWords[category] ?? 0 }

    /// Σ words × weight, plus the converted words: the words paid at the full rate (`1234`,
    /// or `1065.6` with discounts).
    public var weightedWords: Decimal {
        MatchCategory.allCases.reduce(Decimal(conversionWords)) { $0 + Decimal(words($1)) * weights[$1] }
    }

    /// The line total: weighted words × rate, rounded to the cent half-up.
    public var amount: Money { Money(weightedWords * rate.amount, currency: rate.currency).roundedToCents() }

    private enum CodingKeys: String, CodingKey {
        case locale, type, convertedFrom, words, newWords, fuzzyWords, exactWords, repetitionWords, conversionWords
        case weights, weightedWords, rate, amount
    }

    /// JSON: counts as numbers; weights (by band name), weighted words and money as decimal strings.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(locale, forKey: .locale)
        try container.encode(type.name, forKey: .type)
        try container.encode(type.convertedFrom, forKey: .convertedFrom)
        try container.encode(words, forKey: .words)
        try container.encode(newWords, forKey: .newWords)
        try container.encode(
            Dictionary(uniqueKeysWithValues: MatchCategory.fuzzyBands.map { ($0.rawValue, words($0)) }),
            forKey: .fuzzyWords)
        try container.encode(exactWords, forKey: .exactWords)
        try container.encode(repetitionWords, forKey: .repetitionWords)
        try container.encode(conversionWords, forKey: .conversionWords)
        try container.encode(
            Dictionary(
                uniqueKeysWithValues: MatchCategory.allCases.map { ($0.rawValue, DecimalText.text(weights[$0])) }),
            forKey: .weights)
        try container.encode(DecimalText.text(weightedWords), forKey: .weightedWords)
        try container.encode(rate, forKey: .rate)
        try container.encode(amount, forKey: .amount)
    }
}
