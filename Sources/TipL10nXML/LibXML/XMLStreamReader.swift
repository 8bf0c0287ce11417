import CLibXML2
import Foundation

/// Where an XML document comes from.
public enum XMLInput: Sendable, Equatable {
    /// Bytes already in memory.
    case data(Data)
    /// A file (regular file, pipe or device such as `/dev/stdin`), opened read-only and read
    /// in chunks as the parser asks for them: never loaded whole.
    case file(URL)
}

/// Reads XML one element at a time through libxml2's streaming reader (`xmlTextReader`),
/// so memory does not grow with the document.
///
/// The caller walks start and end tags with ``next()``, and turns the elements it wants whole
/// (one translation unit, one `<tu>`) into an ``XMLTree/Element`` with ``readElement()``,
/// or passes over them with ``skipElement()``. Only that element is ever held as a tree.
///
/// Hardened as DESIGN §5 asks: no network, no DTD loading or validation, no entity
/// substitution, no XInclude, no recovery, libxml2's default limits (element nesting 256
/// levels, one text node at most 10,000,000 bytes). A `<!DOCTYPE …>` is refused before
/// anything after its name is read (a separate look at the prolog, whose bytes are then
/// handed to the reader, so a pipe is read once), unless ``Options/rejectsDoctype`` is false.
/// The encoding comes from the BOM or the XML declaration (UTF-8 with or without BOM, UTF-16).
///
/// Errors are ``XMLError``s: libxml2's first error with 1-based line and column
/// (`.malformed`), `.doctypeForbidden`, `.tooLarge` (past ``Options/maximumSize`` or
/// ``Options/maximumElementSize``) or `.unreadable` (the file cannot be opened or read).
/// After an error the reader is finished: every later call throws the same error.
///
/// Not thread-safe: one reader is used by one thread at a time.
public final class XMLStreamReader {
    /// Limits and switches.
    public struct Options: Sendable {
        /// Refuse a `<!DOCTYPE …>` (default `true`): no DTD is read and no entity declared, so
        /// external and recursive entities cannot reach the parser.
        public var rejectsDoctype: Bool
        /// Accept, even with ``rejectsDoctype``, a DOCTYPE that only names an external DTD
        /// (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as OmegaT and Trados write TMX) and has no
        /// internal subset, as seen in the first 4 KiB read as ASCII (a UTF-16 file's DOCTYPE
        /// is not seen, so it stays refused). The DTD is never loaded. Default `false`.
        public var acceptsExternalOnlyDoctype: Bool
        /// The largest document accepted, in bytes (default 1 GiB: about 15 times the
        /// 94,000-unit benchmark file). A regular file is measured before it is read; other
        /// input is refused as soon as it passes the limit.
        public var maximumSize: Int
        /// The largest single element ``readElement()`` turns into a tree, in bytes of input
        /// (default 64 MiB, the whole-document limit of earlier tipl10n versions, so nothing
        /// they read is refused), counted from where libxml2 had read to when the element
        /// started (its look-ahead of a few KiB is not counted). Also the longest prolog
        /// (before the root element) accepted.
        public var maximumElementSize: Int

        /// Creates options.
        public init(
            rejectsDoctype: Bool = true, acceptsExternalOnlyDoctype: Bool = false,
            maximumSize: Int = 1 << 30, maximumElementSize: Int = 64 * 1024 * 1024
        ) {
            self.rejectsDoctype = rejectsDoctype
            self.acceptsExternalOnlyDoctype = acceptsExternalOnlyDoctype
            self.maximumSize = maximumSize
            self.maximumElementSize = maximumElementSize
        }
    }

    /// A start tag: the element's name, namespace, attributes and where it is.
    public struct StartTag: Sendable, Equatable {
        /// Local name, e.g. `trans-unit`.
        public var name: String
        /// Namespace URI, or `nil` for no namespace.
        public var namespaceURI: String?
        /// The prefix the document used, if any (informative only).
        public var prefix: String?
        /// The attributes (namespace declarations excluded), as ``XMLTree/Element/attributes``.
        public var attributes: [XMLTree.Attribute]
        /// 1-based line of the start tag, as in ``XMLTree/Element/line`` (past line 65,535 the
        /// reader may not have seen the element's first child yet: then libxml2's nearest guess).
        public var line: Int
        /// 0 for the root element, 1 for its children, and so on.
        public var depth: Int
        /// True for `<x/>` (and `<x></x>`): the ``Event/end`` follows at once.
        public var isEmpty: Bool

