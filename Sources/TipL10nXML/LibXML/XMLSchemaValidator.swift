import CLibXML2
import Foundation

/// Validates documents against a W3C XML Schema (XSD 1.0) through libxml2.
///
/// Used by tests and by `--validate` to check exported XLIFF against the official OASIS
/// schemas. The schema and the files it imports are read from disk; the network is never
/// used. A parsed schema is read-only and may be shared between threads (libxml2 allows it);
/// each ``validate(_:path:)`` call uses its own validation context.
public final class XMLSchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    /// The schema file, as given.
    public let schemaPath: String

    /// Reads and compiles the schema at `url`.
    /// - Throws: ``XMLError`` (`.schemaUnreadable`) with libxml2's first error.
    public init(contentsOf url: URL) throws {
        xmlInitParser()
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XMLError(kind: .schemaUnreadable, path: path, message: "schema file not found")
        }
        guard let parserContext = xmlSchemaNewParserCtxt(path) else {
            throw XMLError(kind: .schemaUnreadable, path: path, message: "libxml2 could not open the schema")
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        let collector = LibXMLErrorCollector(path: path)
        xmlSchemaSetParserStructuredErrors(
            parserContext, schemaErrorHandler, Unmanaged.passUnretained(collector).toOpaque())
        let parsed = withExtendedLifetime(collector) { xmlSchemaParse(parserContext) }
        guard let parsed else {
            var error =
                collector.errors.first
                ?? XMLError(kind: .schemaUnreadable, path: path, message: "libxml2 could not compile the schema")
            error.kind = .schemaUnreadable
            throw error
        }
        self.schema = parsed
        self.schemaPath = path
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates a document.
    /// - Returns: every validity error in document order (`.schemaInvalid`, with line); empty when valid.
    /// - Throws: ``XMLError`` when the bytes are not well-formed XML (hardened parse, as ``XMLTree/parse(_:path:options:)``).
    public func validate(_ data: Data, path: String) throws -> [XMLError] {
        try LibXMLReader.withDocument(data, path: path, options: XMLTree.ParseOptions()) { document in
            guard let context = xmlSchemaNewValidCtxt(schema) else {
                return [XMLError(kind: .schemaInvalid, path: path, message: "libxml2 could not allocate a validator")]
            }
            defer { xmlSchemaFreeValidCtxt(context) }
            let collector = LibXMLErrorCollector(path: path)
            xmlSchemaSetValidStructuredErrors(
                context, schemaErrorHandler, Unmanaged.passUnretained(collector).toOpaque())
            let result = withExtendedLifetime(collector) { xmlSchemaValidateDoc(context, document) }
            if result != 0 && collector.errors.isEmpty {
                return [
                    XMLError(
                        kind: .schemaInvalid, path: path, message: "document is not valid (libxml2 code \(result))")
                ]
            }
            return collector.errors
        }
    }
}
