import Foundation
import Testing

@testable import TipL10nXML

@Suite struct XMLSchemaValidatorTests {
    static let strict = fixtures.appendingPathComponent("schemas/xliff-1.2/xliff-core-1.2-strict.xsd")

    @Test func acceptsAMinimalXLIFFAndReportsEachViolation() throws {
        let validator = try XMLSchemaValidator(contentsOf: Self.strict)
        let valid = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="x" source-language="en-US" target-language="sq" datatype="plaintext">
                <body><trans-unit id="a"><source>Hello</source></trans-unit></body>
              </file>
            </xliff>
            """
        #expect(try validator.validate(Data(valid.utf8), path: "ok.xlf") == [])
        let invalid = valid.replacingOccurrences(of: "<trans-unit id=\"a\">", with: "<trans-unit>")
        let errors = try validator.validate(Data(invalid.utf8), path: "bad.xlf")
        #expect(
            errors.map(\.description) == [
                "bad.xlf:3: error: element '{urn:oasis:names:tc:xliff:document:1.2}trans-unit': "
                    + "The attribute 'id' is required but missing",
                "bad.xlf:3: error: element '{urn:oasis:names:tc:xliff:document:1.2}trans-unit': "
                    + "Not all fields of key identity-constraint '{urn:oasis:names:tc:xliff:document:1.2}K_unit_id' "
                    + "evaluate to a node",
            ])
    }

    @Test func unreadableSchemaIsAnError() throws {
        let error = try #require(throws: XMLError.self) {
            try XMLSchemaValidator(contentsOf: URL(fileURLWithPath: "/nonexistent/schema.xsd"))
        }
        #expect(error.kind == .schemaUnreadable)
        #expect(error.description == "/nonexistent/schema.xsd: error: schema file not found")
    }
}
