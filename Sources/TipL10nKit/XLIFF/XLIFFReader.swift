import Foundation
import TipL10nXML

/// Reads a completed XLIFF file back, whatever CAT tool wrote it: XLIFF 1.2 (and 1.1, 1.0,
/// namespace-less 1.x) and XLIFF 2.0 / 2.1.
///
/// What it reads (rules and worked examples in `Docs/Import.md`):
/// - 1.x: `<trans-unit>`s under `<body>` and nested `<group>`s of every `<file>`;
///   `<seg-source>` segmentation (`<mrk mtype="seg" mid>`), `state` / `state-qualifier` on
///   `<target>`, `approved="yes"`, `translate="no"`, `<note>`s, `<alt-trans>` proposals, and
///   the tool markers of Trados Studio (`sdl:seg conf`) and memoQ (`mq:status`).
/// - 2.x: `<unit>`s under `<file>` and nested `<group>`s, one unit per `<segment>`
///   (`<ignorable>` is not translatable text), `state` / `subState`, `translate="no"`,
///   `<notes>`, `originalData` resolved for codes, and the matches module (`mtc:match`).
/// - Inline codes stay codes (``InlineContent``); CDATA and character references arrive
///   resolved; text is kept as written (`xml:space` is not applied: trimming is the caller's
///   business).
///
/// Nothing read is interpreted: notes and suggestions are returned as inert text.
public enum XLIFFReader {
    /// The XLIFF 1.2 namespace.
    public static let namespace12 = "urn:oasis:names:tc:xliff:document:1.2"
    /// The XLIFF 1.1 namespace.
    public static let namespace11 = "urn:oasis:names:tc:xliff:document:1.1"
    /// The XLIFF 2.0 namespace, also used by XLIFF 2.1.
    public static let namespace2 = "urn:oasis:names:tc:xliff:document:2.0"
    /// The XLIFF 2.x matches module namespace (`mtc:`).
    public static let matchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0"
    /// Trados Studio's SDLXLIFF namespace (`sdl:`).
    public static let sdlNamespace = "http://sdl.com/FileTypes/SdlXliff/1.0"
    /// memoQ's namespace (`mq:`).
    public static let memoQNamespace = "MQXliff"

    /// The versions ``read(_:path:)`` accepts.
    public static let supportedVersions = ["1.0", "1.1", "1.2", "2.0", "2.1"]

    /// Reads an XLIFF document.
    ///
    /// Limits: at most 64 MiB of input (`XMLTree`'s limit) and 256 levels of element nesting
    /// (libxml2's); no DTD, no entity, no network. UTF-8 with or without BOM and UTF-16 are
    /// read (the encoding comes from the BOM or the XML declaration).
    ///
    /// The version comes from the root's `version` attribute; without one, from its namespace
    /// (`…:document:1.2` → 1.2, `…:1.1` → 1.1, `…:2.0` → 2.0). XLIFF 2.2 (namespace
    /// `…:document:2.2`) is refused: its plural, gender and select module can make one unit
    /// hold several variants, which this reader does not model.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the file name used in messages.
    /// - Returns: the files and their units in document order, plus warnings for what was
    ///   worked around.
    /// - Throws: `XMLError` unchanged for malformed XML (libxml2's first error), a DOCTYPE
    ///   (`.doctypeForbidden`) or oversized input; ``XLIFFError`` when the root is not
    ///   `<xliff>` (`.notXLIFF`), the version is not supported (`.unsupportedVersion`), or a
    ///   `<trans-unit>` / `<unit>` lacks its `id` or `<source>`, or a `<unit>` has no
    ///   `<segment>` (`.invalidStructure`).
    public static func read(_ data: Data, path: String) throws -> XLIFFReadDocument {
        try read(.data(data), path: path)
    }

    /// Reads an XLIFF document from memory or from a file, as ``read(_:path:)`` does; a file
    /// is streamed (``XLIFFUnitReader``), though the result holds every unit.
    public static func read(_ input: XMLInput, path: String) throws -> XLIFFReadDocument {
        let reader = try XLIFFUnitReader(input, path: path)
        var files: [XLIFFReadFile] = []
        var warnings: [XLIFFReadWarning] = []
        while let event = try reader.next() {
            switch event {
            case .file(let file): files.append(file)
            case .unit(let unit): files[files.count - 1].units.append(unit)
            case .warning(let warning): warnings.append(warning)
            case .fileEnd: break
            }
        }
        return XLIFFReadDocument(version: reader.version, files: files, warnings: warnings)
    }

