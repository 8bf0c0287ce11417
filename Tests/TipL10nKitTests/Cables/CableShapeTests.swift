import Foundation
import Testing

@testable import TipL10nKit

extension Cables {
    /// The shapes the reader recognises one by one: titles and tiers, headings, rules, paragraph
    /// marks, the rollout template's openings, hyphens at line ends, words run together, lost
    /// punctuation. The whole-cable variants are in `DamagedCableTests`.
    @Suite("Cable shapes")
    struct CableShapeTests {
        @Test(arguments: [
            ("Kosovo (TIER 2)", "Kosovo", "Tier 2", "Kosovo (TIER 2)"),
            ("KOSOVO (Tier 2 Watch List)", "KOSOVO", "Tier 2 Watch List", "KOSOVO (Tier 2 Watch List)"),
            ("Runia (TIER 2 WATCHLIST)", "Runia", "Tier 2 Watch List", "Runia (TIER 2 WATCHLIST)"),
            ("Runia (Tier 2 Watch-List)", "Runia", "Tier 2 Watch List", "Runia (Tier 2 Watch-List)"),
            ("Runia (Tier Two)", "Runia", "Tier 2", "Runia (Tier Two)"),
            ("Runia (Tier 3)", "Runia", "Tier 3", "Runia (Tier 3)"),
            ("Runia (TIER 1)", "Runia", "Tier 1", "Runia (TIER 1)"),
            ("Somalia (Special Case)", "Somalia", "Special Case", "Somalia (Special Case)"),
            ("Runia [TIER 2]", "Runia", "Tier 2", "Runia [TIER 2]"),
            ("RUNIA: TIER 3", "RUNIA", "Tier 3", "RUNIA: TIER 3"),
            ("|  Kosovo (TIER 2)  |", "Kosovo", "Tier 2", "Kosovo (TIER 2)"),
            ("* Kosovo (TIER 2) *", "Kosovo", "Tier 2", "Kosovo (TIER 2)"),
            (
                "== Bosnia and Herzegovina (TIER 1) ==", "Bosnia and Herzegovina", "Tier 1",
                "Bosnia and Herzegovina (TIER 1)"
            ),
            (
                "St. Vincent and the Grenadines (TIER 2)", "St. Vincent and the Grenadines", "Tier 2",
                "St. Vincent and the Grenadines (TIER 2)"
            ),
            (
                "Congo, Democratic Republic of the (TIER 3)", "Congo, Democratic Republic of the", "Tier 3",
                "Congo, Democratic Republic of the (TIER 3)"
            ),
        ])
        func titleShapesAndTierSpellings(_ line: String, country: String, tier: String, text: String) {
            let title = CableNarrativeLayout.title(line)
            #expect(title == CableNarrativeLayout.Title(country: country, tier: tier, text: text))
        }

        @Test func notTitles() {
            #expect(CableNarrativeLayout.title("Recommendations for Kosovo: Aggressively investigate") == nil)
            #expect(CableNarrativeLayout.title("KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND") == nil)
            #expect(CableNarrativeLayout.title("the 2009 Trafficking in Persons (TIP) Report") == nil)
            #expect(CableNarrativeLayout.tier("Tier 4") == nil)
        }

