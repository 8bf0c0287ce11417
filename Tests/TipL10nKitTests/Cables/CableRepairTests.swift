import Foundation
import Testing
import TipL10nKit

extension Cables {
    @Suite("Cable repairs: telegraphic artifacts")
    struct CableRepairTests {
        struct Expected: Equatable, CustomStringConvertible {
            var kind: CableRepair.Kind
            var line: Int
            var original: String
            var replacement: String
            var paragraph: Int?

            init(_ kind: CableRepair.Kind, _ line: Int, _ original: String, _ replacement: String, _ paragraph: Int?) {
                self.kind = kind
                self.line = line
                self.original = original
                self.replacement = replacement
                self.paragraph = paragraph
            }

            init(_ repair: CableRepair) {
                self.init(repair.kind, repair.line, repair.original, repair.replacement, repair.paragraph)
            }

            var description: String {
                "(\(kind), \(line), \(original.debugDescription), \(replacement.debugDescription))"
            }
        }

        @Test func kosovoRepairs() throws {
            let cable = try Fixtures.cable("09STATE61188.txt")
            #expect(
                cable.repairs.map(Expected.init) == [
                    Expected(.emphasisDoubling, 75, "not/not", "not", 3),
                    Expected(.apostrophe, 84, "G/TIP,s", "G/TIP's", 4),
                    Expected(.apostrophe, 127, "Kosovo,s", "Kosovo's", 8),
                    Expected(.apostrophe, 175, "12 years, imprisonment", "12 years' imprisonment", 8),
                    Expected(.dash, 176, "imprisonment ) penalties", "imprisonment \u{2013} penalties", 8),
                    Expected(.needsReview, 258, "victims, labor", "victims, labor", 9),
                    Expected(.dash, 288, "Report -- from", "Report \u{2013} from", 9),
                    Expected(.dash, 288, "1 ) or", "1 \u{2013} or", 9),
                    Expected(
                        .rejoinedParagraph, 302, "ranked as Tier\n\n3. Thus, any", "ranked as Tier 3. Thus, any", 9),
                    Expected(.needsReview, 336, "workers, home", "workers, home", 9),
                    Expected(.needsReview, 338, "countries, \"sponsorship", "countries, \"sponsorship", 9),
                    Expected(.needsReview, 343, "traffickers, profits", "traffickers, profits", 9),
                    Expected(.rejoinedParagraph, 357, "DC time June\n\n16. The State", "DC time June 16. The State", 9),
                    Expected(.apostrophe, 370, "bureau,s", "bureau's", 10),
                    Expected(.needsReview, 426, "posts, assistance", "posts, assistance", 12),
                ])
        }

