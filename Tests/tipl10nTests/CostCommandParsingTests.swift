import ArgumentParser
import Foundation
import Testing

@testable import TipL10nCLI
@testable import TipL10nKit

/// `tipl10n cost` arguments parsed in-process (no binary run).
@Suite struct CostCommandParsingTests {
    @Test func aNegativeAmountIsAValueNotAnOption() throws {
        let command = try TipL10nCommand.parseAsRoot(["cost", "approve", "PRISTINA-FY2009-001", "--amount", "-5"])
        let approve = try #require(command as? CostApproveCommand)
        #expect(approve.amount == "-5")
        #expect(approve.options.id == "PRISTINA-FY2009-001")
    }

    @Test func submitRejectAndCancelTakeNoAmount() {
        for action in ["submit", "reject", "cancel"] {
            #expect(throws: (any Error).self) {
                try TipL10nCommand.parseAsRoot(["cost", action, "PRISTINA-FY2009-001", "--amount", "5"])
            }
        }
    }

    @Test func exportNeedsCSVAndTheClockNeedsAZone() {
        do {
            _ = try TipL10nCommand.parseAsRoot(["cost", "export"])
            Issue.record("cost export without --csv was accepted")
        } catch {
            #expect(TipL10nCommand.exitCode(for: error) == .validationFailure)
            #expect(TipL10nCommand.message(for: error) == "cost export writes CSV: pass --csv")
        }
        #expect(Instant(argument: "2009-06-16T16:00:00+02:00")?.date == Date(timeIntervalSince1970: 1_245_160_800))
        #expect(Instant(argument: "2009-06-16T14:00:00.250Z")?.date == Date(timeIntervalSince1970: 1_245_160_800.25))
        #expect(Instant(argument: "2009-06-16") == nil)
        #expect(Instant(argument: "2009-06-16T14:00:00") == nil)
    }

    @Test func locationsAndFiltersAreRead() throws {
        let list = try #require(
            try TipL10nCommand.parseAsRoot(["cost", "list", "--fiscal-year", "FY2009", "--status", "Approved"])
                as? CostListCommand)
        #expect(list.fiscalYear?.fiscalYear == FiscalYear(2009))
        #expect(list.status?.status == .approved)
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["cost", "list", "--status", "open"]) }
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["cost", "list", "--fiscal-year", "09"]) }
    }

    @Test func pricingReadsLocalesRatesAndWeights() throws {
        var options = try CostPricingOptions.parse([
            "--lang", "sq,sr-Cyrl", "--rate", "sr-Cyrl=0.1", "--weights", "exact=0.5", "--rates",
            repositoryRoot.appendingPathComponent("locales/rates.yaml").path,
        ])
        let (locales, pricing) = try options.pricing()
        #expect(locales == ["sq", "sr-Cyrl"])
        #expect(pricing.rates["sq"] == Money(Decimal(string: "0.13") ?? 0, currency: "USD"))
        #expect(pricing.rates["sr-Cyrl"] == Money(Decimal(string: "0.1") ?? 0, currency: "USD"))
        #expect(pricing.weights.exact == Decimal(string: "0.5"))
        #expect(pricing.weights.repetition == Decimal(string: "0.3"))
        #expect(pricing.weights.fuzzy95 == Decimal(string: "0.6"))
        #expect(pricing.weights.fuzzy85 == Decimal(string: "0.7"))
        #expect(pricing.weights.fuzzy75 == Decimal(string: "0.8"))
        #expect(pricing.conversionRate == Money(0, currency: "USD"))
        #expect(pricing.translatedSeparately == [])
        #expect(pricing.fuzzyThreshold == 75)
        options.lang = "sq,SQ"
        #expect(throws: CommandFailure.self) { try options.pricing() }
        options.lang = "sq"
        options.rate = "sq=-1"
        let negative = #expect(throws: CostError.self) { try options.pricing() }
        #expect(negative?.description == "error: the rate for sq is negative: -1")
    }
}
