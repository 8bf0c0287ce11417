import Foundation
import Testing
import TipL10nKit

extension Cables {
    @Suite("Cable parser: headers, layouts, paragraphs")
    struct CableParserTests {
        let kosovoTags = ["KTIP", "ELAB", "KCRM", "KPAO", "KWMN", "PGOV", "PHUM", "PREL", "SMIG"]

        @Test func kosovoHeader() throws {
            let cable = try Fixtures.cable("09STATE61188.txt")
            #expect(cable.layout == .webPage)
            let expected = CableHeader(
                cableID: "09STATE61188", created: "2009-06-12 22:09:00", released: nil, classification: "UNCLASSIFIED",
                origin: "Secretary of State", dtg: "122209Z JUN 09", dtgDate: Fixtures.date("2009-06-12T22:09:00Z"),
                from: "SECSTATE WASHDC", to: ["AMEMBASSY PRISTINA IMMEDIATE 0000"], info: [],
                caption: "UNCLAS STATE 061188", subject: "KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE",
                tags: kosovoTags,
                references: [
                    CableReference(label: "A", text: "STATE 59732"), CableReference(label: "B", text: "STATE 005577"),
                ],
                signature: "CLINTON")
            #expect(cable.header == expected)
            #expect(cable.header.dtgDate?.timeIntervalSince1970 == 1_244_844_540)
        }

        @Test func surinameHeaderSplitsTheGluedCaption() throws {
            let cable = try Fixtures.cable("09STATE60550.txt")
            #expect(cable.layout == .archive)
            let expected = CableHeader(
                cableID: "09STATE60550", created: "Thu Jun 11 00:00:00 +0200 2009", released: nil,
                classification: "UNCLASSIFIED", origin: "Secretary of State", dtg: "112249Z JUN 09",
                dtgDate: Fixtures.date("2009-06-11T22:49:00Z"), from: "SECSTATE WASHDC",
                to: ["AMEMBASSY PARAMARIBO IMMEDIATE 0000"], info: [], caption: "UNCLAS STATE 060550",
                subject: "SURINAME -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE", tags: kosovoTags + ["NS"],
                references: [
                    CableReference(label: "A", text: "STATE 59732"), CableReference(label: "B", text: "STATE 005577"),
                ],
                signature: "CLINTON")
            #expect(cable.header == expected)
        }

        @Test func icelandHeaderFromTheHTMLPage() throws {
            let cable = try Fixtures.cable("09STATE60608.html")
            #expect(cable.layout == .html)
            let expected = CableHeader(
                cableID: "09STATE60608", created: "2009-06-12 00:12", released: "2011-01-13 05:05",
                classification: "UNCLASSIFIED", origin: "Secretary of State", dtg: "120017Z JUN 09",
                dtgDate: Fixtures.date("2009-06-12T00:17:00Z"), from: "SECSTATE WASHDC",
                to: ["AMEMBASSY REYKJAVIK PRIORITY 0000"], info: [], caption: "UNCLAS STATE 060608",
                subject: "ICELAND--2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE",
                tags: ["ELAB", "KCRM", "KWMN", "PGOV", "PHUM", "PREL", "SMIG", "KPAO", "KTIP", "IC"],
                references: [
                    CableReference(label: "A", text: "2009 STATE 59732"),
                    CableReference(label: "B", text: "2009 STATE 5577"),
                ],
                signature: "CLINTON")
            #expect(cable.header == expected)
            // The telegram text is the two <pre> blocks joined by a newline; ¶ anchors became text.
            let lines = cable.text.components(separatedBy: "\n")
            #expect(lines[0] == "VZCZCXYZ0000")
            #expect(lines[7] == "TO AMEMBASSY REYKJAVIK PRIORITY 0000")
            #expect(lines[8] == "UNCLAS STATE 060608 ")
            #expect(lines[20] == "¶1. This is an action cable; see paras 5 through 7 and 10. ")
        }

