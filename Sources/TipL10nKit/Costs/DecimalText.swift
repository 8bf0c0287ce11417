import Foundation

/// Decimal numbers as text, without floating point and without locale: `160.42`, `0.125`.
///
/// Used for amounts, rates and weights on the command line, in `locales/rates.yaml`, in the
/// store (TEXT columns) and in JSON and CSV output.
public enum DecimalText {
    /// The value of `text` when it is digits with an optional `.` and at most
    /// `maximumFractionDigits` digits after it (`160.42`, `0.13`, `7`); `nil` otherwise
    /// (signs, exponents, grouping, `,` decimals, white space inside, empty text).
    public static func parse(_ text: String, maximumFractionDigits: Int) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let pieces = trimmed.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = pieces.first, !whole.isEmpty, whole.allSatisfy(isDigit), whole.count <= 15 else {
            return nil
        }
        if pieces.count == 2 {
            let fraction = pieces[1]
            guard !fraction.isEmpty, fraction.count <= maximumFractionDigits, fraction.allSatisfy(isDigit)
            else { return nil }
        }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// `0`…`9` only (not other scripts' digits).
    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// `value` rounded half away from zero (half-up for the non-negative amounts tipl10n
    /// handles) to `scale` decimals.
    public static func rounded(_ value: Decimal, scale: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    /// `value` with at least `minimumFractionDigits` decimals and no grouping: `160.40`, `0.125`.
    public static func text(_ value: Decimal, minimumFractionDigits: Int = 0) -> String {
        var text = value.description
        guard minimumFractionDigits > 0 else { return text }
        if !text.contains(".") { text += "." }
        let decimals = text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
        if decimals < minimumFractionDigits { text += String(repeating: "0", count: minimumFractionDigits - decimals) }
        return text
    }

    /// `text(value)` with `,` between groups of three digits before the point: `1,234.50`.
    public static func grouped(_ value: Decimal, minimumFractionDigits: Int = 0) -> String {
        let plain = text(value, minimumFractionDigits: minimumFractionDigits)
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let pieces = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(pieces[0])
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        if pieces.count == 2 { grouped += "." + pieces[1] }
        return (negative ? "-" : "") + grouped
    }
}

extension Int {
    /// `1,234`: the count with `,` between groups of three digits (for tables and memos).
    var grouped: String { DecimalText.grouped(Decimal(self)) }
}
