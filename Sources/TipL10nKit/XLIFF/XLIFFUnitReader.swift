import Foundation
import TipL10nXML

/// Reads a completed XLIFF file one translation unit at a time, so memory does not grow with
/// the file: only the `<trans-unit>` or `<unit>` being read is held as a tree.
///
/// Same rules, results, warnings and errors as ``XLIFFReader/read(_:path:)`` (which collects
/// what this reader yields): XLIFF 1.0–1.2 and 2.0/2.1, see ``XLIFFReader``. Events come in
/// document order: ``Event/file(_:)`` when a `<file>` starts (its ``XLIFFReadFile/units`` is
/// empty: they follow as ``Event/unit(_:)``), ``Event/warning(_:)`` right before the units of
/// the element that caused it, ``Event/fileEnd`` when the `<file>` ends.
///
/// Errors keep the priority of a whole-document read: when the XLIFF structure is wrong (a
/// `<trans-unit>` without `id`, a root that is not `<xliff>`), the rest of the document is
/// read first, so that malformed XML anywhere in it is reported instead (as `XMLError`).
///
/// ```swift
/// let reader = try XLIFFUnitReader(.file(url), path: "done.xlf")
/// while let event = try reader.next() {
///     if case .unit(let unit) = event { … }
/// }
/// ```
public final class XLIFFUnitReader {
    /// One step through the file.
    public enum Event: Sendable, Equatable {
        /// A `<file>` starts: its attributes, `units` empty.
        case file(XLIFFReadFile)
        /// The next translation unit of the current `<file>`.
        case unit(XLIFFReadUnit)
        /// Something the reader worked around, where it was found.
        case warning(XLIFFReadWarning)
        /// The current `<file>` ended.
        case fileEnd
    }

    /// The XLIFF version (`"1.2"`, `"2.0"`, `"2.1"`, `"1.1"`, `"1.0"`), from the root.
    public let version: String
    /// The file name used in messages.
    public let path: String
    /// True when XLIFF 2.x.
    public var isVersion2: Bool { version.hasPrefix("2.") }

    private let stream: XMLStreamReader
    private let context: XLIFFReadContext
    /// 2.x: the root's `srcLang` and `trgLang`.
    private let rootLanguages: (source: String?, target: String?)
    private var frames: [Frame] = []
    private var queued: [Event] = []
    private var queueIndex = 0
    private var isDone = false

    /// What an open element is to the walk.
    private enum Frame {
        case root
        /// A `<file>`; `hasBody` once its (first) 1.x `<body>` was entered.
        case file(isTranslatable: Bool, hasBody: Bool)
        /// A 1.x `<body>` or a `<group>` (1.x or 2.x): its units inherit `isTranslatable`.
        case container(isTranslatable: Bool)
    }

    /// Opens the file and reads its root element: version and namespace.
    ///
    /// - Parameters:
    ///   - input: the bytes, or the file to stream from.
    ///   - path: the file name used in messages.
    ///   - options: limits and DOCTYPE policy (default: DOCTYPE refused, 1 GiB per file,
    ///     64 MiB per unit).
    ///   - byteObserver: sees every byte of the file once, in order, as it is read.
    /// - Throws: `XMLError` (malformed XML anywhere in the file when the root is wrong, a
    ///   DOCTYPE, a limit, an unreadable file); ``XLIFFError`` `.notXLIFF` or `.unsupportedVersion`.
    public init(
        _ input: XMLInput, path: String, options: XMLStreamReader.Options = XMLStreamReader.Options(),
        byteObserver: ((UnsafeRawBufferPointer) -> Void)? = nil
    ) throws {
        let stream = try XMLStreamReader(input, path: path, options: options, byteObserver: byteObserver)
        guard case .start(let root)? = try stream.next() else {
            // No root element: libxml2 has reported the reason.
            try stream.finish()
            throw XMLError(kind: .malformed, path: path, line: 1, column: 1, message: "document has no root element")
        }
        do {
            guard root.name == "xliff" else {
                throw XLIFFError(
                    kind: .notXLIFF, path: path, line: root.line,
                    message: "not an XLIFF file: the root element is <\(root.name)>, expected <xliff>")
            }
            version = try XLIFFReader.version(
                declared: root.attribute("version"), namespaceURI: root.namespaceURI, line: root.line, path: path)
        } catch let error as XLIFFError {
            try stream.finish()
            throw error
        }
        self.path = path
        self.stream = stream
        self.context = XLIFFReadContext(path: path, namespace: root.namespaceURI)
        self.rootLanguages = (root.attribute("srcLang"), root.attribute("trgLang"))
        frames = [.root]
    }

