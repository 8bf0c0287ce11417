import CLibXML2
import Foundation

/// Where each element of an XML document starts and ends, in bytes, as libxml2's parser
/// reports them: for edits that must leave every other byte as it was (adding a note to an
/// XLIFF file a translator sent back).
///
/// The document is parsed once with a SAX handler that builds nothing; at each start and end
/// tag the parser's position in its input gives the offset. Parsing is as hardened as
/// ``XMLTree/parse(_:path:options:)`` (no network, no entity expansion, a DOCTYPE refused).
public enum XMLElementScanner {
    /// One element, in document order of its start tag.
    public struct Element: Sendable, Equatable {
        /// The local name (`trans-unit`).
        public var name: String
        /// The namespace prefix as written, or `nil` (`xlf` in `<xlf:trans-unit>`).
        public var prefix: String?
        /// The namespace URI, or `nil`.
        public var namespaceURI: String?
        /// Attributes by local name, values as libxml2 decoded them.
        public var attributes: [String: String]
        /// 0 for the root element.
        public var depth: Int
        /// 1-based line of the start tag.
        public var line: Int
        /// Byte offset just past the start tag's `>` (past `/>` for an empty element).
        public var startTagEnd: Int
        /// Byte offset just past the end tag's `>` (equal to ``startTagEnd`` for `<x/>`).
        public var end: Int
        /// True for an element written `<x/>`.
        public var isEmpty: Bool
    }

    /// The elements of `data`, which must be UTF-8 without a byte order mark (offsets are
    /// offsets into it; the encoding declaration, if any, is overridden).
    ///
    /// - Parameters:
    ///   - data: the document as UTF-8.
    ///   - path: the file name used in errors.
    /// - Throws: ``XMLError`` for a document that is not well-formed (first error, with line
    ///   and column), has a DOCTYPE, or whose positions libxml2 did not report as expected.
    public static func elements(in data: Data, path: String) throws -> [Element] {
        guard !data.isEmpty else {
            throw XMLError(kind: .malformed, path: path, line: 1, column: 1, message: "document is empty", code: 4)
        }
        xmlInitParser()
        guard let context = xmlNewParserCtxt() else {
            throw XMLError(kind: .malformed, path: path, message: "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let state = ScanState(path: path)
        context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        guard let sax = context.pointee.sax else {
            throw XMLError(kind: .malformed, path: path, message: "libxml2 gave the parser no SAX handler")
        }
        sax.pointee.serror = scanErrorHandler
        sax.pointee.internalSubset = scanDoctypeHandler
        sax.pointee.startElementNs = scanStartElement
        sax.pointee.endElementNs = scanEndElement
        sax.pointee.characters = nil
        sax.pointee.ignorableWhitespace = nil
        sax.pointee.cdataBlock = nil
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.reference = nil
        let document = withExtendedLifetime(state) {
            data.withUnsafeBytes { raw in
                xmlCtxtReadMemory(
                    context, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), path, "UTF-8",
                    LibXMLReader.xmlOptions)
            }
        }
        if let document { xmlFreeDoc(document) }
        if let first = state.errors.errors.first { throw first }
        guard context.pointee.wellFormed != 0 else {
            throw XMLError(kind: .malformed, path: path, message: "libxml2 could not read the document")
        }
        // Check every reported position against the bytes: a start tag ends in `>`, an end
        // tag or empty element too, and an empty element's `/>` is where it was reported.
        let bytes = [UInt8](data)
        for element in state.elements {
            guard element.startTagEnd > 0, element.startTagEnd <= bytes.count, element.end <= bytes.count,
                bytes[element.startTagEnd - 1] == UInt8(ascii: ">"), bytes[element.end - 1] == UInt8(ascii: ">"),
                !element.isEmpty || bytes[element.startTagEnd - 2] == UInt8(ascii: "/")
            else {
                throw XMLError(
                    kind: .malformed, path: path, line: element.line,
                    message: "libxml2 reported an unexpected position for <\(element.name)>")
            }
        }
        return state.elements
    }
}

/// What the callbacks collect; reached through the parser context's `_private` pointer.
private final class ScanState {
    let errors: LibXMLErrorCollector
    var elements: [XMLElementScanner.Element] = []
    /// Indexes into ``elements`` of the open elements.
    var open: [Int] = []

    init(path: String) {
        errors = LibXMLErrorCollector(path: path)
    }
}

private func scanContext(_ context: UnsafeMutableRawPointer?) -> (UnsafeMutablePointer<xmlParserCtxt>, ScanState)? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = parser.pointee._private else { return nil }
    return (parser, Unmanaged<ScanState>.fromOpaque(opaque).takeUnretainedValue())
}

/// The parser's byte offset in its input: consumed bytes plus the position in the buffer.
private func offset(_ parser: UnsafeMutablePointer<xmlParserCtxt>) -> Int {
    guard let input = parser.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else {
        return 0
    }
    return Int(input.pointee.consumed) + (cur - base)
}

private let scanErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let error, let (_, state) = scanContext(context) else { return }
    state.errors.record(error, kind: .malformed)
}

private let scanDoctypeHandler: internalSubsetSAXFunc = { context, _, _, _ in
    guard let (parser, state) = scanContext(context) else { return }
    state.errors.errors.append(
        XMLError(
            kind: .doctypeForbidden, path: state.errors.path, line: Int(xmlSAX2GetLineNumber(context)), column: 0,
            message: "a DOCTYPE is not allowed here: DTDs and entity declarations are refused for safety"))
    xmlStopParser(parser)
}

private let scanStartElement: startElementNsSAX2Func = {
    context, localName, prefix, uri, _, _, attributeCount, _, attributes in
    guard let (parser, state) = scanContext(context), let localName else { return }
    // The parser stands at the start tag's `>` or `/>`.
    let position = offset(parser)
    let isEmpty = parser.pointee.input.map { $0.pointee.cur?.pointee == UInt8(ascii: "/") } ?? false
    var values: [String: String] = [:]
    if let attributes {
        // Five pointers per attribute: local name, prefix, URI, value start, value end.
        for index in 0..<Int(attributeCount) {
            let base = index * 5
            guard let name = attributes[base], let start = attributes[base + 3], let end = attributes[base + 4] else {
                continue
            }
            let bytes = UnsafeBufferPointer(start: start, count: end - start)
            values[String(cString: name)] = String(decoding: bytes, as: UTF8.self)
        }
    }
    let element = XMLElementScanner.Element(
        name: String(cString: localName), prefix: prefix.map { String(cString: $0) },
        namespaceURI: uri.map { String(cString: $0) }, attributes: values, depth: state.open.count,
        line: Int(xmlSAX2GetLineNumber(context)), startTagEnd: position + (isEmpty ? 2 : 1), end: 0,
        isEmpty: isEmpty)
    state.open.append(state.elements.count)
    state.elements.append(element)
}

private let scanEndElement: endElementNsSAX2Func = { context, _, _, _ in
    guard let (parser, state) = scanContext(context), let index = state.open.popLast() else { return }
    // The parser stands just past the end tag's `>` (or past `/>`).
    state.elements[index].end = offset(parser)
}
