import Foundation
import Testing

@testable import TipL10nKit

extension SegmentationTests {
    /// The built-in English rules on the hard cases of US government English.
    ///
    /// Each case is written with `¦` where a segment must end, and nowhere else.
    @Suite struct DefaultEnglishRulesTests {
        func check(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let expected = MarkedText(marked)
            let segmenter = try Segmenter.defaultEnglish()
            #expect(segmenter.marked(expected.text) == marked, sourceLocation: sourceLocation)
        }

        @Test func builtInRulesParse() throws {
            let document = try SRXDocument.defaultEnglish()
            #expect(document.path == "<built-in>/default-en.srx")
            #expect(document.languageRules.map(\.name) == ["tipl10n-English"])
            #expect(
                document.languageRules.first?.rules.map(\.isBreak) == [
                    true, true, true, false, false, false, false, false, false, false, false, false, false, true, true,
                    false, true, true, true,
                ])
            #expect(
                document.languageMaps == [
                    SRXDocument.LanguageMap(languagePattern: "EN.*", languageRuleName: "tipl10n-English", line: 147)
                ])
            let segmenter = try Segmenter.defaultEnglish()
            #expect(segmenter.rules.count == 19)
            #expect(segmenter.separatesListItems)
            #expect(try Segmenter(rules: document, languageCode: "en-US").rules == segmenter.rules)
        }

        @Test func unitedStatesEndsASentenceOnlyBeforeASentenceStarter() throws {
            try check("Information from U.S. embassies was used.")
            try check("The U.S. Congress requires a report.¦ It is due in June.")
            try check("It went to the U.N. Security Council and the U.K. Home Office.")
            // A word that opens sentences (pronoun, article, question word…) after "U.S." starts one.
            try check("He moved to the U.S.¦ The move was hard.")
            try check("There were 500 cases in the U.S.¦ The U.S. Commission asked the U.S. Government.")
            try check("See 18 U.S.C. 1589 and 22 U.S.C. 7102.")
            try check("E.O. 12958: N/A")
        }

        @Test func timesAndTimeZones() throws {
            try check(
                "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.¦ "
                    + "This release will receive coverage.")
            try check("Release is at 10:00 a.m. (EDT) on June 16.")
            try check("Embargoed until 10:00 a.m. Washington time June 16.")
            try check("The briefing is at 3:30 p.m. June 17 in Washington.")
            try check("The release is at 10:00 a.m. 16 June.")
            try check(
                "Doors open at 9 a.m. and close at 5 p.m.¦ The Secretary will speak at 10:00 a.m.¦ The press follows.")
        }

        @Test func yearRangesAndAmounts() throws {
            try check("It was ranked for the 2008-2009 reporting period.¦ Kosovo declared independence.")
            try check("The program cost $1.5 million.¦ The government also provided $64,786.")
            try check("Victims lost approximately $20 billion in 2008.¦ 24 victims were assisted.")
            try check("It rose by 3.5 percent.")
        }

        @Test func questionsAndExclamations() throws {
            try check("Is Kosovo on Tier 2?¦ Yes.¦ Why?¦ Because of its efforts!¦ Good.")
            try check(#"He asked "why?" and left."#)
        }

        @Test func latinAbbreviations() throws {
            try check("Report (i.e., a country would have to be ranked Tier 2 Watch List).")
            try check("Some countries, e.g. Albania, were included.")
            try check("Shelters, hotlines, training, etc. were funded.")
            try check("It funded shelters, hotlines, etc.¦ The government also trained police.")
            try check("See Smith et al. (2009) and Jones vs. Smith.")
        }

        @Test func closingQuotesAndParenthesesStayWithTheSentence() throws {
            try check(#"It threatens to increase the associated "cost of coercion."¦ The text follows."#)
            try check("It will be in the 2011 TIP Report (i.e., before 2012 Report).¦ The new law allows it.")
            try check("It is known as the Palermo Protocol.)¦ Then more.")
            try check(#"The "Palermo Protocol"’s goal is clear.¦ “Quoted text.”¦ ‘Single quotes.’¦ (Bracketed.)"#)
        }

        @Test func initialsAndTitles() throws {
            try check("The law was signed by John F. Kennedy.¦ It passed.")
            try check("Ambassador Luis C. deBaca will speak.")
            try check("Amb. Smith met Mr. Jones and Dr. Brown at St. Paul's.¦ Gen. Clark and Sen. Lugar joined.")
            try check("Acme Inc. Headquarters and Acme Co. Ltd. Offices were searched.")
            try check("Martin Luther King Jr. Day falls in January.")
        }

        @Test func numbersAfterAbbreviations() throws {
            try check("See Law No. 5 and Nos. 6-7.¦ Then para. 8 and paras. 9 and 10.")
            try check("Under Art. 3 and Sec. 103(8) of Pub. L. 106-386, see p. 12 and pp. 14-15.")
            try check("It was signed on Sept. 11, 2001, and amended in Jan. 2009.")
            try check("He said no.¦ 5 people agreed.")
            try check("Is it Tier 3?¦ No.¦ The country is on Tier 2.")
        }

        @Test func ellipses() throws {
            try check("The report found... problems in the shelters.")
            try check("The report found … problems in the shelters.")
            try check("The report was late...¦ The next one will not be.")
        }

        @Test func listItemsAndSectionSigns() throws {
            try check(
                "Countries determined: (1) not to have made efforts; (2) to be making efforts, "
                    + "or (3) to have many victims.")
            try check("The law amends § 7107 and para 8.¦ (2) The second point follows.")
        }

        @Test func addressesAreNeverSplit() throws {
            try check("Send information to tipreport@state.gov.¦ The Report will be at www.state.gov/g/tip.")
            try check("The Report will be available at www.state.gov/g/tip shortly after release.")
            try check("See http://www.state.gov/g/tip/rls/tiprpt/2009/index.htm for the text.")
        }

        @Test func blankLinesAlwaysBreak() throws {
            try check("Prosecution¦\n\nKosovo law criminalizes trafficking.")
            try check("Ends with U.S.¦\n \nNext paragraph.")
        }

        @Test func noBreakSpaceDoesNotEndASentence() throws {
            try check("It happened in 2008.\u{00A0}The next year it changed.")
        }

        @Test func okapiSample() throws {
            try check("Mr. Holmes is from the U.K. not the U.S.¦ Is Dr. Watson from there too?")
        }
    }
}
