import Foundation
import Testing
import TipL10nKit

extension XLIFFReaderTests {
    /// XLIFF 2.0 / 2.1 rules: unit IDs per segment, states, codes, translate, notes, matches.
    @Suite("XLIFFReader: XLIFF 2.x rules")
    struct Version2 {
        @Test func oneUnitPerSegmentWithTheIDRule() throws {
            let document = try read(
                xliff20(
                    """
                    <unit id="title"><segment><source>Kosovo (TIER 2)</source><target>Kosova (NIVELI 2)</target></segment></unit>
                    <unit id="p1">
                      <segment><source>One.</source></segment>
                      <ignorable><source> </source></ignorable>
                      <segment><source>Two.</source></segment>
                    </unit>
                    <unit id="p2">
                      <segment id="s1"><source>Three.</source></segment>
                      <segment><source>Four.</source></segment>
                    </unit>
                    """))
            #expect(document.version == "2.0")
            #expect(document.units.map(\.id) == ["title", "p1#1", "p1#2", "s1", "p2#2"])
            #expect(document.units.map(\.unitID) == ["title", "p1", "p1", "p2", "p2"])
            #expect(document.units.map(\.segmentID) == [nil, nil, nil, "s1", nil])
            #expect(document.units.map(\.line) == [5, 7, 9, 12, 13])
            #expect(document.units[0].target == content(text("Kosova (NIVELI 2)")))
            #expect(document.units[2].source == content(text("Two.")))
        }

        @Test func statesAndSubStates() throws {
            let document = try read(
                xliff20(
                    """
                    <unit id="u"><segment state="initial"><source>A</source></segment>
                    <segment state="translated" subState="phrase:wf=2"><source>B</source><target xml:lang="sq-XK">Bb</target></segment>
                    <segment state="reviewed"><source>C</source><target>Cc</target></segment>
                    <segment state="final"><source>D</source><target>Dd</target></segment>
                    <segment state="needs-translation"><source>E</source><target>Ee</target></segment>
                    <segment><source>F</source><target>Ff</target></segment></unit>
                    """, version: "2.1"))
            #expect(document.version == "2.1")
            #expect(document.units.map(\.state) == [.new, .translated, .reviewed, .final, nil, nil])
            #expect(
                document.units.map(\.rawState) == [
                    "initial", "translated", "reviewed", "final", "needs-translation", nil,
                ])
            #expect(document.units.map(\.stateQualifier) == [nil, "phrase:wf=2", nil, nil, nil, nil])
            #expect(document.units.map(\.targetLanguage) == [nil, "sq-XK", nil, nil, nil, nil])
            #expect(document.units.map(\.toolState) == [nil, nil, nil, nil, nil, nil])
        }

