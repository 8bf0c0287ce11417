import Foundation
import Testing
import TipL10nKit

extension Cables {
    @Suite("Cable errors: exact messages")
    struct CableErrorTests {
        func parseError(_ text: String, path: String) -> String? {
            do {
                _ = try CableParser.parse(Data(text.utf8), path: path)
                return nil
            } catch {
                return "\(error)"
            }
        }

        @Test func notACable() throws {
            let readme = try Fixtures.text("README.md")
            #expect(
                parseError(readme, path: "cables/README.md")
                    == "cables/README.md: error: not a cable: expected a telegram header (a caption such as 'UNCLAS STATE 061188' or an 'FM <sender>' line) in the first 60 lines"
            )
        }

        @Test func emptyFile() {
            #expect(parseError("", path: "empty.txt") == "empty.txt: error: not a cable: the file is empty")
            #expect(
                parseError(" \n\u{00A0}\n\t\n", path: "blank.txt") == "blank.txt: error: not a cable: the file is empty"
            )
        }

        @Test func headerBeyondTheFirstSixtyLines() throws {
            let padded = String(repeating: "filler\n", count: 60) + (try Fixtures.bareKosovoTelegram())
            #expect(
                parseError(padded, path: "late.txt")
                    == "late.txt: error: not a cable: expected a telegram header (a caption such as 'UNCLAS STATE 061188' or an 'FM <sender>' line) in the first 60 lines"
            )
        }

        @Test func htmlWithoutPreformattedText() {
            #expect(
                parseError("<html><body><p>Cable Viewer</p></body></html>", path: "page.html")
                    == "page.html: error: not a cable: expected the telegram text in <pre> blocks of the HTML page")
        }

        @Test func bareTelegramWithoutDTG() throws {
            let text = try Fixtures.bareKosovoTelegram()
            let caption = try #require(text.range(of: "UNCLAS STATE 061188"))
            #expect(
                parseError(String(text[caption.lowerBound...]), path: "cut.txt")
                    == "cut.txt:1: error: incomplete telegram header: expected a date-time group line such as 'O 122209Z JUN 09' before the caption, for the year of the cable ID"
            )
        }

        @Test func embassySubmissionHasNoNarrative() throws {
            let cable = try Fixtures.cable("09REYKJAVIK49.txt")
            let error = #expect(throws: CableError.self) {
                try SourceDocument.extract(from: cable, path: "cables/09REYKJAVIK49.txt")
            }
            #expect(
                error?.description
                    == "cables/09REYKJAVIK49.txt: error: no TIP Report country narrative: expected a paragraph 'Begin Final Text of <country>'s country narrative' with a '<Country> (TIER n)' title line; looked in paragraphs 1–2; this looks like an embassy's message to the Department (FM AMEMBASSY REYKJAVIK), not a TIP Report rollout cable"
            )
            #expect(error?.errorDescription == error?.description)
            #expect(error?.line == nil)
        }

        @Test func departmentCableWithoutNarrative() throws {
            let text = """
                O 122209Z JUN 09
                FM SECSTATE WASHDC
                TO AMEMBASSY PRISTINA IMMEDIATE 0000
                UNCLAS STATE 061188

                1. Action cable.
                """
            let cable = try CableParser.parse(Data(text.utf8), path: "action.txt")
            let error = #expect(throws: CableError.self) { try SourceDocument.extract(from: cable, path: "action.txt") }
            #expect(
                error?.description
                    == "action.txt: error: no TIP Report country narrative: expected a paragraph 'Begin Final Text of <country>'s country narrative' with a '<Country> (TIER n)' title line; looked in paragraphs 1–1"
            )
        }

        @Test func repeatedHeading() throws {
            for printed in ["Prevention", "PREVENTION", "Prevention:"] {
                // Line 194 `Protection` printed as a second Prevention heading (line 221).
                let text = Fixtures.kosovo { lines in lines[193] = printed }
                let cable = try CableParser.parse(Data(text.utf8), path: "kosovo.txt")
                let error = #expect(throws: CableError.self) {
                    try SourceDocument.extract(from: cable, path: "kosovo.txt")
                }
                #expect(
                    error?.description
                        == "kosovo.txt:221: error: the narrative heading 'Prevention' appears twice (lines 194 and 221): each section must appear once",
                    "\(printed)")
            }
        }

        @Test func narrativeWithoutTitleLine() throws {
            let text = """
                O 122209Z JUN 09
                FM SECSTATE WASHDC
                UNCLAS STATE 061188

                1. Action cable.

                2. Begin Final Text of Narnia's country narrative:

                Narnia is a source country.
                """
            let cable = try CableParser.parse(Data(text.utf8), path: "narnia.txt")
            let error = #expect(throws: CableError.self) { try SourceDocument.extract(from: cable, path: "narnia.txt") }
            #expect(
                error?.description
                    == "narnia.txt:7: error: no country title line in paragraph 2: expected a line such as 'Kosovo (TIER 2)' (the country and its tier in parentheses)"
            )
        }

        @Test func descriptionFormat() {
            #expect(CableError(path: "a.txt", line: 3, message: "m").description == "a.txt:3: error: m")
            #expect(CableError(path: "a.txt", message: "m").description == "a.txt: error: m")
        }
    }
}
