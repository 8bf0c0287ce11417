import Foundation
import Testing

@testable import TipL10nXML

@Suite struct XMLTreeTests {
    @Test func readsElementsAttributesNamespacesAndText() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="09STATE61188" xml:space="preserve"><!-- note -->
                <source>A &amp; B &#x24;158,593 <![CDATA[<kept>]]> end</source>
              </file>
            </xliff>
            """
        let document = try XMLTree.parse(Data(xml.utf8), path: "t.xlf")
        let namespace = "urn:oasis:names:tc:xliff:document:1.2"
        #expect(document.root.name == "xliff")
        #expect(document.root.namespaceURI == namespace)
        #expect(document.root.attribute("version") == "1.2")
        #expect(document.declaredEncoding == "UTF-8")
        let file = try #require(document.root.firstChild(named: "file", namespaceURI: namespace))
        #expect(file.line == 3)
        #expect(file.attribute("space", namespaceURI: XMLTree.xmlNamespace) == "preserve")
        #expect(file.children.contains(.comment(" note ")))
        let source = try #require(file.descendants(named: "source", namespaceURI: namespace).first)
        #expect(source.textContent == "A & B $158,593 <kept> end")
        #expect(source.children == [.text("A & B $158,593 <kept> end")])
    }

    @Test func reportsTheFirstErrorWithLineAndColumn() {
        let xml = "<a>\n  <b>text</c>\n</a>\n"
        #expect(throws: XMLError.self) { try XMLTree.parse(Data(xml.utf8), path: "bad.xlf") }
        do {
            _ = try XMLTree.parse(Data(xml.utf8), path: "bad.xlf")
        } catch let error as XMLError {
            #expect(error.kind == .malformed)
            #expect(error.description == "bad.xlf:2:14: error: opening and ending tag mismatch: b line 2 and c")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func refusesADoctypeBeforeAnyEntityIsRead() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE x [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <x>&secret;</x>
            """
        let error = try #require(throws: XMLError.self) { try XMLTree.parse(Data(xml.utf8), path: "xxe.xlf") }
        #expect(error.kind == .doctypeForbidden)
        #expect(
            error.description
                == "xxe.xlf:2: error: a DOCTYPE is not allowed here: DTDs and entity declarations are refused for safety"
        )
    }

    @Test func refusesEmptyAndOversizedInput() throws {
        let empty = try #require(throws: XMLError.self) { try XMLTree.parse(Data(), path: "e.xlf") }
        #expect(empty.description == "e.xlf:1:1: error: document is empty")
        let big = try #require(throws: XMLError.self) {
            try XMLTree.parse(Data("<a/>".utf8), path: "b.xlf", options: .init(maximumSize: 3))
        }
        #expect(big.description == "b.xlf: error: document is 4 bytes; the limit is 3 bytes")
    }

    @Test func readsUTF16AndUTF8WithByteOrderMark() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><t>dollarë 158\u{00A0}593</t>"
        var utf16 = Data([0xFF, 0xFE])
        for unit in text.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(try XMLTree.parse(utf16, path: "u16.xlf").root.textContent == "dollarë 158\u{00A0}593")
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("<t>një</t>".utf8)
        #expect(try XMLTree.parse(bom, path: "bom.xlf").root.textContent == "një")
    }

    @Test func okapiSampleWithAControlCharacterFailsCleanly() throws {
        let url = fixtures.appendingPathComponent("xliff-samples/okapi_invalid_xml_entity.xlf")
        let error = try #require(throws: XMLError.self) {
            try XMLTree.parse(Data(contentsOf: url), path: "okapi_invalid_xml_entity.xlf")
        }
        #expect(error.description == "okapi_invalid_xml_entity.xlf:8:29: error: PCDATA invalid Char value 3")
    }
}

/// `Tests/Fixtures`, found from this file's path.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
let repositoryRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent()
