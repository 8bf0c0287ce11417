import Foundation
import Testing
import TipL10nXML

@testable import TipL10nKit

extension SegmentationTests {
    @Suite struct SRXErrorTests {
        /// An SRX file with `BEFORE`, `AFTER`, `RULE`, `MAP` and `VERSION` to replace.
        static let template = """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" version="VERSION">
              <header segmentsubflows="yes" cascade="no"/>
              <body>
                <languagerules>
                  <languagerule languagerulename="English">
                    <rule break="no">
                      <beforebreak>\\bMr\\.</beforebreak>
                      <afterbreak>\\s</afterbreak>
                    </rule>
                    <rule RULE>
                      <beforebreak>BEFORE</beforebreak>
                      <afterbreak>AFTER</afterbreak>
                    </rule>
                  </languagerule>
                </languagerules>
                <maprules>
                  <languagemap languagepattern="MAP" languagerulename="English"/>
                </maprules>
              </body>
            </srx>
            """

        static func source(
            before: String = "[.?!]", after: String = "\\s+", rule: String = #"break="yes""#, map: String = "EN.*",
            version: String = "2.0"
        ) -> String {
            template.replacingOccurrences(of: "BEFORE", with: before)
                .replacingOccurrences(of: "AFTER", with: after)
                .replacingOccurrences(of: "RULE", with: rule)
                .replacingOccurrences(of: "MAP", with: map)
                .replacingOccurrences(of: "VERSION", with: version)
        }

        static func message(
            before: String = "[.?!]", after: String = "\\s+", rule: String = #"break="yes""#, map: String = "EN.*",
            version: String = "2.0"
        ) -> String? {
            message(source(before: before, after: after, rule: rule, map: map, version: version))
        }

        static func message(_ source: String) -> String? {
            do {
                _ = try SRXDocument.parse(Data(source.utf8), path: "rules.srx")
                return nil
            } catch {
                return "\(error)"
            }
        }

        @Test func templateIsValid() {
            #expect(Self.message() == nil)
        }

        @Test func invalidRegularExpressionNamesElementLinePatternAndReason() {
            #expect(
                Self.message(before: "[.?!")
                    == #"rules.srx:12: error: invalid regular expression in <beforebreak>: "[.?!": expected ']'"#)
            #expect(
                Self.message(after: "\\s+(")
                    == #"rules.srx:13: error: invalid regular expression in <afterbreak>: "\s+(": expected ')'"#)
            #expect(
                Self.message(map: "EN(")
                    == #"rules.srx:18: error: invalid regular expression in languagepattern of <languagemap>: "EN(": expected ')'"#
            )
        }

        @Test func unboundedLookbehindIsExplained() {
            #expect(
                Self.message(before: "(?&lt;=a+)b")
                    == #"rules.srx:12: error: invalid regular expression in <beforebreak>: "(?<=a+)b": ICU cannot compile it (a lookbehind must have a bounded length)"#
            )
        }

        @Test func wrongVersion() {
            #expect(
                Self.message(version: "1.0") == #"rules.srx:2: error: unsupported SRX version "1.0"; expected "2.0""#)
        }

        @Test func invalidBreakValue() {
            #expect(
                Self.message(rule: #"break="maybe""#)
                    == #"rules.srx:11: error: invalid value "maybe" for attribute break on <rule>; expected "yes" or "no""#
            )
        }

        @Test func missingElementsAndAttributes() {
            let noBody = """
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                  <header/>
                </srx>
                """
            #expect(Self.message(noBody) == "rules.srx:1: error: missing <body> in <srx>")

            let noMapRules = """
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                  <header/>
                  <body>
                    <languagerules/>
                  </body>
                </srx>
                """
            #expect(Self.message(noMapRules) == "rules.srx:3: error: missing <maprules> in <body>")

            let noName = """
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                  <header/>
                  <body>
                    <languagerules>
                      <languagerule><rule/></languagerule>
                    </languagerules>
                    <maprules/>
                  </body>
                </srx>
                """
            #expect(
                Self.message(noName) == "rules.srx:5: error: missing attribute languagerulename on <languagerule>")

            let noVersion = #"<srx xmlns="http://www.lisa.org/srx20"><header/></srx>"#
            #expect(Self.message(noVersion) == "rules.srx:1: error: missing attribute version on <srx>")
        }

        @Test func wrongRootElement() {
            #expect(
                Self.message(#"<rules xmlns="http://www.lisa.org/srx" version="2.0"/>"#)
                    == "rules.srx:1: error: expected root element <srx> in namespace http://www.lisa.org/srx20, "
                    + "found <rules> in namespace http://www.lisa.org/srx")
        }

        @Test func unexpectedAndDuplicateElements() {
            let misspelt = Self.source().replacingOccurrences(of: "<maprules>", with: "<maprule>")
                .replacingOccurrences(of: "</maprules>", with: "</maprule>")
            #expect(Self.message(misspelt) == "rules.srx:17: error: unexpected element <maprule> in <body>")

            let twoBefore = Self.source().replacingOccurrences(
                of: "<afterbreak>\\s+</afterbreak>", with: "<beforebreak>x</beforebreak>")
            #expect(Self.message(twoBefore) == "rules.srx:13: error: more than one <beforebreak> in <rule>")
        }

        @Test func languageRuleNames() {
            let duplicate = Self.source().replacingOccurrences(
                of: "</languagerules>", with: #"<languagerule languagerulename="English"/></languagerules>"#)
            #expect(
                Self.message(duplicate)
                    == #"rules.srx:16: error: duplicate <languagerule> "English" (first defined on line 6)"#)

            let dangling = Self.source().replacingOccurrences(
                of: #"languagerulename="English"/>"#, with: #"languagerulename="Englsh"/>"#)
            #expect(
                Self.message(dangling)
                    == #"rules.srx:18: error: <languagemap> refers to undefined <languagerule> "Englsh""#)
        }

        @Test func malformedXMLIsReportedByTheXMLReader() {
            #expect(throws: XMLError.self) {
                try SRXDocument.parse(Data("<srx version=\"2.0\">".utf8), path: "rules.srx")
            }
            #expect(Self.message("<srx version=\"2.0\">")?.hasPrefix("rules.srx:1:") == true)
        }

        @Test func noLanguageMapForTheCode() throws {
            let source = Self.source()
            let document = try SRXDocument.parse(Data(source.utf8), path: "rules.srx")
            #expect {
                try Segmenter(rules: document, languageCode: "sq")
            } throws: { error in
                "\(error)" == #"rules.srx: error: no <languagemap> matches language code "sq""#
            }
        }

        @Test func rulesBuiltInCodeAreCheckedByTheSegmenter() {
            let document = SRXDocument(
                path: "code.srx",
                languageRules: [
                    SRXDocument.LanguageRule(name: "x", rules: [SRXDocument.Rule(isBreak: true, afterBreak: "(")])
                ],
                languageMaps: [SRXDocument.LanguageMap(languagePattern: ".*", languageRuleName: "x")])
            #expect(
                throws: SRXError(
                    path: "code.srx", line: 0,
                    problem: .invalidRegularExpression(
                        element: "afterbreak", attribute: nil, pattern: "(", reason: "expected ')'"))
            ) {
                try Segmenter(rules: document)
            }
        }

        @Test func localizedDescriptionIsTheDescription() {
            let error = SRXError(path: "a.srx", line: 3, problem: .undefinedLanguageRule("X"))
            #expect(
                error.localizedDescription == #"a.srx:3: error: <languagemap> refers to undefined <languagerule> "X""#)
            #expect(error.errorDescription == error.description)
        }
    }
}
