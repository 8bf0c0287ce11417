import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit
@testable import TipL10nXML

@Suite struct ExportTests {
    static func kosovo(_ tag: String = "sq", parts: Set<SourcePart> = [.narrative, .press]) throws -> Exporter.Result {
        try Exporter.run(
            Exporter.Request(
                cableData: Data(DefaultCable.text.utf8), cablePath: DefaultCable.fileName,
                targetLocale: try TargetLocale.resolve(tag).locale, parts: parts,
                segmenter: try Segmenter.defaultEnglish()))
    }

    static func sourceTexts(in xliff: Data) throws -> [String: String] {
        let root = try XMLTree.parse(xliff, path: "export.xlf").root
        var result: [String: String] = [:]
        for unit in root.descendants(named: "trans-unit", namespaceURI: XLIFF12Writer.namespace) {
            let source = try #require(unit.firstChild(named: "source", namespaceURI: XLIFF12Writer.namespace))
            result[unit.attribute("id") ?? ""] = source.textContent
        }
        return result
    }

    @Test func kosovoNarrativeAndPressGiveTheExpectedUnits() throws {
        let result = try Self.kosovo()
        #expect(result.defaultFileName == "09STATE61188.sq.xlf")
        #expect(result.units.filter { $0.part == .narrative }.count == 35)
        #expect(result.units.filter { $0.part == .press }.count == 12)
        let narrative = result.units.filter { $0.part == .narrative }
        #expect(narrative.filter { $0.kind == .heading }.map(\.source) == ["Prosecution", "Protection", "Prevention"])
        #expect(
            Dictionary(grouping: narrative.filter { $0.kind == .paragraph }, by: { "\($0.sectionID).\($0.blockID)" })
                .mapValues(\.count)
                == [
                    "narrative.intro.p1": 7, "narrative.intro.p2": 3, "narrative.recommendations.p1": 1,
                    "narrative.prosecution.p1": 6, "narrative.protection.p1": 9, "narrative.prevention.p1": 5,
                ])
        #expect(
            result.units.filter { $0.part == .press }.map(\.id) == [
                "press.q1.question.s1", "press.q1.answer.s1", "press.q1.answer.s2", "press.q1.answer.s3",
                "press.q2.question.s1", "press.q2.answer.s1", "press.q2.answer.s2", "press.q2.answer.s3",
                "press.q3.question.s1", "press.q3.answer.s1", "press.q4.question.s1", "press.q4.answer.s1",
            ])
        let byID = Dictionary(uniqueKeysWithValues: result.units.map { ($0.id, $0) })
        #expect(byID["narrative.title"]?.source == "Kosovo (TIER 2)")
        let expected1: String =
            "Kosovo law criminalizes sex and labor trafficking and provides penalties for human trafficking of "
            + "two to 12 years' imprisonment – penalties that are sufficiently stringent and commensurate with "
            + "those prescribed for other grave crimes, such as rape."
        #expect(byID["narrative.prosecution.p1.s1"]?.source == expected1)
        let expected2: String =
            "To help remedy a funding shortfall for the two NGO-run shelters, the government, in cooperation "
            + "with international donors, provided critical funding totaling $158,593."
        #expect(byID["narrative.protection.p1.s2"]?.source == expected2)
        #expect(
            byID["press.q3.question.s1"]?.source
                == "What can Kosovo do to improve its fight against trafficking in persons?")
        #expect(byID["press.q3.question.s1"]?.sourceLabel == "Q2:")
        let expected3: String =
            "The Department of State prepared this Report using information from U.S. embassies, foreign "
            + "government officials, NGOs and international organizations, published reports, research trips to "
            + "every region, and information submitted to tipreport@state.gov."
        #expect(byID["press.q4.answer.s1"]?.source == expected3)
        let expected4: String =
            "During prior reporting periods and since 1999, Kosovo had been administered by the United National "
            + "Interim Administrative Mission in Kosovo."
        #expect(byID["press.q1.answer.s2"]?.source == expected4)
        #expect(byID["narrative.title"]?.sourceHash == "sha256:\(Self.titleHash)")
    }

    static let titleHash = "d3b2f587d142a6187291ddb16ef16624adefba352f5566eb46da0cdcb808be15"

    @Test func exportValidatesAgainstTheStrictXLIFF12Schema() throws {
        let validator = try XMLSchemaValidator(contentsOf: TestPaths.xliff12StrictSchema)
        for tag in ["sq", "sq-XK", "sr-Latn", "sr-Cyrl"] {
            let result = try Self.kosovo(tag, parts: [.narrative, .press, .nonPaper])
            #expect(try validator.validate(result.xliff, path: result.defaultFileName) == [])
        }
    }

    @Test func fileHeaderAndGroupsAreAsSpecified() throws {
        let result = try Self.kosovo("sr-Cyrl")
        let root = try XMLTree.parse(result.xliff, path: "x.xlf").root
        let namespace = XLIFF12Writer.namespace
        #expect(root.attribute("version") == "1.2")
        let files = root.children(named: "file", namespaceURI: namespace)
        #expect(files.count == 1)
        let file = try #require(files.first)
        #expect(file.attribute("original") == "09STATE61188")
        #expect(file.attribute("source-language") == "en-US")
        #expect(file.attribute("target-language") == "sr-Cyrl")
        #expect(file.attribute("datatype") == "plaintext")
        let header = try #require(file.firstChild(named: "header", namespaceURI: namespace))
        #expect(header.firstChild(named: "tool", namespaceURI: namespace)?.attribute("tool-id") == "tipl10n")
        let notes = header.children(named: "note", namespaceURI: namespace).map(\.textContent)
        let expected5: String =
            "Embargo: Until the time of the Secretary's June 16 press conference, any public release of the "
            + "Report or country narratives contained therein is prohibited. Please note, however, that any "
            + "public release of the Report's information should not precede the Secretary's release at 10:00 am "
            + "EDT on June 16."
        #expect(notes.last == expected5)
        let body = try #require(file.firstChild(named: "body", namespaceURI: namespace))
        #expect(body.childElements.map { $0.attribute("id") ?? "" } == ["narrative", "press"])
        let narrativeGroups = body.childElements[0].children(named: "group", namespaceURI: namespace).map {
            $0.attribute("id") ?? ""
        }
        #expect(
            narrativeGroups == [
                "narrative.intro", "narrative.recommendations", "narrative.prosecution", "narrative.protection",
                "narrative.prevention",
            ])
        let units = body.descendants(named: "trans-unit", namespaceURI: namespace)
        #expect(units.count == 47)
        #expect(units.allSatisfy { $0.firstChild(named: "target", namespaceURI: namespace) == nil })
        let q3 = try #require(units.first { $0.attribute("id") == "press.q3.question.s1" })
        #expect(
            q3.firstChild(named: "note", namespaceURI: namespace)?.textContent
                == "press.q3: question, sentence 1; cable 09STATE61188, paragraph 11")
    }

    @Test func unitIDsAndBytesAreTheSameOnEveryRun() throws {
        let first = try Self.kosovo()
        let second = try Self.kosovo()
        #expect(first.xliff == second.xliff)
        #expect(first.units.map(\.id) == second.units.map(\.id))
        #expect(Set(first.units.map(\.id)).count == first.units.count)
        let nmtoken = try NSRegularExpression(pattern: "^[A-Za-z0-9._:-]+$")
        for unit in first.units {
            let range = NSRange(unit.id.startIndex..., in: unit.id)
            #expect(nmtoken.firstMatch(in: unit.id, range: range) != nil, "\(unit.id)")
        }
    }

    @Test func matchesTheGoldenFile() throws {
        let golden = TestPaths.fixtures.appendingPathComponent("golden/09STATE61188.sq.xlf")
        let result = try Self.kosovo()
        if ProcessInfo.processInfo.environment["TIPL10N_UPDATE_GOLDEN"] == "1" {
            try result.xliff.write(to: golden)
        }
        let expected = try Data(contentsOf: golden)
        #expect(String(decoding: result.xliff, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func everyFigureOfTheNarrativeSurvivesIntoTheExport() throws {
        let result = try Self.kosovo()
        let narrativeParagraph = try #require(result.cable.paragraphs.first { $0.number == 8 })
        let figure = try NSRegularExpression(pattern: #"\$?\d[\d,]*\d|\$?\d"#)
        func figures(_ text: String) -> [String] {
            figure.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                Range($0.range, in: text).map { String(text[$0]) }
            }
        }
        // Paragraph 8 also carries the cable's own lead line ("… in the 2009 TIP Report:"): drop it.
        let titleStart = try #require(narrativeParagraph.text.range(of: "Kosovo (TIER 2)")).lowerBound
        let narrativeText = String(narrativeParagraph.text[titleStart...])
        let expected = figures(narrativeText).sorted()
        let exported = try Self.sourceTexts(in: result.xliff)
            .filter { $0.key.hasPrefix("narrative.") }
            .values.flatMap(figures).sorted()
        #expect(expected.count == 20)
        #expect(exported == expected)
        #expect(exported.contains("$158,593") && exported.contains("$64,786"))
        let all = try Self.sourceTexts(in: result.xliff).values.joined(separator: " ")
        #expect(all.contains("two to 12 years' imprisonment"))
        #expect(all.contains("2008-2009 reporting period"))
    }

    @Test func nonPaperUnitsCarryTheReviewNotesForUncertainCommas() throws {
        let result = try Self.kosovo(parts: [.nonPaper])
        #expect(result.units.allSatisfy { $0.part == .nonPaper })
        let flagged = result.units.filter { !$0.reviewNotes.isEmpty }
        #expect(flagged.contains { $0.source.contains("workers, home countries") })
        let root = try XMLTree.parse(result.xliff, path: "x.xlf").root
        let notes = root.descendants(named: "note", namespaceURI: XLIFF12Writer.namespace)
            .filter { $0.attribute("annotates") == "source" }
        #expect(notes.count == flagged.map(\.reviewNotes.count).reduce(0, +))
        #expect(notes.allSatisfy { $0.textContent.hasPrefix("Check: ") })
    }

    @Test func otherCablesExportAndValidate() throws {
        let validator = try XMLSchemaValidator(contentsOf: TestPaths.xliff12StrictSchema)
        for (name, tag) in [
            ("09STATE60550.txt", "sr-Cyrl"), ("09STATE60608.html", "sr-Cyrl"), ("09STATE60550.txt", "sq"),
        ] {
            let data = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("cables/\(name)"))
            let result = try Exporter.run(
                Exporter.Request(
                    cableData: data, cablePath: name, targetLocale: try TargetLocale.resolve(tag).locale,
                    segmenter: try Segmenter.defaultEnglish()))
            #expect(try validator.validate(result.xliff, path: name) == [])
            #expect(result.units.first?.id == "narrative.title")
        }
    }
}

