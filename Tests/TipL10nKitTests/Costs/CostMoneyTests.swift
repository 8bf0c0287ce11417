import Foundation
import Testing

@testable import TipL10nKit

@Suite struct CostMoneyTests {
    static func decimal(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }

    @Test func wordsTimesRateIsRoundedToTheCentOnTheLineTotal() {
        let line = CostLine(locale: "sq", newWords: 1_234, rate: Money(Self.decimal("0.13"), currency: "USD"))
        #expect(line.weightedWords == 1_234)
        #expect(line.amount == Money(Self.decimal("160.42"), currency: "USD"))
        #expect(line.amount.text == "160.42")
        #expect(line.amount.formatted == "USD 160.42")
    }

    @Test func halfACentRoundsUp() {
        // 1,235 × 0.125 = 154.375 exactly: half-up gives 154.38 (banker's rounding would give 154.38
        // too; 1,233 × 0.125 = 154.125 tells them apart: half-up 154.13, banker's 154.12).
        let rate = Money(Self.decimal("0.125"), currency: "USD")
        #expect(CostLine(locale: "sq", newWords: 1_235, rate: rate).amount.text == "154.38")
        #expect(CostLine(locale: "sq", newWords: 1_233, rate: rate).amount.text == "154.13")
        #expect(CostLine(locale: "sq", newWords: 1_232, rate: rate).amount.text == "154.00")
        #expect(Money(Self.decimal("2.675"), currency: "USD").roundedToCents().text == "2.68")
        #expect(Money(Self.decimal("160.424999"), currency: "USD").roundedToCents().text == "160.42")
    }

    @Test func roundingHappensOnceOnTheLineNotPerBand() {
        // 1 new + 1 exact at 0.3 + 1 repetition at 0.3 = 1.6 weighted words; × 0.125 = 0.2 → 0.20.
        // Rounding each band first would give 0.13 + 0.04 + 0.04 = 0.21.
        let rate = Money(Self.decimal("0.125"), currency: "USD")
        let line = CostLine(
            locale: "sq", newWords: 1, exactWords: 1, repetitionWords: 1, weights: RateTable.defaultWeights, rate: rate)
        #expect(line.weightedWords == Self.decimal("1.6"))
        #expect(line.amount.text == "0.20")
    }

    @Test func theTotalIsTheSumOfRoundedLines() throws {
        let estimate = try CostEstimate.make(
            cableID: "09STATE61188", parts: [.narrative],
            units: [StoreFixtures.unit("narrative.title", "Kosovo (TIER 2)")],
            locales: ["sq", "sr-Latn"],
            pricing: CostPricing(
                currency: "USD",
                rates: [
                    "sq": Money(Self.decimal("0.125"), currency: "USD"),
                    "sr-Latn": Money(Self.decimal("0.135"), currency: "USD"),
                ], weights: .flat), memory: { _ in [] })
        // 3 words: 0.375 → 0.38 and 0.405 → 0.41; the total is 0.79 (not 0.78 from 0.78 unrounded).
        #expect(estimate.lines.map(\.amount.text) == ["0.38", "0.41"])
        #expect(estimate.total.text == "0.79")
    }

