import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    @Suite("Verification: white space")
    struct WhitespaceCheckTests {
        typealias F = VerificationFixtures

        @Test func matchingWhiteSpacePasses() {
            #expect(
                F.lines(F.pair(" a total of $158,593. ", " gjithsej 158 593 dollarë. "), checks: [WhitespaceCheck()])
                    == [])
        }

        @Test func leadingAndTrailingDifferencesAreWarnings() {
            #expect(
                F.lines(
                    F.pair("a total of $158,593. ", "\u{00A0}gjithsej 158 593 dollarë."), checks: [WhitespaceCheck()])
                    == [
                        "t.xlf:7:u1: warning: leading white space differs: source none, target U+00A0",
                        "t.xlf:7:u1: warning: trailing white space differs: source U+0020, target none",
                    ])
        }

        @Test func doubledSpaceIsAWarningQuotingWhereItIs() {
            #expect(
                F.lines(F.pair("a total of $158,593.", "gjithsej  158 593 dollarë."), checks: [WhitespaceCheck()]) == [
                    "t.xlf:7:u1: warning: doubled space in the target (U+0020 U+0020): \"gjithsej  158 593 doll\""
                ])
        }

        @Test func doubledSpaceAlsoInTheSourceIsNotReported() {
            #expect(F.lines(F.pair("Kosovo.  Roma", "Kosova.  Romët"), checks: [WhitespaceCheck()]) == [])
        }
    }
}
