import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    @Suite("Verification: target identical to source")
    struct IdenticalTargetCheckTests {
        typealias F = VerificationFixtures

        @Test func translatedTextPasses() {
            #expect(F.lines(F.pair("Prosecution", "Ndjekja penale"), checks: [IdenticalTargetCheck()]) == [])
        }

        @Test func untranslatedWordsAreAWarning() {
            #expect(
                F.lines(F.pair("Prosecution", "Prosecution"), checks: [IdenticalTargetCheck()]) == [
                    "t.xlf:7:u1: warning: target identical to source: \"Prosecution\""
                ])
            #expect(
                F.lines(
                    F.pair("Macedonia, Italy, and Albania", " Macedonia, Italy, and Albania"),
                    checks: [IdenticalTargetCheck()])
                    == ["t.xlf:7:u1: warning: target identical to source: \"Macedonia, Italy, and Albania\""])
        }

        @Test(arguments: [
            "UNMIK", "OSCE (IOM)", "2008-2009", "$158,593", "tipreport@state.gov", "http://www.state.gov/g/tip",
            "Hashim Thaçi", "Q1:",
        ])
        func figuresAcronymsLinksAndNamesPass(_ text: String) {
            #expect(F.lines(F.pair(text, text), checks: [IdenticalTargetCheck()]) == [])
        }

        @Test func allowedForeignTokensPass() {
            let profile = F.profile("sr-Cyrl", script: .cyrillic, allowed: ["Interpol"])
            #expect(F.lines(F.pair("Interpol", "Interpol", profile: profile), checks: [IdenticalTargetCheck()]) == [])
            #expect(
                F.lines(F.pair("Interpol", "Interpol"), checks: [IdenticalTargetCheck()]) == [
                    "t.xlf:7:u1: warning: target identical to source: \"Interpol\""
                ])
        }
    }
}
