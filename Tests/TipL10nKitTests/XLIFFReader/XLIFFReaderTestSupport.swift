import Foundation
import Testing
import TipL10nTestSupport
import TipL10nKit

/// The reader's suites (`swift test --filter XLIFFReader`). Mirrors `Sources/TipL10nKit/XLIFF/XLIFFReader*.swift`.
@Suite enum XLIFFReaderTests {
    /// `Tests/Fixtures/xliff-samples/<tool>/<file>`: real CAT-tool files, copied unmodified
    /// (provenance in that folder's README.md).
    static func sampleData(_ relativePath: String) throws -> Data {
        try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("xliff-samples/\(relativePath)"))
    }

    /// Reads a sample; messages name the file without its folder.
    static func sample(_ relativePath: String) throws -> XLIFFReadDocument {
        try XLIFFReader.read(sampleData(relativePath), path: (relativePath as NSString).lastPathComponent)
    }

    /// Reads XML text given in a test.
    static func read(_ xml: String, path: String = "t.xlf") throws -> XLIFFReadDocument {
        try XLIFFReader.read(Data(xml.utf8), path: path)
    }

    /// The `description` of what reading throws, or `nil` if it reads.
    static func errorText(_ xml: String, path: String) -> String? {
        do {
            _ = try read(xml, path: path)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// A 1.2 document with one `<file>` around `body`.
    static func xliff12(_ body: String, extraNamespaces: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"\(extraNamespaces)>
        <file original="t.txt" source-language="en" target-language="sq" datatype="plaintext">
        <body>
        \(body)
        </body>
        </file>
        </xliff>
        """
    }

    /// A 2.0 document with one `<file id="f1">` around `content`.
    static func xliff20(_ content: String, version: String = "2.0") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="\(version)" srcLang="en" trgLang="sq"
          xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0">
        <file id="f1">
        \(content)
        </file>
        </xliff>
        """
    }

    // Short spellings for expected inline content.

    static func text(_ value: String) -> InlineContent.Piece { .text(value) }

    static func code(
        _ element: String, _ position: InlineCode.Position = .standalone, id: String? = nil,
        _ attributes: [String: String] = [:], data: String? = nil
    ) -> InlineContent.Piece {
        .code(InlineCode(element: element, position: position, id: id, attributes: attributes, originalData: data))
    }

    static func content(_ pieces: InlineContent.Piece...) -> InlineContent { InlineContent(pieces: pieces) }
}
