import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    @Suite("Verification: script purity in any locale")
    struct ScriptCheckAnyLocaleTests {
        typealias F = VerificationFixtures

        static func lines(_ target: String, _ tag: String) throws -> [String] {
            F.lines(F.pair("…", target, profile: try LocaleProfile.load(tag: tag)), checks: [ScriptCheck()])
        }

        @Test func latinInACLDROnlyCyrillicProfileIsAWarning() throws {
            #expect(
                try Self.lines("Правительство сотрудничало с IOM.", "ru") == [
                    "t.xlf:7:u1: warning: Latin word in Cyrillic-script ru text: \"IOM\""
                ])
        }

        @Test func arabicTextPassesAndCyrillicInItIsAnError() throws {
            #expect(try Self.lines("حددت الحكومة ١٨١ ضحية في عام ٢٠٠٨.", "ar") == [])
            #expect(
                try Self.lines("حددت الحكومة ١٨١ ضحية Россия.", "ar") == [
                    "t.xlf:7:u1: error: Cyrillic word in Arabic-script ar text: \"Россия\""
                ])
        }

        @Test func chineseTextPassesAndLatinIsNamed() throws {
            #expect(try Self.lines("政府在2008年确认了181名受害者。", "zh") == [])
            #expect(
                try Self.lines("政府与IOM合作。", "zh") == [
                    "t.xlf:7:u1: warning: Latin word in Simplified Han-script zh text: \"IOM\""
                ])
        }

        @Test func greekInALatinProfileIsAnError() throws {
            #expect(try Self.lines("El Gobierno identificó 181 víctimas.", "es") == [])
            #expect(
                try Self.lines("El Gobierno identificó 181 víctimας.", "es") == [
                    "t.xlf:7:u1: error: Greek word in Latin-script es text: \"víctimας\""
                ])
        }
    }
}
