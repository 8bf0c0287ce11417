import Foundation
import Testing

@testable import TipL10nXML

@Suite struct HTMLDocumentTests {
    @Test func readsThePreBlocksOfTheCableViewerPage() throws {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("cables/09STATE60608.html"))
        let root = try HTMLDocument.parse(data, path: "09STATE60608.html")
        #expect(root.name == "html")
        let blocks = root.descendants(named: "pre")
        #expect(blocks.count == 2)
        #expect(blocks[0].textContent.hasPrefix("VZCZCXYZ0000\nPP RUEHWEB\n"))
        #expect(blocks[1].textContent.contains("¶3.  Thus, any automatic downgrade"))
        let cells = root.descendants(named: "td").map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(
            cells == ["09STATE60608", "2009-06-12 00:12", "2011-01-13 05:05", "UNCLASSIFIED", "Secretary of State"])
    }

    @Test func emptyPageIsAnError() throws {
        let error = try #require(throws: XMLError.self) { try HTMLDocument.parse(Data(), path: "empty.html") }
        #expect(error.description == "empty.html:1:1: error: document is empty")
    }
}
