import Foundation
import Testing

@testable import TipL10nKit

extension Numbers {
    /// What `NumberExtractor` reads, on the examples, in English and each target locale.
    /// Invisible characters are named: `\u{00A0}` NO-BREAK SPACE, `\u{202F}` NARROW NO-BREAK SPACE.
    @Suite struct ExtractionTests {
        /// A fact reduced to what the tests compare.
        struct Seen: Equatable, CustomStringConvertible {
            let kind: NumberFact.Kind
            let text: String
            let value: FigureValue
            var description: String { "\(kind.rawValue) `\(text)` = \(value)" }

            init(_ kind: NumberFact.Kind, _ text: String, _ value: FigureValue) {
                self.kind = kind
                self.text = text
                self.value = value
            }
        }

        static func seen(_ text: String, _ tag: String = "en") throws -> [Seen] {
            let extractor =
                tag == "en"
                ? NumberExtractor.englishSource : NumberExtractor(profile: try LocaleProfile.builtIn(tag: tag))
            return extractor.facts(in: text).map { Seen($0.kind, $0.text, $0.value) }
        }

        static func number(_ literal: String) -> FigureValue { .number(Decimal(string: literal) ?? 0) }
        static func usd(_ literal: String) -> FigureValue { .money(Decimal(string: literal) ?? 0, currency: "USD") }

        // MARK: English source

