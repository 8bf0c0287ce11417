import Foundation
import Testing
import TipL10nTestSupport
import TipL10nXML

@testable import TipL10nKit

/// `verify FILE --annotate`: findings added as notes, nothing else changed.
@Suite("XLIFF annotator")
struct XLIFFAnnotatorTests {
    /// The notes the annotator adds, with the line break and indentation before each.
    static var addedNote: Regex<Substring> {
        #/\r?\n[ \t]*<note (?:from|category)="tipl10n" priority="[123]"(?: appliesTo="target")?>(?:error|warning|note) \([a-z-]+\): [^<]*</note>/#
    }

    static func annotated(
        _ text: String, path: String = "returned.xlf", tag: String = "sq"
    ) throws -> (
        data: Data, notes: Int, document: XLIFFReadDocument
    ) {
        let data = Data(text.utf8)
        let document = try XLIFFReader.read(data, path: path)
        let profile = try LocaleProfile.load(tag: tag, projectFolder: TestPaths.repositoryRoot)
        let input = try VerificationInput(document: document, path: path, profile: { _ in profile })
        let report = Verifier().verify(input)
        let result = try XLIFFAnnotator.annotate(
            data, document: document, path: path, diagnostics: report.diagnostics)
        return (result.data, result.notes, document)
    }

