import Foundation
import TipL10nXML

/// Quick facts about an existing XLIFF file (any version), used before overwriting it.
public enum XLIFFInspection {
    /// The number of `<target>` elements (XLIFF 1.2 or 2.x, matched by local name) that hold
    /// text other than whitespace: translator's work that an overwrite would lose.
    /// - Throws: ``XMLError`` if the file is not well-formed XML; ``XLIFFError`` if its root
    ///   is not `<xliff>`.
    public static func translatedTargetCount(in data: Data, path: String) throws -> Int {
        let root = try XMLTree.parse(data, path: path).root
        guard root.name == "xliff" else {
            throw XLIFFError(
                kind: .notXLIFF, path: path, line: root.line,
                message: "not an XLIFF file: the root element is <\(root.name)>, expected <xliff>")
        }
        return root.descendants(named: "target", namespaceURI: root.namespaceURI)
            .filter { !$0.textContent.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            .count
    }
}
