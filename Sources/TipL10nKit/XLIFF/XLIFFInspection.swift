import Foundation
import TipL10nXML

/// Quick facts about an existing XLIFF file (any version), used before overwriting it.
public enum XLIFFInspection {
    /// The number of `<target>` elements (XLIFF 1.2 or 2.x, matched by local name in the root's
    /// namespace) that hold text other than whitespace: translator's work that an overwrite
    /// would lose. Read one `<target>` at a time (``XMLStreamReader``).
    /// - Throws: ``XMLError`` if the file is not well-formed XML; ``XLIFFError`` if its root
    ///   is not `<xliff>`.
    public static func translatedTargetCount(in data: Data, path: String) throws -> Int {
        let reader = try XMLStreamReader(.data(data), path: path)
        guard case .start(let root)? = try reader.next() else {
            try reader.finish()
            throw XMLError(kind: .malformed, path: path, line: 1, column: 1, message: "document has no root element")
        }
        guard root.name == "xliff" else {
            try reader.finish()
            throw XLIFFError(
                kind: .notXLIFF, path: path, line: root.line,
                message: "not an XLIFF file: the root element is <\(root.name)>, expected <xliff>")
        }
        var count = 0
        while let event = try reader.next() {
            guard case .start(let tag) = event, tag.name == "target", tag.namespaceURI == root.namespaceURI else {
                continue
            }
            let target = try reader.readElement()
            // A <target> inside this one (never seen in practice) counts too, as it always did.
            for element in [target] + target.descendants(named: "target", namespaceURI: root.namespaceURI)
            where !element.textContent.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                count += 1
            }
        }
        return count
    }
}