        /// The value of the attribute with this local name and namespace (`nil` = no namespace).
        public func attribute(_ name: String, namespaceURI: String? = nil) -> String? {
            attributes.first { $0.name == name && $0.namespaceURI == namespaceURI }?.value
        }
    }

    /// What ``next()`` found. Text, comments and processing instructions are passed over.
    public enum Event: Sendable, Equatable {
        case start(StartTag)
        /// The end of the innermost open element (also sent for an empty element).
        case end
    }

    /// The file name used in messages.
    public let path: String
    private let input: XMLInput
    private let options: Options
    private let source: LibXMLByteSource
    private let collector: LibXMLErrorCollector
    private let reader: OpaquePointer
    /// The reader stands on a node that ``next()`` has not looked at yet.
    private var hasUnseenNode = false
    /// The last start tag was empty: its end event is owed.
    private var owesEnd = false
    /// The last event was a start tag (so ``readElement()`` and ``skipElement()`` may be called).
    private var atStartTag = false
    private var depth = -1
    private var finished = false
    private var failure: XMLError?
    /// Errors libxml2 reports without a parser context, collected while this reader works.
    private let genericErrors: UnsafeMutablePointer<tipl10n_GenericErrors>

    /// Opens `input` and checks its prolog (the DOCTYPE policy); reading starts with ``next()``.
    ///
    /// - Parameters:
    ///   - input: the bytes or the file.
    ///   - path: the file name used in messages.
    ///   - options: limits and the DOCTYPE policy.
    ///   - byteObserver: sees every byte of the input once, in order, as libxml2 takes it
    ///     (e.g. to hash a file in the same pass that reads it).
    /// - Throws: ``XMLError``: `.unreadable` (the file cannot be opened), `.tooLarge`,
    ///   `.malformed` (`document is empty`), `.doctypeForbidden`.
    public init(
        _ input: XMLInput, path: String, options: Options = Options(),
        byteObserver: ((UnsafeRawBufferPointer) -> Void)? = nil
    ) throws {
        let source: LibXMLByteSource
        switch input {
        case .data(let data):
            guard data.count <= options.maximumSize else {
                throw XMLError(
                    kind: .tooLarge, path: path,
                    message: "document is \(data.count) bytes; the limit is \(options.maximumSize) bytes")
            }
            source = LibXMLByteSource(data: data, path: path, limit: options.maximumSize)
        case .file(let url):
            source = try LibXMLByteSource(file: url, path: path, limit: options.maximumSize)
        }
        source.observer = byteObserver
        let genericErrors = UnsafeMutablePointer<tipl10n_GenericErrors>.allocate(capacity: 1)
        genericErrors.initialize(to: tipl10n_GenericErrors())
        tipl10n_collectGenericErrors(genericErrors)
        defer { tipl10n_restoreGenericErrors() }
        var ownsGenericErrors = true
        defer { if ownsGenericErrors { genericErrors.deallocate() } }
        let head = try source.readAhead(4096)
        guard !head.isEmpty else {
            throw XMLError(kind: .malformed, path: path, line: 1, column: 1, message: "document is empty", code: 4)
        }
        if options.rejectsDoctype && !(options.acceptsExternalOnlyDoctype && Self.hasExternalDoctypeOnly(head)) {
            try Self.refuseDoctype(source: source, head: head, path: path, prologLimit: options.maximumElementSize)
        }

        xmlInitParser()
        let collector = LibXMLErrorCollector(path: path)
        guard
            let reader = xmlReaderForIO(
                byteSourceRead, nil, Unmanaged.passUnretained(source).toOpaque(), path, nil, LibXMLReader.xmlOptions)
        else {
            throw XMLError(kind: .malformed, path: path, message: "libxml2 could not allocate a reader")
        }
        xmlTextReaderSetStructuredErrorHandler(
            reader, streamErrorHandler, Unmanaged.passUnretained(collector).toOpaque())
        self.path = path
        self.input = input
        self.options = options
        self.source = source
        self.collector = collector
        self.reader = reader
        self.genericErrors = genericErrors
        ownsGenericErrors = false
    }

