import Foundation
import TipL10nXML

/// The parts of the cable viewer's HTML page the reader needs.
///
/// Source: `09STATE60608.html`. The telegram text is the text content of the `<pre>` blocks in
/// document order, joined by a newline (the header block, then the body block); the `¶` anchors
/// (`<a href='#par3'>¶</a>3.`) come out as `¶3.`, exactly like the archive layout. The metadata
/// comes from `<table class='cable'>`: its `<th>` cells name the `<td>` cells in order
/// (`Reference ID`, `Created`, `Released`, `Classification`, `Origin`).
struct CableHTMLPage {
    var telegramText: String
    var metadata: CableMetadata

    /// Reads the page through ``HTMLDocument``.
    ///
    /// - Throws: ``CableError`` `not a cable: the HTML page could not be read: …` when libxml2
    ///   fails, `not a cable: expected the telegram text in <pre> blocks of the HTML page` when
    ///   there is no `<pre>` text.
    init(data: Data, path: String) throws {
        let root: XMLTree.Element
        do {
            root = try HTMLDocument.parse(data, path: path)
        } catch let error as XMLError {
            throw CableError.unreadableHTML(path: path, line: error.line > 0 ? error.line : nil, reason: error.message)
        }
        let blocks = root.descendants(named: "pre").map { CableText.normalizingNewlines($0.textContent) }
        guard blocks.contains(where: { !CableText.isBlank($0) }) else {
            throw CableError.noPreformattedText(path: path)
        }
        telegramText = blocks.joined(separator: "\n")

        metadata = CableMetadata()
        let tables = root.descendants(named: "table").filter { table in
            (table.attribute("class") ?? "").split(separator: " ").contains("cable")
        }
        if let table = tables.first {
            let labels = table.descendants(named: "th").map { CableText.collapsingSpaces($0.textContent) }
            let values = table.descendants(named: "td").map { CableText.collapsingSpaces($0.textContent) }
            for (label, value) in zip(labels, values) { metadata.set(label, value) }
        }
    }
}
