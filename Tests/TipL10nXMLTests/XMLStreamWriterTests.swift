import Foundation
import Testing

@testable import TipL10nXML

@Suite struct XMLStreamWriterTests {
    @Test func writesEscapedIndentedUTF8() throws {
        let writer = try XMLStreamWriter(path: "out.xlf")
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("xmlns", "urn:oasis:names:tc:xliff:document:1.2")
        try writer.attribute("note", "a \"quoted\" <value> & more")
        try writer.element("source", attributes: ["xml:lang": "en-US"], text: "Kosovo's $158,593 <b> & 10:00 a.m.")
        try writer.element("target")
        try writer.endElement()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" note="a &quot;quoted&quot; &lt;value&gt; &amp; more">
                  <source xml:lang="en-US">Kosovo's $158,593 &lt;b&gt; &amp; 10:00 a.m.</source>
                  <target/>
                </xliff>

                """)
    }

    @Test func refusesCharactersXMLCannotCarry() throws {
        let writer = try XMLStreamWriter(path: "out.xlf")
        try writer.startDocument()
        try writer.startElement("source")
        let error = try #require(throws: XMLError.self) { try writer.text("bad \u{0003} char") }
        #expect(error.description == "out.xlf: error: character U+0003 in text of <source> is not allowed in XML 1.0")
        #expect(throws: XMLError.self) { try writer.startElement("1bad") }
    }

    @Test func writtenTextReadsBackUnchanged() throws {
        let original = "Tab\there, quotes \"'\", <&>, non-breaking 158\u{00A0}593, emoji 🇽🇰, line\nbreak"
        let writer = try XMLStreamWriter(path: "r.xml", indented: false)
        try writer.startDocument()
        try writer.element("t", attributes: ["a": original], text: original)
        let root = try XMLTree.parse(try writer.finish(), path: "r.xml").root
        #expect(root.textContent == original)
        #expect(root.attribute("a") == original)
    }
}