        @Test func englishCurrencyRangeDateTimeAndTier() throws {
            #expect(
                try Self.seen("provided critical funding totaling $158,593.") == [
                    Seen(.currencyAmount, "$158,593", Self.usd("158593"))
                ])
            #expect(
                try Self.seen("penalties for human trafficking of two to 12 years' imprisonment") == [
                    Seen(.range, "two to 12", .range(Self.number("2"), Self.number("12")))
                ])
            #expect(
                try Self.seen("from 12:00 noon local time June 15 until 10:00 a.m. EDT June 16, 2009") == [
                    Seen(.time, "12:00 noon", .time(minutes: 720)),
                    Seen(.date, "June 15", .date(year: nil, month: 6, day: 15)),
                    Seen(.time, "10:00 a.m.", .time(minutes: 600)),
                    Seen(.date, "June 16, 2009", .date(year: 2009, month: 6, day: 16)),
                ])
            #expect(try Self.seen("Kosovo (TIER 2)") == [Seen(.tier, "TIER 2", .tier(2, watchList: false))])
            #expect(
                try Self.seen("placed on Tier 2 Watch List") == [Seen(.tier, "Tier 2", .tier(2, watchList: true))])
            #expect(
                try Self.seen("ranked for the 2008-2009 reporting period") == [
                    Seen(.range, "2008-2009", .range(Self.number("2008"), Self.number("2009")))
                ])
        }

        @Test func englishWordsOrdinalsPercentagesAndScales() throws {
            #expect(
                try Self.seen("the ninth report, the 16th case, twenty-four victims, one hundred and five shelters")
                    == [
                        Seen(.ordinal, "ninth", Self.number("9")), Seen(.ordinal, "16th", Self.number("16")),
                        Seen(.cardinal, "twenty-four", Self.number("24")),
                        Seen(.cardinal, "one hundred and five", Self.number("105")),
                    ])
            #expect(
                try Self.seen("15% of 1.5 million people and $2.5 million, 3 percent, 1,024 and 1.024") == [
                    Seen(.percentage, "15%", .percent(15)), Seen(.cardinal, "1.5 million", Self.number("1500000")),
                    Seen(.currencyAmount, "$2.5 million", Self.usd("2500000")),
                    Seen(.percentage, "3 percent", .percent(3)),
                    Seen(.cardinal, "1,024", Self.number("1024")), Seen(.decimal, "1.024", Self.number("1.024")),
                ])
            #expect(
                try Self.seen("In April 2008 and in May") == [
                    Seen(.date, "April 2008", .date(year: 2008, month: 4, day: nil))
                ])
            #expect(try Self.seen("since 1999") == [Seen(.year, "1999", Self.number("1999"))])
        }

        /// The not-a-figure rule: paragraph references, identifiers, addresses, list markers, idioms.
        @Test func notFigures() throws {
            #expect(try Self.seen("See para 8 and paras 2-5 (REFTEL para. 3).") == [])
            #expect(
                try Self.seen("COVID-19 and Law No. 04/L-218 on Trafficking; cable 09STATE61188, DTG 122209Z") == [])
            #expect(
                try Self.seen("write to tipreport2009@state.gov or see http://www.state.gov/g/tip/rls/tiprpt/2009/")
                    == [])
            #expect(try Self.seen("(1) improve victim protection; (2) ensure funding") == [])
            #expect(try Self.seen("1. Improve protection") == [])
            #expect(try Self.seen("No one was convicted; they help one another") == [])
            #expect(try Self.seen("a 15-year-old girl") == [Seen(.cardinal, "15", Self.number("15"))])
        }

        // MARK: Albanian

        @Test func albanianForms() throws {
            #expect(
                try Self.seen("gjithsej 158\u{00A0}593 dollarë, 158.593 $, 158,593 dollarë", "sq") == [
                    Seen(.currencyAmount, "158\u{00A0}593 dollarë", Self.usd("158593")),
                    Seen(.currencyAmount, "158.593 $", Self.usd("158593")),
                    Seen(.currencyAmount, "158,593 dollarë", Self.usd("158.593")),
                ])
            #expect(
                try Self.seen("dënime nga dy deri në 12 vjet; njëzet e katër raste, dymbëdhjetë gra", "sq") == [
                    Seen(.range, "dy deri në 12", .range(Self.number("2"), Self.number("12"))),
                    Seen(.cardinal, "njëzet e katër", Self.number("24")),
                    Seen(.cardinal, "dymbëdhjetë", Self.number("12")),
                ])
            // Words broken across lines or held by no-break spaces read as with one space.
            #expect(
                try Self.seen("njëzet\r\ne katër, NJËZET\u{00A0}E\u{00A0}KATËR, njëzet  e\tkatër", "sq") == [
                    Seen(.cardinal, "njëzet\r\ne katër", Self.number("24")),
                    Seen(.cardinal, "NJËZET\u{00A0}E\u{00A0}KATËR", Self.number("24")),
                    Seen(.cardinal, "njëzet  e\tkatër", Self.number("24")),
                ])
            #expect(
                try Self.seen("më 16 qershor 2009, në qershor të vitit 2009, në vitin 2008, 16.06.2009", "sq") == [
                    Seen(.date, "16 qershor 2009", .date(year: 2009, month: 6, day: 16)),
                    Seen(.date, "qershor të vitit 2009", .date(year: 2009, month: 6, day: nil)),
                    Seen(.year, "2008", Self.number("2008")),
                    Seen(.date, "16.06.2009", .date(year: 2009, month: 6, day: 16)),
                ])
            #expect(
                try Self.seen("Kosova (NIVELI 2) u rendit në Nivelin 2, jo në Nivelin i dytë", "sq") == [
                    Seen(.tier, "NIVELI 2", .tier(2, watchList: false)),
                    Seen(.tier, "Nivelin 2", .tier(2, watchList: false)),
                    Seen(.tier, "Nivelin i dytë", .tier(2, watchList: false)),
                ])
            #expect(
                try Self.seen("ora 12:00 dhe 10:00 paradite", "sq") == [
                    Seen(.time, "12:00", .time(minutes: 720)), Seen(.time, "10:00 paradite", .time(minutes: 600)),
                ])
        }

        @Test func albanianReadingsOfAUSFigure() throws {
            let facts = NumberExtractor(profile: try LocaleProfile.builtIn(tag: "sq")).facts(in: "158,593 dollarë")
            #expect(
                facts.first?.readings == [
                    FigureReading(Self.usd("158.593")), FigureReading(Self.usd("158593"), style: .usGrouping),
                ])
            let point = NumberExtractor(profile: try LocaleProfile.builtIn(tag: "sq")).facts(in: "1.5")
            #expect(point.first?.readings == [FigureReading(Self.number("1.5"), style: .usDecimalPoint)])
        }

        /// `një` is also the indefinite article: extracted, but weak.
        @Test func albanianArticleIsWeak() throws {
            let facts = NumberExtractor(profile: try LocaleProfile.builtIn(tag: "sq")).facts(
                in: "ishte një problem, njëzet e një raste")
            #expect(facts.map(\.text) == ["një", "njëzet e një"])
            #expect(facts.map(\.isWeak) == [true, false])
            #expect(facts.map(\.value) == [Self.number("1"), Self.number("21")])
        }

        // MARK: Serbian

        @Test func serbianNumberWordsBeyondICU() throws {
            #expect(
                try Self.seen(
                    "dvadeset četiri slučaja, dvadeset i četiri, dvije žrtve, dvoje dece, troje dece, dvojica, dvama",
                    "sr-Latn"
                )
                .map(\.value) == ["24", "24", "2", "2", "3", "2", "2"].map(Self.number))
            #expect(
                try Self.seen("dve hiljade, hiljadu dolara, dva miliona evra", "sr-Latn") == [
                    Seen(.cardinal, "dve hiljade", Self.number("2000")),
                    Seen(.currencyAmount, "hiljadu dolara", Self.usd("1000")),
                    Seen(.currencyAmount, "dva miliona evra", .money(2_000_000, currency: "EUR")),
                ])
        }

        @Test func serbianDotsAfterYearsDaysAndOrdinals() throws {
            #expect(
                try Self.seen(
                    "Vlada je 2008. godine, 16. juna 2009. godine i 16. jun 2009. zauzela 2. mesto u 2008.", "sr-Latn")
                    == [
                        Seen(.year, "2008.", Self.number("2008")),
                        Seen(.date, "16. juna 2009.", .date(year: 2009, month: 6, day: 16)),
                        Seen(.date, "16. jun 2009.", .date(year: 2009, month: 6, day: 16)),
                        Seen(.ordinal, "2.", Self.number("2")), Seen(.year, "2008", Self.number("2008")),
                    ])
            #expect(
                try Self.seen(
                    "od dve do 12 godina; od 2008. do 2009. godine; 1.024 i 158.593 američkih dolara", "sr-Latn") == [
                        Seen(.range, "dve do 12", .range(Self.number("2"), Self.number("12"))),
                        Seen(.range, "2008. do 2009.", .range(Self.number("2008"), Self.number("2009"))),
                        Seen(.cardinal, "1.024", Self.number("1024")),
                        Seen(.currencyAmount, "158.593 američkih dolara", Self.usd("158593")),
                    ])
            #expect(
                try Self.seen("rok je 16.6. ili 16.6.2009.", "sr-Latn") == [
                    Seen(.date, "16.6.", .date(year: nil, month: 6, day: 16)),
                    Seen(.date, "16.6.2009.", .date(year: 2009, month: 6, day: 16)),
                ])
            #expect(
                try Self.seen("u aprilu 2008. godine, svrstano u Nivo 2, NIVO 2", "sr-Latn") == [
                    Seen(.date, "aprilu 2008.", .date(year: 2008, month: 4, day: nil)),
                    Seen(.tier, "Nivo 2", .tier(2, watchList: false)),
                    Seen(.tier, "NIVO 2", .tier(2, watchList: false)),
                ])
        }

        @Test func serbianCyrillic() throws {
            #expect(
                try Self.seen(
                    "158.593 америчких долара, од две до 12 година, 16. јуна 2009. године, Ниво 2, двадесет четири",
                    "sr-Cyrl") == [
                        Seen(.currencyAmount, "158.593 америчких долара", Self.usd("158593")),
                        Seen(.range, "две до 12", .range(Self.number("2"), Self.number("12"))),
                        Seen(.date, "16. јуна 2009.", .date(year: 2009, month: 6, day: 16)),
                        Seen(.tier, "Ниво 2", .tier(2, watchList: false)),
                        Seen(.cardinal, "двадесет четири", Self.number("24")),
                    ])
        }

        @Test func positionsAreCharacterOffsets() throws {
            let text = "Në vitin 2008 ndau 64\u{202F}786 dollarë."
            let facts = NumberExtractor(profile: try LocaleProfile.builtIn(tag: "sq")).facts(in: text)
            #expect(facts.map(\.range) == [9..<13, 19..<33])
            #expect(facts.map(\.numberText) == ["2008", "64\u{202F}786"])
        }
    }
}
