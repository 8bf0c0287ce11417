import Foundation
import Testing
import TipL10nKit

extension Cables {
    @Suite("Source document: sections and blocks")
    struct SourceDocumentTests {
        /// Section IDs with the IDs of their blocks, for exact structure checks.
        static func outline(_ document: SourceDocument) -> [String] {
            document.sections.map { section in
                section.id + ": " + section.blocks.map(\.id).joined(separator: " ")
            }
        }

        static let narrativeOutline = [
            "narrative: title",
            "narrative.intro: p1 p2",
            "narrative.recommendations: p1",
            "narrative.prosecution: heading p1",
            "narrative.protection: heading p1",
            "narrative.prevention: heading p1",
            "nonpaper: b1 b2 b3 b4 b5 b6 b7 b8",
        ]

        @Test func kosovoSections() throws {
            let document = try Fixtures.document("09STATE61188.txt")
            #expect(document.cableID == "09STATE61188")
            #expect(document.country == "Kosovo")
            #expect(document.tier == "Tier 2")
            #expect(document.titleLine == "Kosovo (TIER 2)")
            #expect(
                Self.outline(document) == Self.narrativeOutline + [
                    "press.q1: question answer", "press.q2: question answer", "press.q3: question answer",
                    "press.q4: question answer",
                ])
            #expect(
                document.sections.map(\.part.rawValue) == Array(repeating: "narrative", count: 6) + ["nonpaper"]
                    + Array(repeating: "press", count: 4))
            #expect(Set(document.blocks.map(\.cableParagraph)) == [8, 9, 11])
        }

        @Test func kosovoBlockTexts() throws {
            let document = try Fixtures.document("09STATE61188.txt")
            let title = try #require(document.section("narrative")?.blocks.first)
            #expect(
                title == SourceBlock(kind: .title, id: "title", text: "Kosovo (TIER 2)", cableParagraph: 8, line: 131))
            #expect(document.section("narrative.prosecution")?.blocks.first?.text == "Prosecution")
            #expect(document.section("narrative.prosecution")?.blocks.first?.kind == .heading)
            let prosecution = try #require(document.section("narrative.prosecution")?.blocks.last)
            #expect(
                prosecution.text.hasPrefix(
                    "Kosovo law criminalizes sex and labor trafficking and provides penalties for human trafficking of two to 12 years' imprisonment \u{2013} penalties that are sufficiently stringent"
                ))
            let recommendations = try #require(document.section("narrative.recommendations")?.blocks.first)
            #expect(recommendations.text.hasPrefix("Recommendations for Kosovo: Aggressively investigate, prosecute,"))
            #expect(recommendations.text.hasSuffix("including efforts to reduce the demand for commercial sex acts."))
            #expect(
                document.section("narrative.intro")?.blocks.last?.text
                    == "The Government of Kosovo does not fully comply with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so. The government helped fund two NGO anti-trafficking shelters in 2008 and began implementing a new National Action Plan. The government did not adequately investigate and prosecute trafficking offenders, address trafficking-related corruption, and identify trafficking victims."
            )
            let bullets = try #require(document.section("nonpaper")?.blocks)
            #expect(bullets.allSatisfy { $0.kind == .bullet && $0.sourceLabel == "--" && $0.cableParagraph == 9 })
            #expect(
                bullets[6].text == "The text of the TVPA and amendments can be found on website www.state.gov/g/tip.")
            #expect(bullets[0].text.hasPrefix("The U.S. Congress, through its passage of the 2000 Trafficking"))
        }

        @Test func kosovoPressGuidanceNumbersQuestionsByPosition() throws {
            let document = try Fixtures.document("09STATE61188.txt")
            let press = document.sections.filter { $0.part == .press }
            #expect(press.map(\.id) == ["press.q1", "press.q2", "press.q3", "press.q4"])
            #expect(press.map { $0.blocks.first?.sourceLabel } == ["Q1:", "Q2:", "Q2:", "Q3:"])
            #expect(press.map { $0.blocks.last?.sourceLabel } == ["A:", "A:", "A:", "A:"])
            #expect(
                press[1].blocks[0]
                    == SourceBlock(
                        kind: .question, id: "question", text: "Why is Kosovo on Tier 2?", cableParagraph: 11,
                        sourceLabel: "Q2:",
                        line: 387))
            #expect(
                press[2].blocks[0].text == "What can Kosovo do to improve its fight against trafficking in persons?")
            #expect(press[3].blocks[0].text == "What sources does the State Department use for information?")
            #expect(press[0].blocks[1].kind == .answer)
            #expect(
                press[0].blocks[1].text.hasPrefix(
                    "Kosovo was previously considered a Special Case because it did not have"))
        }

        @Test func surinameSections() throws {
            let document = try Fixtures.document("09STATE60550.txt")
            #expect(document.country == "Suriname")
            #expect(document.tier == "Tier 2")
            #expect(
                Self.outline(document) == Self.narrativeOutline + [
                    "press.q1: question answer", "press.q2: question answer", "press.q3: question answer",
                ])
            let press = document.sections.filter { $0.part == .press }
            #expect(press.map { $0.blocks.first?.sourceLabel } == ["Q1.", "Q2.", "Q3."])
            #expect(press.map { $0.blocks.last?.sourceLabel } == ["¶A.", "¶A.", "¶A."])
            #expect(press[1].blocks[0].text == "What is the nature of the trafficking situation in Suriname?")
            #expect(press[0].blocks[1].text.hasPrefix("The Government of Suriname does not fully comply"))
            // The underline under a heading is not text.
            #expect(document.section("narrative.prosecution")?.blocks.map(\.text.first) == ["P", "T"])
            #expect(
                document.section("narrative.prosecution")?.blocks.last?.text.contains(
                    "sufficiently stringent penalties of five to 20 years' imprisonment \u{2013} penalties that")
                    == true)
        }

        @Test func icelandSections() throws {
            let document = try Fixtures.document("09STATE60608.html")
            #expect(document.cableID == "09STATE60608")
            #expect(document.country == "Iceland")
            #expect(document.titleLine == "Iceland (TIER 2)")
            #expect(
                Self.outline(document) == Self.narrativeOutline + [
                    "press.q1: question answer", "press.q2: question answer", "press.q3: question answer",
                    "press.q4: question answer",
                ])
            #expect(
                document.section("narrative.intro")?.blocks.first?.text
                    == "Iceland is primarily a destination country and, to a lesser extent, a transit country for men and women from the Baltic states, Poland, Russia, Bulgaria, Equatorial Guinea, Brazil, and China trafficked to and through Iceland to Western European states for the purposes of commercial sexual exploitation and forced labor in the restaurant and construction industries."
            )
            #expect(
                document.section("narrative.recommendations")?.blocks.first?.text.hasPrefix(
                    "Recommendations for Iceland: Amend the criminal code") == true)
            #expect(document.section("press.q4")?.blocks.first?.sourceLabel == "Q4:")
        }

        @Test func pressLabelVariants() throws {
            let text = Fixtures.kosovo { lines in
                lines[376] = "Q1:Why was Kosovo ranked on the 2009 TIP Report?"
                lines[378] = "a:  Kosovo was previously considered a Special Case because"
                lines[386] = "q2 : Why is Kosovo on Tier 2?"
                lines[388] = "A : The Government of Kosovo does not fully comply with the"
                lines[397] = "Q 2:   What can Kosovo do to improve its fight against"
                lines[400] = "A. To improve its anti-trafficking performance, the Kosovo"
                lines[415] = "\u{00B6}Q3. What sources does the State Department use for"
                lines[418] = "\u{00B6}A. The Department of State prepared this Report using"
            }
            let document = try Fixtures.document(text: text, path: "kosovo.txt")
            #expect(document.warnings == [])
            let press = document.sections.filter { $0.part == .press }
            #expect(press.map { $0.blocks.first?.sourceLabel } == ["Q1:", "q2 :", "Q 2:", "\u{00B6}Q3."])
            #expect(press.map { $0.blocks.last?.sourceLabel } == ["a:", "A :", "A.", "\u{00B6}A."])
            let original = try Fixtures.document("09STATE61188.txt")
            #expect(Self.outline(document) == Self.outline(original))
            #expect(document.blocks.map(\.text) == original.blocks.map(\.text))
        }

        @Test func labelLookalikesAreText() throws {
            // `A.M.` and `a.` are not answer labels; `q1.` is not a question label (lower case needs `:`).
            let text = Fixtures.kosovo { lines in
                lines[380] = "A.M. reporting period. During prior reporting periods and"  // line 381
                lines[381] = "q1. since 1999, Kosovo had been administered by the United"  // line 382
                lines[382] = "a. National Interim Administrative Mission in Kosovo. Kosovo"  // line 383
            }
            let document = try Fixtures.document(text: text, path: "kosovo.txt")
            #expect(document.warnings == [])
            #expect(
                document.section("press.q1")?.blocks.last?.text.contains(
                    "for the A.M. reporting period. During prior reporting periods and q1. since 1999, Kosovo had been administered by the United a. National Interim"
                ) == true)
        }

        /// A question or an answer printed over several paragraphs stays one block, so that its
        /// unit IDs stay `press.qN.answer.sM`.
        @Test func multiParagraphQuestionsAndAnswersAreOneBlock() throws {
            let text = Fixtures.kosovo { lines in
                lines.insert("", at: 398)  // inside the second Q2 (lines 398–399)
                lines.insert(contentsOf: ["", ""], at: 381)  // inside the first answer, after line 381
            }
            let document = try Fixtures.document(text: text, path: "kosovo.txt")
            let original = try Fixtures.document("09STATE61188.txt")
            #expect(document.warnings == [])
            #expect(Self.outline(document) == Self.outline(original))
            #expect(document.blocks.map(\.text) == original.blocks.map(\.text))
            let segmenter = try Segmenter.defaultEnglish()
            let units = document.translationUnits(segmenter: segmenter, parts: [.press])
            let originalUnits = original.translationUnits(segmenter: segmenter, parts: [.press])
            #expect(units.map(\.id) == originalUnits.map(\.id))
            #expect(units.map(\.source) == originalUnits.map(\.source))
            #expect(
                units.filter { $0.sectionID == "press.q1" }.map(\.id) == [
                    "press.q1.question.s1", "press.q1.answer.s1", "press.q1.answer.s2", "press.q1.answer.s3",
                ])
        }

        @Test func headingVariants() throws {
            let text = Fixtures.kosovo { lines in
                lines[172] = "PROSECUTION"
                lines[193] = "Protection:"
                lines[220] = "prevention :"
            }
            let document = try Fixtures.document(text: text, path: "kosovo.txt")
            #expect(document.warnings == [])
            #expect(Self.outline(document) == Self.outline(try Fixtures.document("09STATE61188.txt")))
            #expect(
                document.sections.filter { $0.id.hasPrefix("narrative.pr") }.map { $0.blocks[0].text } == [
                    "PROSECUTION", "Protection:", "prevention :",
                ])
        }

        @Test func headingInCapitalsIsNotASignature() throws {
            // Cut right after a `PREVENTION` heading: no signature, the heading stays a heading.
            let text = Fixtures.kosovo { lines in
                lines.removeSubrange(221...)
                lines[220] = "PREVENTION"
            }
            let cable = try CableParser.parse(Data(text.utf8), path: "kosovo.txt")
            #expect(cable.header.signature == nil)
            let document = try SourceDocument.extract(from: cable, path: "kosovo.txt")
            #expect(Self.outline(document).last == "narrative.prevention: heading")
        }

        @Test func tierIsNormalised() {
            #expect(TitleProbe.parse("Kosovo (TIER 2)") == ["Kosovo", "Tier 2"])
            #expect(TitleProbe.parse("Ruritania (TIER 2 WATCH LIST)") == ["Ruritania", "Tier 2 Watch List"])
            #expect(TitleProbe.parse("Somalia (SPECIAL CASE)") == ["Somalia", "Special Case"])
            #expect(TitleProbe.parse("Prosecution") == [])
        }

        /// Every number printed in paragraphs 8, 9 and 11 reaches the blocks, as many times as printed.
        @Test(arguments: ["09STATE61188.txt", "09STATE60550.txt", "09STATE60608.html"])
        func everyFigureSurvives(_ name: String) throws {
            let cable = try Fixtures.cable(name)
            let document = try SourceDocument.extract(from: cable, path: name)
            let lines = cable.text.components(separatedBy: "\n")
            for number in [8, 9, 11] {
                let paragraph = try #require(cable.paragraph(number))
                let nextLine = cable.paragraph(number + 1)?.line ?? lines.count + 1
                // From the title line (paragraph 8) or the line after the paragraph mark.
                let first =
                    number == 8
                    ? try #require(document.section("narrative")?.blocks.first?.line) : paragraph.line + 1
                let printed = lines[(first - 1)..<(nextLine - 1)].joined(separator: " ")
                let blocks = document.blocks.filter { $0.cableParagraph == number }.map(\.text).joined(separator: " ")
                #expect(Self.figures(in: blocks) == Self.figures(in: printed), "paragraph \(number) of \(name)")
            }
            let all = document.blocks.map(\.text).joined(separator: " ")
            if name == "09STATE61188.txt" {
                for figure in [
                    "$158,593", "$64,786", "24 trafficking cases", "15 sex", "14 offenders", "33 assisted in 2007",
                    "two to 12 years'", "in 2008",
                ] {
                    #expect(all.contains(figure), "\(figure)")
                }
            }
        }

        static func figures(in text: String) -> [String] {
            // A letter-led match such as `Q1` is a label, not a figure.
            text.matches(of: /[\p{L}\d]*\$?\d+(?:,\d{3})*(?:\.\d+)?/).map { String($0.output) }
                .filter { $0.first?.isLetter == false }.sorted()
        }
    }
}

extension Cables {
    /// Test access to the title-line rule through a document built from a one-paragraph cable.
    enum TitleProbe {
        static func parse(_ titleLine: String) -> [String] {
            let text = """
                O 122209Z JUN 09
                FM SECSTATE WASHDC
                UNCLAS STATE 061188

                1. Begin Final Text of the country narrative:

                \(titleLine)
                Text.
                """
            guard let cable = try? CableParser.parse(Data(text.utf8), path: "title.txt"),
                let document = try? SourceDocument.extract(from: cable, path: "title.txt")
            else { return [] }
            return [document.country, document.tier]
        }
    }
}