        @Test func embassySubmissionHeader() throws {
            let cable = try Fixtures.cable("09REYKJAVIK49.txt")
            #expect(cable.layout == .archive)
            #expect(cable.header.cableID == "09REYKJAVIK49")
            #expect(cable.header.classification == "UNCLASSIFIED//FOR OFFICIAL USE ONLY")
            #expect(cable.header.from == "AMEMBASSY REYKJAVIK")
            #expect(cable.header.to == ["RUEHC/SECSTATE WASHDC IMMEDIATE 4006"])
            #expect(
                cable.header.info == [
                    "RUEHZL/EUROPEAN POLITICAL COLLECTIVE", "RUEAWJA/DEPT OF JUSTICE WASHDC",
                    "RUEHC/DEPT OF LABOR WASHDC",
                    "RUEATRS/DEPT OF TREASURY WASHINGTON DC", "RUEAHLC/HOMELAND SECURITY CENTER WASHDC",
                ])
            #expect(cable.header.caption == "UNCLAS SECTION 01 OF 06 REYKJAVIK 000049")
            #expect(
                cable.header.subject
                    == "NINTH ANNUAL ANTI-TRAFFICKING IN PERSONS (TIP) REPORT FOR ICELAND (PART 1 OF 2)")
            #expect(
                cable.header.references == [
                    CableReference(label: "A", text: "STATE 5577"), CableReference(label: "B", text: "08 STATE 132759"),
                ])
            #expect(cable.header.signature == "VAN VOORST")
            #expect(cable.paragraphs.map(\.number) == [1, 2])
            // Page markers inside the body are not text.
            #expect(!(cable.paragraph(2)?.text.contains("00000049") ?? true))
        }

        @Test func bareTelegramDerivesTheCableID() throws {
            let text = try Fixtures.bareKosovoTelegram()
            let cable = try CableParser.parse(Data(text.utf8), path: "kosovo-telegram.txt")
            #expect(cable.layout == .telegram)
            #expect(cable.header.cableID == "09STATE61188")
            #expect(cable.header.created == nil)
            #expect(cable.header.origin == nil)
            #expect(cable.header.classification == "UNCLASSIFIED")
            #expect(cable.header.subject == "KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE")
            #expect(cable.paragraphs.map(\.number) == Array(1...12))
            // Lines count in the cut text: the file's line 50 is line 36 here.
            #expect(cable.paragraphs.first?.line == 36)
            let document = try SourceDocument.extract(from: cable, path: "kosovo-telegram.txt")
            #expect(document.cableID == "09STATE61188")
            #expect(document.sections.count == 11)
        }

        @Test func kosovoParagraphsOneToTwelve() throws {
            let cable = try Fixtures.cable("09STATE61188.txt")
            #expect(cable.paragraphs.map(\.number) == Array(1...12))
            #expect(cable.paragraphs.map(\.line) == [50, 53, 62, 79, 92, 105, 119, 127, 239, 364, 374, 426])
            #expect(cable.paragraph(1)?.text == "This is an action cable; see paras 5 through 7 and 10.")
            #expect(
                cable.paragraph(12)?.text
                    == "The Department appreciates posts, assistance with the preceding action requests.")
        }

        @Test func kosovoRejoinedSentences() throws {
            let nine = try #require(try Fixtures.cable("09STATE61188.txt").paragraph(9))
            #expect(
                nine.text.contains(
                    "the date of enactment of the TVPRA of 2008 be ranked as Tier 3. Thus, any automatic downgrade to Tier 3"
                ))
            #expect(
                nine.text.contains(
                    "Please keep this information embargoed until 10:00 am Washington DC time June 16. The State Department will also hold"
                ))
            // The blank line before the rejoined line is gone, so the bullet stays one block.
            let lines = nine.lines.map(\.number)
            #expect(lines.contains(302) && !lines.contains(301))
        }

        @Test func surinameAndIcelandParagraphs() throws {
            let suriname = try Fixtures.cable("09STATE60550.txt")
            #expect(suriname.paragraphs.map(\.number) == Array(1...12))
            #expect(suriname.paragraphs.map(\.line) == [24, 26, 34, 50, 62, 73, 86, 93, 248, 370, 379, 438])
            #expect(suriname.paragraph(1)?.text == "This is an action cable; see paras 5 through 7 and 10.")
            #expect(
                suriname.paragraph(8)?.text.contains(
                    "was before the courts in March 2009. Two additional cases are pending.")
                    == true)
            // Trailing spaces are stripped from every line.
            #expect(suriname.paragraphs.allSatisfy { $0.lines.allSatisfy { !$0.text.hasSuffix(" ") } })

            let iceland = try Fixtures.cable("09STATE60608.html")
            #expect(iceland.paragraphs.map(\.number) == Array(1...12))
            #expect(iceland.paragraphs.map(\.line) == [21, 23, 31, 47, 59, 70, 83, 90, 194, 316, 325, 375])
            #expect(iceland.paragraph(9)?.text.contains("be ranked as Tier 3. Thus, any automatic") == true)
        }

        @Test func headerIsReadOnceAndTheTrailerIsDropped() throws {
            let cable = try Fixtures.cable("09STATE61188.txt")
            #expect(cable.header.references.count == 2)
            #expect(cable.paragraph(1)?.line == 50)
            #expect(
                cable.paragraph(12)?.lines.map(\.text) == [
                    "The Department appreciates posts, assistance with the", "preceding action requests.",
                ])
            #expect(!cable.paragraphs.contains { $0.text.contains("Share this cable") || $0.text.contains("CLINTON") })
        }

        @Test func crlfAndLayoutDetection() throws {
            let text = try Fixtures.text("09STATE60550.txt").replacingOccurrences(of: "\n", with: "\r\n")
            let cable = try CableParser.parse(Data(text.utf8), path: "crlf.txt")
            #expect(cable.layout == .archive)
            #expect(cable.paragraphs.map(\.number) == Array(1...12))
            #expect(cable.paragraph(1)?.text == "This is an action cable; see paras 5 through 7 and 10.")
        }
    }
}
