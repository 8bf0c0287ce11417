import Foundation
import TipL10nXML

/// Content of an XLIFF 1.x `<source>`, `<seg-source>` or `<target>`, flattened: pieces
/// outside any segment, and `<mrk mtype="seg">` segments with their own pieces.
enum XLIFFReadSegmentedItem {
    case piece(InlineContent.Piece)
    case segment(mid: String?, line: Int, pieces: [InlineContent.Piece])
}

/// One `<mrk mtype="seg">` segment with what surrounds it attached (see ``XLIFFReader/segments(from:)``).
struct XLIFFReadSegment {
    var mid: String?
    var line: Int
    var pieces: [InlineContent.Piece]
}

extension XLIFFReader {
    // MARK: - XLIFF 1.x

    /// XLIFF 1.x content as ``InlineContent``, with `<mrk mtype="seg">` wrappers removed (segment
    /// markers are structure, not codes).
    static func inline1(_ element: XMLTree.Element, context: XLIFFReadContext) -> InlineContent {
        let items = items1(element.children, segmenting: false, context: context)
        var pieces: [InlineContent.Piece] = []
        for item in items {
            switch item {
            case .piece(let piece): appendPiece(piece, to: &pieces)
            case .segment(_, _, let inner): for piece in inner { appendPiece(piece, to: &pieces) }
            }
        }
        return InlineContent(pieces: pieces)
    }

    /// Flattens XLIFF 1.x content. With `segmenting`, each `<mrk mtype="seg">` (at any depth
    /// outside another segment, e.g. inside a Trados `<g>`) becomes a `.segment`; the codes
    /// around it stay in the stream as pieces.
    static func items1(_ nodes: [XMLTree.Node], segmenting: Bool, context: XLIFFReadContext) -> [XLIFFReadSegmentedItem]
    {
        var items: [XLIFFReadSegmentedItem] = []
        func append(_ piece: InlineContent.Piece) {
            if case .text(let text) = piece, case .piece(.text(let previous))? = items.last {
                items[items.count - 1] = .piece(.text(previous + text))
            } else if case .text(let text) = piece, text.isEmpty {
                return
            } else {
                items.append(.piece(piece))
            }
        }
        func appendAll(_ inner: [XLIFFReadSegmentedItem]) {
            for item in inner {
                if case .piece(let piece) = item { append(piece) } else { items.append(item) }
            }
        }
        for node in nodes {
            switch node {
            case .text(let text): append(.text(text))
            case .comment: continue
            case .element(let element):
                let isXLIFF = context.isXLIFF(element)
                if isXLIFF && element.name == "mrk" && element.attribute("mtype") == "seg" {
                    var pieces: [InlineContent.Piece] = []
                    for item in items1(element.children, segmenting: false, context: context) {
                        if case .piece(let piece) = item { appendPiece(piece, to: &pieces) }
                    }
                    if segmenting {
                        items.append(.segment(mid: element.attribute("mid"), line: element.line, pieces: pieces))
                    } else {
                        for piece in pieces { append(piece) }
                    }
                    continue
                }
                switch isXLIFF ? element.name : "" {
                case "x", "bx", "ex":
                    append(.code(code(element, position: .standalone, originalData: nil)))
                case "ph", "bpt", "ept", "it":
                    let native = element.textContent
                    append(.code(code(element, position: .standalone, originalData: native.isEmpty ? nil : native)))
                default:
                    // g, sub, non-segment mrk, and anything unknown: a wrapper whose content is kept.
                    let opening = code(element, position: .opening, originalData: nil)
                    append(.code(opening))
                    appendAll(items1(element.children, segmenting: segmenting, context: context))
                    append(.code(closingCode(for: opening, originalData: nil)))
                }
            }
        }
        return items
    }

    /// Groups flattened content into segments. White space outside every segment is dropped;
    /// other text and codes outside segments are attached to the segment before them (or,
    /// before the first segment, to the first). Empty when the content has no segment.
    static func segments(from items: [XLIFFReadSegmentedItem]) -> [XLIFFReadSegment] {
        var result: [XLIFFReadSegment] = []
        var leading: [InlineContent.Piece] = []
        for item in items {
            switch item {
            case .segment(let mid, let line, let pieces):
                var segment = XLIFFReadSegment(mid: mid, line: line, pieces: [])
                if result.isEmpty {
                    for piece in leading { appendPiece(piece, to: &segment.pieces) }
                    leading = []
                }
                for piece in pieces { appendPiece(piece, to: &segment.pieces) }
                result.append(segment)
            case .piece(let piece):
                if case .text(let text) = piece, text.isBlank {
                    continue
                }
                if result.isEmpty {
                    leading.append(piece)
                } else {
                    appendPiece(piece, to: &result[result.count - 1].pieces)
                }
            }
        }
        return result
    }

    // MARK: - XLIFF 2.x

