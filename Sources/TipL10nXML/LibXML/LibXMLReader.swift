import CLibXML2
import Foundation

/// Collects the errors libxml2 reports for one parse, in the order it reports them.
///
/// Passed to C callbacks through the parser context's `_private` pointer; owned by the
/// function that parses, so it outlives every callback.
final class LibXMLErrorCollector {
    let path: String
    var errors: [XMLError] = []
    /// libxml2's `xmlErrorDomain` of each error in ``errors`` (`XML_FROM_PARSER`, …).
    var domains: [Int32] = []

    init(path: String) {
        self.path = path
    }

    /// Turns one libxml2 error into an ``XMLError``; warnings are dropped. This is the one
    /// place a C error becomes a Swift error.
    func record(_ error: UnsafePointer<xmlError>, kind: XMLError.Kind) {
        guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        errors.append(
            XMLError(
                kind: kind, path: path, line: Int(error.pointee.line), column: Int(error.pointee.int2),
                message: XMLError.houseStyle(message), code: Int(error.pointee.code)))
        domains.append(error.pointee.domain)
    }
}

/// The C callbacks. They reach the collector through the parser context (`userData` is the
/// context itself for DOM parsing, and `_private` holds the collector).
private func collector(fromParserContext context: UnsafeMutableRawPointer?) -> LibXMLErrorCollector? {
    guard let context else { return nil }
    let parserContext = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = parserContext.pointee._private else { return nil }
    return Unmanaged<LibXMLErrorCollector>.fromOpaque(opaque).takeUnretainedValue()
}

let parserErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let error, let collector = collector(fromParserContext: context) else { return }
    collector.record(error, kind: .malformed)
}

private let doctypeHandler: internalSubsetSAXFunc = { context, _, _, _ in
    guard let context, let collector = collector(fromParserContext: context) else { return }
    let line = Int(xmlSAX2GetLineNumber(context))
    collector.errors.append(
        XMLError(
            kind: .doctypeForbidden, path: collector.path, line: line, column: 0,
            message: "a DOCTYPE is not allowed here: DTDs and entity declarations are refused for safety"))
    xmlStopParser(context.assumingMemoryBound(to: xmlParserCtxt.self))
}

let schemaErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<LibXMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error, kind: .schemaInvalid)
}

