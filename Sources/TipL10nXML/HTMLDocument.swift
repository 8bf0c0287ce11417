import Foundation

/// Reads HTML pages (such as the cable viewer page) through libxml2's HTML parser.
public enum HTMLDocument {
    /// Parses HTML bytes and returns the root element as an ``XMLTree/Element``.
    ///
    /// Element and attribute names are lower case; namespaces are dropped (XHTML pages parse
    /// like HTML). No network access; the parser's warnings about sloppy HTML are ignored,
    /// as browsers do. The input is read as UTF-8 unless the page declares otherwise.
    ///
    /// - Throws: ``XMLError`` (`.malformed`) when libxml2 cannot build a document at all
    ///   (e.g. empty input), `.tooLarge` over 64 MiB.
    public static func parse(_ data: Data, path: String) throws -> XMLTree.Element {
        try LibXMLReader.parseHTML(data, path: path)
    }
}