        @Test func titlePrintedInsideALine() throws {
            let found = try #require(
                CableNarrativeLayout.inlineTitle(
                    "-------------- Kosovo (TIER 2) Kosovo is a source, transit, and destination", country: "Kosovo"))
            #expect(found.before == "--------------")
            #expect(found.title.text == "Kosovo (TIER 2)")
            #expect(found.after == "Kosovo is a source, transit, and destination")
            // Without the country from the opening sentence: the capitalised words before the tier.
            let other = try #require(
                CableNarrativeLayout.inlineTitle(
                    "2009 TIP Report: Bosnia and Herzegovina (TIER 1) Bosnia is a transit country", country: nil))
            #expect(other.before == "2009 TIP Report:")
            #expect(other.title.country == "Bosnia and Herzegovina")
            #expect(CableNarrativeLayout.inlineTitle("Kosovo (TIER 2) Kosovo is", country: "Serbia") == nil)
        }

        @Test func countryFromTheOpeningSentence() {
            #expect(
                CableNarrativeLayout.country(inOpening: "Begin Final Text of Kosovo,s country narrative in the")
                    == "Kosovo")
            #expect(
                CableNarrativeLayout.country(
                    inOpening: "Begin Final Text of the Democratic Republic of the Congo's country narrative")
                    == "Democratic Republic of the Congo")
        }

        @Test func headingShapes() {
            for line in [
                "Prosecution", "PROSECUTION", "Prosecution:", "Prosecution.", "Prosecution --", " prosecution ",
            ] {
                #expect(CableNarrativeLayout.heading(line) == "Prosecution", "\(line)")
            }
            #expect(CableNarrativeLayout.heading("Protection of victims") == nil)
            #expect(
                CableNarrativeLayout.runInHeading("PROSECUTION: Kosovo law criminalizes")?.rest
                    == "Kosovo law criminalizes")
            #expect(CableNarrativeLayout.runInHeading("Protection -- The Government of")?.heading == "Protection")
            #expect(CableNarrativeLayout.runInHeading("Protection – The Government of")?.heading == "Protection")
            #expect(CableNarrativeLayout.runInHeading("Prevention The Government improved")?.heading == "Prevention")
            #expect(CableNarrativeLayout.runInHeading("Prevention ---------- The government")?.rest == "The government")
            #expect(CableNarrativeLayout.runInHeading("Protection of victims improved in 2008.") == nil)
            #expect(CableNarrativeLayout.runInHeading("Prevention efforts increased.") == nil)
        }

        @Test func rules() {
            for line in ["---", "--------------", "=====", "*****", "+-------+", "|=====|", "  ----  "] {
                #expect(CableNarrativeLayout.isRule(line), "\(line)")
            }
            for line in ["--", "-- The U.S. Congress", "-=-=-", "** bold **"] {
                #expect(!CableNarrativeLayout.isRule(line), "\(line)")
            }
            #expect(CableNarrativeLayout.isEndOfText("End Final Text."))
            #expect(CableNarrativeLayout.isEndOfText("-- END TEXT --"))
        }

        @Test func closingRule() {
            let lines = [
                "Begin Final Text of Runia's country narrative:", "", "-----", "Runia (TIER 2)", "Text.", "",
                "Prosecution", "-----", "More text.", "-----", "", "Post may wish to deliver",
            ].enumerated().map { CableLine(number: $0.offset + 1, text: $0.element) }
            #expect(CableNarrativeLayout.closingRuleIndex(lines) == 9)
        }

        @Test func paragraphMarks() {
            typealias Mark = CableParagraphSplitter.Mark
            #expect(
                CableParagraphSplitter.mark(in: "8. Begin")
                    == Mark(number: 8, rest: "Begin", printed: "8.", shape: .plain))
            #expect(CableParagraphSplitter.mark(in: "¶8. Begin")?.printed == "¶8.")
            #expect(CableParagraphSplitter.mark(in: "¶ 8. Begin")?.number == 8)
            #expect(CableParagraphSplitter.mark(in: "8.")?.rest == "")
            #expect(CableParagraphSplitter.mark(in: "1.This is")?.shape == .glued)
            #expect(CableParagraphSplitter.mark(in: "2 . On June")?.shape == .spaced)
            #expect(CableParagraphSplitter.mark(in: "1.5 million") == nil)
            #expect(CableParagraphSplitter.mark(in: "2009 victims") == nil)
            #expect(CableParagraphSplitter.garbledMark(in: "l. This is", expected: 1)?.number == 1)
            #expect(CableParagraphSplitter.garbledMark(in: "I. This is", expected: 1)?.number == 1)
            #expect(CableParagraphSplitter.garbledMark(in: "1, This is", expected: 1)?.number == 1)
            #expect(CableParagraphSplitter.garbledMark(in: "l. This is", expected: 2) == nil)
            #expect(CableParagraphSplitter.garbledMark(in: "1. This is", expected: 1) == nil)
        }

        @Test func templateOpenings() {
            #expect(CableTemplate.anchor(in: "8. Begin Final Text of Kosovo,s")?.anchor == .narrative)
            #expect(CableTemplate.anchor(in: "B. Begin Final Text of Kosovo,s")?.prefix == "B.")
            #expect(CableTemplate.anchor(in: "8. (U) Begin Final Text of Runia's")?.prefix == "8.")
            #expect(CableTemplate.anchor(in: "¶11. The following is press guidance provided")?.anchor == .pressGuidance)
            #expect(CableTemplate.anchor(in: "The Department appreciates posts' assistance")?.anchor == .thanks)
            #expect(CableTemplate.anchor(in: "Posts should make sure that the relevant")?.anchor == .webPage)
            #expect(CableTemplate.anchor(in: "Post may wish to deliver the following points")?.anchor == .nonPaperIntro)
            #expect(CableTemplate.anchor(in: "We note that the following is press guidance") == nil)
            #expect(CableTemplate.anchor(in: "Begin text of submission:") == nil)
        }

        /// The repaired text of `texts` (lines joined by spaces) and the repairs.
        func repaired(_ texts: [String], vocabulary: [String] = []) -> (text: String, repairs: [CableRepair]) {
            let lines = texts.enumerated().map { CableLine(number: $0.offset + 1, text: $0.element) }
            var repairer = CableArtifactRepairer(
                paragraph: 8, lines: lines, vocabulary: CableVocabulary(lines: texts + vocabulary))
            repairer.repairAll()
            return (repairer.lines.map(\.text).joined(separator: " "), repairer.repairs)
        }

        @Test func hyphenAtALineEnd() {
            // The cable prints the compound elsewhere: the hyphen belongs to it.
            #expect(
                repaired(["the anti-", "trafficking law"], vocabulary: ["an anti-trafficking unit"]).text
                    == "the anti-trafficking law")
            // The cable prints the joined word elsewhere: the hyphen only broke it.
            #expect(
                repaired(["child traf-", "ficking"], vocabulary: ["trafficking in persons"]).text == "child trafficking"
            )
            // A prefix that takes a hyphen.
            #expect(repaired(["a non-", "governmental group"]).text == "a non-governmental group")
            // Both parts are words.
            #expect(
                repaired(["the state-", "run shelters"], vocabulary: ["the state pays", "shelters run by"]).text
                    == "the state-run shelters")
            // Neither: the hyphen stays and the place is flagged.
            let unsure = repaired(["did not de-", "mand it"])
            #expect(unsure.text == "did not de-mand it")
            #expect(unsure.repairs.map(\.isReviewFlag) == [true])
            // A soft hyphen at the line end always joins.
            #expect(repaired(["a coor\u{00AD}", "dinator"]).text == "a coordinator")
            // A suspended hyphen is not a break: `sex- and labor trafficking`.
            #expect(repaired(["sex- and labor trafficking"]).repairs == [])
        }

        @Test func wordsRunTogether() {
            let text = ["traffickinghowever, trafficking is", "victimsand victims"]
            let flags = repaired(text).repairs.filter { $0.kind == .runTogetherWords }
            #expect(flags.map(\.original) == ["traffickinghowever,", "victimsand"])
            #expect(flags.map(\.message).first?.contains("may be `trafficking; however,`") == true)
            // Ordinary English words are not flagged, although their parts are words too.
            let words = [
                "visitors visit", "a shortfall is short", "meanwhile mean", "throughout through", "whereas where",
                "nightclub night club", "the director will direct", "a governor must govern", "standby stand",
                "cannot can", "therefore there", "outreach reach",
            ]
            #expect(repaired(words).repairs.filter { $0.kind == .runTogetherWords } == [])
        }

        @Test func lostPunctuation() {
            var lines = (1...30).map { CableLine(number: $0, text: "an ordinary line of words with single spaces") }
            lines.append(CableLine(number: 31, text: "victims in the United States\t some fall victim"))
            lines.append(CableLine(number: 32, text: "victims in the United States  some fall victim"))
            lines.append(CableLine(number: 33, text: "in 2008\tThe government"))
            var renderer = CableRendererRepairer(lines: lines)
            renderer.repairAll()
            #expect(
                renderer.lines.suffix(3).map(\.text) == [
                    "victims in the United States; some fall victim", "victims in the United States some fall victim",
                    "in 2008 The government",
                ])
            #expect(renderer.repairs.map(\.isReviewFlag) == [false, true, true])
            #expect(
                renderer.repairs[1].message
                    == "a run of 2 spaces between `States` and `some` replaced by one space: a semicolon may have been lost there (`States; some`); please review"
            )
            // Spaces between words everywhere (OCR, justified text) are not lost punctuation.
            var spaced = CableRendererRepairer(lines: [
                CableLine(number: 1, text: "the  Secretary  will  release  the  Report"),
                CableLine(number: 2, text: "at  a  press  conference"),
            ])
            spaced.repairAll()
            #expect(spaced.repairs == [])
        }

        @Test func characterReferencesThroughLibXML2() {
            var renderer = CableRendererRepairer(lines: [
                CableLine(number: 1, text: "Briggs &amp; Co. &quot;three Ps&quot; &#8217; &#x2014; &eacute; &bogus;")
            ])
            renderer.repairAll()
            #expect(renderer.lines.first?.text == "Briggs & Co. \"three Ps\" \u{2019} \u{2014} \u{E9} &bogus;")
            #expect(renderer.repairs.filter(\.isReviewFlag).map(\.original) == ["&bogus;"])
        }

        @Test func gluedSignature() {
            #expect(CableParser.gluedSignature("the preceding action requests. CLINTON")?.signature == "CLINTON")
            #expect(CableParser.gluedSignature("assistance. VAN VOORST")?.signature == "VAN VOORST")
            #expect(CableParser.gluedSignature("funds for the OSCE") == nil)
            #expect(CableParser.gluedSignature("as noted above. END TEXT") == nil)
        }
    }
}
