import Foundation

/// A US federal fiscal year: October 1 to September 30, named by the calendar year it ends
/// in (FY2009 = 2008-10-01 … 2009-09-30).
///
/// Which calendar day a moment falls on depends on the time zone; tipl10n uses the **post's**
/// time zone (the day written on the request at post, as its memo is dated), see
/// ``init(containing:in:)``. 2009-09-30T23:30:00Z is FY2009 in UTC but 2009-10-01 01:30 in
/// Pristina (Europe/Belgrade, UTC+2 in summer), so a Pristina request made then is FY2010.
public struct FiscalYear: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The calendar year the fiscal year ends in: 2009 for FY2009.
    public var year: Int

    /// The fiscal year ending on September 30 of `year`.
    public init(_ year: Int) {
        self.year = year
    }

    /// The fiscal year of the calendar day `date` falls on in `timeZone` (Gregorian calendar):
    /// months October–December belong to the next year's FY.
    public init(containing date: Date, in timeZone: TimeZone) {
        let day = CalendarDay(date, in: timeZone)
        self.year = day.month >= 10 ? day.year + 1 : day.year
    }

    /// `FY2009`.
    public var description: String { "FY\(year)" }

    /// The first day, `2008-10-01` for FY2009.
    public var firstDay: String { String(format: "%04d-10-01", year - 1) }

    /// The last day, `2009-09-30` for FY2009.
    public var lastDay: String { String(format: "%04d-09-30", year) }

    /// `2009` or `FY2009` (any case) as a fiscal year; `nil` for anything else or a year
    /// outside 1000…9999.
    public init?(argument: String) {
        var text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        if text.hasPrefix("FY") { text.removeFirst(2) }
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text), year >= 1000
        else { return nil }
        self.year = year
    }

    /// Orders by year.
    public static func < (left: FiscalYear, right: FiscalYear) -> Bool { left.year < right.year }

    /// Decodes the year as a number: `2009`.
    public init(from decoder: any Decoder) throws {
        self.year = try decoder.singleValueContainer().decode(Int.self)
    }

    /// Encodes the year as a number: `2009`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(year)
    }
}

/// A Gregorian calendar day in a time zone: `2009-06-16`.
public struct CalendarDay: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The day `date` falls on in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year ?? 1970
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
    }

    /// `2009-06-16`.
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

}
