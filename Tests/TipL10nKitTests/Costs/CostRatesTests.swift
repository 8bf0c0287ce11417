import Foundation
import Testing

@testable import TipL10nKit

@Suite struct CostRatesTests {
    @Test func theBuiltInRatesAreTheRepositorysFile() throws {
        let table = try RateTable.builtIn()
        #expect(table.version == 1)
        #expect(table.currency == "USD")
        #expect(table.locales == ["sq", "sr-Latn", "sr-Cyrl"])
        #expect(table.rate(for: "sr-Cyrl") == Money(Decimal(string: "0.13") ?? 0, currency: "USD"))
        #expect(table.rate(for: "sq-XK") == nil)
        #expect(table.weights == RateTable.defaultWeights)
    }

    @Test func aRatesFileIsReadWithItsOrderAndWeights() throws {
        let table = try RateTable.parse(
            "version: 1\ncurrency: EUR\nrates:\n  sr: 0.11\n  sq: 0.1250\nweights:\n  exact: 0.5\n", path: "r.yaml")
        #expect(table.locales == ["sr-Latn", "sq"])
        #expect(table.rate(for: "sq")?.amount == Decimal(string: "0.125"))
        #expect(table.rate(for: "sq")?.currency == "EUR")
        var expected = RateTable.defaultWeights
        expected.exact = Decimal(string: "0.5") ?? 0
        #expect(table.weights == expected)
        #expect(table.conversionRate == 0)
        #expect(table.translatedSeparately == [])
    }

    @Test func aRatesFileSetsFuzzyWeightsAndScriptConversion() throws {
        let table = try RateTable.parse(
            """
            version: 1
            currency: USD
            rates:
              sr: 0.13
              sr-Cyrl: 0.15
            weights:
              fuzzy-95-99: 0.5
              fuzzy-85-94: 0.65
              fuzzy-75-84: 1
            script-conversion:
              rate: 0.02
              translated-separately: [sr-Cyrl-RS]
            """, path: "r.yaml")
        #expect(table.weights.fuzzy95 == Decimal(string: "0.5"))
        #expect(table.weights.fuzzy85 == Decimal(string: "0.65"))
        #expect(table.weights.fuzzy75 == 1)
        #expect(table.weights.exact == Decimal(string: "0.3"))
        #expect(table.conversionRate == Decimal(string: "0.02"))
        #expect(table.translatedSeparately == ["sr-Cyrl"])
        let pricing = CostPricing(table: table)
        #expect(pricing.conversionRate == Money(Decimal(string: "0.02") ?? 0, currency: "USD"))
        #expect(pricing.translatedSeparately == ["sr-Cyrl"])
    }

    @Test func theBuiltInRatesConvertSerbianCyrillicForNothing() throws {
        let pricing = CostPricing(table: try RateTable.builtIn())
        #expect(pricing.conversionRate == Money(0, currency: "USD"))
        #expect(pricing.weights == RateTable.defaultWeights)
        #expect(RateTable.defaultWeights.fuzzy95 == Decimal(string: "0.6"))
        #expect(RateTable.defaultWeights.fuzzy85 == Decimal(string: "0.7"))
        #expect(RateTable.defaultWeights.fuzzy75 == Decimal(string: "0.8"))
    }

    @Test(arguments: [
        (
            "version: 2\ncurrency: USD\nrates:\n  sq: 0.13\n",
            "r.yaml:1: error: unsupported rates file version 2 (this tipl10n reads version 1)"
        ),
        (
            "currency: USD\nrates:\n  sq: 0.13\n",
            "r.yaml:1: error: missing or malformed 'version' (expected version: 1)"
        ),
        (
            "version: 1\ncurrency: dollars\nrates:\n  sq: 0.13\n",
            "r.yaml:2: error: 'currency' must be an ISO 4217 code such as USD"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  sq: 0.13\n  sr-Latn: cheap\n",
            "r.yaml:5: error: the rate for sr-Latn must be a decimal with at most four decimals, not 'cheap'"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  sq: -0.13\n",
            "r.yaml:4: error: the rate for sq must be a decimal with at most four decimals, not '-0.13'"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  xx: 0.13\n",
            "r.yaml:4: error: unknown locale 'xx': CLDR has no locale data for its language (a BCP 47 tag such as es, "
                + "es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  sq: 0.13\n  SQ: 0.14\n",
            "r.yaml:5: error: the rate for sq is given twice"
        ),
        (
            "version: 1\ncurrency: USD\nrates: {}\n",
            "r.yaml:3: error: 'rates' must map locale tags to rates per word, e.g. sq: 0.13"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  sq: 0.13\nweights:\n  exact: 2\n",
            "r.yaml:6: error: the weight of exact must be a decimal from 0 to 1 with at most four decimals, not '2'"
        ),
        (
            "version: 1\ncurrency: USD\nrate:\n  sq: 0.13\n",
            "r.yaml:3: error: unknown key 'rate': a rates file has version, currency, rates, weights and script-conversion"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  sq: 0.13\nscript-conversion:\n  rate: free\n",
            "r.yaml:6: error: the script conversion rate must be a decimal with at most four decimals, not 'free'"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  sq: 0.13\nscript-conversion:\n  translated-separately: [xx]\n",
            "r.yaml:6: error: unknown locale 'xx': CLDR has no locale data for its language (a BCP 47 tag such as es, "
                + "es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  sq: 0.13\nscript-conversion:\n  price: 0\n",
            "r.yaml:6: error: unknown key 'price': script-conversion has rate and translated-separately"
        ),
        (
            "version: 1\ncurrency: USD\nrates:\n  sq: [0.13\n",
            "r.yaml:5: error: not YAML: did not find expected ',' or ']'"
        ),
        ("- a\n- b\n", "r.yaml:1: error: expected a mapping with version, currency and rates"),
    ])
    func aBrokenRatesFileNamesTheLine(text: String, message: String) {
        let error = #expect(throws: CostError.self) { try RateTable.parse(text, path: "r.yaml") }
        #expect(error?.description == message)
    }
}