    @Test func amountsAreParsedStrictly() throws {
        #expect(try Money.parse("160.42", currency: "USD") == Money(Self.decimal("160.42"), currency: "USD"))
        #expect(try Money.parse(" 7 ", currency: "USD").text == "7.00")
        #expect(try Money.parse("0.125", currency: "USD", maximumFractionDigits: 4, what: "rate").text == "0.125")
        #expect(
            try Money.parse("-5", currency: "USD", allowsNegative: true) == Money(Self.decimal("-5"), currency: "USD"))
        let cases: [(String, String)] = [
            ("12,50", "error: '12,50' is not an amount: expected digits with at most 2 decimals, e.g. 160.42"),
            ("1.234", "error: '1.234' is not an amount: expected digits with at most 2 decimals, e.g. 160.42"),
            ("1e3", "error: '1e3' is not an amount: expected digits with at most 2 decimals, e.g. 160.42"),
            ("", "error: '' is not an amount: expected digits with at most 2 decimals, e.g. 160.42"),
            ("-5", "error: the amount is negative: -5"),
        ]
        for (text, message) in cases {
            let error = #expect(throws: CostError.self) { try Money.parse(text, currency: "USD") }
            #expect(error?.description == message)
        }
        let rate = #expect(throws: CostError.self) {
            try Money.parse("cheap", currency: "USD", maximumFractionDigits: 4, what: "rate for sq")
        }
        #expect(
            rate?.description
                == "error: 'cheap' is not a rate for sq: expected digits with at most 4 decimals, e.g. 0.13")
    }

    @Test func moneyIsWrittenWithGroupingAndEncodedAsAString() throws {
        #expect(Money(Self.decimal("1234567.5"), currency: "USD").formatted == "USD 1,234,567.50")
        #expect(Money(Self.decimal("-5"), currency: "USD").formatted == "USD -5.00")
        #expect(Money(Self.decimal("0.13"), currency: "USD").text == "0.13")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(Money(Self.decimal("160.42"), currency: "USD")), as: UTF8.self)
        #expect(json == #"{"amount":"160.42","currency":"USD"}"#)
        #expect(
            try JSONDecoder().decode(Money.self, from: Data(json.utf8))
                == Money(Self.decimal("160.42"), currency: "USD"))
    }

    @Test func estimatesRefuseMissingRatesDuplicatesAndMixedCurrencies() {
        let units = [StoreFixtures.unit("narrative.title", "Kosovo (TIER 2)")]
        let usd = Money(Self.decimal("0.13"), currency: "USD")
        let cases: [([String], [String: Money], String)] = [
            (
                ["sq", "sr-Cyrl"], ["sq": usd],
                "error: no rate for sr-Cyrl"
            ),
            (["sq", "sq"], ["sq": usd], "error: the locale sq is listed twice"),
            ([], ["sq": usd], "error: no locale to estimate"),
            (
                ["sq", "sr-Latn"], ["sq": usd, "sr-Latn": Money(Self.decimal("0.12"), currency: "EUR")],
                "error: the rates are in different currencies (USD and EUR)"
            ),
        ]
        for (locales, rates, message) in cases {
            let error = #expect(throws: CostError.self) {
                try CostEstimate.make(
                    cableID: "09STATE61188", parts: [.narrative], units: units, locales: locales,
                    pricing: CostPricing(currency: "USD", rates: rates, weights: .flat), memory: { _ in [] })
            }
            #expect(error?.description == message)
        }
    }

    @Test func weightsAreOverriddenBandByBand() throws {
        let weights = try RateTable.defaultWeights.overridden(by: "exact=0.5, repetitions=0, fuzzy-95-99=0.45")
        #expect(
            weights
                == MatchWeights(
                    new: 1, fuzzy95: Self.decimal("0.45"), fuzzy85: Self.decimal("0.7"), fuzzy75: Self.decimal("0.8"),
                    exact: Self.decimal("0.5"), repetition: 0))
        let cases: [(String, String)] = [
            (
                "fuzzy=0.5",
                "error: unknown match band 'fuzzy': the bands are new, fuzzy-75-84, fuzzy-85-94, fuzzy-95-99, exact, "
                    + "repetition"
            ),
            ("exact", "error: 'exact' is not a weight: expected band=weight, e.g. exact=0.3"),
            (
                "exact=1.5",
                "error: the weight of exact must be a decimal from 0 to 1 with at most four decimals, not '1.5'"
            ),
            ("new=-1", "error: the weight of new must be a decimal from 0 to 1 with at most four decimals, not '-1'"),
        ]
        for (text, message) in cases {
            let error = #expect(throws: CostError.self) { try RateTable.defaultWeights.overridden(by: text) }
            #expect(error?.description == message)
        }
    }
}