    // Never `xmlTextReaderCurrentDoc`: it tells the reader to keep (and so leak) the document
    // when it is freed. A node's `doc` gives the same document for entity look-ups.
    deinit {
        tipl10n_collectGenericErrors(genericErrors)
        xmlFreeTextReader(reader)
        tipl10n_restoreGenericErrors()
        genericErrors.deallocate()
    }

    /// The encoding named in the XML declaration, if any (`"UTF-8"`, `"UTF-16"`); known once
    /// the root's start tag has been read.
    public var declaredEncoding: String? {
        xmlTextReaderConstEncoding(reader).map { String(cString: $0) }
    }

    /// Bytes of input handed to libxml2 so far.
    public var bytesRead: Int { source.deliveredCount }

    /// The next start or end tag, or `nil` at the end of the document (which is then known
    /// to be well-formed).
    /// - Throws: ``XMLError`` (libxml2's first error, or a limit).
    public func next() throws -> Event? {
        tipl10n_collectGenericErrors(genericErrors)
        defer { tipl10n_restoreGenericErrors() }
        try checkUsable()
        atStartTag = false
        if owesEnd {
            owesEnd = false
            depth -= 1
            return .end
        }
        if finished && !hasUnseenNode { return nil }
        while true {
            if hasUnseenNode {
                hasUnseenNode = false
            } else {
                let status = xmlTextReaderRead(reader)
                try checkErrors()
                if status == 0 {
                    finished = true
                    return nil
                }
                if status < 0 { throw fail(nil) }
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                guard let node = xmlTextReaderCurrentNode(reader) else { throw fail(nil) }
                depth += 1
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                let tag = StartTag(
                    name: String(cString: node.pointee.name),
                    namespaceURI: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
                    prefix: node.pointee.ns.flatMap { $0.pointee.prefix.map { String(cString: $0) } },
                    attributes: LibXMLReader.attributes(of: node, document: node.pointee.doc),
                    line: LibXMLReader.line(of: node), depth: depth, isEmpty: isEmpty)
                owesEnd = isEmpty
                atStartTag = true
                return .start(tag)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                depth -= 1
                return .end
            default:
                continue
            }
        }
    }

    /// The element whose start tag ``next()`` just returned, with its whole subtree, as an
    /// ``XMLTree/Element`` (text merged and resolved as ``XMLTree`` does). ``next()`` then
    /// continues after its end tag (no ``Event/end`` is sent for it).
    /// - Throws: ``XMLError``: libxml2's first error, or `.tooLarge` when the element is larger
    ///   than ``Options/maximumElementSize``; a programming error (not after a start tag) is
    ///   reported as `.malformed`.
    public func readElement() throws -> XMLTree.Element {
        tipl10n_collectGenericErrors(genericErrors)
        defer { tipl10n_restoreGenericErrors() }
        try checkUsable()
        try requireStartTag("readElement()")
        let line = currentLine()
        let limit = options.maximumElementSize
        source.stopOffset = source.deliveredCount + limit
        source.stopReason = { [path] in
            XMLError(
                kind: .tooLarge, path: path, line: line,
                message: "an element is larger than the limit of \(limit) bytes")
        }
        let expanded = xmlTextReaderExpand(reader)
        source.stopOffset = Int.max
        source.stopReason = nil
        try checkErrors()
        guard let expanded else { throw fail(nil) }
        let element = LibXMLReader.element(
            from: expanded, document: expanded.pointee.doc, keepsNamespaces: true)
        try moveAfterCurrentElement()
        return element
    }