    /// The version of an `<xliff>` root, checked against its namespace.
    static func version(declared rawVersion: String?, namespaceURI: String?, line: Int, path: String) throws -> String {
        let declared = rawVersion?.trimmingCharacters(in: .whitespacesAndNewlines)
        let versions1 = ["1.0", "1.1", "1.2"]
        let versions2 = ["2.0", "2.1"]
        func unsupported(_ version: String) -> XLIFFError {
            XLIFFError(
                kind: .unsupportedVersion, path: path, line: line,
                message: "unsupported XLIFF version '\(version)': tipl10n reads XLIFF 1.2 and 2.0/2.1 (and 1.0/1.1)")
        }
        func mismatch(_ version: String, _ namespace: String) -> XLIFFError {
            XLIFFError(
                kind: .unsupportedVersion, path: path, line: line,
                message: "version '\(version)' does not match the XLIFF namespace '\(namespace)'")
        }
        let documentPrefix = "urn:oasis:names:tc:xliff:document:"
        switch namespaceURI {
        case nil:
            guard let declared else {
                throw XLIFFError(
                    kind: .notXLIFF, path: path, line: line,
                    message: "not an XLIFF file: <xliff> has no version attribute and no XLIFF namespace")
            }
            guard supportedVersions.contains(declared) else { throw unsupported(declared) }
            return declared
        case let namespace? where namespace == namespace12 || namespace == namespace11:
            guard let declared else { return namespace == namespace12 ? "1.2" : "1.1" }
            if versions1.contains(declared) { return declared }
            if versions2.contains(declared) { throw mismatch(declared, namespace) }
            throw unsupported(declared)
        case let namespace? where namespace == namespace2:
            guard let declared else { return "2.0" }
            if versions2.contains(declared) { return declared }
            if versions1.contains(declared) { throw mismatch(declared, namespace) }
            throw unsupported(declared)
        case let namespace?:
            if namespace.hasPrefix(documentPrefix) {
                throw unsupported(declared ?? String(namespace.dropFirst(documentPrefix.count)))
            }
            throw XLIFFError(
                kind: .unsupportedVersion, path: path, line: line,
                message: "unsupported XLIFF namespace '\(namespace)': tipl10n reads XLIFF 1.2 and 2.0/2.1 (and 1.0/1.1)"
            )
        }
    }

    /// Whether an element is translatable, given its parent's answer: `translate="no"` turns
    /// it off, `translate="yes"` on; anything else inherits.
    static func isTranslatable(_ element: XMLTree.Element, inherited: Bool) -> Bool {
        isTranslatable(element.attribute("translate"), inherited: inherited)
    }

    /// The same for the value of a `translate` attribute (`nil` when absent).
    static func isTranslatable(_ translate: String?, inherited: Bool) -> Bool {
        switch translate?.trimmingCharacters(in: .whitespaces) {
        case "no": false
        case "yes": true
        default: inherited
        }
    }

    /// The effective target: `nil` when there is no translation in it (see ``XLIFFReadUnit/target``).
    static func effectiveTarget(_ target: InlineContent?, source: InlineContent) -> InlineContent? {
        guard let target, !target.isEmpty else { return nil }
        let hasText = !target.plainText.isBlank
        let sourceHasText = !source.plainText.isBlank
        if !hasText && sourceHasText { return nil }
        return target
    }

    /// A note's text, verbatim: text as is; child elements (which a note should not have)
    /// written back as literal markup so nothing is dropped or interpreted.
    static func verbatimText(_ element: XMLTree.Element) -> String {
        var result = ""
        for child in element.children {
            switch child {
            case .text(let text): result += text
            case .comment: continue
            case .element(let inner):
                let name = inner.prefix.map { "\($0):\(inner.name)" } ?? inner.name
                var tag = "<" + name
                for attribute in inner.attributes {
                    let attributeName =
                        attribute.namespaceURI == XMLTree.xmlNamespace ? "xml:\(attribute.name)" : attribute.name
                    tag += " \(attributeName)=\"\(attribute.value)\""
                }
                let content = verbatimText(inner)
                result += inner.children.isEmpty ? tag + "/>" : tag + ">" + content + "</\(name)>"
            }
        }
        return result
    }

    /// A match score in percent: `100`, `100%`, `100.00`, `99,5 %`; `nil` if not a number.
    static func percent(_ text: String?) -> Double? {
        guard var text = text?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        text = text.replacingOccurrences(of: ",", with: ".")
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

/// What one ``XLIFFReader/read(_:path:)`` call carries along: the path, the document's XLIFF
/// namespace, and the warnings collected so far. Lives only inside that call.
final class XLIFFReadContext {
    let path: String
    /// The root's namespace: XLIFF elements are matched by local name in this namespace
    /// (`nil` for namespace-less 1.x files).
    let namespace: String?
    private(set) var warnings: [XLIFFReadWarning] = []

    init(path: String, namespace: String?) {
        self.path = path
        self.namespace = namespace
    }

    func warn(line: Int, _ message: String) {
        warnings.append(XLIFFReadWarning(path: path, line: line, message: message))
    }

    /// The warnings collected since the last call, in order; they are forgotten here.
    func takeWarnings() -> [XLIFFReadWarning] {
        defer { warnings.removeAll(keepingCapacity: true) }
        return warnings
    }

    func structureError(line: Int, _ message: String) -> XLIFFError {
        XLIFFError(kind: .invalidStructure, path: path, line: line, message: message)
    }

    /// True for an element in the document's XLIFF namespace.
    func isXLIFF(_ element: XMLTree.Element) -> Bool { element.namespaceURI == namespace }
}