        @Test func inlineCodesResolveOriginalData() throws {
            let document = try read(
                xliff20(
                    """
                    <unit id="u">
                      <originalData>
                        <data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;</data>
                        <data id="d4">&lt;a href="#"&gt;</data><data id="d5">&lt;/a&gt;</data><data id="d6">tab<cp hex="0009"/>end</data>
                      </originalData>
                      <segment><source><pc id="1" dataRefStart="d1" dataRefEnd="d2" type="fmt">Tier 2</pc><ph id="2" dataRef="d3"/><sc id="3" dataRef="d4"/>link<ec startRef="3" dataRef="d5"/><sm id="m" type="term"/>TIP<em startRef="m"/><ph id="4" dataRef="d6"/>a<cp hex="0003"/>b<ph id="5" dataRef="nowhere"/><mrk id="k" translate="no">KFOR</mrk></source></segment>
                    </unit>
                    """))
            #expect(
                document.units[0].source
                    == content(
                        code(
                            "pc", .opening, id: "1", ["dataRefStart": "d1", "dataRefEnd": "d2", "type": "fmt"],
                            data: "<b>"),
                        text("Tier 2"), code("pc", .closing, id: "1", data: "</b>"),
                        code("ph", id: "2", ["dataRef": "d3"], data: "<br/>"),
                        code("sc", id: "3", ["dataRef": "d4"], data: "<a href=\"#\">"), text("link"),
                        code("ec", id: "3", ["dataRef": "d5"], data: "</a>"), code("sm", id: "m", ["type": "term"]),
                        text("TIP"), code("em", id: "m"), code("ph", id: "4", ["dataRef": "d6"], data: "tab\tend"),
                        text("a\u{0003}b"), code("ph", id: "5", ["dataRef": "nowhere"]),
                        code("mrk", .opening, id: "k", ["translate": "no"]), text("KFOR"),
                        code("mrk", .closing, id: "k")))
            #expect(
                document.warnings.map(\.description) == [
                    "t.xlf:10: warning: <ph> refers to dataRef 'nowhere', which no <data> defines"
                ])
        }

        @Test func translateNoIsInheritedFromFileGroupAndUnit() throws {
            let document = try read(
                """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">
                <file id="f1">
                  <group id="g1" translate="no">
                    <unit id="a"><segment><source>A</source></segment></unit>
                    <group id="g2"><unit id="b" translate="yes"><segment><source>B</source></segment></unit></group>
                  </group>
                  <unit id="c" translate="no"><segment><source>C</source></segment></unit>
                  <unit id="d"><segment><source>D</source></segment></unit>
                </file>
                <file id="f2" translate="no" original="press.txt">
                  <unit id="e"><segment><source>E</source></segment></unit>
                </file>
                </xliff>
                """)
            #expect(document.units.map(\.id) == ["a", "b", "c", "d", "e"])
            #expect(document.units.map(\.isTranslatable) == [false, true, false, true, false])
            #expect(document.files.map(\.original) == ["f1", "press.txt"])
            #expect(document.files.map(\.fileID) == ["f1", "f2"])
            #expect(document.files.map(\.targetLanguage) == [nil, nil])
            #expect(document.files.map(\.sourceLanguage) == ["en", "en"])
        }

        @Test func notesOfTheUnitGoToEachSegment() throws {
            let document = try read(
                xliff20(
                    """
                    <unit id="u"><notes><note category="context">Q&amp;A</note><note>&lt;script&gt;x()&lt;/script&gt;</note></notes>
                    <segment><source>A</source></segment><segment><source>B</source></segment></unit>
                    """))
            #expect(
                document.units.map(\.notes) == [["Q&A", "<script>x()</script>"], ["Q&A", "<script>x()</script>"]])
        }

        @Test func matchesGoToTheSegmentTheyReference() throws {
            let document = try read(
                xliff20(
                    """
                    <unit id="u">
                      <mtc:matches>
                        <mtc:match ref="#m2" matchQuality="87.5" origin="TM Kosovo 2008"><source>Two.</source><target>Dy.</target></mtc:match>
                        <mtc:match ref="#t=m1" matchQuality="100"><source>One.</source><target><mrk id="m1">Një.</mrk></target></mtc:match>
                        <mtc:match ref="#s2" origin="MT"><source>Two.</source><target>Dy!</target></mtc:match>
                        <mtc:match ref="#nowhere"><source>X</source><target>Y</target></mtc:match>
                      </mtc:matches>
                      <segment id="s1"><source>One.</source><target><mrk id="m1">Një.</mrk></target></segment>
                      <segment id="s2"><source><mrk id="m2">Two.</mrk></source></segment>
                    </unit>
                    """))
            #expect(
                document.units[0].suggestions == [
                    XLIFFSuggestion(
                        source: content(text("One.")),
                        target: content(code("mrk", .opening, id: "m1"), text("Një."), code("mrk", .closing, id: "m1")),
                        score: 100)
                ])
            #expect(
                document.units[1].suggestions == [
                    XLIFFSuggestion(
                        source: content(text("Two.")), target: content(text("Dy.")), origin: "TM Kosovo 2008",
                        score: 87.5),
                    XLIFFSuggestion(source: content(text("Two.")), target: content(text("Dy!")), origin: "MT"),
                ])
            #expect(
                document.warnings.map(\.description) == [
                    "t.xlf:10: warning: <mtc:match> ref 'nowhere' names no segment of the unit; ignored"
                ])
            // A suggestion is never the translation.
            #expect(document.units[1].target == nil)
        }

        @Test func theNamespaceDecidesTheVersion() throws {
            let document = try read(
                """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="sr-Latn">
                <file id="f"><unit id="u"><segment><source>A</source><target>Ä</target></segment></unit></file></xliff>
                """)
            #expect(document.version == "2.0")
            #expect(document.isVersion2)
            #expect(document.files.map(\.targetLanguage) == ["sr-Latn"])
        }

        @Test func utf16WithNonASCIIText() throws {
            let xml = xliff20(
                "<unit id=\"u\"><segment state=\"translated\"><source>$158,593</source>"
                    + "<target>158\u{00A0}593 dollarë</target></segment></unit>"
            )
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            var data = Data([0xFF, 0xFE])
            for unit in xml.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
            let document = try XLIFFReader.read(data, path: "u16.xlf")
            #expect(document.units[0].target == content(text("158\u{00A0}593 dollarë")))
            #expect(document.units[0].state == .translated)
        }
    }
}
