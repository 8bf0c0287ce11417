import Foundation
import Testing
import TipL10nKit
import TipL10nXML

extension XLIFFReaderTests {
    /// The streaming side: events in document order, errors with the priority of a whole read.
    @Suite("XLIFFReader: one unit at a time")
    struct Streaming {
        static func events(_ xml: String, path: String = "s.xlf") throws -> [String] {
            let reader = try XLIFFUnitReader(.data(Data(xml.utf8)), path: path)
            var result: [String] = []
            while let event = try reader.next() {
                switch event {
                case .file(let file):
                    result.append("file \(file.original ?? "-") line \(file.line) units \(file.units.count)")
                case .unit(let unit):
                    result.append("unit \(unit.id) line \(unit.line) \(unit.target?.plainText ?? "-")")
                case .warning(let warning): result.append("warning \(warning)")
                case .fileEnd: result.append("end")
                }
            }
            return result
        }

        @Test func filesUnitsAndWarningsComeInDocumentOrder() throws {
            let xml =
                xliff12(
                    """
                    <trans-unit id="a"><source>One.</source><target>Një.</target></trans-unit>
                    <trans-unit id="b"><source>Two.</source><target>Dy.</target>
                    <alt-trans><source>x</source></alt-trans></trans-unit>
                    """)
                + "\n"
            #expect(
                try Self.events(xml) == [
                    "file t.txt line 3 units 0", "unit a line 5 Një.",
                    "warning s.xlf:7: warning: <alt-trans> in trans-unit 'b' has no <target>; ignored",
                    "unit b line 6 Dy.", "end",
                ])
        }

        @Test func aSegmentedTransUnitGivesOneUnitPerSegment() throws {
            let xml = xliff12(
                """
                <trans-unit id="p"><source>A. B.</source>
                <seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source>
                <target><mrk mtype="seg" mid="1">Një.</mrk> <mrk mtype="seg" mid="2">Dy.</mrk></target></trans-unit>
                """)
            #expect(
                try Self.events(xml) == [
                    "file t.txt line 3 units 0", "unit p#1 line 6 Një.", "unit p#2 line 6 Dy.", "end",
                ])
        }

        @Test func aStructureErrorGivesWayToMalformedXMLLaterInTheFile() throws {
            // The unit without id comes first, but the file is not even well-formed: that is what
            // a whole-document read reported, and what the streaming reader still reports.
            let broken = xliff12("<trans-unit><source>A</source></trans-unit>\n<trans-unit id=\"b\"><source>B</target>")
            let error = try #require(throws: XMLError.self) { _ = try Self.events(broken, path: "t.xlf") }
            #expect(error.description == "t.xlf:6:38: error: opening and ending tag mismatch: source line 6 and target")
            // Well-formed: the structure error stands.
            let wellFormed = xliff12("<trans-unit><source>A</source></trans-unit>")
            let structure = try #require(throws: XLIFFError.self) { _ = try Self.events(wellFormed, path: "t.xlf") }
            #expect(structure.description == "t.xlf:5: error: <trans-unit> has no id attribute")
            // The same for a root that is not <xliff>.
            #expect(throws: XMLError.self) { _ = try Self.events("<html><p></html>") }
        }

        @Test func unitsPastLine65535KeepTheirLine() throws {
            let padding = String(repeating: "\n", count: 70_000)
            let xml = xliff12("\(padding)<trans-unit id=\"far\">\n  <source>Far.</source>\n</trans-unit>")
            #expect(try Self.events(xml) == ["file t.txt line 3 units 0", "unit far line 70005 -", "end"])
        }
    }
}
