import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    @Suite("Verification: script purity")
    struct ScriptCheckTests {
        typealias F = VerificationFixtures

        @Test func cyrillicWithAllowedTokensAndLinksPasses() {
            let target =
                "Влада Косова је сарађивала са OSCE и IOM-ом; види www.state.gov/j/tip или пиши на tipreport@state.gov."
            #expect(F.lines(F.pair("…", target, profile: F.serbianCyrillic), checks: [ScriptCheck()]) == [])
        }

        @Test func latinWordsInCyrillicAreAnError() {
            let target = "Влада Kosova је сарађивала са OSCE и NVO."
            #expect(
                F.lines(F.pair("…", target, profile: F.serbianCyrillic), checks: [ScriptCheck()]) == [
                    "t.xlf:7:u1: error: Latin words in Cyrillic-script sr-Cyrl text: \"Kosova\", \"NVO\""
                ])
        }

        @Test func lookAlikeLetterFromTheOtherScriptIsAnError() {
            // "Влaда" with a Latin a (U+0061) among Cyrillic letters.
            #expect(
                F.lines(F.pair("…", "Вл\u{0061}да Косова", profile: F.serbianCyrillic), checks: [ScriptCheck()]) == [
                    "t.xlf:7:u1: error: mixed Latin and Cyrillic letters in a word: \"Вл\u{0061}да\""
                ])
        }

        @Test func latinProfilesRejectCyrillic() {
            #expect(
                F.lines(F.pair("…", "Vlada Kosova, OEBS-a", profile: F.serbianLatin), checks: [ScriptCheck()]) == [])
            #expect(
                F.lines(F.pair("…", "Vlada Косова", profile: F.serbianLatin), checks: [ScriptCheck()]) == [
                    "t.xlf:7:u1: error: Cyrillic word in Latin-script sr-Latn text: \"Косова\""
                ])
            #expect(
                F.lines(F.pair("…", "Qeveria e Kosovës (Влада)", profile: F.sq), checks: [ScriptCheck()]) == [
                    "t.xlf:7:u1: error: Cyrillic word in Latin-script sq text: \"Влада\""
                ])
        }

        /// Latin letters outside the Latin blocks (the Kelvin sign, the `ﬁ` ligature, Roman
        /// numerals) are Latin by Unicode's Script property: in Latin text they pass, in
        /// Cyrillic text they are reported like any Latin letter.
        @Test func latinLettersOutsideTheLatinBlocksAreLatin() {
            let latin = "Buxheti ﬁnanciar, kapitulli Ⅻ, 5 \u{212A}"
            #expect(F.lines(F.pair("…", latin, profile: F.sq), checks: [ScriptCheck()]) == [])
            #expect(
                F.lines(F.pair("…", "Влада \u{212A}осова", profile: F.serbianCyrillic), checks: [ScriptCheck()]) == [
                    "t.xlf:7:u1: error: mixed Latin and Cyrillic letters in a word: \"\u{212A}осова\""
                ])
            #expect(
                F.lines(F.pair("…", "Поглавље Ⅻ", profile: F.serbianCyrillic), checks: [ScriptCheck()]) == [
                    "t.xlf:7:u1: error: Latin word in Cyrillic-script sr-Cyrl text: \"Ⅻ\""
                ])
            // Greek and CJK letters in those blocks' neighbourhood stay other-script.
            #expect(VerificationText.isLatinLetter("\u{212A}") && VerificationText.isLatinLetter("ﬁ"))
            #expect(!VerificationText.isLatinLetter("\u{2126}") && !VerificationText.isLatinLetter("ﬓ"))
        }

        @Test func withoutAProfileTheCheckDoesNotRun() {
            #expect(F.lines(F.pair("…", "Vlada Косова"), checks: [ScriptCheck()]) == [])
        }
    }
}
