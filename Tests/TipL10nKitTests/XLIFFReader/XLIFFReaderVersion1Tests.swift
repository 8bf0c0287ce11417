import Foundation
import Testing
import TipL10nKit

extension XLIFFReaderTests {
    /// XLIFF 1.x rules: segmentation, states, tool markers, targets, notes, suggestions, versions.
    @Suite("XLIFFReader: XLIFF 1.x rules")
    struct Version1 {
        @Test func segSourceSplitKeepsTextBetweenMarkers() throws {
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="p1">
                    <source>1. Kosovo is a source country. It is also a transit country.</source>
                    <seg-source>1. <mrk mtype="seg" mid="a">Kosovo is a source country.</mrk> <mrk mtype="seg" mid="b">It is also a transit country.</mrk><x id="br"/></seg-source>
                    <target state="translated"><mrk mtype="seg" mid="a">Kosova është vend burimi.</mrk> <mrk mtype="seg" mid="b">Është edhe</mrk> vend tranziti.</target>
                    </trans-unit>
                    """))
            #expect(document.units.map(\.id) == ["p1#a", "p1#b"])
            #expect(document.units.map(\.line) == [7, 7])
            // Text before the first marker joins the first segment; text and codes after a
            // marker join it; white space alone between markers is dropped.
            #expect(
                document.units.map(\.source) == [
                    content(text("1. Kosovo is a source country.")),
                    content(text("It is also a transit country."), code("x", id: "br")),
                ])
            #expect(
                document.units.map(\.target) == [
                    content(text("Kosova është vend burimi.")), content(text("Është edhe vend tranziti.")),
                ])
            #expect(document.units.map(\.state) == [.translated, .translated])
            #expect(document.warnings == [])
        }

        @Test func theWorkedExampleOfDocsImport() throws {
            let document = try read(
                """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="09STATE61188" source-language="en-US" target-language="sq" datatype="plaintext">
                    <body>
                      <trans-unit id="narrative.title" approved="yes">
                        <source>Kosovo (TIER 2)</source>
                        <target state="translated">Kosova (NIVELI 2)</target>
                      </trans-unit>
                      <trans-unit id="p1">
                        <source>1. Kosovo is a source country. It is also a transit country.</source>
                        <seg-source>1. <mrk mtype="seg" mid="a">Kosovo is a source country.</mrk> <mrk mtype="seg" mid="b">It is also a transit country.</mrk></seg-source>
                        <target><mrk mtype="seg" mid="a">Kosova është vend burimi.</mrk> <mrk mtype="seg" mid="b"/></target>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """, path: "xliff/09STATE61188.sq.xlf")
            #expect(document.version == "1.2")
            #expect(document.files[0].original == "09STATE61188")
            #expect(document.units.map(\.id) == ["narrative.title", "p1#a", "p1#b"])
            #expect(document.units[0].state == .reviewed)
            #expect(document.units[1].source.plainText == "1. Kosovo is a source country.")
            #expect(document.units[1].target?.plainText == "Kosova është vend burimi.")
            #expect(document.units[2].target == nil)
        }

        @Test func segmentsWithoutTargetMarkersOrWithStrayMarkers() throws {
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="p1">
                    <source>One. Two. Three.</source>
                    <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk> <mrk mtype="seg" mid="3">Three.</mrk></seg-source>
                    <target><mrk mtype="seg" mid="1">Një.</mrk> <mrk mtype="seg" mid="3"/> <mrk mtype="seg" mid="9">Nëntë.</mrk></target>
                    </trans-unit>
                    <trans-unit id="p2">
                    <source>One. Two.</source>
                    <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source>
                    <target>Një. Dy.</target>
                    </trans-unit>
                    """))
            #expect(document.units.map(\.id) == ["p1#1", "p1#2", "p1#3", "p2"])
            #expect(document.units.map(\.target) == [content(text("Një.")), nil, nil, content(text("Një. Dy."))])
            #expect(document.units[3].source == content(text("One. Two.")))
            #expect(document.units[3].segmentID == nil)
            #expect(
                document.warnings.map(\.description) == [
                    "t.xlf:8: warning: target segment mid '9' in trans-unit 'p1' matches no seg-source segment; ignored",
                    "t.xlf:13: warning: trans-unit 'p2' has 2 seg-source segments but its target has no segment markers; read as one unit",
                ])
        }

        @Test func oneSegmentKeepsTheTransUnitIDAndTakesAnUnmarkedTarget() throws {
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="narrative.title">
                    <source>Kosovo (TIER 2)</source>
                    <seg-source><mrk mtype="seg" mid="0">Kosovo (TIER 2)</mrk></seg-source>
                    <target>Kosova (NIVELI 2)</target>
                    </trans-unit>
                    """))
            #expect(document.units.map(\.id) == ["narrative.title"])
            #expect(document.units[0].segmentID == "0")
            #expect(document.units[0].target == content(text("Kosova (NIVELI 2)")))
        }

        @Test func emptyTargetsAreUntranslated() throws {
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="a"><source>A</source><target/></trans-unit>
                    <trans-unit id="b"><source>B</source><target></target></trans-unit>
                    <trans-unit id="c"><source>C</source><target> \n </target></trans-unit>
                    <trans-unit id="d"><source>D <x id="1"/></source><target><x id="1"/></target></trans-unit>
                    <trans-unit id="e"><source>E</source></trans-unit>
                    <trans-unit id="f"><source>F</source><target> F </target></trans-unit>
                    """))
            #expect(document.units.map(\.target) == [nil, nil, nil, nil, nil, content(text(" F "))])
        }

        @Test func inlineCodesOfXLIFF12() throws {
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="a"><source><g id="1" ctype="bold">Tier <x id="2"/>2</g>, <bx id="3"/>x<ex id="3"/> <ph id="4" ctype="image">&lt;img src="a.png" alt="<sub>Flag</sub>"&gt;</ph><bpt id="5">&lt;i&gt;</bpt>i<ept id="5">&lt;/i&gt;</ept><it id="6" pos="open">&lt;u&gt;</it><mrk mtype="term" mid="t1">TIP</mrk><![CDATA[ & < ]]>&#x24;158,593</source></trans-unit>
                    """))
            #expect(
                document.units[0].source
                    == content(
                        code("g", .opening, id: "1", ["ctype": "bold"]), text("Tier "), code("x", id: "2"), text("2"),
                        code("g", .closing, id: "1"), text(", "), code("bx", id: "3"), text("x"), code("ex", id: "3"),
                        text(" "), code("ph", id: "4", ["ctype": "image"], data: "<img src=\"a.png\" alt=\"Flag\">"),
                        code("bpt", id: "5", data: "<i>"), text("i"), code("ept", id: "5", data: "</i>"),
                        code("it", id: "6", ["pos": "open"], data: "<u>"),
                        code("mrk", .opening, id: "t1", ["mtype": "term"]), text("TIP"),
                        code("mrk", .closing, id: "t1"),
                        text(" & < $158,593")))
            #expect(document.units[0].source.plainText == "Tier 2, x iTIP & < $158,593")
        }

        @Test func tradosConfirmationLevelsMap() throws {
            let segments = [
                "Draft", "Translated", "ApprovedTranslation", "ApprovedSignOff", "RejectedTranslation",
                "RejectedSignOff", "Unspecified",
            ]
            let marks = segments.indices.map { "<mrk mtype=\"seg\" mid=\"\($0 + 1)\">S\($0 + 1).</mrk>" }.joined(
                separator: " ")
            let targets = segments.indices.map { "<mrk mtype=\"seg\" mid=\"\($0 + 1)\">T\($0 + 1).</mrk>" }.joined(
                separator: " ")
            let defs = segments.enumerated().map {
                "<sdl:seg id=\"\($0.offset + 1)\" conf=\"\($0.element)\" origin=\"interactive\"/>"
            }
            .joined()
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="tu"><source>x</source><seg-source>\(marks)</seg-source><target>\(targets)</target>
                    <sdl:seg-defs>\(defs)</sdl:seg-defs></trans-unit>
                    """, extraNamespaces: " xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\""))
            #expect(document.units.map(\.id) == (1...7).map { "tu#\($0)" })
            #expect(document.units.map(\.state) == [.new, .translated, .reviewed, .final, .new, .new, nil])
            #expect(document.units.map(\.rawState) == segments.map { "sdl:conf=\($0)" })
            #expect(document.units.map(\.toolState) == segments.map { "sdl:conf=\($0)" })
            #expect(document.units[1].target == content(text("T2.")))
        }

        @Test func theStandardStateWinsOverAToolMarker() throws {
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="a"><source>A</source><seg-source><mrk mtype="seg" mid="1">A</mrk></seg-source>
                    <target state="needs-review-translation" state-qualifier="leveraged-tm"><mrk mtype="seg" mid="1">Aa</mrk></target>
                    <sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff"/></sdl:seg-defs></trans-unit>
                    <trans-unit id="b" mq:status="ManuallyConfirmed"><source>B</source><target state="x-custom">Bb</target></trans-unit>
                    <trans-unit id="c" mq:status="Reviewer2Confirmed"><source>C</source><target state="new">Cc</target></trans-unit>
                    """,
                    extraNamespaces: " xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\" xmlns:mq=\"MQXliff\""))
            let units = document.units
            #expect(units.map(\.state) == [.translated, .translated, .new])
            #expect(units.map(\.rawState) == ["needs-review-translation", "x-custom", "new"])
            #expect(
                units.map(\.toolState) == [
                    "sdl:conf=ApprovedSignOff", "mq:status=ManuallyConfirmed", "mq:status=Reviewer2Confirmed",
                ])
            #expect(units.map(\.stateQualifier) == ["leveraged-tm", nil, nil])
        }

        @Test(arguments: [
            ("NotStarted", TranslationState.new), ("Draft", .new), ("PartiallyEdited", .new), ("Pretranslated", .new),
            ("MachineTranslated", .new), ("Rejected", .new), ("ManuallyConfirmed", .translated),
            ("Confirmed", .translated), ("Proofread", .reviewed), ("Reviewer1Confirmed", .reviewed),
            ("Reviewer2Confirmed", .final),
        ])
        func memoQStatusesMap(status: String, expected: TranslationState) throws {
            #expect(XLIFFReader.state(memoQStatus: status) == expected)
            let document = try read(
                xliff12(
                    "<trans-unit id=\"1\" mq:status=\"\(status)\"><source>A</source><target>B</target></trans-unit>",
                    extraNamespaces: " xmlns:mq=\"MQXliff\""))
            #expect(document.units[0].state == expected)
            #expect(document.units[0].rawState == "mq:status=\(status)")
        }

        @Test func unknownToolValuesGiveNoState() {
            #expect(XLIFFReader.state(memoQStatus: "Edited") == nil)
            #expect(XLIFFReader.state(tradosConfirmation: "Unspecified") == nil)
            #expect(XLIFFReader.state(xliff12: "x-needs-love") == nil)
            #expect(XLIFFReader.state(xliff2: "translated ") == nil)
        }

        @Test func approvedRaisesToAtLeastReviewed() throws {
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="a" approved="yes"><source>A</source><target>Aa</target></trans-unit>
                    <trans-unit id="b" approved="yes"><source>B</source><target state="translated">Bb</target></trans-unit>
                    <trans-unit id="c" approved="yes"><source>C</source><target state="final">Cc</target></trans-unit>
                    <trans-unit id="d" approved="no"><source>D</source><target state="signed-off">Dd</target></trans-unit>
                    """))
            #expect(document.units.map(\.state) == [.reviewed, .reviewed, .final, .reviewed])
            #expect(document.units.map(\.rawState) == [nil, "translated", "final", "signed-off"])
        }

        @Test func translateNoIsInheritedFromGroups() throws {
            let document = try read(
                xliff12(
                    """
                    <group id="g1" translate="no">
                      <trans-unit id="a"><source>A</source></trans-unit>
                      <group id="g2">
                        <trans-unit id="b"><source>B</source></trans-unit>
                        <trans-unit id="c" translate="yes"><source>C</source></trans-unit>
                      </group>
                    </group>
                    <trans-unit id="d"><source>D</source></trans-unit>
                    <bin-unit id="img" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source></bin-unit>
                    """))
            #expect(document.units.map(\.id) == ["a", "b", "c", "d"])
            #expect(document.units.map(\.isTranslatable) == [false, false, true, true])
        }

        @Test func notesAreVerbatimAndSuggestionsGoToTheirSegment() throws {
            let document = try read(
                xliff12(
                    """
                    <trans-unit id="p">
                    <source>One. Two.</source>
                    <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source>
                    <note from="tipl10n">Keep &lt;b&gt; and &amp;</note>
                    <note>Call <a href="http://example.com/?a=1&amp;b=2">here</a><br/></note>
                    <alt-trans mid="2" match-quality="87,5 %" origin="TM Kosovo"><target>Dy.</target></alt-trans>
                    <alt-trans match-quality="high"><source>One.</source><target>Një.</target></alt-trans>
                    <alt-trans mid="1"><source>One.</source></alt-trans>
                    </trans-unit>
                    """))
            let notes = ["Keep <b> and &", "Call <a href=\"http://example.com/?a=1&b=2\">here</a><br/>"]
            #expect(document.units.map(\.notes) == [notes, notes])
            #expect(document.units[0].suggestions == [])
            #expect(
                document.units[1].suggestions == [
                    XLIFFSuggestion(target: content(text("Dy.")), origin: "TM Kosovo", score: 87.5)
                ])
            #expect(
                document.warnings.map(\.description) == [
                    "t.xlf:11: warning: <alt-trans> in segmented trans-unit 'p' names no segment (mid); ignored",
                    "t.xlf:12: warning: <alt-trans> in trans-unit 'p' has no <target>; ignored",
                ])
        }

        @Test func versionsAndNamespacesOfXLIFF1() throws {
            let unit =
                "<file original=\"a\" source-language=\"en\"><body><trans-unit id=\"1\"><source>A</source></trans-unit></body></file>"
            let noVersion12 = try read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\(unit)</xliff>")
            #expect(noVersion12.version == "1.2")
            #expect(noVersion12.units.map(\.id) == ["1"])
            let version11 = try read(
                "<xliff version=\"1.1\" xmlns=\"urn:oasis:names:tc:xliff:document:1.1\">\(unit)</xliff>")
            #expect(version11.version == "1.1")
            #expect(version11.units.map(\.source) == [content(text("A"))])
            let noVersion11 = try read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.1\">\(unit)</xliff>")
            #expect(noVersion11.version == "1.1")
            let bare10 = try read("<xliff version=\"1.0\">\(unit)</xliff>")
            #expect(bare10.version == "1.0")
            #expect(bare10.units.map(\.id) == ["1"])
            let bare12 = try read("<xliff version=\"1.2\">\(unit)</xliff>")
            #expect(bare12.version == "1.2")
            #expect(bare12.files.map(\.sourceLanguage) == ["en"])
            #expect(bare12.units.map(\.source) == [content(text("A"))])
        }
    }
}