    /// Passes over the element whose start tag ``next()`` just returned, and its subtree;
    /// ``next()`` continues after its end tag. Nothing of it is turned into Swift values.
    /// - Throws: ``XMLError`` (libxml2's first error).
    public func skipElement() throws {
        tipl10n_collectGenericErrors(genericErrors)
        defer { tipl10n_restoreGenericErrors() }
        try checkUsable()
        try requireStartTag("skipElement()")
        try moveAfterCurrentElement()
    }

    /// Reads the rest of the document, so that an error anywhere in it is reported.
    /// - Throws: ``XMLError`` (libxml2's first error).
    public func finish() throws {
        tipl10n_collectGenericErrors(genericErrors)
        defer { tipl10n_restoreGenericErrors() }
        try checkUsable()
        owesEnd = false
        atStartTag = false
        hasUnseenNode = false
        while !finished {
            let status = xmlTextReaderRead(reader)
            try checkErrors()
            if status == 0 { break }
            if status < 0 { throw fail(nil) }
        }
        finished = true
    }

    // MARK: - Internals

    private func currentLine() -> Int {
        xmlTextReaderCurrentNode(reader).map { LibXMLReader.line(of: $0) } ?? 0
    }

    private func requireStartTag(_ call: String) throws {
        guard atStartTag else {
            throw XMLError(kind: .malformed, path: path, message: "\(call) called when not at a start tag")
        }
        atStartTag = false
    }

    private func moveAfterCurrentElement() throws {
        depth -= 1
        owesEnd = false
        let status = xmlTextReaderNext(reader)
        try checkErrors()
        if status < 0 { throw fail(nil) }
        if status == 0 {
            finished = true
        } else {
            hasUnseenNode = true
        }
    }

    private func checkUsable() throws {
        if let failure { throw failure }
    }

    /// Throws the first error recorded so far, if any (a limit first: libxml2 only saw an
    /// I/O error there).
    private func checkErrors() throws {
        if let limitError = source.failure { throw fail(limitError) }
        if let first = collector.errors.first {
            throw fail(canonical(first, domain: collector.domains.first ?? 0))
        }
    }

    /// The error libxml2's pull parser reports for the input, when `error` is a parser error.
    ///
    /// The streaming reader feeds libxml2's push parser, which words some errors differently
    /// (a truncated file ends with "extra content at the end of the document" where the pull
    /// parser says "premature end of data in tag source line 19"). So on a parser error the
    /// input is read again from the start by the pull parser, without building anything,
    /// and its first error is reported: the message tipl10n always gave. Errors raised while
    /// building nodes (a repeated `xml:id`) are kept as they are, and so is everything when
    /// the input cannot be read twice (a pipe).
    private func canonical(_ error: XMLError, domain: Int32) -> XMLError {
        let parserDomains = [XML_FROM_PARSER, XML_FROM_NAMESPACE, XML_FROM_IO, XML_FROM_I18N].map {
            Int32($0.rawValue)
        }
        guard parserDomains.contains(domain) else { return error }
        switch input {
        case .data(let data):
            return LibXMLReader.firstPullParserError(data: data, path: path) ?? error
        case .file(let url):
            guard source.isRegularFile else { return error }
            // Up to the old whole-document limit, from memory (mapped) exactly as before;
            // beyond it, in chunks (libxml2 then quotes less of an unfinished comment).
            if source.readCount + 4096 <= Self.memoryReparseLimit || fileSize(url) <= Self.memoryReparseLimit,
                let mapped = try? Data(contentsOf: url, options: .alwaysMapped)
            {
                return LibXMLReader.firstPullParserError(data: mapped, path: path) ?? error
            }
            guard let reopened = try? LibXMLByteSource(file: url, path: path, limit: .max) else { return error }
            return LibXMLReader.firstPullParserError(source: reopened, path: path) ?? error
        }
    }

    /// Records `error` (or the first recorded one, or a generic one) as the reader's failure.
    private func fail(_ error: XMLError?) -> XMLError {
        let result =
            error ?? source.failure ?? collector.errors.first ?? genericError()
            ?? XMLError(kind: .malformed, path: path, message: "libxml2 could not read the document")
        failure = result
        finished = true
        return result
    }

