import CLibXML2
import Foundation

/// Writes an XML document through libxml2's `xmlTextWriter`, into memory.
///
/// Every byte of markup and escaping is libxml2's; this class only checks that strings are
/// legal XML 1.0 characters (libxml2's writer would emit them unchecked) and turns failures
/// into ``XMLError``. Output is UTF-8 with an XML declaration; with `indented` each element
/// starts on its own line, two spaces per level (text content is never re-indented).
///
/// Usage: ``startDocument()``, nested ``startElement(_:)`` / ``attribute(_:_:)`` /
/// ``text(_:)`` / ``endElement()``, then ``finish()`` for the bytes. Not thread-safe: one
/// writer per document.
public final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private let path: String
    private let indented: Bool
    private var openElements: [String] = []

    /// - Parameters:
    ///   - path: the file name used in error messages.
    ///   - indented: start each element on a new line (default `true`).
    /// - Throws: ``XMLError`` (`.writer`) if libxml2 cannot allocate the writer.
    public init(path: String, indented: Bool = true) throws {
        guard let buffer = xmlBufferCreate() else {
            throw XMLError(kind: .writer, path: path, message: "libxml2 could not allocate an output buffer")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError(kind: .writer, path: path, message: "libxml2 could not allocate a writer")
        }
        self.buffer = buffer
        self.writer = writer
        self.path = path
        self.indented = indented
        if indented {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Runs `body` with indentation switched off, for mixed content (text with inline
    /// elements), where added white space would change the text. Open the element before and
    /// close it inside `body`, so its end tag is not indented either.
    public func withoutIndentation(_ body: () throws -> Void) throws {
        guard indented else { return try body() }
        xmlTextWriterSetIndent(writer, 0)
        defer { xmlTextWriterSetIndent(writer, 1) }
        try body()
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens an element; `name` may be qualified (`xml:lang` style prefixes are written as given).
    public func startElement(_ name: String) throws {
        try checkName(name)
        try check(xmlTextWriterStartElement(writer, name), "start element <\(name)>")
        openElements.append(name)
    }

    /// Writes an attribute on the element just opened; libxml2 escapes the value.
    public func attribute(_ name: String, _ value: String) throws {
        try checkName(name)
        try checkCharacters(value, in: "attribute \(name)")
        try check(xmlTextWriterWriteAttribute(writer, name, value), "write attribute \(name)")
    }

    /// Writes character data; libxml2 escapes `<`, `>` and `&`.
    public func text(_ text: String) throws {
        try checkCharacters(text, in: "text of <\(openElements.last ?? "")>")
        try check(xmlTextWriterWriteString(writer, text), "write text")
    }

    /// Writes `<!--text-->`. `--` inside the text is refused, as XML requires.
    public func comment(_ text: String) throws {
        try checkCharacters(text, in: "comment")
        if text.contains("--") || text.hasSuffix("-") {
            throw XMLError(
                kind: .invalidCharacter, path: path, message: "a comment cannot contain '--' or end with '-'")
        }
        try check(xmlTextWriterWriteComment(writer, text), "write a comment")
    }

    /// Closes the innermost open element (as `<name/>` if it has no content).
    public func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "end element")
        openElements.removeLast()
    }

    /// Opens an element, writes its attributes and text, and closes it.
    public func element(_ name: String, attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes all open elements and returns the document bytes (UTF-8, ending in a newline).
    public func finish() throws -> Data {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush the document")
        openElements.removeAll()
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func check(_ result: Int32, _ action: String) throws {
        if result < 0 {
            throw XMLError(kind: .writer, path: path, message: "libxml2's writer could not \(action)")
        }
    }

    private func checkName(_ name: String) throws {
        guard xmlValidateQName(name, 0) == 0 else {
            throw XMLError(kind: .invalidCharacter, path: path, message: "'\(name)' is not a valid XML name")
        }
    }

    /// XML 1.0 §2.2 `Char`: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD,
    /// U+10000–U+10FFFF.
    private func checkCharacters(_ text: String, in place: String) throws {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isAllowed =
                value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
            if !isAllowed {
                throw XMLError(
                    kind: .invalidCharacter, path: path,
                    message: String(format: "character U+%04X in %@ is not allowed in XML 1.0", value, place))
            }
        }
    }
}