        @Test func kosovoRepairMessages() throws {
            let cable = try Fixtures.cable("09STATE61188.txt")
            let messages = cable.repairs.map(\.message)
            #expect(messages.contains("`Kosovo,s` → `Kosovo's` (telegraphic comma for an apostrophe)"))
            #expect(messages.contains("`not/not` → `not` (word doubled for emphasis)"))
            #expect(
                messages.contains(
                    "`imprisonment ) penalties` → `imprisonment \u{2013} penalties` (telegraphic `)` for a dash; no `(` is open before it)"
                ))
            #expect(
                messages.contains(
                    "`12 years, imprisonment` → `12 years' imprisonment` (telegraphic comma for the apostrophe of a period of imprisonment)"
                ))
            #expect(
                messages.contains(
                    "`workers, home` may stand for `workers' home` (telegraphic comma for an apostrophe after a plural); left as printed: please review"
                ))
            #expect(
                messages.contains(
                    "`3.` is not paragraph 10, the next expected number: kept as text of paragraph 9 (`…ranked as Tier 3. Thus, any…`)"
                ))
        }

        @Test func repairedTextIsInTheParagraphs() throws {
            let cable = try Fixtures.cable("09STATE61188.txt")
            #expect(cable.paragraph(3)?.text.contains("should not precede the Secretary's release") == true)
            #expect(cable.paragraph(4)?.text.contains("by G/TIP's Director") == true)
            #expect(cable.paragraph(8)?.text.hasPrefix("Begin Final Text of Kosovo's country narrative") == true)
            #expect(
                cable.paragraph(9)?.text.contains(
                    "annual TIP Report \u{2013} from 3 to 2 or from 2 to 1 \u{2013} or if they")
                    == true)
            #expect(cable.paragraph(10)?.text.contains("regional bureau's EX office.") == true)
            // Flagged text is left as printed.
            #expect(cable.paragraph(9)?.text.contains("excessive recruiting fees in workers, home countries;") == true)
        }

        @Test func surinameRepairs() throws {
            let cable = try Fixtures.cable("09STATE60550.txt")
            let repairs = cable.repairs.map(Expected.init)
            #expect(repairs.count == 21)
            #expect(
                repairs.contains(Expected(.apostrophe, 164, "six years, imprisonment", "six years' imprisonment", 8)))
            #expect(repairs.contains(Expected(.apostrophe, 176, "women,s", "women's", 8)))
            #expect(
                repairs.contains(
                    Expected(
                        .rejoinedParagraph, 172, "courts in March\n¶2009. Two additional",
                        "courts in March 2009. Two additional",
                        8)))
            #expect(
                repairs.filter { $0.kind == .needsReview }.map(\.original) == [
                    "officials, complicity", "victims, repatriation", "victims, labor", "workers, home",
                    "countries, sponsorship", "traffickers, profits", "officials, complicity", "posts, assistance",
                ])
        }

        @Test func icelandRepairs() throws {
            let cable = try Fixtures.cable("09STATE60608.html")
            #expect(
                cable.repairs.map(Expected.init) == [
                    Expected(.emphasisDoubling, 44, "not/not", "not", 3),
                    Expected(.dash, 243, "Report -- from", "Report \u{2013} from", 9),
                    Expected(.dash, 243, "1 -- or", "1 \u{2013} or", 9),
                    Expected(
                        .rejoinedParagraph, 256, "ranked as Tier\n¶3. Thus, any", "ranked as Tier 3. Thus, any", 9),
                    Expected(.rejoinedParagraph, 310, "DC time June\n¶16. The State", "DC time June 16. The State", 9),
                ])
        }

        /// A bare telegram with the artifacts the real cables lack (line-final hyphens, a singular
        /// period noun, a `)` inside parentheses, a line-initial `--` in running text).
        static let synthetic = """
            O 122209Z JUN 09
            FM SECSTATE WASHDC
            TO AMEMBASSY PRISTINA IMMEDIATE 0000
            UNCLAS STATE 061188

            SUBJECT: TEST

            1. The government funded two anti-
            trafficking shelters in one Serb-
            majority region and gave one year, imprisonment (see the code )
            to one offender in the annual TIP Report
            -- from 3 to 2 -- as planned.

            -- A bullet after a blank line.
            2. Last.
            CLINTON
            """

        @Test func syntheticArtifacts() throws {
            let cable = try CableParser.parse(Data(Self.synthetic.utf8), path: "synthetic.txt")
            #expect(cable.header.cableID == "09STATE61188")
            #expect(
                cable.paragraph(1)?.text
                    == "The government funded two anti-trafficking shelters in one Serb-majority region and gave one year's imprisonment (see the code ) to one offender in the annual TIP Report \u{2013} from 3 to 2 \u{2013} as planned. -- A bullet after a blank line."
            )
            #expect(
                cable.repairs.map(Expected.init) == [
                    Expected(.joinedHyphenation, 8, "anti-\ntrafficking", "anti-trafficking", 1),
                    Expected(.joinedHyphenation, 9, "Serb-\nmajority", "Serb-majority", 1),
                    Expected(.apostrophe, 10, "one year, imprisonment", "one year's imprisonment", 1),
                    Expected(.dash, 12, "Report -- from", "Report \u{2013} from", 1),
                    Expected(.dash, 12, "2 -- as", "2 \u{2013} as", 1),
                ])
            #expect(
                cable.repairs.first?.message
                    == "`anti-` + `trafficking` → `anti-trafficking` (word hyphenated across a line break; the hyphen is kept: `anti-` is a prefix that takes a hyphen)"
            )
            // The joined words leave their lines; the lines stay.
            #expect(
                cable.paragraph(1)?.lines.map(\.text) == [
                    "The government funded two anti-trafficking", "shelters in one Serb-majority",
                    "region and gave one year's imprisonment (see the code )",
                    "to one offender in the annual TIP Report",
                    "\u{2013} from 3 to 2 \u{2013} as planned.", "", "-- A bullet after a blank line.",
                ])
        }

        @Test func wordOnlyLineJoinedByHyphenationDisappears() throws {
            let text = """
                O 122209Z JUN 09
                FM SECSTATE WASHDC
                UNCLAS STATE 061188

                1. Two non-
                governmental
                shelters.
                """
            let cable = try CableParser.parse(Data(text.utf8), path: "hyphen.txt")
            #expect(cable.paragraph(1)?.lines.map(\.text) == ["Two non-governmental", "shelters."])
            #expect(cable.paragraph(1)?.text == "Two non-governmental shelters.")
        }

        /// Review notes are attached to the units of the repair's paragraph whose source contains
        /// `original` (``SourceDocument/translationUnits(segmenter:parts:repairs:)``), once per
        /// distinct message: so every repair has a paragraph and the message depends on the text only.
        @Test(arguments: ["09STATE61188.txt", "09STATE60550.txt", "09STATE60608.html", "09REYKJAVIK49.txt"])
        func everyRepairHasItsParagraph(_ name: String) throws {
            let cable = try Fixtures.cable(name)
            for repair in cable.repairs {
                let paragraph = try #require(repair.paragraph, "\(repair.line) \(repair.original)")
                let lines = try #require(cable.paragraph(paragraph)).lines.map(\.number)
                #expect(lines.contains(repair.line), "\(repair.line) \(repair.original)")
            }
        }

        @Test(arguments: ["09STATE61188.txt", "09STATE60550.txt"])
        func reviewNotesReachTheirUnits(_ name: String) throws {
            let cable = try Fixtures.cable(name)
            let document = try SourceDocument.extract(from: cable, path: name)
            let units = document.translationUnits(
                segmenter: try Segmenter.defaultEnglish(), parts: [.narrative, .nonPaper, .press],
                repairs: cable.repairs)
            let review = cable.repairs.filter { $0.kind == .needsReview && $0.paragraph != 12 }
            #expect(!review.isEmpty)
            for repair in review {
                let unit = units.first { $0.cableParagraph == repair.paragraph && $0.source.contains(repair.original) }
                #expect(unit?.reviewNotes.contains(repair.message) == true, "\(repair.original)")
            }
        }

        @Test func reviewMessageDependsOnTheTextOnly() throws {
            // Suriname prints `officials, complicity` twice (paragraphs 8 and 11).
            let review = try Fixtures.cable("09STATE60550.txt").repairs.filter {
                $0.kind == .needsReview && $0.original == "officials, complicity"
            }
            #expect(review.map(\.paragraph) == [8, 11])
            #expect(review[0].line != review[1].line)
            #expect(review[0].message == review[1].message)
            #expect(
                review[0].message
                    == "`officials, complicity` may stand for `officials' complicity` (telegraphic comma for an apostrophe after a plural); left as printed: please review"
            )
        }

        @Test func realErrorsInTheDepartmentsTextAreKept() throws {
            let document = try Fixtures.document("09STATE61188.txt")
            let answer = try #require(document.section("press.q1")?.blocks.last)
            #expect(
                answer.text.contains("administered by the United National Interim Administrative Mission in Kosovo"))
        }
    }
}
