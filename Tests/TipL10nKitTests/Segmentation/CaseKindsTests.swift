import Foundation
import Testing

@testable import TipL10nKit

extension SegmentationTests {
    /// One test per kind of hard case listed in `Docs/Segmentation.md` ("Hard cases"), with the
    /// examples the guide shows. `¦` marks where a segment must end, and nowhere else.
    @Suite struct CaseKindsTests {
        func check(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let expected = MarkedText(marked)
            let segmenter = try Segmenter.defaultEnglish()
            #expect(segmenter.marked(expected.text) == marked, sourceLocation: sourceLocation)
        }

        @Test func numberedLists() throws {
            try check("1. The first item¦ 2. The second item")
            try check("1. The first item.¦ 2. The second item.")
            try check("1.) The first item¦ 2.) The second item¦ 3.) The third item")
            try check("1) The first item.¦ 2) The second item.")
            try check("The law requires:¦ (1) Prosecution of offenders;¦ (2) Protection of victims.")
        }

        @Test func numbersThatAreNotListMarkers() throws {
            // Items in lower case are an enumeration inside one sentence (the 2009 non-paper).
            try check(
                "Countries determined: (1) not to have made efforts; (2) to be making efforts, or (3) to have many.")
            // A number ending a sentence is not a marker: no "1." opened a list.
            try check(
                "They are classified as Tier 2.¦ Countries assessed as neither complying nor making efforts are "
                    + "classified as Tier 3.¦ The law changed.")
            try check("As payment for 1. above, pay us a fee and for 2. above, no fee will be paid.")
        }

        @Test func letteredAndRomanLists() throws {
            try check("a. The first item¦ b. The second item¦ c. The third list item")
            try check("(a) The first item¦ (b) The second item")
            try check("i. The first item¦ ii. The second item¦ iii. The third item")
        }

        @Test func bulletedLists() throws {
            try check("• 9. The first item¦ • 10. The second item")
            try check("⁃9. The first item¦ ⁃10. The second item")
        }

        @Test func listItemsSeparatedByNewlines() throws {
            try check("Steps:¦\n- Train the police¦\n- Fund the shelters")
            try check("Steps:¦\n1. Train the police¦\n2. Fund the shelters")
            try check("The recommendations:¦\n-- Investigate and prosecute;¦\n-- Protect victims.")
            try check("Steps:¦\n(a) train the police;¦\n(b) fund the shelters.")
        }

        @Test func singleLineBreaksAreWrappedLines() throws {
            try check("This is a sentence\ncut off in the middle because pdf.")
            try check("The Government of\nKosovo made progress.¦\nIt funded shelters.")
        }

        @Test func abbreviationsAtTheEndOfASentence() throws {
            try check("I live in the U.S.¦ How about you?")
            try check("I live in the E.U.¦ How about you?")
            try check("The embargo ends at 10:00 a.m.¦ The Secretary will speak.")
            try check("He left the bank at 6 P.M.¦ Mr. Smith then went to the store.")
            try check("It funded shelters, hotlines, etc.¦ The government also trained police.")
            try check("They closed the deal with Pitt, Briggs & Co.¦ It closed yesterday.")
            try check("The shelter is run by Acme Inc.¦ Its staff are trained.")
        }

        @Test func abbreviationsInTheMiddleOfASentence() throws {
            try check("I work for the U.S. Government in Virginia.")
            try check("I have lived in the U.S. for 20 years.")
            try check("I visited the U.S.A. last year.")
            try check("At 5 a.m. Mr. Smith went to the bank.")
            try check("On June 16 at 10:00 a.m. EDT the Report is released.")
            try check("Shelters, hotlines, training, etc. were funded.")
            try check("They closed the deal with Pitt, Briggs & Co. at noon.")
            try check("Acme Inc. Headquarters and Acme Co. Ltd. Offices were searched.")
            try check("St. Michael's Church is on 5th st. near the light.")
            try check("Please turn to p. 55.")
            try check("That is JFK Jr.'s book.")
        }

        @Test func initialsAndThePronounI() throws {
            try check("My name is Jonas E. Smith.")
            try check("We make a good team, you and I.¦ Did you see Albert I. Jones yesterday?")
            try check("The plan was signed by John F. Kennedy.¦ It passed.")
            try check("It was moved to Annex B.¦ The annex lists the shelters.")
            try check("Q. What is his name?¦ A. His name is Alfred E. Sloan.")
        }

        @Test func ellipses() throws {
            try check("I never meant that....¦ She left the store.")
            try check(
                "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."
            )
            try check("Indicate the end with a period . . . .¦ Next sentence.")
            try check(
                "It weakened . . . was that of combining words into compounds.¦ . . . The practice was not "
                    + "abandoned. . . .")
            try check(#""Bohr [...] used the analogy of parallel stairways [...]" (Smith 55)."#)
            try check("This is e.g. Mr. Smith, who talks slowly...¦ And this is another sentence.")
            try check("The report found… problems.")
        }

        @Test func noSpaceAfterThePeriod() throws {
            try check("Hello world.¦Today is Tuesday.¦Mr. Smith went to the store and bought 1,000.¦That is a lot.")
            try check("Her email is Jane.Doe@example.com.¦ I sent her an email.")
            try check("www.testurl.Awesome.com")
            try check("See www.state.gov/g/tip.¦ The Report is there.")
        }

        @Test func numbersAndCoordinatesWithPeriods() throws {
            try check("You can find it at N°. 1026.253.553.¦ That is where the treasure is.")
            try check("She has $100.00 in her bag.")
            try check("She has $100.00.¦ It is in her bag.")
            try check("Today is 11.18.2014.")
            try check("The program cost $1.5 million.¦ 24 victims were assisted.")
            try check("See Law No. 5 and Sec. 103(8) of Pub. L. 106-386.")
        }

        @Test func quotesAndParenthesesClosingAfterThePeriod() throws {
            try check(#"She turned to him, "This is great." she said."#)
            try check(#"She turned to him, "This is great."¦ She held the book out to show him."#)
            try check("She turned to him, 'This is great.' she said.")
            try check(
                "He teaches science (He previously worked for 5 years as an engineer.) at the local University.")
            try check(#"It threatens to increase the associated "cost of coercion."¦ The text follows."#)
            try check("It is in the 2011 TIP Report (i.e., before the 2012 Report).¦ The new law allows it.")
            try check("“Are these protests?”¦ Others yet say: “Should we be scared?”")
        }

        @Test func listRuleCanBeTurnedOff() throws {
            let rules = try SRXDocument.defaultEnglish()
            let segmenter = try Segmenter(rules: rules, languageCode: "en", separatesListItems: false)
            #expect(
                segmenter.segments(in: "1.) The first item 2.) The second item") == [
                    "1.) The first item 2.)", "The second item",
                ])
        }
    }
}
