import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    /// `english`: runs of the source's English words left in the target.
    @Suite("Verification: English left in the target")
    struct EnglishCheckTests {
        typealias F = VerificationFixtures

        static let source =
            "To help remedy a funding shortfall for the two NGO-run shelters, the government, in cooperation with "
            + "international donors, provided critical funding totaling $158,593."

        @Test func theLexiconIsTheSourcesWordsWithoutNames() {
            let lexicon = EnglishLexicon(sources: [
                "Kosovo is a source country. The Government of Kosovo worked with Roma communities in Kosovo.",
                "Why was Kosovo ranked? OSCE and UNMIK reported it.",
            ])
            #expect(lexicon.words.contains("source"))
            #expect(lexicon.words.contains("the"))
            // Capitalised only at the start of a sentence: English.
            #expect(lexicon.words.contains("why"))
            // Capitalised inside a sentence and never in lower case: names.
            #expect(lexicon.names == ["government", "kosovo", "roma"])
            // Acronyms are neither.
            #expect(!lexicon.words.contains("osce") && !lexicon.names.contains("unmik"))
        }

        @Test func aClauseLeftInEnglishIsReported() {
            let pair = F.pair(
                Self.source,
                "Për të ndihmuar në tejkalimin e mungesës së fondeve për dy strehimoret që drejtohen nga OJQ-të, the "
                    + "government, in cooperation with international donors, provided critical funding, gjithsej "
                    + "158 593 dollarë.", profile: F.sq)
            #expect(
                F.lines(pair, checks: [EnglishCheck()]) == [
                    "t.xlf:7:u1: warning: English left in the target: "
                        + "\"the government, in cooperation with international donors, provided critical funding\""
                ])
        }

        @Test func aTranslationWithNamesAcronymsAndSharedShortWordsPasses() {
            // "a", "me", "to", "i" are Albanian or Serbian words too; names and acronyms stay.
            let albanian = F.pair(
                "The government, in cooperation with IOM and the OSCE, funded a shelter in Kosovo.",
                "Qeveria, në bashkëpunim me IOM dhe OSBE, financoi a strehimore në Kosovë me UNMIK.", profile: F.sq)
            #expect(F.lines(albanian, checks: [EnglishCheck()]) == [])
            let serbian = F.pair(
                "It is a problem to solve in Kosovo.", "To je problem i to se mora rešiti na Kosovu.",
                profile: F.serbianLatin)
            #expect(F.lines(serbian, checks: [EnglishCheck()]) == [])
        }

        @Test func doNotTranslateTermsOfTheGlossaryMayStandInARun() {
            let profile = F.profile(
                "sq", glossary: [.init(source: "Special Case", targets: ["Special Case", "Rast i Veçantë"])])
            let pair = F.pair(
                "Kosovo is ranked as a Special Case this year.", "Kosova renditet si Special Case këtë vit.",
                profile: profile)
            #expect(F.lines(pair, checks: [EnglishCheck()]) == [])
            #expect(profile.glossary[0].isDoNotTranslate)
        }

        @Test func onlyTheUnitsOwnSourceIsItsEnglish() {
            // English from another unit's source is not this unit's: each unit is checked on its
            // own, as a streamed file is, so the finding depends on the unit's text alone.
            let left = F.pair(
                "Kosovo is a source country.", "Kosova është vend burimi, prosecute trafficking offenders vigorously.",
                profile: F.sq)
            var other = F.pair("Prosecute trafficking offenders vigorously.", "Ndiqni me vendosmëri.", profile: F.sq)
            other.unitID = "u2"
            other.line = 9
            let report = Verifier(checks: [EnglishCheck()]).verify(VerificationInput(pairs: [left, other]))
            #expect(report.diagnostics == [])
            // The same words left in the unit whose source they are: reported.
            other.target = InlineContent(text: "Ndiqni prosecute trafficking offenders vigorously.")
            #expect(
                F.lines(other, checks: [EnglishCheck()]) == [
                    "t.xlf:9:u2: warning: English left in the target: \"prosecute trafficking offenders vigorously\""
                ])
        }

        @Test func anIdenticalTargetIsLeftToTheIdenticalCheck() {
            let pair = F.pair(
                "Prosecution of trafficking offenders", "Prosecution of trafficking offenders", profile: F.sq)
            #expect(F.lines(pair, checks: [EnglishCheck()]) == [])
        }
    }
}