    /// The next event, or `nil` at the end of the file (which is then known to be well-formed).
    /// - Throws: `XMLError` (libxml2's first error, a limit); ``XLIFFError`` `.invalidStructure`
    ///   (only when the whole file is well-formed XML).
    public func next() throws -> Event? {
        if queueIndex < queued.count {
            let event = queued[queueIndex]
            queueIndex += 1
            if queueIndex == queued.count {
                queued.removeAll(keepingCapacity: true)
                queueIndex = 0
            }
            return event
        }
        guard !isDone else { return nil }
        do {
            return try walk()
        } catch let error as XLIFFError {
            isDone = true
            try stream.finish()
            throw error
        }
    }

    /// Advances the XML stream until there is something to say.
    private func walk() throws -> Event? {
        while let event = try stream.next() {
            switch event {
            case .end:
                guard let frame = frames.popLast() else { continue }
                if case .file = frame { return .fileEnd }
            case .start(let tag):
                guard let top = frames.last else {
                    try stream.skipElement()
                    continue
                }
                if let event = try enter(tag, in: top) { return event }
            }
        }
        isDone = true
        return nil
    }

    /// Handles a start tag inside `top`: opens a frame, reads a unit, or skips the element.
    private func enter(_ tag: XMLStreamReader.StartTag, in top: Frame) throws -> Event? {
        let isXLIFF = tag.namespaceURI == context.namespace
        switch top {
        case .root:
            guard isXLIFF, tag.name == "file" else { break }
            if isVersion2 {
                let isTranslatable = XLIFFReader.isTranslatable(tag.attribute("translate"), inherited: true)
                frames.append(.file(isTranslatable: isTranslatable, hasBody: false))
                return .file(
                    XLIFFReadFile(
                        original: tag.attribute("original") ?? tag.attribute("id"), fileID: tag.attribute("id"),
                        sourceLanguage: rootLanguages.source, targetLanguage: rootLanguages.target, units: [],
                        line: tag.line))
            }
            frames.append(.file(isTranslatable: true, hasBody: false))
            return .file(
                XLIFFReadFile(
                    original: tag.attribute("original"), sourceLanguage: tag.attribute("source-language"),
                    targetLanguage: tag.attribute("target-language"), units: [], line: tag.line))
        case .file(let isTranslatable, let hasBody):
            if isVersion2 {
                return try enterContainerChild(tag, isXLIFF: isXLIFF, isTranslatable: isTranslatable)
            }
            // 1.x: the units are in the first <body>; the file's translate attribute is not read.
            guard isXLIFF, tag.name == "body", !hasBody else { break }
            frames[frames.count - 1] = .file(isTranslatable: isTranslatable, hasBody: true)
            frames.append(.container(isTranslatable: true))
            return nil
        case .container(let isTranslatable):
            return try enterContainerChild(tag, isXLIFF: isXLIFF, isTranslatable: isTranslatable)
        }
        try stream.skipElement()
        return nil
    }

    /// A child of a `<body>`, `<group>` or 2.x `<file>`: a unit, a nested group, or something to skip.
    private func enterContainerChild(
        _ tag: XMLStreamReader.StartTag, isXLIFF: Bool, isTranslatable: Bool
    ) throws
        -> Event?
    {
        switch (isXLIFF, tag.name, isVersion2) {
        case (true, "group", _):
            frames.append(
                .container(
                    isTranslatable: XLIFFReader.isTranslatable(tag.attribute("translate"), inherited: isTranslatable)))
            return nil
        case (true, "trans-unit", false):
            let element = try stream.readElement()
            let units = try XLIFFReader.readTransUnit(element, inheritedTranslatable: isTranslatable, context: context)
            return enqueue(units)
        case (true, "unit", true):
            let element = try stream.readElement()
            let units = try XLIFFReader.readUnit2(element, inheritedTranslatable: isTranslatable, context: context)
            return enqueue(units)
        default:
            try stream.skipElement()
            return nil
        }
    }

    /// Queues the warnings raised while reading, then `units`; returns the first event.
    private func enqueue(_ units: [XLIFFReadUnit]) -> Event? {
        queued += context.takeWarnings().map(Event.warning)
        queued += units.map(Event.unit)
        guard !queued.isEmpty else { return nil }
        queueIndex = 1
        let first = queued[0]
        if queued.count == 1 {
            queued.removeAll(keepingCapacity: true)
            queueIndex = 0
        }
        return first
    }
}