    /// The first error libxml2 reported without a parser context (`encoding error : input
    /// conversion failed …`), at the line the parser had reached; `nil` when there was none.
    private func genericError() -> XMLError? {
        let text = withUnsafeBytes(of: genericErrors.pointee.text) { bytes in
            String(decoding: bytes.prefix(genericErrors.pointee.length), as: UTF8.self)
        }
        guard let first = text.split(whereSeparator: \.isNewline).first else { return nil }
        // "encoding error : input conversion failed …": the part after the first " : ".
        let message = first.range(of: " : ").map { String(first[$0.upperBound...]) } ?? String(first)
        return XMLError(
            kind: .malformed, path: path, line: Int(xmlTextReaderGetParserLineNumber(reader)),
            message: XMLError.houseStyle(message))
    }

    /// Files up to this size (64 MiB) are read again from memory after a parser error.
    static let memoryReparseLimit = 64 * 1024 * 1024

    private func fileSize(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? Int.max
    }

    /// True when `head` has a DOCTYPE without an internal subset: `<!DOCTYPE` then `>` with no
    /// `[` between them, in the first 4 KiB read as UTF-8.
    static func hasExternalDoctypeOnly(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        guard let start = text.range(of: "<!DOCTYPE") else { return false }
        guard let end = text[start.upperBound...].firstIndex(of: ">") else { return false }
        return !text[start.upperBound..<end].contains("[")
    }

    /// Reads the prolog with a separate push parser that stops at the first of: a DOCTYPE
    /// (refused, with the line libxml2 is on, before its internal subset is read), the root's
    /// start tag, an error (left for the reader to report) or the end of the input. The bytes
    /// read stay in `source` for the reader.
    private static func refuseDoctype(source: LibXMLByteSource, head: [UInt8], path: String, prologLimit: Int) throws {
        xmlInitParser()
        let watch = PrologWatch()
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.internalSubset = { context, _, _, _ in
            guard let watch = PrologWatch.from(context) else { return }
            watch.doctypeLine = Int(xmlSAX2GetLineNumber(context))
            watch.isDone = true
            xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        handler.startElementNs = { context, _, _, _, _, _, _, _, _ in
            guard let watch = PrologWatch.from(context) else { return }
            watch.isDone = true
            xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        handler.serror = { context, _ in
            guard let watch = PrologWatch.from(context) else { return }
            watch.isDone = true
        }
        guard let context = xmlCreatePushParserCtxt(&handler, nil, nil, 0, path) else {
            throw XMLError(kind: .malformed, path: path, message: "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, LibXMLReader.xmlOptions)
        context.pointee._private = Unmanaged.passUnretained(watch).toOpaque()
        try withExtendedLifetime(watch) {
            var chunk = head
            while true {
                if chunk.isEmpty {
                    xmlParseChunk(context, nil, 0, 1)
                    break
                }
                let status = chunk.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        xmlParseChunk(context, $0.baseAddress, Int32($0.count), 0)
                    }
                }
                if watch.isDone || status != 0 { break }
                guard source.readCount <= prologLimit else {
                    throw XMLError(
                        kind: .tooLarge, path: path,
                        message: "the prolog before the root element is larger than the limit of \(prologLimit) bytes")
                }
                chunk = try source.readAhead(65536)
            }
        }
        if let line = watch.doctypeLine {
            throw XMLError(
                kind: .doctypeForbidden, path: path, line: line, column: 0,
                message: "a DOCTYPE is not allowed here: DTDs and entity declarations are refused for safety")
        }
    }
}

/// What the prolog check saw; reached from the C callbacks through the context's `_private`.
private final class PrologWatch {
    var doctypeLine: Int?
    var isDone = false

    static func from(_ context: UnsafeMutableRawPointer?) -> PrologWatch? {
        guard let context else { return nil }
        let parserContext = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let opaque = parserContext.pointee._private else { return nil }
        return Unmanaged<PrologWatch>.fromOpaque(opaque).takeUnretainedValue()
    }
}

/// The reader's structured error handler: `context` is the ``LibXMLErrorCollector``.
private let streamErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<LibXMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error, kind: .malformed)
}
