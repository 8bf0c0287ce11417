import Foundation

/// What translating one cable into some locales costs: per locale a priced line — a
/// translation, its words split into match bands, or a script conversion.
///
/// Made by ``make(cableID:parts:units:locales:pricing:translatedLocales:memory:)``; `tipl10n
/// cost estimate` prints it and `tipl10n cost request` records its lines.
public struct CostEstimate: Sendable, Equatable, Encodable {
    /// The cable ID: `09STATE61188`.
    public var cableID: String
    /// The parts counted, in document order (narrative and press by default: what is published).
    public var parts: [SourcePart]
    /// The word count rule: ``WordCounter/ruleName``.
    public var rule: String
    /// The number of translation units counted.
    public var unitCount: Int
    /// Per translated locale: every unit's count and band (script-conversion lines have none).
    public var jobs: [JobWordCount]
    /// Per locale: the priced line, in the order of `locales`.
    public var lines: [CostLine]
    /// ISO 4217 code of every amount.
    public var currency: String
    /// The weights the bands were priced at.
    public var weights: MatchWeights
    /// The fuzzy threshold used, in percent.
    public var fuzzyThreshold: Int

    /// Σ line amounts (each already rounded to the cent; the sum is not rounded again).
    public var total: Money {
        lines.reduce(Money.zero(currency)) { Money($0.amount + $1.amount.amount, currency: currency) }
    }

    /// Counts and prices `units` for each locale.
    ///
    /// A locale made by script conversion (``ScriptConversion/sources(for:translatedLocales:translatedSeparately:)``)
    /// gets a script-conversion line: all the job's words at `pricing.conversionRate`. Every
    /// other locale gets a translation line: its words split into bands by
    /// ``JobWordCount/analyze(_:locale:memory:fuzzyThreshold:)`` against the memory of that
    /// locale (entries in state translated, reviewed or final), priced at its rate and weights.
    ///
    /// - Parameters:
    ///   - cableID: the cable's ID.
    ///   - parts: the parts the units come from.
    ///   - units: the translation units in document order.
    ///   - locales: BCP 47 tags, in output order, without duplicates.
    ///   - pricing: rates, weights, fuzzy threshold, conversion rate.
    ///   - translatedLocales: locales the store already holds a complete translation of the
    ///     units in (a conversion may start from them).
    ///   - memory: for a locale, the memory entries leverage may come from — never the job's
    ///     own current translations (``StoreOperations/memoryEntries(locale:excludingCable:)``).
    /// - Throws: ``CostError`` for no locale, a locale given twice, a translated locale
    ///   without a rate, or rates in different currencies; whatever `memory` throws.
    public static func make(
        cableID: String, parts: [SourcePart], units: [TranslationUnit], locales: [String], pricing: CostPricing,
        translatedLocales: Set<String> = [], memory: (_ locale: String) throws -> [MemoryEntry]
    ) throws -> CostEstimate {
        guard !locales.isEmpty else { throw CostError(message: "no locale to estimate") }
        var seen = Set<String>()
        for locale in locales where !seen.insert(locale).inserted {
            throw CostError(message: "the locale \(locale) is listed twice")
        }
        let conversions = ScriptConversion.sources(
            for: locales, translatedLocales: translatedLocales, translatedSeparately: pricing.translatedSeparately)
        let currency = pricing.currency
        for locale in locales where conversions[locale] == nil {
            guard let rate = pricing.rates[locale] else {
                throw CostError(message: "no rate for \(locale)", remedy: .rate)
            }
            guard rate.currency == currency else {
                throw CostError(message: "the rates are in different currencies (\(currency) and \(rate.currency))")
            }
        }
        guard pricing.conversionRate.currency == currency else {
            throw CostError(
                message: "the rates are in different currencies (\(currency) and \(pricing.conversionRate.currency))")
        }
        let totalWords = units.reduce(0) { $0 + WordCounter.count($1.source).words }
        var jobs: [JobWordCount] = []
        var lines: [CostLine] = []
        for locale in locales {
            if let source = conversions[locale] {
                lines.append(
                    .scriptConversion(locale: locale, from: source, words: totalWords, rate: pricing.conversionRate))
                continue
            }
            let entries = try memory(locale).filter { $0.state >= .translated }
            let job = JobWordCount.analyze(
                units, locale: locale, memory: TranslationMemory(entries: entries),
                fuzzyThreshold: pricing.fuzzyThreshold)
            jobs.append(job)
            lines.append(CostLine(job: job, weights: pricing.weights, rate: pricing.rates[locale] ?? .zero(currency)))
        }
        return CostEstimate(
            cableID: cableID, parts: parts, rule: WordCounter.ruleName, unitCount: units.count, jobs: jobs,
            lines: lines, currency: currency, weights: pricing.weights, fuzzyThreshold: pricing.fuzzyThreshold)
    }

    private enum CodingKeys: String, CodingKey {
        case cableID, parts, rule, unitCount, fuzzyThreshold, lines, total, units
    }

    /// One unit's row in JSON: ID, words, numbers, characters and the band per translated locale.
    private struct UnitRow: Encodable {
        var unitID: String
        var words: Int
        var numbers: Int
        var characters: Int
        var bands: [String: MatchCategory]
    }

    /// JSON: cable, parts, rule, fuzzy threshold, lines, total, and every unit with its counts
    /// and band per translated locale.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cableID, forKey: .cableID)
        try container.encode(parts.map(\.rawValue), forKey: .parts)
        try container.encode(rule, forKey: .rule)
        try container.encode(unitCount, forKey: .unitCount)
        try container.encode(fuzzyThreshold, forKey: .fuzzyThreshold)
        try container.encode(lines, forKey: .lines)
        try container.encode(total, forKey: .total)
        var rows: [UnitRow] = []
        if let first = jobs.first {
            for (index, unit) in first.units.enumerated() {
                var bands: [String: MatchCategory] = [:]
                for job in jobs where index < job.units.count { bands[job.locale] = job.units[index].category }
                rows.append(
                    UnitRow(
                        unitID: unit.unitID, words: unit.count.words, numbers: unit.count.numbers,
                        characters: unit.count.characters, bands: bands))
            }
        }
        try container.encode(rows, forKey: .units)
    }
}
