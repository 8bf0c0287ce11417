import Foundation
import Testing

@testable import TipL10nKit

@Suite struct CostCalendarTests {
    static let utc = TimeZone(identifier: "UTC") ?? .gmt
    static let pristina = TimeZone(identifier: "Europe/Belgrade") ?? .gmt

    static func date(_ text: String) -> Date {
        (try? Date.ISO8601FormatStyle().parse(text)) ?? .distantPast
    }

    @Test func theFiscalYearTurnsOnOctoberFirst() {
        #expect(FiscalYear(containing: Self.date("2009-09-30T12:00:00Z"), in: Self.utc) == FiscalYear(2009))
        #expect(FiscalYear(containing: Self.date("2009-10-01T12:00:00Z"), in: Self.utc) == FiscalYear(2010))
        #expect(FiscalYear(containing: Self.date("2008-10-01T00:00:00Z"), in: Self.utc) == FiscalYear(2009))
        #expect(FiscalYear(containing: Self.date("2009-01-01T00:00:00Z"), in: Self.utc) == FiscalYear(2009))
        #expect(FiscalYear(containing: Self.date("2008-09-30T23:59:59Z"), in: Self.utc) == FiscalYear(2008))
        #expect(FiscalYear(2009).description == "FY2009")
        #expect(FiscalYear(2009).firstDay == "2008-10-01")
        #expect(FiscalYear(2009).lastDay == "2009-09-30")
    }

    @Test func thePostsCalendarDayDecides() {
        // 23:30 UTC on September 30 is 01:30 on October 1 in Pristina (CEST, UTC+2).
        let lateEvening = Self.date("2009-09-30T23:30:00Z")
        #expect(FiscalYear(containing: lateEvening, in: Self.utc) == FiscalYear(2009))
        #expect(FiscalYear(containing: lateEvening, in: Self.pristina) == FiscalYear(2010))
        #expect(CalendarDay(lateEvening, in: Self.pristina).description == "2009-10-01")
        // 21:59 UTC is still September 30 in Pristina.
        #expect(FiscalYear(containing: Self.date("2009-09-30T21:59:59Z"), in: Self.pristina) == FiscalYear(2009))
        #expect(FiscalYear(containing: Self.date("2009-09-30T22:00:00Z"), in: Self.pristina) == FiscalYear(2010))
        // West of UTC it goes the other way: 02:00 UTC on October 1 is September 30 in Paramaribo (UTC−3).
        let paramaribo = TimeZone(identifier: "America/Paramaribo") ?? .gmt
        #expect(FiscalYear(containing: Self.date("2009-10-01T02:00:00Z"), in: paramaribo) == FiscalYear(2009))
    }

    @Test func fiscalYearsAreReadFromArguments() {
        #expect(FiscalYear(argument: "2009") == FiscalYear(2009))
        #expect(FiscalYear(argument: "FY2009") == FiscalYear(2009))
        #expect(FiscalYear(argument: "fy2010") == FiscalYear(2010))
        #expect(FiscalYear(argument: "09") == nil)
        #expect(FiscalYear(argument: "FY 2009") == nil)
        #expect(FiscalYear(argument: "２００９") == nil)
    }
}