/// Reads XML and HTML through libxml2 and copies the result into Swift values.
enum LibXMLReader {
    /// Options for XML: no network, CDATA as text, line numbers past 65535. Never NOENT,
    /// DTDLOAD, DTDVALID, XINCLUDE, HUGE or RECOVER (DESIGN §5).
    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Parses `data` into a libxml2 document, hands it to `body` and frees it on return. Only
    /// schema validation needs a whole document; everything else reads through ``XMLStreamReader``.
    static func withDocument<T>(
        _ data: Data, path: String, options: XMLTree.ParseOptions, _ body: (xmlDocPtr) throws -> T
    ) throws -> T {
        guard data.count <= options.maximumSize else {
            throw XMLError(
                kind: .tooLarge, path: path,
                message: "document is \(data.count) bytes; the limit is \(options.maximumSize) bytes")
        }
        guard !data.isEmpty else {
            throw XMLError(kind: .malformed, path: path, line: 1, column: 1, message: "document is empty", code: 4)
        }
        xmlInitParser()
        guard let context = xmlNewParserCtxt() else {
            throw XMLError(kind: .malformed, path: path, message: "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = LibXMLErrorCollector(path: path)
        context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        context.pointee.sax.pointee.serror = parserErrorHandler
        if options.rejectsDoctype {
            context.pointee.sax.pointee.internalSubset = doctypeHandler
        }
        let document = withExtendedLifetime(collector) {
            data.withUnsafeBytes { raw in
                xmlCtxtReadMemory(
                    context, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), path, nil,
                    xmlOptions)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        if let first = collector.errors.first { throw first }
        guard let document, context.pointee.wellFormed != 0 else {
            throw XMLError(kind: .malformed, path: path, message: "libxml2 could not read the document")
        }
        return try body(document)
    }

    /// The first error libxml2's pull parser reports for the bytes of `source`, reading them
    /// through a SAX handler that builds nothing (so memory stays flat); `nil` when it reports none.
    static func firstPullParserError(source: LibXMLByteSource, path: String) -> XMLError? {
        xmlInitParser()
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.serror = parserErrorHandler
        handler.comment = { _, _ in }
        guard
            let context = xmlCreateIOParserCtxt(
                &handler, nil, byteSourceRead, nil, Unmanaged.passUnretained(source).toOpaque(),
                XML_CHAR_ENCODING_NONE)
        else { return nil }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, xmlOptions)
        let collector = LibXMLErrorCollector(path: path)
        context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        withExtendedLifetime((collector, source)) { _ = xmlParseDocument(context) }
        return source.failure ?? collector.errors.first
    }

    /// The first error libxml2's pull parser reports for `data`, read from memory as earlier
    /// tipl10n versions read every document, through a SAX handler that builds nothing;
    /// `nil` when it reports none.
    static func firstPullParserError(data: Data, path: String) -> XMLError? {
        xmlInitParser()
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.serror = parserErrorHandler
        // With a comment callback the parser quotes an unfinished comment from its start.
        handler.comment = { _, _ in }
        context.pointee.sax.pointee = handler
        let collector = LibXMLErrorCollector(path: path)
        context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        let document = withExtendedLifetime(collector) {
            data.withUnsafeBytes { raw in
                xmlCtxtReadMemory(
                    context, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), path, nil,
                    xmlOptions)
            }
        }
        if let document { xmlFreeDoc(document) }
        return collector.errors.first
    }

    static func parseHTML(_ data: Data, path: String) throws -> XMLTree.Element {
        let limit = XMLTree.ParseOptions().maximumSize
        guard data.count <= limit else {
            throw XMLError(
                kind: .tooLarge, path: path, message: "document is \(data.count) bytes; the limit is \(limit) bytes")
        }
        guard !data.isEmpty else {
            throw XMLError(kind: .malformed, path: path, line: 1, column: 1, message: "document is empty", code: 4)
        }
        xmlInitParser()
        guard let context = htmlNewParserCtxt() else {
            throw XMLError(kind: .malformed, path: path, message: "libxml2 could not allocate an HTML parser")
        }
        defer { htmlFreeParserCtxt(context) }
        // HTML is sloppy by nature: errors are collected (which also keeps them off stderr) but not fatal.
        let collector = LibXMLErrorCollector(path: path)
        context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        context.pointee.sax.pointee.serror = parserErrorHandler
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue)
        let encoding = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) ? nil : "UTF-8"
        let document = withExtendedLifetime(collector) {
            data.withUnsafeBytes { raw in
                htmlCtxtReadMemory(
                    context, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), path, encoding,
                    options)
            }
        }
        guard let document else {
            throw collector.errors.first
                ?? XMLError(kind: .malformed, path: path, message: "libxml2 could not read the HTML page")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw XMLError(kind: .malformed, path: path, line: 1, column: 1, message: "HTML page has no root element")
        }
        return element(from: root, document: document, keepsNamespaces: false)
    }

    /// The 1-based line of an element's start tag (where its `>` is), also past line 65,535.
    ///
    /// libxml2 keeps at most 65,535 in a node; with `XML_PARSE_BIG_LINES` a text node keeps its
    /// real line in `psvi`, taken where its first piece of text ended. So an element past that
    /// line whose first child is white space (a pretty-printed file) or text without a line
    /// break is placed exactly: that line minus the line breaks of the text. Otherwise
    /// libxml2's `xmlGetLineNo` answers (the line of a nearby node).
    static func line(of node: xmlNodePtr) -> Int {
        guard node.pointee.line == UInt16.max else { return Int(xmlGetLineNo(node)) }
        if let child = node.pointee.children,
            child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE,
            child.pointee.line == UInt16.max, let stored = child.pointee.psvi, let content = child.pointee.content
        {
            let end = Int(bitPattern: stored)
            var breaks = 0
            var isBlank = true
            var cursor = content
            while cursor.pointee != 0 {
                switch cursor.pointee {
                case 0x0A: breaks += 1
                case 0x20, 0x09, 0x0D: break
                default: isBlank = false
                }
                cursor += 1
            }
            if isBlank || breaks == 0 { return end - breaks }
        }
        return Int(xmlGetLineNo(node))
    }

    /// The attributes of an element node (namespace declarations are not attributes), values
    /// with entity and character references resolved.
    static func attributes(
        of node: xmlNodePtr, document: xmlDocPtr?, keepsNamespaces: Bool = true
    )
        -> [XMLTree.Attribute]
    {
        var result: [XMLTree.Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let value: String
            if let raw = xmlNodeListGetString(document, current.pointee.children, 1) {
                value = String(cString: raw)
                tipl10n_xmlFree(raw)
            } else {
                value = ""
            }
            let attributeNamespace = keepsNamespaces ? current.pointee.ns : nil
            result.append(
                XMLTree.Attribute(
                    name: String(cString: current.pointee.name),
                    namespaceURI: attributeNamespace.flatMap { $0.pointee.href.map { String(cString: $0) } },
                    value: value))
            attribute = current.pointee.next
        }
        return result
    }

    /// Copies an element and its subtree into Swift values. Adjacent text (text, CDATA,
    /// resolved entity references) is merged into one ``XMLTree/Node/text(_:)``.
    static func element(from node: xmlNodePtr, document: xmlDocPtr?, keepsNamespaces: Bool) -> XMLTree.Element {
        let namespace = keepsNamespaces ? node.pointee.ns : nil
        var result = XMLTree.Element(
            name: String(cString: node.pointee.name),
            namespaceURI: namespace.flatMap { $0.pointee.href.map { String(cString: $0) } },
            prefix: namespace.flatMap { $0.pointee.prefix.map { String(cString: $0) } },
            line: line(of: node))

        result.attributes = attributes(of: node, document: document, keepsNamespaces: keepsNamespaces)

        var child = node.pointee.children
        var pendingText: String?
        func flushText() {
            if let text = pendingText { result.children.append(.text(text)) }
            pendingText = nil
        }
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                flushText()
                result.children.append(
                    .element(element(from: current, document: document, keepsNamespaces: keepsNamespaces)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = current.pointee.content.map { String(cString: $0) } ?? ""
                pendingText = (pendingText ?? "") + text
            case XML_ENTITY_REF_NODE:
                if let raw = xmlNodeGetContent(current) {
                    pendingText = (pendingText ?? "") + String(cString: raw)
                    tipl10n_xmlFree(raw)
                }
            case XML_COMMENT_NODE:
                flushText()
                result.children.append(.comment(current.pointee.content.map { String(cString: $0) } ?? ""))
            default:
                break
            }
            child = current.pointee.next
        }
        flushText()
        return result
    }
}
