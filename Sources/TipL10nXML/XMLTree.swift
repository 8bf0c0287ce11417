import Foundation

/// An immutable Swift copy of an XML document, read through libxml2 and freed at once.
///
/// Names are local names; each element and attribute keeps its namespace URI, so callers
/// match by namespace and local name (XLIFF 1.2 vs 2.x, SRX 2.0). CDATA sections arrive as
/// ``Node/text(_:)``; character references are resolved; comments are kept.
public enum XMLTree {
    /// A parsed document: its root element and what the prolog declared.
    public struct Document: Sendable, Equatable {
        public var root: Element
        /// The encoding named in the XML declaration, if any (`"UTF-8"`, `"UTF-16"`).
        public var declaredEncoding: String?
    }

    /// One element with its attributes and children in document order.
    public struct Element: Sendable, Equatable {
        /// Local name, e.g. `trans-unit`; lower case for HTML.
        public var name: String
        /// Namespace URI, or `nil` for no namespace.
        public var namespaceURI: String?
        /// The prefix the document used, if any (informative only: match on ``namespaceURI``).
        public var prefix: String?
        public var attributes: [Attribute]
        public var children: [Node]
        /// 1-based line of the start tag.
        public var line: Int

        public init(
            name: String, namespaceURI: String? = nil, prefix: String? = nil, attributes: [Attribute] = [],
            children: [Node] = [], line: Int = 0
        ) {
            self.name = name
            self.namespaceURI = namespaceURI
            self.prefix = prefix
            self.attributes = attributes
            self.children = children
            self.line = line
        }

        /// The value of the attribute with this local name and namespace (`nil` = no namespace).
        ///
        /// `xml:lang` and `xml:space` are in namespace ``XMLTree/xmlNamespace``.
        public func attribute(_ name: String, namespaceURI: String? = nil) -> String? {
            attributes.first { $0.name == name && $0.namespaceURI == namespaceURI }?.value
        }

        /// All descendant text concatenated in document order (comments excluded).
        public var textContent: String {
            var result = ""
            appendText(to: &result)
            return result
        }

        private func appendText(to result: inout String) {
            for child in children {
                switch child {
                case .text(let text): result += text
                case .element(let element): element.appendText(to: &result)
                case .comment: break
                }
            }
        }

        /// The child elements, in order.
        public var childElements: [Element] {
            children.compactMap { node in
                if case .element(let element) = node { return element }
                return nil
            }
        }

        /// Child elements with this local name and namespace.
        public func children(named name: String, namespaceURI: String? = nil) -> [Element] {
            childElements.filter { $0.name == name && $0.namespaceURI == namespaceURI }
        }

        /// The first child element with this local name and namespace.
        public func firstChild(named name: String, namespaceURI: String? = nil) -> Element? {
            childElements.first { $0.name == name && $0.namespaceURI == namespaceURI }
        }

        /// Descendant elements (not `self`) with this local name and namespace, in document order.
        public func descendants(named name: String, namespaceURI: String? = nil) -> [Element] {
            var result: [Element] = []
            collect(named: name, namespaceURI: namespaceURI, into: &result)
            return result
        }

        private func collect(named name: String, namespaceURI: String?, into result: inout [Element]) {
            for element in childElements {
                if element.name == name && element.namespaceURI == namespaceURI { result.append(element) }
                element.collect(named: name, namespaceURI: namespaceURI, into: &result)
            }
        }
    }

    /// An attribute: local name, namespace URI and value (entities and character references resolved).
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var namespaceURI: String?
        public var value: String

        public init(name: String, namespaceURI: String? = nil, value: String) {
            self.name = name
            self.namespaceURI = namespaceURI
            self.value = value
        }
    }

    /// A child of an element.
    public enum Node: Sendable, Equatable {
        case element(Element)
        /// Character data, including CDATA sections.
        case text(String)
        case comment(String)
    }

    /// The namespace of `xml:lang` and `xml:space`.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Limits and switches for ``parse(_:path:options:)``.
    public struct ParseOptions: Sendable {
        /// Refuse a `<!DOCTYPE …>` (default `true`): no DTD is read and no entity declared,
        /// so external and recursive entities cannot reach the parser.
        public var rejectsDoctype: Bool = true
        /// Largest accepted input in bytes (default 64 MiB). libxml2 itself limits element
        /// nesting to 256 levels and a single text node to 10,000,000 bytes.
        public var maximumSize: Int = 64 * 1024 * 1024

        public init(rejectsDoctype: Bool = true, maximumSize: Int = 64 * 1024 * 1024) {
            self.rejectsDoctype = rejectsDoctype
            self.maximumSize = maximumSize
        }
    }

    /// Parses XML bytes into a ``Document``: the root element read whole by ``XMLStreamReader``
    /// (for small documents: SRX rules, a cable page, tests; XLIFF and TMX are read a unit at a
    /// time instead).
    ///
    /// Hardened (DESIGN §5): no network, no DTD loading or validation, no entity
    /// substitution, no XInclude, no recovery, libxml2's default size limits; a DOCTYPE is
    /// refused unless `options.rejectsDoctype` is false. The encoding is taken from the BOM or
    /// the XML declaration (UTF-8 with or without BOM, UTF-16).
    ///
    /// - Parameters:
    ///   - data: the document bytes.
    ///   - path: the file name used in error messages.
    /// - Throws: ``XMLError`` with the first error libxml2 reported (`.malformed`), or
    ///   `.doctypeForbidden` / `.tooLarge`.
    public static func parse(_ data: Data, path: String, options: ParseOptions = ParseOptions()) throws -> Document {
        let reader = try XMLStreamReader(
            .data(data), path: path,
            options: XMLStreamReader.Options(
                rejectsDoctype: options.rejectsDoctype, maximumSize: options.maximumSize,
                maximumElementSize: options.maximumSize))
        guard case .start = try reader.next() else {
            try reader.finish()
            throw XMLError(kind: .malformed, path: path, line: 1, column: 1, message: "document has no root element")
        }
        let root = try reader.readElement()
        try reader.finish()
        return Document(root: root, declaredEncoding: reader.declaredEncoding)
    }
}