@Suite struct TargetLocaleTests {
    @Test func resolvesSupportedTagsCaseInsensitively() throws {
        #expect(try TargetLocale.resolve("sq").locale.tag == "sq")
        #expect(try TargetLocale.resolve("SQ-xk").locale.tag == "sq-XK")
        #expect(try TargetLocale.resolve("sr_cyrl").locale.tag == "sr-Cyrl")
        let serbian = try TargetLocale.resolve("sr")
        #expect(serbian.locale.tag == "sr-Latn")
        #expect(
            serbian.note == "'sr' means sr-Latn: the Serbian TIP Report translations published so far use Latin script")
        #expect(try TargetLocale.resolve("sr-Latn").note == nil)
    }

    @Test func refusesOtherTagsWithTheList() {
        #expect(throws: TargetLocaleError.unsupported("xx")) { try TargetLocale.resolve("xx") }
        #expect(
            TargetLocaleError.unsupported("xx").description
                == "error: unknown locale 'xx': CLDR has no locale data for its language (a BCP 47 tag such as es, "
                + "es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)"
        )
    }
}

@Suite struct PlainTextTests {
    @Test func joinsWrappedLinesAndNumbersParagraphs() throws {
        let text = "The U.S. Congress\nacted.  It was\n10:00 a.m. EDT.\n\n\nTier 2? Yes.\n"
        let units = PlainText.translationUnits(in: text, segmenter: try Segmenter.defaultEnglish())
        #expect(units.map(\.id) == ["p1.s1", "p1.s2", "p2.s1", "p2.s2"])
        #expect(units.map(\.source) == ["The U.S. Congress acted.", "It was 10:00 a.m. EDT.", "Tier 2?", "Yes."])
    }

    @Test func aLineStartingWithAListMarkerStartsASegment() throws {
        let text = "The law requires:\n- training for the\n  police\n- shelters\n1. Prosecution\n2. Protection"
        let units = PlainText.translationUnits(in: text, segmenter: try Segmenter.defaultEnglish())
        #expect(
            units.map(\.source) == [
                "The law requires:", "- training for the police", "- shelters", "1. Prosecution", "2. Protection",
            ])
    }
}
