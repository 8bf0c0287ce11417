import Foundation
import Testing
import TipL10nKit
import TipL10nXML

extension XLIFFReaderTests {
    /// Exact messages for files that cannot be read.
    @Suite("XLIFFReader: errors")
    struct Errors {
        @Test func htmlIsNotXLIFF() {
            #expect(
                errorText("<html><body><p>done</p></body></html>", path: "done.xlf")
                    == "done.xlf:1: error: not an XLIFF file: the root element is <html>, expected <xliff>")
            // The root's own line, after the XML declaration.
            #expect(
                errorText("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>", path: "memory.tmx")
                    == "memory.tmx:2: error: not an XLIFF file: the root element is <tmx>, expected <xliff>")
        }

        @Test func errorKindAndFieldsAreSet() throws {
            let error = try #require(throws: XLIFFError.self) { try read("<html/>", path: "p.html") }
            #expect(
                error
                    == XLIFFError(
                        kind: .notXLIFF, path: "p.html", line: 1,
                        message: "not an XLIFF file: the root element is <html>, expected <xliff>"))
            #expect(error.errorDescription == error.description)
            #expect(
                XLIFFError(kind: .invalidStructure, path: "a.xlf", message: "m").description == "a.xlf: error: m")
            #expect(
                XLIFFError(kind: .invalidStructure, path: "a.xlf", line: 3, column: 7, message: "m").description
                    == "a.xlf:3:7: error: m")
        }

        @Test func unsupportedVersions() {
            let suffix = "tipl10n reads XLIFF 1.2 and 2.0/2.1 (and 1.0/1.1)"
            #expect(
                errorText(#"<xliff version="3.0" xmlns="urn:oasis:names:tc:xliff:document:3.0"/>"#, path: "v3.xlf")
                    == "v3.xlf:1: error: unsupported XLIFF version '3.0': \(suffix)")
            #expect(
                errorText(#"<xliff version="3.0"/>"#, path: "v3.xlf")
                    == "v3.xlf:1: error: unsupported XLIFF version '3.0': \(suffix)")
            #expect(
                errorText(#"<xliff version="1.3" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>"#, path: "v.xlf")
                    == "v.xlf:1: error: unsupported XLIFF version '1.3': \(suffix)")
            // XLIFF 2.2 has its own namespace, with or without the version attribute.
            #expect(
                errorText(#"<xliff version="2.2" xmlns="urn:oasis:names:tc:xliff:document:2.2"/>"#, path: "v22.xlf")
                    == "v22.xlf:1: error: unsupported XLIFF version '2.2': \(suffix)")
            #expect(
                errorText(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.2"/>"#, path: "v22.xlf")
                    == "v22.xlf:1: error: unsupported XLIFF version '2.2': \(suffix)")
            #expect(
                errorText(#"<xliff version="2.2" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>"#, path: "v22.xlf")
                    == "v22.xlf:1: error: unsupported XLIFF version '2.2': \(suffix)")
            #expect(
                errorText(#"<xliff version="1.2" xmlns="http://example.com/xliff"/>"#, path: "x.xlf")
                    == "x.xlf:1: error: unsupported XLIFF namespace 'http://example.com/xliff': \(suffix)")
        }

        @Test func versionThatContradictsTheNamespace() {
            #expect(
                errorText(#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>"#, path: "m.xlf")
                    == "m.xlf:1: error: version '1.2' does not match the XLIFF namespace 'urn:oasis:names:tc:xliff:document:2.0'"
            )
            #expect(
                errorText(#"<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>"#, path: "m.xlf")
                    == "m.xlf:1: error: version '2.0' does not match the XLIFF namespace 'urn:oasis:names:tc:xliff:document:1.2'"
            )
        }

        @Test func neitherVersionNorNamespace() {
            #expect(
                errorText("<xliff><file/></xliff>", path: "bare.xlf")
                    == "bare.xlf:1: error: not an XLIFF file: <xliff> has no version attribute and no XLIFF namespace")
        }

        @Test func malformedXMLIsTheFirstXMLError() throws {
            let xml = "<xliff version=\"1.2\">\n<file>\n<body></file>\n</xliff>\n"
            let error = try #require(throws: XMLError.self) { try read(xml, path: "broken.xlf") }
            #expect(error.kind == .malformed)
            #expect(
                error.description == "broken.xlf:3:14: error: opening and ending tag mismatch: body line 3 and file")
        }

        @Test func doctypeIsRefused() throws {
            let xml = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <xliff version="1.2"><file><body><trans-unit id="a"><source>&secret;</source></trans-unit></body></file></xliff>
                """
            let error = try #require(throws: XMLError.self) { try read(xml, path: "xxe.xlf") }
            #expect(error.kind == .doctypeForbidden)
            #expect(
                error.description
                    == "xxe.xlf:2: error: a DOCTYPE is not allowed here: DTDs and entity declarations are refused for safety"
            )
        }

        @Test func transUnitWithoutIDOrSource() {
            #expect(
                errorText(xliff12("<trans-unit><source>A</source></trans-unit>"), path: "t.xlf")
                    == "t.xlf:5: error: <trans-unit> has no id attribute")
            #expect(
                errorText(
                    xliff12("<group>\n<trans-unit id=\"u7\"><target>A</target></trans-unit>\n</group>"), path: "t.xlf")
                    == "t.xlf:6: error: <trans-unit id=\"u7\"> has no <source>")
        }

        @Test func unitWithoutIDSegmentOrSource() {
            #expect(
                errorText(xliff20("<unit><segment><source>A</source></segment></unit>"), path: "u.xlf")
                    == "u.xlf:5: error: <unit> has no id attribute")
            #expect(
                errorText(
                    xliff20("<unit id=\"u1\">\n<ignorable><source> </source></ignorable>\n</unit>"), path: "u.xlf")
                    == "u.xlf:5: error: <unit id=\"u1\"> has no <segment>: XLIFF 2 requires at least one")
            #expect(
                errorText(
                    xliff20(
                        "<unit id=\"u1\">\n<segment><source>A</source></segment>\n<segment><target>B</target></segment>\n</unit>"
                    ),
                    path: "u.xlf")
                    == "u.xlf:7: error: <segment> 2 of unit 'u1' has no <source>")
        }
    }
}
