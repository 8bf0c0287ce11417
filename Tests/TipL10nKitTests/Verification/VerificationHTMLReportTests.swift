import Foundation
import Testing
import TipL10nTestSupport
import TipL10nXML

@testable import TipL10nKit

extension VerificationTests {
    /// The report for the translator: one offline HTML page.
    @Suite("Verification: HTML report")
    struct VerificationHTMLReportTests {
        typealias F = VerificationFixtures

        static func page(_ pairs: [TranslationPair]) throws -> (html: String, tree: XMLTree.Element) {
            let report = Verifier().verify(VerificationInput(pairs: pairs))
            let data = try VerificationHTMLReport(
                title: "t.xlf", report: report, pairs: pairs, generated: Date(timeIntervalSince1970: 1_244_800_800)
            ).html(path: "report.html")
            let html = try #require(String(data: data, encoding: .utf8))
            return (html, try HTMLDocument.parse(data, path: "report.html"))
        }

        @Test func unitsWithFindingsAreListedWithSourceTargetAndFindingsCounted() throws {
            var clean = F.pair("Protection", "Mbrojtja", profile: F.sq)
            clean.unitID = "u0"
            clean.line = 5
            let flagged = F.pair("Prosecution", "Prosecution", profile: F.sq)
            let (html, tree) = try Self.page([clean, flagged])
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(
                html.contains("<p class=\"summary\">2 units checked: 0 errors, 1 warning. Made 2009-06-12T10:00:00Z"))
            let sections = tree.descendants(named: "section")
            #expect(sections.map { $0.attribute("id") } == ["unit-7-u1"])
            let cells = sections[0].descendants(named: "td").map(\.textContent)
            #expect(cells == ["Prosecution", "Prosecution"])
            #expect(sections[0].descendants(named: "td")[1].attribute("lang") == "sq")
            #expect(
                sections[0].descendants(named: "li").map(\.textContent) == [
                    "warningidenticaltarget identical to source: \"Prosecution\""
                ])
            // The counts table: one row for the check, linking its unit.
            let rows = tree.descendants(named: "tbody").first?.descendants(named: "tr") ?? []
            #expect(
                rows.map { $0.childElements.map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) } }
                    == [["identical", "0", "1", "0", "u1"]])
            // No script, no external resource: it works offline.
            #expect(tree.descendants(named: "script").isEmpty)
            #expect(tree.descendants(named: "link").isEmpty)
        }

        @Test func textFromTheFileIsNeverMarkup() throws {
            let hostile = F.pair(
                "Prosecution <script>alert(1)</script>", "Prosecution <script>alert(1)</script>", profile: F.sq)
            let (html, tree) = try Self.page([hostile])
            #expect(!html.contains("<script>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(tree.descendants(named: "script").isEmpty)
            #expect(tree.descendants(named: "td").map(\.textContent).contains("Prosecution <script>alert(1)</script>"))
        }

        @Test func aRightToLeftTargetIsMarked() throws {
            let arabic = F.pair(
                "Prosecution", "Prosecution", profile: F.profile("ar", script: try #require(.init(rawValue: "Arab"))))
            let (_, tree) = try Self.page([arabic])
            #expect(tree.descendants(named: "td").last?.attribute("dir") == "rtl")
        }
    }
}
