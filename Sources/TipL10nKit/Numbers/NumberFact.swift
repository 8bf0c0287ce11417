import Foundation

/// One figure found in a text: what kind it is, what it is worth, and where it is.
///
/// Produced by ``NumberExtractor/facts(in:)``. Positions are offsets in `Character`s
/// (grapheme clusters) from the start of the text, so they do not depend on Unicode
/// normalization. Two facts are the same figure when one of their ``readings`` agree
/// (``FigureComparison``), whatever the form: `two` = `dy` = `dve` = `2`.
public struct NumberFact: Sendable, Equatable {
    /// What the figure is.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A whole number: `24`, `158,593`, `two`, `dvoje`.
        case cardinal
        /// A number with a fraction: `1.5`, sr `1,5`.
        case decimal
        /// An amount with its currency: `$158,593`, `158 593 dollarë`, `158.593 dolara`.
        case currencyAmount
        /// A percentage: `15%`, `15 percent`, sr `15 odsto`.
        case percentage
        /// A four-digit year (1000–2999), or a number next to a year word: `2008`, `2008. godine`.
        case year
        /// A full or partial date: `June 16, 2009`, `16. juna 2009.`, `April 2008`, `June 15`.
        case date
        /// A clock time: `12:00 noon`, `10:00 a.m.`, sr `12 časova`.
        case time
        /// Two figures joined by a range connector: `two to 12`, `2008-2009`, `od dve do 12`.
        case range
        /// An ordinal: `ninth`, `16th`, sr `2.` before a lower-case word, sq `i dytë`.
        case ordinal
        /// A TIP Report tier: `Tier 2`, `TIER 2`, sq `Niveli 2`, sr `Nivou 2`.
        case tier
    }

    public var kind: Kind
    /// The figure as written, e.g. `158.593 dolara`, `16. juna 2009.`.
    public var text: String
    /// Where ``text`` is, in `Character` offsets.
    public var range: Range<Int>
    /// The number part as written, e.g. `158.593` in `158.593 dolara`; equal to ``text`` for
    /// plain numbers, the whole text for dates, times, tiers and ranges.
    public var numberText: String
    /// Every way the locale can read the figure, the locale's own reading first. More than
    /// one for ambiguous forms: sr `158,593` is 158.593, or 158593 in US style (a style
    /// warning); `10:00` without a.m./p.m. is 10:00 or 22:00.
    public var readings: [FigureReading]
    /// Written in words (`two`, `njëzet e katër`).
    public var isSpelledOut: Bool
    /// A word that is often not a figure (sq `një` is also "a"; sr `druga` also "other"): an
    /// unmatched weak fact is not reported.
    public var isWeak: Bool
    /// For a ``Kind/range``: its two ends; empty otherwise.
    public var bounds: [NumberFact]

    /// The locale's own reading.
    public var value: FigureValue { readings.first?.value ?? .number(0) }

    public init(
        kind: Kind, text: String, range: Range<Int>, numberText: String? = nil, readings: [FigureReading],
        isSpelledOut: Bool = false, isWeak: Bool = false, bounds: [NumberFact] = []
    ) {
        self.kind = kind
        self.text = text
        self.range = range
        self.numberText = numberText ?? text
        self.readings = readings
        self.isSpelledOut = isSpelledOut
        self.isWeak = isWeak
        self.bounds = bounds
    }
}

/// One way to read a figure.
public struct FigureReading: Sendable, Equatable {
    /// Why a reading needs a style warning.
    public enum Style: String, Sendable, Equatable {
        /// The locale's own convention.
        case native
        /// US digit grouping with commas (`158,593`) in a locale that groups otherwise.
        case usGrouping
        /// A US decimal point (`1.5`) in a locale with a decimal comma.
        case usDecimalPoint
    }

    public var value: FigureValue
    public var style: Style

    public init(_ value: FigureValue, style: Style = .native) {
        self.value = value
        self.style = style
    }

    /// True for a reading that is accepted only with a style warning.
    public var needsStyleWarning: Bool { style != .native }
}

/// What a figure is worth, independent of how it is written: the thing compared.
public indirect enum FigureValue: Sendable, Equatable, CustomStringConvertible {
    /// A cardinal, ordinal, year or decimal number.
    case number(Decimal)
    /// An amount and its ISO 4217 currency code.
    case money(Decimal, currency: String)
    case percent(Decimal)
    /// A date; absent parts are `nil` (`June 2009` has no day, `June 15` no year).
    case date(year: Int?, month: Int?, day: Int?)
    /// Minutes after midnight.
    case time(minutes: Int)
    /// A TIP Report tier, with the Watch List flag.
    case tier(Int, watchList: Bool)
    /// The two ends of a range.
    case range(FigureValue, FigureValue)

    /// Plain English rendering for messages: `158539`, `158539 USD`, `15%`, `16 June 2009`,
    /// `22:00`, `Tier 2`, `2 to 12`.
    public var description: String {
        switch self {
        case .number(let value): return "\(value)"
        case .money(let value, let currency): return "\(value) \(currency)"
        case .percent(let value): return "\(value)%"
        case .date(let year, let month, let day):
            var parts: [String] = []
            if let day { parts.append("\(day)") }
            if let month, (1...12).contains(month) { parts.append(Self.monthNames[month - 1]) }
            if let year { parts.append("\(year)") }
            return parts.joined(separator: " ")
        case .time(let minutes):
            let hours = minutes / 60
            let rest = minutes % 60
            return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
        case .tier(let tier, let watchList): return "Tier \(tier)" + (watchList ? " Watch List" : "")
        case .range(let low, let high): return "\(low) to \(high)"
        }
    }

    /// The kind of thing the value is, for pairing changed figures: a number is paired with
    /// a number, a date with a date.
    var family: Family {
        switch self {
        case .number: return .number
        case .money: return .money
        case .percent: return .percent
        case .date: return .date
        case .time: return .time
        case .tier: return .tier
        case .range: return .range
        }
    }

    enum Family: Equatable {
        case number, money, percent, date, time, tier, range
    }

    /// The amount of a number, money, percent or tier value; the year of a date.
    var amount: Decimal? {
        switch self {
        case .number(let value), .money(let value, _), .percent(let value): return value
        case .tier(let tier, _): return Decimal(tier)
        case .date(let year, _, _): return year.map { Decimal($0) }
        default: return nil
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
