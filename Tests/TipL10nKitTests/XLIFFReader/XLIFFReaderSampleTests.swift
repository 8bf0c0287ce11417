import Foundation
import Testing
import TipL10nKit
import TipL10nXML

extension XLIFFReaderTests {
    /// Every sample under `Tests/Fixtures/xliff-samples/` (real CAT-tool output) reads, with exact values.
    @Suite("XLIFFReader: real CAT-tool samples")
    struct Samples {
        @Test func matecatStatesMapFromEveryXLIFF12Value() throws {
            let document = try sample("matecat/xliff12-with-segment-state.xliff")
            #expect(document.version == "1.2")
            #expect(document.files.count == 1)
            #expect(document.files[0].original == "editor.json")
            #expect(document.files[0].sourceLanguage == "en")
            #expect(document.files[0].targetLanguage == "it")
            #expect(document.warnings == [])
            let units = document.units
            #expect(units.map(\.id) == (1...10).map { "tu\($0)" })
            #expect(
                units.map(\.rawState) == [
                    "new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
                    "needs-review-adaptation", "needs-review-l10n", "translated", "signed-off", "final",
                ])
            #expect(
                units.map(\.state) == [
                    .new, .new, .new, .new, .translated, .translated, .translated, .translated, .reviewed, .final,
                ])
            // One <mrk mtype="seg"> per trans-unit: the ID stays the trans-unit's; the white
            // space around the marker (pretty-printing) is dropped.
            #expect(units[0].segmentID == "0")
            #expect(units[0].line == 12)
            #expect(units[0].source == content(text("Upload an image")))
            #expect(units[0].target == content(text("Upload an image")))
            #expect(units[0].targetLanguage == "it")
            #expect(units[6].source == content(text("Supports GIF, JPG, and PNG files.")))
            #expect(units.allSatisfy { $0.target != nil && $0.isTranslatable && $0.toolState == nil })
        }

        @Test func memoQTagsStatusAndByteOrderMark() throws {
            let data = try sampleData("memoq/sampe_sch.xliff")
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let document = try XLIFFReader.read(data, path: "sampe_sch.xliff")
            #expect(document.version == "1.2")
            #expect(document.files.map(\.original) == ["tag_issue"])
            #expect(document.files[0].sourceLanguage == "en-us")
            #expect(document.files[0].targetLanguage == "zh-cn")
            let unit = try #require(document.units.first)
            #expect(document.units.count == 1)
            #expect(unit.id == "1")
            #expect(unit.line == 13)
            #expect(unit.state == .new)
            #expect(unit.rawState == "mq:status=PartiallyEdited")
            #expect(unit.toolState == "mq:status=PartiallyEdited")
            // memoQ keeps the space after the footnote marker: a THIN SPACE (U+2009).
            let uf = "<uf ufcatid=\"7\" f=\"Times New Roman\" fs=\"Italic\">"
            #expect(
                unit.source
                    == content(
                        code("ph", id: "1", data: "<FootnoteMarker />"), text("\u{2009}"),
                        code("bpt", id: "2", ["ctype": "italic"], data: "{}"), code("bpt", id: "3", data: uf),
                        text("UNCITRAL Yearbook, "), code("ept", id: "2", data: "{}"),
                        code("ept", id: "3", data: "</uf>"), text("vol. XXVII:")))
            #expect(
                unit.target
                    == content(
                        code("ph", id: "1", data: "<FootnoteMarker />"), code("bpt", id: "3", data: uf),
                        text("《贸易法委员会年鉴》"), code("ept", id: "3", data: "</uf>"), text("，第二十七卷：")))
            #expect(unit.notes == [])
        }

        @Test func oasisCDataSectionsAndIgnorable() throws {
            let document = try sample("oasis-test-suite/withCDataSections.xlf")
            #expect(document.version == "2.0")
            #expect(document.files.count == 1)
            #expect(document.files[0].original == "f1")
            #expect(document.files[0].fileID == "f1")
            #expect(document.files[0].sourceLanguage == "en")
            #expect(document.files[0].targetLanguage == "fr")
            // The <ignorable> is not a unit: one unit for the one segment, named by its id.
            #expect(document.units.count == 1)
            let unit = document.units[0]
            #expect(unit.id == "s1")
            #expect(unit.unitID == "1")
            #expect(unit.segmentID == "s1")
            #expect(unit.line == 5)
            #expect(unit.source == content(text("source & and < etc.")))
            #expect(unit.target == content(text("target & and < etc.")))
            #expect(unit.state == nil)
        }

        @Test func oasisMatchesBecomeSuggestions() throws {
            let data = try sampleData("oasis-test-suite/withMatches.xlf")
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let document = try XLIFFReader.read(data, path: "withMatches.xlf")
            #expect(document.version == "2.0")
            #expect(document.units.count == 1)
            let unit = document.units[0]
            #expect(unit.id == "1")
            #expect(unit.segmentID == nil)
            #expect(
                unit.source
                    == content(
                        code("mrk", .opening, id: "m1", ["type": "mtc:match"]), text("Text"),
                        code("mrk", .closing, id: "m1")))
            #expect(
                unit.target
                    == content(
                        code("mrk", .opening, id: "m2", ["type": "some:annotation"]), text("Texte2"),
                        code("mrk", .closing, id: "m2")))
            #expect(
                unit.suggestions == [
                    XLIFFSuggestion(
                        source: content(code("ph", id: "1", ["dataRef": "d1"], data: "[code]"), text("Text")),
                        target: content(code("ph", id: "1", ["dataRef": "d1"], data: "[code]"), text("Texte"))),
                    XLIFFSuggestion(source: content(text("Text2")), target: content(text("Texte2"))),
                ])
            #expect(document.warnings == [])
        }

        @Test func okapiSegSourceSplitsIntoSegments() throws {
            let document = try sample("okapi-rainbow/segsource.xlf")
            #expect(document.version == "1.2")
            #expect(document.units.map(\.id) == ["tu1#0", "tu1#1"])
            #expect(document.units.map(\.unitID) == ["tu1", "tu1"])
            #expect(document.units.map(\.segmentID) == ["0", "1"])
            #expect(document.units.map(\.line) == [7, 7])
            #expect(
                document.units.map(\.source) == [
                    content(text("This is sentence 1.")), content(text(" This is sentence 2.")),
                ])
            #expect(
                document.units.map(\.target) == [
                    content(text("This is sentence 1.")), content(text(" This is sentence 2.")),
                ])
            #expect(document.units.map(\.targetLanguage) == ["de", "de"])
            #expect(document.units.map(\.state) == [nil, nil])
        }

        @Test func okapiTranslateNo() throws {
            let document = try sample("okapi-rainbow/translate_no.xlf")
            #expect(document.units.map(\.id) == ["1", "2", "3"])
            #expect(document.units.map(\.isTranslatable) == [false, true, true])
            #expect(
                document.units[1].source
                    == content(
                        text("BBB You can also use the <prop> element to define large properties at the element level.")
                    ))
            #expect(document.units.allSatisfy { $0.target == $0.source })
        }

        @Test func omegatSeveralFiles() throws {
            let document = try sample("omegat/file-XLIFFFilter1-multiple-file-tag-expect.xlf")
            #expect(document.version == "1.2")
            #expect(document.files.map(\.original) == ["text3.txt", "text.txt"])
            #expect(document.files.map(\.line) == [2, 9])
            #expect(document.files.map(\.units.count) == [1, 1])
            #expect(document.units.map(\.id) == ["id1", "id2"])
            #expect(document.units.map(\.target) == [content(text("This is text3")), content(text("test2"))])
            #expect(document.units.map(\.state) == [.translated, .translated])
            #expect(document.files.map(\.targetLanguage) == ["be", "be"])
        }

        @Test func phraseXLIFF20CodesResolveThroughDataRef() throws {
            let document = try sample("phrase-memsource/39.xliff")
            #expect(document.version == "2.0")
            #expect(document.files.count == 1)
            let file = document.files[0]
            #expect(file.original == "4063d059-louvre-v2.xml")
            #expect(file.fileID == "9WAksyzyNyOauP1L0_dc5:0-13")
            #expect(file.sourceLanguage == "en-us")
            #expect(file.targetLanguage == "ja-jp")
            #expect(document.units.map(\.id) == (0...13).map(String.init))
            #expect(document.units.filter { $0.target != nil }.count == 14)
            #expect(Set(document.units.map(\.state)) == [.translated])
            // Unit 3 holds segments 3 and 4; Phrase escaped the HTML twice, and the data comes back as written.
            let three = document.units[3]
            #expect(three.unitID == "3")
            #expect(three.segmentID == "3")
            #expect(three.line == 70)
            let paragraph = "&lt;p class=&quot;cmln__paragraph&quot;&gt;"
            #expect(
                three.source
                    == content(
                        code("ph", id: "source1", ["dataRef": "source1"], data: paragraph),
                        text("Deliver for a few hours in the mornings, every night, or just on weekends—it"),
                        code("ph", id: "source2", ["dataRef": "source2"], data: "&amp;#39;"), text("s up to you.")))
            let four = document.units[4]
            #expect(four.unitID == "3")
            #expect(
                four.target
                    == content(
                        text("個人事業主として、働く時間や仕事量を選べます。"),
                        code("ph", id: "source3", ["dataRef": "source3"], data: "&lt;/p&gt;")))
            #expect(document.units[0].target == content(text("働く時間は自由")))
            #expect(document.units.allSatisfy { $0.notes.isEmpty && $0.rawState == "translated" })
            #expect(document.warnings == [])
        }

        @Test func tradosUTF8WithBOM() throws {
            let data = try sampleData("trados-studio/UTF8WithBOM16001.sdlxliff")
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let document = try XLIFFReader.read(data, path: "UTF8WithBOM16001.sdlxliff")
            #expect(document.version == "1.2")
            #expect(document.files.map(\.original) == [#"F:\Curriculum\HTML\Source\UTF8WithBOM.html"#])
            #expect(document.units.count == 11)
            let translatable = document.units.filter(\.isTranslatable)
            #expect(translatable.map(\.id) == ["f929e575-043f-484e-9d98-e083e17b45d7"])
            #expect(translatable[0].source == content(text("ß=s-zted, ü=u-umlaut")))
            #expect(translatable[0].segmentID == "1")
            // <target><mrk mtype="seg" mid="1" /></target>: not translated. The <sdl:seg> has no conf.
            #expect(translatable[0].target == nil)
            #expect(translatable[0].state == nil)
            #expect(translatable[0].toolState == nil)
            #expect(
                document.units[0].source
                    == content(code("x", id: "0"), code("x", id: "1")))
            #expect(document.units.filter { $0.target != nil }.count == 0)
        }

        @Test func tradosSimpleTestCodesAndEmptySegments() throws {
            let document = try sample("trados-studio/simpleTest15984.sdlxliff")
            #expect(document.files.count == 1)
            #expect(document.units.count == 37)
            let translatable = document.units.filter(\.isTranslatable)
            #expect(translatable.count == 10)
            let byID = Dictionary(uniqueKeysWithValues: document.units.map { ($0.id, $0) })
            let before = try #require(byID["379a8d5c-f2d0-42d5-8344-e909d179eca1"])
            #expect(
                before.source
                    == content(
                        text("Before "), code("x", id: "10", ["xid": "bfd52b12-c0dd-4094-8301-f53292f24fed"]),
                        text(" after.")))
            // Trados copied the tag into the empty target: no text, so not a translation.
            #expect(before.target == nil)
            // A source that is only a tag: the target that carries it is complete.
            let tagOnly = try #require(byID["426d2f6c-8a03-45d4-a515-f6cb95b37cc1"])
            #expect(tagOnly.source == content(code("x", id: "15")))
            #expect(tagOnly.target == content(code("x", id: "15")))
            // The segment marker sits inside <g>: the g codes around it belong to the segment.
            let lots = try #require(byID["f82d6e29-1e38-42fe-8732-462223f6021f"])
            #expect(
                lots.source
                    == content(
                        code("g", .opening, id: "33"), text("Lots of    white\n\t\n\tspace"),
                        code("g", .closing, id: "33")))
            #expect(lots.segmentID == "9")
            #expect(lots.target == nil)
            #expect(document.units.filter { $0.target != nil }.map(\.id) == ["426d2f6c-8a03-45d4-a515-f6cb95b37cc1"])
            #expect(document.warnings == [])
        }

        @Test func worldServerAltTransScoresInEverySpelling() throws {
            let document = try sample("worldserver/altTrans-100.xlf")
            #expect(document.version == "1.2")
            #expect(document.files[0].line == 22)
            #expect(document.units.count == 1)
            let unit = document.units[0]
            #expect(unit.id == "0000000008")
            #expect(unit.source == content(text("Home")))
            #expect(unit.target == content(text("Inicio")))
            #expect(unit.state == nil)
            // match-quality "100", "100%", "100.00" and "100.00%"; suggestions are never the target.
            let suggestion = XLIFFSuggestion(
                source: content(text("Home")), target: content(text("Inicio")), origin: "Test", score: 100)
            #expect(unit.suggestions == Array(repeating: suggestion, count: 4))
        }

        @Test func xcodeTenFilesNotesAndTranslateNo() throws {
            let document = try sample("xcode/KeepingYouAwake-de.xcode16.4.xliff")
            #expect(document.version == "1.2")
            #expect(document.files.count == 10)
            #expect(document.files.map(\.units.count) == [2, 26, 3, 9, 6, 7, 6, 7, 3, 2])
            #expect(document.units.count == 71)
            #expect(document.units.filter { $0.target != nil }.count == 65)
            #expect(document.units.filter { $0.state == .translated }.count == 65)
            #expect(document.units.filter { !$0.isTranslatable }.map(\.id) == ["7z8-pS-A86.title"])
            // A character reference in the id (&#10;) and a backslash-n in the note, both as written.
            let click = try #require(document.units.first { $0.id == "Click to allow sleep\nRight click to show menu" })
            #expect(
                click.target
                    == content(text("Klicken, um den Ruhezustand zu erlauben\nRechtsklick, um das Menü anzuzeigen")))
            #expect(click.notes == [#"Click to allow sleep\nRight click to show menu"#])
            #expect(document.units[0].id == "CFBundleName")
            #expect(document.units[0].target == nil)
            #expect(document.units[0].notes == ["Bundle name"])
        }

        @Test func matecatNotesWithScriptAreInertVerbatimText() throws {
            // Filed under invalid/ upstream, but it is well-formed XLIFF 1.2: it reads. The
            // <script> inside a <note> comes back as literal text, never interpreted or run.
            let document = try sample("invalid/matecat_notes-with-script-injection.xliff")
            #expect(document.version == "1.2")
            #expect(document.files.map(\.original) == ["Ebay-like-small-file-edited.xlf", "manifest.rkm", ""])
            #expect(document.files.map(\.units.count) == [0, 0, 3])
            #expect(document.units.map(\.id) == ["251971551065", "251971551066", "251971551067"])
            #expect(document.units[0].notes == ["<script>alert('This is malicious code');</script>"])
            #expect(document.units[1].notes == [])
            #expect(document.units[2].notes == ["This is another comment"])
            #expect(document.units[0].target == content(text("An English string")))
            #expect(document.units[0].targetLanguage == "fr-fr")
        }

        @Test func okapiEmptyFileFailsWithTheXMLError() throws {
            let error = try #require(throws: XMLError.self) {
                try sample("invalid/okapi_empty.html_test.xlf")
            }
            #expect(error.description == "okapi_empty.html_test.xlf:1:1: error: document is empty")
        }

        @Test func okapiControlCharacterFailsWithTheFirstXMLError() throws {
            let error = try #require(throws: XMLError.self) {
                try sample("invalid/okapi_invalid_xml_entity.xlf")
            }
            #expect(error.kind == .malformed)
            #expect(error.description == "okapi_invalid_xml_entity.xlf:8:29: error: PCDATA invalid Char value 3")
        }

        @Test func utf16CopyReadsTheSame() throws {
            let original = try String(
                decoding: sampleData("omegat/file-XLIFFFilter1-multiple-file-tag-expect.xlf"), as: UTF8.self)
            let relabelled = original.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            #expect(relabelled != original)
            var littleEndian = Data([0xFF, 0xFE])
            var bigEndian = Data([0xFE, 0xFF])
            for unit in relabelled.utf16 {
                littleEndian.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
                bigEndian.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
            }
            let expected = try sample("omegat/file-XLIFFFilter1-multiple-file-tag-expect.xlf")
            #expect(
                try XLIFFReader.read(littleEndian, path: "file-XLIFFFilter1-multiple-file-tag-expect.xlf") == expected)
            #expect(try XLIFFReader.read(bigEndian, path: "file-XLIFFFilter1-multiple-file-tag-expect.xlf") == expected)
        }
    }
}
