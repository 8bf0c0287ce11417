import Foundation

/// Everything an estimate is priced with, resolved once (from the rates file, the project's
/// settings and command-line overrides) and handed to ``CostLedger``.
public struct CostPricing: Sendable, Equatable {
    /// ISO 4217 code of every rate: `USD`.
    public var currency: String
    /// The rate per source word of a translation into each locale.
    public var rates: [String: Money]
    /// The weight of each match band.
    public var weights: MatchWeights
    /// The lowest fuzzy score that counts as a match, in percent (the export's threshold;
    /// ``TranslationMemory/defaultFuzzyThreshold``, 75).
    public var fuzzyThreshold: Int
    /// The rate per source word of a script-conversion line (default 0).
    public var conversionRate: Money
    /// Locales priced as translations although they could be converted (e.g. a post that has
    /// its Cyrillic text translated and proofread on its own).
    public var translatedSeparately: Set<String>

    /// Creates pricing.
    public init(
        currency: String, rates: [String: Money], weights: MatchWeights,
        fuzzyThreshold: Int = TranslationMemory.defaultFuzzyThreshold, conversionRate: Money? = nil,
        translatedSeparately: Set<String> = []
    ) {
        self.currency = currency
        self.rates = rates
        self.weights = weights
        self.fuzzyThreshold = fuzzyThreshold
        self.conversionRate = conversionRate ?? .zero(currency)
        self.translatedSeparately = translatedSeparately
    }

    /// The pricing of a rates file: its rates, weights, conversion rate and locales translated
    /// separately.
    public init(table: RateTable, fuzzyThreshold: Int = TranslationMemory.defaultFuzzyThreshold) {
        var rates: [String: Money] = [:]
        for (locale, rate) in table.rates { rates[locale] = Money(rate, currency: table.currency) }
        self.init(
            currency: table.currency, rates: rates, weights: table.weights, fuzzyThreshold: fuzzyThreshold,
            conversionRate: Money(table.conversionRate, currency: table.currency),
            translatedSeparately: Set(table.translatedSeparately))
    }
}