    @Test func theAnnotatedFileDiffersOnlyByTheNotesAndValidates() throws {
        let returned = try ReturnedFile.albanian()
        let (data, notes, _) = try Self.annotated(returned)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(notes == 7)
        #expect(text.matches(of: Self.addedNote).count == 7)
        // Take the added notes out again: the input, byte for byte.
        #expect(text.replacing(Self.addedNote, with: "") == returned)
        // Valid XLIFF 1.2 (OASIS strict schema).
        let validator = try XMLSchemaValidator(contentsOf: TestPaths.xliff12StrictSchema)
        #expect(try validator.validate(data, path: "annotated.xlf").map(\.description) == [])
        // Each note sits after the target of its unit, indented like it.
        #expect(
            text.contains(
                "<target xml:lang=\"sq\" state=\"translated\">Kosova është vend.</target>\n"
                    + "              <note from=\"tipl10n\" priority=\"2\">warning (omission): target is 11% of the "
                    + "source length; sq is usually 93–128%</note>\n"
                    + "              <note from=\"tipl10n\">narrative.intro: paragraph 1, sentence 1"))
    }

    @Test func theNotesReadBackAsNotesOfTheirUnits() throws {
        let (data, _, original) = try Self.annotated(ReturnedFile.albanian())
        let reread = try XLIFFReader.read(data, path: "annotated.xlf")
        #expect(reread.units.map(\.target) == original.units.map(\.target))
        let unit = try #require(reread.units.first { $0.id == "narrative.protection.p1.s2" })
        #expect(
            unit.notes.contains(
                "warning (english): English left in the target: \"the government, in cooperation with "
                    + "international donors, provided critical funding\""))
        // Added after the target, before the unit's own notes.
        #expect(unit.notes.last == "narrative.protection: paragraph 1, sentence 2; cable 09STATE61188, paragraph 8")
    }

    @Test func aFileWithoutFindingsIsUnchanged() throws {
        let reference = try String(contentsOf: TestPaths.reference("sr-Latn"), encoding: .utf8)
        let (data, notes, _) = try Self.annotated(reference, tag: "sr-Latn")
        #expect(notes == 0)
        #expect(data == Data(reference.utf8))
    }

    @Test func aFileOnOneLineStaysOnOneLineAndMarkupInTheFindingIsText() throws {
        let text =
            #"<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en-US" target-language="sq" datatype="plaintext"><body><trans-unit id="u1"><source>Prosecution &lt;b&gt;</source><target state="translated">Prosecution &lt;b&gt;</target></trans-unit></body></file></xliff>"#
        let (data, notes, _) = try Self.annotated(text, path: "one.xlf")
        #expect(notes == 2)
        let result = try #require(String(data: data, encoding: .utf8))
        #expect(!result.contains("\n"))
        #expect(
            result.contains(
                "</target><note from=\"tipl10n\" priority=\"2\">warning (identical): target identical to source: "
                    + "&quot;Prosecution &lt;b&gt;&quot;</note><note from=\"tipl10n\" priority=\"2\">warning (glossary)"
            ))
    }

    @Test func aUTF16FileIsAnnotatedInUTF16() throws {
        let returned = try ReturnedFile.albanian().replacingOccurrences(
            of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var utf16 = Data([0xFF, 0xFE])
        for unit in returned.utf16 { utf16 += Data([UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let document = try XLIFFReader.read(utf16, path: "u16.xlf")
        let profile = try LocaleProfile.load(tag: "sq", projectFolder: TestPaths.repositoryRoot)
        let input = try VerificationInput(document: document, path: "u16.xlf", profile: { _ in profile })
        let result = try XLIFFAnnotator.annotate(
            utf16, document: document, path: "u16.xlf", diagnostics: Verifier().verify(input).diagnostics)
        #expect(result.data.starts(with: [0xFF, 0xFE]))
        let decoded = try #require(String(data: result.data.dropFirst(2), encoding: .utf16LittleEndian))
        #expect(decoded.replacing(Self.addedNote, with: "") == returned)
        #expect(result.notes == 7)
    }

    @Test func xliff2NotesGoIntoTheUnitsNotesAndValidate() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en-US" trgLang="sq">
              <file id="f1" original="09STATE61188">
                <unit id="u1">
                  <segment id="s1">
                    <source>Prosecution</source>
                    <target>Prosecution</target>
                  </segment>
                </unit>
                <unit id="u2">
                  <notes>
                    <note category="location">narrative</note>
                  </notes>
                  <segment id="s2">
                    <source>Protection</source>
                    <target>Protection</target>
                  </segment>
                </unit>
              </file>
            </xliff>

            """
        let (data, notes, _) = try Self.annotated(text, path: "two.xlf")
        #expect(notes == 4)
        let result = try #require(String(data: data, encoding: .utf8))
        #expect(
            result.replacing(Self.addedNote, with: "").replacing("\n      <notes>\n      </notes>", with: "") == text)
        #expect(
            result.contains(
                "<unit id=\"u1\">\n      <notes>\n        <note category=\"tipl10n\" priority=\"2\" appliesTo=\"target\">"
                    + "warning (identical): target identical to source: &quot;Prosecution&quot;</note>"))
        #expect(
            result.contains(
                "<note category=\"location\">narrative</note>\n        <note category=\"tipl10n\" priority=\"2\" "
                    + "appliesTo=\"target\">warning (identical)"))
        let schemas = TestPaths.fixture("schemas/xliff-2.1")
        let core = try XMLSchemaValidator(contentsOf: schemas.appendingPathComponent("xliff_core_2.0.xsd"))
        #expect(try core.validate(data, path: "two.xlf").map(\.description) == [])
    }

    /// Central European single-byte files (as Balkan posts' tools may save them) are edited
    /// in their own encoding: every other byte unchanged, the notes in that encoding.
    @Test(arguments: [
        ("windows-1250", String.Encoding.windowsCP1250), ("ISO-8859-2", .isoLatin2),
        ("ISO-8859-15", String.Encoding(rawValue: 0x8000_020F)),
    ])
    func aCentralEuropeanFileIsAnnotatedInItsEncoding(_ name: String, _ encoding: String.Encoding) throws {
        // Letters each encoding has and Latin-1 lacks.
        let target =
            encoding == .windowsCP1250 || encoding == .isoLatin2
            ? "Žrtve trgovine ljudima 2008: 25 slučajeva." : "Œuvre: Žrtvat e trafikimit 2008: 25 raste, 10 €."
        let text = """
            <?xml version="1.0" encoding="\(name)"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="sr-Latn" datatype="plaintext"><body>
            <trans-unit id="u1"><source>In 2008 there were 24 cases.</source><target state="translated">\(target)</target></trans-unit>
            </body></file></xliff>
            """
        let data = try #require(text.data(using: encoding), "\(name)")
        let document = try XLIFFReader.read(data, path: "ce.xlf")
        #expect(document.units.first?.target?.plainText == target)
        let profile = try LocaleProfile.load(tag: "sr-Latn", projectFolder: TestPaths.repositoryRoot)
        let input = try VerificationInput(document: document, path: "ce.xlf", profile: { _ in profile })
        let result = try XLIFFAnnotator.annotate(
            data, document: document, path: "ce.xlf", diagnostics: Verifier().verify(input).diagnostics)
        #expect(result.notes >= 1)
        let decoded = try #require(String(data: result.data, encoding: encoding))
        #expect(decoded.contains("error (figures): "))
        #expect(decoded.replacing(#/<note from="tipl10n" priority="[123]">[^<]*</note>/#, with: "") == text)
        #expect(try XLIFFReader.read(result.data, path: "ce.xlf").units.map(\.target) == document.units.map(\.target))
    }

    @Test func anEncodingThatCannotBeEditedInPlaceIsRefused() throws {
        let text = """
            <?xml version="1.0" encoding="Shift_JIS"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="sq" datatype="plaintext"><body><trans-unit id="u1"><source>Prosecution</source><target>Prosecution</target></trans-unit></body></file></xliff>
            """
        let data = Data(text.utf8)
        let document = try XLIFFReader.read(data, path: "sjis.xlf")
        #expect(throws: ImportError.self) {
            try XLIFFAnnotator.annotate(data, document: document, path: "sjis.xlf", diagnostics: [])
        }
    }

    @Test func theScannerReportsByteOffsetsOfStartAndEndTags() throws {
        let text = "<a><b x=\"1\">é</b><c/></a>"
        let elements = try XMLElementScanner.elements(in: Data(text.utf8), path: "t.xml")
        let bytes = Array(text.utf8)
        #expect(elements.map(\.name) == ["a", "b", "c"])
        #expect(elements.map(\.depth) == [0, 1, 1])
        #expect(String(decoding: bytes[..<elements[1].startTagEnd], as: UTF8.self) == "<a><b x=\"1\">")
        #expect(String(decoding: bytes[..<elements[1].end], as: UTF8.self) == "<a><b x=\"1\">é</b>")
        #expect(elements[2].isEmpty && elements[2].startTagEnd == elements[2].end)
        #expect(String(decoding: bytes[..<elements[2].end], as: UTF8.self) == "<a><b x=\"1\">é</b><c/>")
        #expect(elements[1].attributes == ["x": "1"])
        #expect(throws: XMLError.self) {
            try XMLElementScanner.elements(in: Data("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>".utf8), path: "d.xml")
        }
    }
}
