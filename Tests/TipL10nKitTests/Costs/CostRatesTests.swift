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
        #expect(
            table.weights
                == MatchWeights(new: 1, exact: Decimal(string: "0.5") ?? 0, repetition: Decimal(string: "0.3") ?? 0))
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
            "r.yaml:3: error: unknown key 'rate': a rates file has version, currency, rates and weights"
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
