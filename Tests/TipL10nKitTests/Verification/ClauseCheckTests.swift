import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    /// `clauses`: sentences and clause breaks counted the same way in source and target.
    @Suite("Verification: clauses")
    struct ClauseCheckTests {
        typealias F = VerificationFixtures

        static let recommendations =
            "Recommendations for Kosovo: Aggressively investigate, prosecute, convict, and sentence offenders; "
            + "increase training for prosecutors and judges; improve victim protection services; ensure sustained "
            + "funding and staffing in shelters."

        @Test func sentencesEndAtAFullStopBeforeACapitalOrAtTheEnd() {
            #expect(ClauseCheck.sentenceCount(in: "One sentence.") == 1)
            #expect(ClauseCheck.sentenceCount(in: "One. Two! Three?") == 3)
            #expect(ClauseCheck.sentenceCount(in: "No full stop at the end") == 1)
            // Abbreviations: a word with a dot inside, a single letter, an English title.
            #expect(ClauseCheck.sentenceCount(in: "The U.S. Government and Mr. Smith met J. Doe.") == 1)
            // A Serbian ordinal date: the year's dot before a lower-case word.
            #expect(ClauseCheck.sentenceCount(in: "Vlada je 2008. godine pružila pomoć.") == 1)
            #expect(ClauseCheck.sentenceCount(in: "政府提供了资金。受害者得到了帮助。") == 2)
            #expect(ClauseCheck.sentenceCount(in: "") == 0)
        }

        @Test func clauseBreaksAreSeparatorsFollowedBySpaceAndDashesBetweenSpaces() {
            #expect(ClauseCheck.clauseBreaks(in: "a, b; c: d – e - f") == 5)
            // Digit grouping and decimal commas are not breaks; a hyphen inside a word is not.
            #expect(ClauseCheck.clauseBreaks(in: "$158,593 and 1,2 million in Serb-majority areas") == 0)
            #expect(ClauseCheck.clauseBreaks(in: "政府，受害者；帮助") == 2)
            #expect(ClauseCheck.clauseBreaks(in: "حكومة، ضحايا؛ مساعدة") == 2)
        }

        @Test func aTranslationThatMergesOrSplitsAClausePasses() {
            let merged = F.pair(
                "NGOs reported that child trafficking, particularly from Roma communities, was a problem.",
                "OJQ-të raportuan se trafikimi i fëmijëve nga komunitetet rome ishte problem.")
            #expect(F.lines(merged, checks: [ClauseCheck()]) == [])
            let split = F.pair(
                "The government assisted 24 victims in 2008, a decline from 33 in 2007.",
                "Vlada je pomogla 24 žrtvama 2008. godine. To je pad u odnosu na 33 u 2007.")
            #expect(F.lines(split, checks: [ClauseCheck()]) == [])
        }

        @Test func halfTheClausesOrFewerIsReported() {
            let pair = F.pair(
                Self.recommendations, "Rekomandime për Kosovën: të hetohen me vendosmëri; të shtohen trajnimet.")
            #expect(
                F.lines(pair, checks: [ClauseCheck()]) == [
                    "t.xlf:7:u1: warning: target has 3 clauses where the source has 8"
                ])
        }

        @Test func clausesAreCountedFromFourInTheSource() {
            // Three clauses: a parenthetical whose commas the translator dropped is not reported.
            let three = F.pair("Kosovo is a source, transit, and destination country.", "Kosova është vend.")
            #expect(F.lines(three, checks: [ClauseCheck()]) == [])
            let four = F.pair("Kosovo is a source, transit, destination, and origin country.", "Kosova, vend.")
            #expect(
                F.lines(four, checks: [ClauseCheck()]) == [
                    "t.xlf:7:u1: warning: target has 2 clauses where the source has 4"
                ])
        }

        @Test func aMissingSentenceIsReported() {
            let pair = F.pair(
                "The law prohibits trafficking. Penalties are stringent. Convictions rose.",
                "Ligji ndalon trafikimin. Dënimet janë të rrepta.")
            #expect(
                F.lines(pair, checks: [ClauseCheck()]) == [
                    "t.xlf:7:u1: warning: target has 2 sentences where the source has 3"
                ])
        }

        @Test func urlsAndEmailAddressesAreNotCounted() {
            let pair = F.pair(
                "Information was submitted to tipreport@state.gov: see www.state.gov/g/tip, and write.",
                "Informacioni u dërgua në tipreport@state.gov, shih www.state.gov/g/tip.")
            #expect(F.lines(pair, checks: [ClauseCheck()]) == [])
        }
    }
}
