import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    @Suite("Verification: glossary")
    struct GlossaryCheckTests {
        typealias F = VerificationFixtures

        static let profile = F.profile(
            "sq",
            glossary: [
                .init(source: "NGO*", targets: ["OJQ"]),
                .init(source: "Tier 2", targets: ["Nivel* 2"]),
                .init(source: "trafficking in persons", targets: ["trafikim* me qenie njerëzore", "trafikim*"]),
            ])

        @Test func targetFormsMatchWholeWordsStemsAndAnyCase() {
            #expect(
                F.lines(F.pair("NGOs reported", "OJQ-të raportuan", profile: Self.profile), checks: [GlossaryCheck()])
                    == [])
            #expect(
                F.lines(
                    F.pair("ranked Tier 2", "renditur në Nivelin 2", profile: Self.profile), checks: [GlossaryCheck()])
                    == [])
            #expect(
                F.lines(
                    F.pair("Trafficking in Persons Report", "Raporti për TRAFIKIMIN", profile: Self.profile),
                    checks: [GlossaryCheck()]) == [])
        }

        @Test func missingTermIsAWarningListingTheForms() {
            #expect(
                F.lines(
                    F.pair("NGOs reported", "Organizatat raportuan", profile: Self.profile), checks: [GlossaryCheck()])
                    == ["t.xlf:7:u1: warning: glossary term \"NGO*\" not rendered as \"OJQ\""])
            #expect(
                F.lines(
                    F.pair("trafficking in persons", "tregtia me njerëz", profile: Self.profile),
                    checks: [GlossaryCheck()])
                    == [
                        "t.xlf:7:u1: warning: glossary term \"trafficking in persons\" not rendered as "
                            + "\"trafikim* me qenie njerëzore\" or \"trafikim*\""
                    ])
        }

        @Test func termsMatchOnlyWholeWords() {
            // "NGO*" does not match inside "MONGOLIA"; "Tier 2" does not match "Tier 23".
            #expect(
                F.lines(F.pair("MONGOLIA, Tier 23", "MONGOLIA", profile: Self.profile), checks: [GlossaryCheck()]) == []
            )
            #expect(GlossaryCheck.matches("trafikimit", pattern: "trafikim*"))
            #expect(GlossaryCheck.matches("ojq", pattern: "*j*"))
            #expect(!GlossaryCheck.matches("trafik", pattern: "trafikim*"))
            #expect(GlossaryCheck.termWords("Serb-majority") == ["serb", "majority"])
        }
    }
}
