import Foundation

/// What translating one cable into some locales costs: a word count per locale split into
/// match bands, and a priced line per locale.
///
/// Made by ``make(cableID:parts:units:locales:rates:weights:exactMatches:)``; `tipl10n cost
/// estimate` prints it and `tipl10n cost request` records its lines.
public struct CostEstimate: Sendable, Equatable, Encodable {
    /// The cable ID: `09STATE61188`.
    public var cableID: String
    /// The parts counted, in document order (narrative and press by default: what is published).
    public var parts: [SourcePart]
    /// The word count rule: ``WordCounter/ruleName``.
    public var rule: String
    /// Per locale: every unit's count and band.
    public var jobs: [JobWordCount]
    /// Per locale: the priced line, in the order of `locales`.
    public var lines: [CostLine]
    /// ISO 4217 code of every amount.
    public var currency: String

    /// The number of translation units counted.
    public var unitCount: Int { jobs.first?.units.count ?? 0 }

    /// Σ line amounts (each already rounded to the cent; the sum is not rounded again).
    public var total: Money {
        lines.reduce(Money.zero(currency)) { Money($0.amount + $1.amount.amount, currency: currency) }
    }

    /// Counts and prices `units` for each locale.
    ///
    /// - Parameters:
    ///   - cableID: the cable's ID.
    ///   - parts: the parts the units come from.
    ///   - units: the translation units in document order.
    ///   - locales: BCP 47 tags, in output order, without duplicates.
    ///   - rates: the rate per word for each locale, all in one currency.
    ///   - weights: the match-band weights.
    ///   - exactMatches: for a locale, the source hashes the store holds a usable translation of
    ///     (``TranslationStore/exactMatchHashes(locale:among:)``).
    /// - Throws: ``CostError`` for a locale without a rate, a locale given twice, or rates in
    ///   different currencies; whatever `exactMatches` throws.
    public static func make(
        cableID: String, parts: [SourcePart], units: [TranslationUnit], locales: [String], rates: [String: Money],
        weights: MatchWeights, exactMatches: (_ locale: String) throws -> Set<String>
    ) throws -> CostEstimate {
        guard let firstLocale = locales.first else { throw CostError(message: "no locale to estimate") }
        var seen = Set<String>()
        for locale in locales where !seen.insert(locale).inserted {
            throw CostError(message: "the locale \(locale) is listed twice")
        }
        for locale in locales where rates[locale] == nil {
            throw CostError(message: "no rate for \(locale)", remedy: .rate)
        }
        let currency = rates[firstLocale]?.currency ?? "USD"
        for locale in locales where rates[locale]?.currency != currency {
            throw CostError(
                message: "the rates are in different currencies (\(currency) and \(rates[locale]?.currency ?? "?"))")
        }
        var jobs: [JobWordCount] = []
        var lines: [CostLine] = []
        for locale in locales {
            let job = JobWordCount.analyze(units, locale: locale, exactMatches: try exactMatches(locale))
            jobs.append(job)
            lines.append(CostLine(job: job, weights: weights, rate: rates[locale] ?? .zero(currency)))
        }
        return CostEstimate(
            cableID: cableID, parts: parts, rule: WordCounter.ruleName, jobs: jobs, lines: lines, currency: currency)
    }

    private enum CodingKeys: String, CodingKey {
        case cableID, parts, rule, unitCount, lines, total, units
    }

    /// One unit's row in JSON: ID, words, numbers, characters and the band per locale.
    private struct UnitRow: Encodable {
        var unitID: String
        var words: Int
        var numbers: Int
        var characters: Int
        var bands: [String: MatchCategory]
    }

    /// JSON: cable, parts, rule, lines, total, and every unit with its counts and band per locale.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cableID, forKey: .cableID)
        try container.encode(parts.map(\.rawValue), forKey: .parts)
        try container.encode(rule, forKey: .rule)
        try container.encode(unitCount, forKey: .unitCount)
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
