import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    @Suite("Verification: untranslated and stale")
    struct UntranslatedAndStaleCheckTests {
        typealias F = VerificationFixtures

        @Test func translatedUnitPasses() {
            #expect(F.lines(F.pair("Prosecution", "Ndjekja penale"), checks: [UntranslatedCheck()]) == [])
        }

        @Test func missingTargetIsAWarningQuotingTheSource() {
            #expect(
                F.lines(F.pair("Prosecution", nil), checks: [UntranslatedCheck()]) == [
                    "t.xlf:7:u1: warning: untranslated: no target for \"Prosecution\""
                ])
        }

        @Test func sourceWithoutTextNeedsNoTarget() {
            #expect(F.lines(F.pair(" \n ", nil), checks: [UntranslatedCheck()]) == [])
        }

        @Test func targetInStateNewGetsANote() {
            #expect(
                F.lines(F.pair("Prosecution", "Ndjekja penale", state: .new), checks: [UntranslatedCheck()]) == [
                    "t.xlf:7:u1: note: the target's state is new: the translator has not confirmed it yet"
                ])
        }

        @Test func currentTranslationIsNotStale() {
            #expect(F.lines(F.pair("Prosecution", "Ndjekja penale"), checks: [StaleCheck()]) == [])
        }

        @Test func staleTranslationIsAWarningWithItsReason() {
            #expect(
                F.lines(F.pair("Prosecution", "Ndjekja penale", isStale: true), checks: [StaleCheck()]) == [
                    "t.xlf:7:u1: warning: stale: translated against older source text: the source text changed after "
                        + "the translation was made"
                ])
            var pair = F.pair("Kosovo (TIER 3)", "Kosova (NIVELI 2)", isStale: true)
            pair.staleReason = "the file's source differs from the current source text of 09STATE61188"
            #expect(
                F.lines(pair, checks: [StaleCheck()]) == [
                    "t.xlf:7:u1: warning: stale: translated against older source text: the file's source differs from "
                        + "the current source text of 09STATE61188"
                ])
        }
    }
}
