import Foundation

/// How much of the rate each match band is paid at: weighted words = Σ words × weight.
///
/// Weights are decimal fractions of the full rate, `0 ≤ weight ≤ 1`, with at most four
/// decimals (`0.3`, `0.25`). The defaults come from `locales/rates.yaml` (tipl10n ships new
/// 1.00, fuzzy 95–99 % 0.60, 85–94 % 0.70, 75–84 % 0.80, exact 0.30, repetitions 0.30, a
/// common vendor grid); `--weights exact=0.5` overrides one band.
public struct MatchWeights: Sendable, Equatable, Hashable, Codable {
    /// Weight of new words; normally 1.
    public var new: Decimal
    /// Weight of fuzzy matches scoring 75–84 %.
    public var fuzzy75: Decimal
    /// Weight of fuzzy matches scoring 85–94 %.
    public var fuzzy85: Decimal
    /// Weight of fuzzy matches scoring 95–99 %.
    public var fuzzy95: Decimal
    /// Weight of exact matches from the memory.
    public var exact: Decimal
    /// Weight of repetitions within the job.
    public var repetition: Decimal

    /// Creates weights; fuzzy bands not given are paid in full.
    public init(
        new: Decimal = 1, fuzzy95: Decimal = 1, fuzzy85: Decimal = 1, fuzzy75: Decimal = 1, exact: Decimal,
        repetition: Decimal
    ) {
        self.new = new
        self.fuzzy75 = fuzzy75
        self.fuzzy85 = fuzzy85
        self.fuzzy95 = fuzzy95
        self.exact = exact
        self.repetition = repetition
    }

    /// Every band at the full rate.
    public static let flat = MatchWeights(new: 1, exact: 1, repetition: 1)

    /// The weight of `category`.
    public subscript(category: MatchCategory) -> Decimal {
        get {
            switch category {
            case .new: new
            case .fuzzy75: fuzzy75
            case .fuzzy85: fuzzy85
            case .fuzzy95: fuzzy95
            case .exact: exact
            case .repetition: repetition
            }
        }
        set {
            switch category {
            case .new: new = newValue
            case .fuzzy75: fuzzy75 = newValue
            case .fuzzy85: fuzzy85 = newValue
            case .fuzzy95: fuzzy95 = newValue
            case .exact: exact = newValue
            case .repetition: repetition = newValue
            }
        }
    }

    /// The band a weight name stands for: `new`, `fuzzy-95-99`, `fuzzy-85-94`, `fuzzy-75-84`,
    /// `exact`, `repetition` (or `repetitions`), any case; `nil` otherwise.
    public static func band(named name: String) -> MatchCategory? {
        switch name.lowercased() {
        case "repetitions": .repetition
        case let lower: MatchCategory(rawValue: lower)
        }
    }

    /// `new=1,exact=0.3,fuzzy-95-99=0.6` overrides applied to `self`.
    ///
    /// - Parameter text: comma-separated `band=weight` pairs; bands `new`, `fuzzy-95-99`,
    ///   `fuzzy-85-94`, `fuzzy-75-84`, `exact`, `repetition` (or `repetitions`); each weight a
    ///   decimal from 0 to 1.
    /// - Throws: ``CostError`` (no path) naming the bad pair.
    public func overridden(by text: String) throws -> MatchWeights {
        var result = self
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                throw CostError(message: "'\(pair)' is not a weight: expected band=weight, e.g. exact=0.3")
            }
            guard let band = Self.band(named: parts[0]) else {
                throw CostError(
                    message: "unknown match band '\(parts[0])': the bands are new, fuzzy-75-84, fuzzy-85-94, "
                        + "fuzzy-95-99, exact, repetition")
            }
            result[band] = try Self.weight(parts[1], name: parts[0])
        }
        return result
    }

    /// A weight from its decimal text.
    /// - Throws: ``CostError`` unless `text` is a decimal from 0 to 1 with at most four decimals.
    static func weight(_ text: String, name: String) throws -> Decimal {
        guard let value = DecimalText.parse(text, maximumFractionDigits: 4), value <= 1 else {
            throw CostError(
                message: "the weight of \(name) must be a decimal from 0 to 1 with at most four decimals, not '\(text)'"
            )
        }
        return value
    }
}
