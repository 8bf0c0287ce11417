import Foundation

/// An amount of money: a `Decimal` and an ISO 4217 currency code, never floating point.
///
/// Rounding rule (stated once, used everywhere): amounts are rounded to the cent, half-up
/// (half away from zero; tipl10n's amounts are never negative), once, on each line total
/// (weighted words × rate per word). Sums of rounded lines are exact and are not rounded
/// again. Rates per word are kept as given (up to four decimals, `0.125`).
///
/// Text forms: ``text`` `160.42` (no grouping: store, CSV, JSON), ``formatted`` `USD 1,234.50`
/// (tables, memos). JSON: `{"amount":"160.42","currency":"USD"}`, the amount as a string.
public struct Money: Sendable, Equatable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount; cents after ``roundedToCents()``, more decimals for a rate per word.
    public var amount: Decimal
    /// ISO 4217 code, three capital letters: `USD`.
    public var currency: String

    /// Creates an amount.
    public init(_ amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }

    /// Zero in `currency`.
    public static func zero(_ currency: String) -> Money { Money(0, currency: currency) }

    /// The amount rounded to the cent, half-up: `154.375` → `154.38`, `160.424` → `160.42`.
    public func roundedToCents() -> Money {
        Money(DecimalText.rounded(amount, scale: 2), currency: currency)
    }

    /// The amount with at least two decimals, no grouping: `160.42`, `0.125`, `480.00`.
    public var text: String { DecimalText.text(amount, minimumFractionDigits: 2) }

    /// Currency, space, amount with grouping and at least two decimals: `USD 1,234.50`.
    public var formatted: String { "\(currency) \(DecimalText.grouped(amount, minimumFractionDigits: 2))" }

    /// ``formatted``.
    public var description: String { formatted }

    /// Orders by amount; amounts in different currencies compare by currency code first.
    public static func < (left: Money, right: Money) -> Bool {
        left.currency == right.currency ? left.amount < right.amount : left.currency < right.currency
    }

    /// An amount typed by a user or read from a file: digits, an optional `.` and at most
    /// `maximumFractionDigits` decimals (2 for amounts, 4 for rates per word).
    ///
    /// - Parameter what: what the amount is, for the message (`amount`, `rate for sq`).
    /// - Throws: ``CostError``: `the amount is negative: -5`, `'12,50' is not an amount: expected
    ///   digits with at most 2 decimals, e.g. 160.42`.
    ///   With `allowsNegative`, a leading `-` gives a negative amount for the caller to refuse
    ///   with more context (the ledger names the request).
    public static func parse(
        _ text: String, currency: String, maximumFractionDigits: Int = 2, what: String = "amount",
        allowsNegative: Bool = false
    ) throws -> Money {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("-"),
            let magnitude = DecimalText.parse(String(trimmed.dropFirst()), maximumFractionDigits: maximumFractionDigits)
        {
            guard allowsNegative else { throw CostError(message: "the \(what) is negative: \(trimmed)") }
            return Money(-magnitude, currency: currency)
        }
        guard let value = DecimalText.parse(trimmed, maximumFractionDigits: maximumFractionDigits) else {
            let example = maximumFractionDigits > 2 ? "0.13" : "160.42"
            throw CostError(
                message: "'\(text)' is not \(what.hasPrefix("a") ? "an" : "a") \(what): expected digits with at most "
                    + "\(maximumFractionDigits) decimals, e.g. \(example)")
        }
        return Money(value, currency: currency)
    }

    private enum CodingKeys: String, CodingKey { case amount, currency }

    /// Decodes `{"amount":"160.42","currency":"USD"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .amount)
        guard let amount = DecimalText.parse(text, maximumFractionDigits: 10) else {
            throw DecodingError.dataCorruptedError(
                forKey: .amount, in: container, debugDescription: "not a decimal amount: \(text)")
        }
        self.amount = amount
        self.currency = try container.decode(String.self, forKey: .currency)
    }

    /// Encodes `{"amount":"160.42","currency":"USD"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }
}
