import CLibXML2
import Foundation

/// Collects the errors libxml2 reports for one parse, in the order it reports them.
///
/// Passed to C callbacks through the parser context's `_private` pointer; owned by the
/// function that parses, so it outlives every callback.
final class LibXMLErrorCollector {
    let path: String
    var errors: [XMLError] = []

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

private let parserErrorHandler: xmlStructuredErrorFunc = { context, error in
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

    /// Parses `data` and hands the libxml2 document to `body`; the document is freed on return.
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

    static func parseXML(_ data: Data, path: String, options: XMLTree.ParseOptions) throws -> XMLTree.Document {
        try withDocument(data, path: path, options: options) { document in
            guard let root = xmlDocGetRootElement(document) else {
                throw XMLError(
                    kind: .malformed, path: path, line: 1, column: 1, message: "document has no root element")
            }
            let encoding = document.pointee.encoding.map { String(cString: $0) }
            return XMLTree.Document(
                root: element(from: root, document: document, keepsNamespaces: true), declaredEncoding: encoding)
        }
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

    /// Copies an element and its subtree into Swift values. Adjacent text (text, CDATA,
    /// resolved entity references) is merged into one ``XMLTree/Node/text(_:)``.
    static func element(from node: xmlNodePtr, document: xmlDocPtr, keepsNamespaces: Bool) -> XMLTree.Element {
        let namespace = keepsNamespaces ? node.pointee.ns : nil
        var result = XMLTree.Element(
            name: String(cString: node.pointee.name),
            namespaceURI: namespace.flatMap { $0.pointee.href.map { String(cString: $0) } },
            prefix: namespace.flatMap { $0.pointee.prefix.map { String(cString: $0) } },
            line: Int(xmlGetLineNo(node)))

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
            result.attributes.append(
                XMLTree.Attribute(
                    name: String(cString: current.pointee.name),
                    namespaceURI: attributeNamespace.flatMap { $0.pointee.href.map { String(cString: $0) } },
                    value: value))
            attribute = current.pointee.next
        }

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