    /// XLIFF 2.x content as ``InlineContent``; `data` maps `<data id>` to its text, for
    /// `dataRef`, `dataRefStart` and `dataRefEnd`.
    static func inline2(
        _ element: XMLTree.Element, data: [String: String], context: XLIFFReadContext
    ) -> InlineContent {
        var pieces: [InlineContent.Piece] = []
        appendInline2(element.children, data: data, context: context, to: &pieces)
        return InlineContent(pieces: pieces)
    }

    private static func appendInline2(
        _ nodes: [XMLTree.Node], data: [String: String], context: XLIFFReadContext,
        to pieces: inout [InlineContent.Piece]
    ) {
        func resolve(_ element: XMLTree.Element, _ attribute: String) -> String? {
            guard let reference = element.attribute(attribute) else { return nil }
            guard let value = data[reference] else {
                context.warn(
                    line: element.line,
                    "<\(element.name)> refers to \(attribute) '\(reference)', which no <data> defines")
                return nil
            }
            return value
        }
        for node in nodes {
            switch node {
            case .text(let text): appendPiece(.text(text), to: &pieces)
            case .comment: continue
            case .element(let element):
                switch context.isXLIFF(element) ? element.name : "" {
                case "ph", "sc", "ec":
                    appendPiece(
                        .code(code(element, position: .standalone, originalData: resolve(element, "dataRef"))),
                        to: &pieces)
                case "sm", "em":
                    appendPiece(.code(code(element, position: .standalone, originalData: nil)), to: &pieces)
                case "cp":
                    if let hex = element.attribute("hex"), let value = UInt32(hex, radix: 16),
                        let scalar = Unicode.Scalar(value)
                    {
                        appendPiece(.text(String(Character(scalar))), to: &pieces)
                    } else {
                        context.warn(line: element.line, "<cp> has no valid hex code point; kept as a code")
                        appendPiece(.code(code(element, position: .standalone, originalData: nil)), to: &pieces)
                    }
                case "pc":
                    let opening = code(element, position: .opening, originalData: resolve(element, "dataRefStart"))
                    appendPiece(.code(opening), to: &pieces)
                    appendInline2(element.children, data: data, context: context, to: &pieces)
                    appendPiece(
                        .code(closingCode(for: opening, originalData: resolve(element, "dataRefEnd"))), to: &pieces)
                default:
                    // mrk, and anything unknown: a wrapper whose content is kept.
                    let opening = code(element, position: .opening, originalData: nil)
                    appendPiece(.code(opening), to: &pieces)
                    appendInline2(element.children, data: data, context: context, to: &pieces)
                    appendPiece(.code(closingCode(for: opening, originalData: nil)), to: &pieces)
                }
            }
        }
    }

    /// The text of a 2.x `<data>` element, with `<cp hex>` turned into characters.
    static func dataText(_ element: XMLTree.Element) -> String {
        var result = ""
        for child in element.children {
            switch child {
            case .text(let text): result += text
            case .comment: continue
            case .element(let inner):
                if inner.name == "cp", let hex = inner.attribute("hex"), let value = UInt32(hex, radix: 16),
                    let scalar = Unicode.Scalar(value)
                {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += dataText(inner)
                }
            }
        }
        return result
    }

    // MARK: - Shared

    /// Appends a piece, merging adjacent text and skipping empty text.
    static func appendPiece(_ piece: InlineContent.Piece, to pieces: inout [InlineContent.Piece]) {
        guard case .text(let text) = piece else {
            pieces.append(piece)
            return
        }
        if text.isEmpty { return }
        if case .text(let previous)? = pieces.last {
            pieces[pieces.count - 1] = .text(previous + text)
        } else {
            pieces.append(piece)
        }
    }

    /// An inline code for an element: `id` from `id`, else `mid`, `rid` or `startRef`; the
    /// other attributes keyed by local name (`xml:` for the XML namespace, `{uri}name` for
    /// other namespaces).
    static func code(
        _ element: XMLTree.Element, position: InlineCode.Position, originalData: String?
    ) -> InlineCode {
        let idNames = ["id", "mid", "rid", "startRef"]
        let idName = idNames.first { element.attribute($0) != nil }
        var attributes: [String: String] = [:]
        for attribute in element.attributes {
            if attribute.namespaceURI == nil && attribute.name == idName { continue }
            let key: String
            switch attribute.namespaceURI {
            case nil: key = attribute.name
            case XMLTree.xmlNamespace?: key = "xml:\(attribute.name)"
            case let namespace?: key = "{\(namespace)}\(attribute.name)"
            }
            attributes[key] = attribute.value
        }
        return InlineCode(
            element: element.name, position: position, id: idName.flatMap { element.attribute($0) },
            attributes: attributes, originalData: originalData)
    }

    /// The closing code of a wrapper: same element and `id`, no attributes.
    static func closingCode(for opening: InlineCode, originalData: String?) -> InlineCode {
        InlineCode(element: opening.element, position: .closing, id: opening.id, originalData: originalData)
    }
}
