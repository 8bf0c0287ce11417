import Foundation

/// One locale of an estimate or a cost request: words per match band, weights, rate and amount.
///
/// ``amount`` = ``weightedWords`` × ``rate``, rounded to the cent half-up, once (the
/// rounding rule of ``Money``): 1,234 words × USD 0.13 = USD 160.42; 1,235 × 0.125 =
/// 154.375 → USD 154.38.
public struct CostLine: Sendable, Equatable, Encodable {
    /// BCP 47 tag of the target locale.
    public var locale: String
    /// New words (``MatchCategory/new``).
    public var newWords: Int
    /// Words of exact matches from the store.
    public var exactWords: Int
    /// Words of repetitions within the job.
    public var repetitionWords: Int
    /// The weights the bands were paid at.
    public var weights: MatchWeights
    /// Rate per source word.
    public var rate: Money

    /// Creates a line.
    public init(
        locale: String, newWords: Int, exactWords: Int = 0, repetitionWords: Int = 0, weights: MatchWeights = .flat,
        rate: Money
    ) {
        self.locale = locale
        self.newWords = newWords
        self.exactWords = exactWords
        self.repetitionWords = repetitionWords
        self.weights = weights
        self.rate = rate
    }

    /// The line of a counted job at `rate` with `weights`.
    public init(job: JobWordCount, weights: MatchWeights, rate: Money) {
        self.init(
            locale: job.locale, newWords: job.words(.new), exactWords: job.words(.exact),
            repetitionWords: job.words(.repetition), weights: weights, rate: rate)
    }

    /// All words: new + exact + repetitions.
    public var words: Int { newWords + exactWords + repetitionWords }

    /// Words in `category`.
    public func words(_ category: MatchCategory) -> Int {
        switch category {
        case .new: newWords
        case .exact: exactWords
        case .repetition: repetitionWords
        }
    }

    /// Σ words × weight: the words paid at the full rate (`1234`, or `1065.6` with discounts).
    public var weightedWords: Decimal {
        MatchCategory.allCases.reduce(Decimal(0)) { $0 + Decimal(words($1)) * weights[$1] }
    }

    /// The line total: weighted words × rate, rounded to the cent half-up.
    public var amount: Money { Money(weightedWords * rate.amount, currency: rate.currency).roundedToCents() }

    private enum CodingKeys: String, CodingKey {
        case locale, words, newWords, exactWords, repetitionWords, weights, weightedWords, rate, amount
    }

    private enum WeightKeys: String, CodingKey { case new, exact, repetition }

    /// JSON: counts as numbers; weights, weighted words and money as decimal strings.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(locale, forKey: .locale)
        try container.encode(words, forKey: .words)
        try container.encode(newWords, forKey: .newWords)
        try container.encode(exactWords, forKey: .exactWords)
        try container.encode(repetitionWords, forKey: .repetitionWords)
        var weightContainer = container.nestedContainer(keyedBy: WeightKeys.self, forKey: .weights)
        try weightContainer.encode(DecimalText.text(weights.new), forKey: .new)
        try weightContainer.encode(DecimalText.text(weights.exact), forKey: .exact)
        try weightContainer.encode(DecimalText.text(weights.repetition), forKey: .repetition)
        try container.encode(DecimalText.text(weightedWords), forKey: .weightedWords)
        try container.encode(rate, forKey: .rate)
        try container.encode(amount, forKey: .amount)
    }
}
