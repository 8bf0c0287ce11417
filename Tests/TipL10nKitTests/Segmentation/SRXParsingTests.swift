import Foundation
import Testing

@testable import TipL10nKit

extension SegmentationTests {
    @Suite struct SRXParsingTests {
        /// A small SRX 2.0 file: French exceptions cascading onto default rules.
        static let cascading = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
              <header segmentsubflows="no" cascade="yes">
                <formathandle type="start" include="no"/>
                <formathandle type="end" include="yes"/>
                <okpsrx:options oneSegmentIncludesAll="no" trimLeadingWhitespaces="no"/>
              </header>
              <body>
                <languagerules>
                  <languagerule languagerulename="FrenchExceptions">
                    <rule break="no"><beforebreak>\bM\.</beforebreak><afterbreak>\s</afterbreak></rule>
                  </languagerule>
                  <languagerule languagerulename="Default">
                    <!-- break after terminal punctuation -->
                    <rule><beforebreak>[.!?]+</beforebreak><afterbreak>\s</afterbreak></rule>
                    <rule break="no"><afterbreak>x</afterbreak></rule>
                  </languagerule>
                </languagerules>
                <maprules>
                  <languagemap languagepattern="fr.*" languagerulename="FrenchExceptions"/>
                  <languagemap languagepattern=".*" languagerulename="Default"/>
                </maprules>
              </body>
            </srx>
            """#

        static func document(_ source: String, path: String = "rules.srx") throws -> SRXDocument {
            try SRXDocument.parse(Data(source.utf8), path: path)
        }

        @Test func readsHeaderRulesAndMaps() throws {
            let document = try Self.document(Self.cascading)
            #expect(document.path == "rules.srx")
            #expect(
                document.header
                    == SRXDocument.Header(
                        segmentsSubflows: false, cascades: true,
                        formatHandles: [
                            SRXDocument.FormatHandle(kind: .start, includesCode: false),
                            SRXDocument.FormatHandle(kind: .end, includesCode: true),
                        ],
                        line: 3))
            #expect(
                document.languageRules == [
                    SRXDocument.LanguageRule(
                        name: "FrenchExceptions",
                        rules: [SRXDocument.Rule(isBreak: false, beforeBreak: #"\bM\."#, afterBreak: #"\s"#, line: 11)],
                        line: 10),
                    SRXDocument.LanguageRule(
                        name: "Default",
                        rules: [
                            SRXDocument.Rule(isBreak: true, beforeBreak: "[.!?]+", afterBreak: #"\s"#, line: 15),
                            SRXDocument.Rule(isBreak: false, beforeBreak: "", afterBreak: "x", line: 16),
                        ],
                        line: 13),
                ])
            #expect(
                document.languageMaps == [
                    SRXDocument.LanguageMap(languagePattern: "fr.*", languageRuleName: "FrenchExceptions", line: 20),
                    SRXDocument.LanguageMap(languagePattern: ".*", languageRuleName: "Default", line: 21),
                ])
        }

        @Test func cascadeAppliesEveryMatchingMapInOrder() throws {
            let document = try Self.document(Self.cascading)
            #expect(try document.rules(forLanguageCode: "fr-FR").map(\.line) == [11, 15, 16])
            #expect(try document.rules(forLanguageCode: "en").map(\.line) == [15, 16])

            let french = try Segmenter(rules: document, languageCode: "fr")
            #expect(french.segments(in: "M. Dupont partit. Ensuite.") == ["M. Dupont partit.", "Ensuite."])
            let english = try Segmenter(rules: document, languageCode: "en")
            #expect(english.segments(in: "M. Dupont partit. Ensuite.") == ["M.", "Dupont partit.", "Ensuite."])
        }

        @Test func withoutCascadeOnlyTheFirstMatchingMapCounts() throws {
            let source = Self.cascading.replacingOccurrences(of: #"cascade="yes""#, with: #"cascade="no""#)
            let document = try Self.document(source)
            #expect(document.header.cascades == false)
            #expect(try document.rules(forLanguageCode: "fr").map(\.line) == [11])
            let french = try Segmenter(rules: document, languageCode: "fr")
            #expect(french.segments(in: "M. Dupont partit. Ensuite.") == ["M. Dupont partit. Ensuite."])
        }

        @Test func languagePatternsMatchTheWholeCodeIgnoringCase() throws {
            let document = SRXDocument(
                path: "maps.srx",
                languageRules: [
                    SRXDocument.LanguageRule(name: "A", rules: [SRXDocument.Rule(isBreak: true, line: 1)]),
                    SRXDocument.LanguageRule(name: "B", rules: [SRXDocument.Rule(isBreak: false, line: 2)]),
                ],
                languageMaps: [
                    SRXDocument.LanguageMap(languagePattern: "en|en-US", languageRuleName: "A"),
                    SRXDocument.LanguageMap(languagePattern: "EN.*", languageRuleName: "B"),
                ])
            #expect(try document.rules(forLanguageCode: "en").map(\.line) == [1])
            #expect(try document.rules(forLanguageCode: "EN-us").map(\.line) == [1])
            #expect(try document.rules(forLanguageCode: "en_GB").map(\.line) == [2])
            #expect(throws: SRXError(path: "maps.srx", line: 0, problem: .noLanguageMap(languageCode: "sq"))) {
                try document.rules(forLanguageCode: "sq")
            }
        }

        @Test func acceptsNoNamespaceAndDefaults() throws {
            let source = """
                <srx version="2.0">
                  <header/>
                  <body>
                    <languagerules><languagerule languagerulename="x"><rule/></languagerule></languagerules>
                    <maprules><languagemap languagepattern=".*" languagerulename="x"/></maprules>
                  </body>
                </srx>
                """
            let document = try Self.document(source)
            #expect(document.header == SRXDocument.Header(segmentsSubflows: true, cascades: false, line: 2))
            #expect(document.languageRules.first?.rules == [SRXDocument.Rule(isBreak: true, line: 4)])
        }

        @Test func patternTextIsKeptExactly() throws {
            let source = Self.cascading.replacingOccurrences(
                of: "<afterbreak>x</afterbreak>", with: "<afterbreak> &lt;x&amp;</afterbreak>")
            let document = try Self.document(source)
            #expect(document.languageRules.last?.rules.last?.afterBreak == " <x&")
        }
    }
}
