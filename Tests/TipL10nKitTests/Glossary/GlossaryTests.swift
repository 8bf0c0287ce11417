import Foundation
import Testing
import TipL10nTestSupport
import TipL10nXML

@testable import TipL10nKit

/// The glossary: TBX out and in, CSV in, merging and layering over the profiles.
@Suite("Glossary")
struct GlossaryTests {
    static let schema = TestPaths.fixture("schemas/tbx/tipl10n-tbx-basic.xsd")

    static let sample = Glossary(concepts: [
        .init(source: "NGO", terms: ["sq": ["OJQ", "OJQ-të"], "sr-Latn": ["NVO"]], notes: ["sq": "plural OJQ-të"]),
        .init(source: "Tier 2", note: "the TIP Report's ranking", terms: ["sq": ["Niveli 2", "Nivel*"]]),
    ])

    @Test func theBuiltInGlossariesWrittenAsTBXValidateAndReadBack() throws {
        let profiles = try ["sq", "sr-Latn", "sr-Cyrl"].map { try LocaleProfile.builtIn(tag: $0) }
        let glossary = Glossary(profiles: profiles)
        #expect(glossary.locales == ["sq", "sr-Cyrl", "sr-Latn"])
        let data = try glossary.tbx(title: "Glossary: en → sq, sr-Latn, sr-Cyrl", path: "g.tbx")
        let validator = try XMLSchemaValidator(contentsOf: Self.schema)
        #expect(try validator.validate(data, path: "g.tbx").map(\.description) == [])
        let (read, warnings) = try Glossary.readTBX(data, path: "g.tbx")
        #expect(warnings == [])
        #expect(read == glossary)
        // Each locale's entries come back (concepts follow the first profile's order).
        for profile in profiles {
            #expect(
                read.entries(for: profile.tag).sorted { $0.source < $1.source }
                    == profile.glossary.sorted { $0.source < $1.source })
        }
    }

    @Test func theTBXHasTheTBXBasicShape() throws {
        let text = try #require(String(data: try Self.sample.tbx(title: "t", path: "g.tbx"), encoding: .utf8))
        #expect(
            text.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">"
            ))
        #expect(
            text.contains(
                """
                      <conceptEntry id="c1">
                        <langSec xml:lang="en">
                          <termSec>
                            <term>NGO</term>
                          </termSec>
                        </langSec>
                        <langSec xml:lang="sq">
                          <note>plural OJQ-të</note>
                          <termSec>
                            <term>OJQ</term>
                            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                          </termSec>
                          <termSec>
                            <term>OJQ-të</term>
                            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                          </termSec>
                        </langSec>
                """))
        // Only the locales asked for.
        let albanian = try Glossary.readTBX(try Self.sample.tbx(title: "t", locales: ["sq"], path: "g.tbx"), path: "g")
        #expect(albanian.glossary.locales == ["sq"])
    }

    @Test func aTBX2008FileAsCATToolsWriteItIsRead() throws {
        let martif = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en">
              <martifHeader><fileDesc><sourceDesc><p>MultiTerm</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="t1">
                  <descrip type="definition">non-governmental organisation</descrip>
                  <langSet xml:lang="en-US"><tig><term>NGO</term></tig></langSet>
                  <langSet xml:lang="sq-AL">
                    <tig><term>organizatë joqeveritare</term><termNote type="administrativeStatus">deprecatedTerm</termNote></tig>
                    <tig><term>OJQ-të</term></tig>
                    <ntig><termGrp><term>OJQ</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
                  </langSet>
                  <langSet xml:lang="xx-QQ"><tig><term>nonsense</term></tig></langSet>
                </termEntry>
                <termEntry id="t2"><langSet xml:lang="sq"><tig><term>vetëm shqip</term></tig></langSet></termEntry>
              </body></text>
            </martif>
            """
        let (glossary, warnings) = try Glossary.readTBX(Data(martif.utf8), path: "mt.tbx")
        #expect(
            glossary.concepts == [
                .init(source: "NGO", note: "non-governmental organisation", terms: ["sq": ["OJQ", "OJQ-të"]])
            ])
        #expect(
            warnings.map(\.description) == [
                "mt.tbx:13: warning: xml:lang 'xx-QQ' is not a language tipl10n knows: its terms are skipped",
                "mt.tbx:15: warning: concept t2 has no English term: skipped",
            ])
    }

    @Test func aFileThatIsNotTBXIsRefused() {
        #expect(throws: GlossaryError.self) {
            try Glossary.readTBX(Data("<xliff version=\"1.2\"/>".utf8), path: "x.tbx")
        }
        #expect(throws: XMLError.self) {
            try Glossary.readTBX(
                Data("<!DOCTYPE tbx [<!ENTITY e SYSTEM \"/etc/passwd\">]><tbx>&e;</tbx>".utf8), path: "x.tbx")
        }
    }

    @Test func csvWithLanguageColumnsQuotesAndSeveralTermsIsRead() throws {
        let csv =
            "\u{FEFF}en,SQ,sr_latn,note\r\nNGO,OJQ|OJQ-të,NVO,\"non-governmental, civil\"\r\n\"Tier \"\"2\"\"\",Niveli 2,,\r\n\r\n"
        let glossary = try Glossary.readCSV(csv, path: "g.csv")
        #expect(
            glossary.concepts == [
                .init(
                    source: "NGO", note: "non-governmental, civil",
                    terms: ["sq": ["OJQ", "OJQ-të"], "sr-Latn": ["NVO"]]
                ),
                .init(source: "Tier \"2\"", terms: ["sq": ["Niveli 2"]]),
            ])
        let semicolons = try Glossary.readCSV("en;sq\nshelter;strehimore\n", path: "g.csv")
        #expect(semicolons.concepts == [.init(source: "shelter", terms: ["sq": ["strehimore"]])])
    }

    @Test(arguments: [
        ("sq,note\nOJQ,x\n", "g.csv:1: error: no English column: name one en (or en-US)"),
        (
            "en,sq,xx-999-bad\nNGO,OJQ,x\n",
            "g.csv:1: error: column 3 'xx-999-bad' is neither a BCP 47 language tag nor note"
        ),
        ("en,sq\nNGO,OJQ,extra\n", "g.csv:2: error: the row has 3 cells but the header has 2"),
        ("en,sq\n,OJQ\n", "g.csv:2: error: the row has no English term"),
        (
            "en,sq\nNGO,OJQ\nshelter,strehimore\nngo ,organizatë\n",
            "g.csv:4: error: the English term 'ngo' is already on line 2 (terms are matched without regard to case): "
                + "put both rows' target terms in one row"
        ),
        ("en,sq\n\"NGO,OJQ\n", "g.csv:2: error: a quoted cell is not closed"),
    ])
    func badCSVIsRefusedWithItsLine(_ csv: String, _ message: String) {
        #expect(throws: GlossaryError.self) { try Glossary.readCSV(csv, path: "g.csv") }
        do {
            _ = try Glossary.readCSV(csv, path: "g.csv")
        } catch {
            #expect(Diagnostic.from(error).description == message)
        }
    }

    @Test func mergingAddsUpdatesAndKeepsOtherLocales() {
        var glossary = Self.sample
        let counts = glossary.merge(
            Glossary(concepts: [
                .init(source: "NGO", terms: ["sq": ["OJQ"]]),
                .init(source: "Tier  2", note: "the TIP Report's ranking", terms: ["sq": ["Niveli 2", "Nivel*"]]),
                .init(source: "shelter", terms: ["sq": ["strehimore"]]),
            ]))
        #expect(counts == .init(added: 1, updated: 1, unchanged: 1))
        #expect(glossary.concepts[0].terms == ["sq": ["OJQ"], "sr-Latn": ["NVO"]])
        #expect(glossary.concepts.map(\.source) == ["NGO", "Tier 2", "shelter"])
    }

    @Test func theProjectGlossaryIsLayeredOverAProfilesGlossary() throws {
        let profile = try LocaleProfile.builtIn(tag: "sq")
        let project = Glossary(concepts: [
            .init(source: "NGO", terms: ["sq": ["organizatë joqeveritare"]]),
            .init(source: "bureau", terms: ["sq": ["byro"]]),
        ])
        let layered = project.layered(onto: profile.glossary, locale: "sq")
        #expect(layered.count == profile.glossary.count + 1)
        #expect(layered.first { $0.source == "NGO" }?.targets == ["organizatë joqeveritare"])
        #expect(layered.last == .init(source: "bureau", targets: ["byro"]))
        // sq terms serve sq-XK; they do not serve sr-Latn.
        #expect(project.entries(for: "sq-XK").count == 2)
        #expect(project.entries(for: "sr-Latn") == [])
    }
}
