import Foundation
import TipL10nTestSupport
import Testing

@testable import TipL10nKit
@testable import TipL10nXML

/// `Verifier.verify(xliff:…)`: a file checked as it is read gives the report of the whole-document path.
@Suite("Verification: an XLIFF file as a stream")
struct StreamingVerificationTests {
    typealias F = VerificationFixtures

    static func profile(_ language: String) throws -> LocaleProfile? {
        do {
            return try LocaleProfile.load(tag: language)
        } catch let error as LocaleProfileError where error.kind == .unsupportedLocale {
            return nil
        }
    }

    static let currentSources = VerificationInputTests.currentSources

    /// The report of the whole-document path: read, pairs, the reader's warnings first as notes.
    static func batch(
        _ data: Data, path: String, fallbackLanguage: String? = nil, verifier: Verifier = Verifier()
    ) throws -> VerificationReport {
        let document: XLIFFReadDocument
        do {
            document = try XLIFFReader.read(data, path: path)
        } catch let error as XMLError {
            return Verifier().verify(
                VerificationInput(unreadable: path, line: error.line, column: error.column, message: error.message))
        } catch let error as XLIFFError {
            return Verifier().verify(
                VerificationInput(unreadable: path, line: error.line, column: error.column, message: error.message))
        }
        var input = try VerificationInput(
            document: document, path: path, profile: profile, fallbackLanguage: fallbackLanguage,
            currentSources: currentSources)
        input.diagnostics =
            document.warnings.map {
                Diagnostic(
                    location: $0.path, line: $0.line, unitID: nil, severity: .note, check: "xliff", message: $0.message)
            } + input.diagnostics
        return verifier.verify(input)
    }

    static func streamed(
        _ input: XMLInput, path: String, fallbackLanguage: String? = nil, verifier: Verifier = Verifier(),
        checked: (TranslationPair, [Diagnostic], [Diagnostic]) -> Void = { _, _, _ in }
    ) throws -> VerificationReport {
        try verifier.verify(
            xliff: input, path: path, profile: profile, fallbackLanguage: fallbackLanguage,
            currentSources: { currentSources[$0] }, checked: checked)
    }

    /// The project's choice of checks, its severities and its ignore list apply to a streamed
    /// file as to one read whole, and each checked pair is handed out with its findings.
    @Test func checkSelectionSeveritiesAndTheIgnoreListGiveTheSameReport() throws {
        let data = Data(try ReturnedFile.albanian().utf8)
        let document = try XLIFFReader.read(data, path: "returned.xlf")
        let cut = try #require(document.units.first { $0.id == "narrative.intro.p1.s1" })
        let accepted = IgnoreList.Entry(
            unitID: cut.id, locale: "sq", check: "omission",
            finding: "target is 11% of the source length; sq is usually 93–128%",
            textHash: IgnoreList.textHash(source: cut.source, target: cut.target), actor: "jsmith",
            date: Date(timeIntervalSince1970: 1_244_800_800), reason: "the client asked for the short form")
        let verifier = Verifier(
            checks: try Verifier.checks(selected: nil, excluded: ["glossary"]), severities: ["english": .error],
            ignoreList: IgnoreList(entries: [accepted]))

        var handed: [(pair: TranslationPair, diagnostics: [Diagnostic], ignored: [Diagnostic])] = []
        let report = try Self.streamed(.data(data), path: "returned.xlf", verifier: verifier) {
            handed.append(($0, $1, $2))
        }
        #expect(report == (try Self.batch(data, path: "returned.xlf", verifier: verifier)))
        #expect(
            report.diagnostics.map(\.description) == [
                "returned.xlf:76:narrative.recommendations.p1.s1: warning: target is 42% of the source length; sq is "
                    + "usually 93–128%",
                "returned.xlf:76:narrative.recommendations.p1.s1: warning: target has 6 clauses where the source has 13",
                "returned.xlf:134:narrative.protection.p1.s2: error: English left in the target: \"the government, in "
                    + "cooperation with international donors, provided critical funding\"",
            ])
        #expect(
            report.ignored.map(\.description) == [
                "returned.xlf:20:narrative.intro.p1.s1: warning: target is 11% of the source length; sq is usually "
                    + "93–128%"
            ])
        #expect(report.summary.description == "47 units checked: 1 error, 2 warnings (1 ignored)")
        // Every pair is handed out once, in file order, with the locale it was checked in.
        #expect(handed.map(\.pair.unitID) == document.units.map(\.id))
        #expect(handed.allSatisfy { $0.pair.locale == "sq" })
        #expect(handed.flatMap(\.diagnostics) == report.diagnostics)
        #expect(handed.flatMap(\.ignored) == report.ignored)
    }

    /// A file of several batches: checked across the cores beside the reading, reported as one
    /// checked pair after another would be, in file order.
    @Test func aFileOfManyBatchesGivesTheSameReportInFileOrder() throws {
        let returned = try ReturnedFile.albanian()
        let start = try #require(returned.range(of: "<file "))
        let end = try #require(returned.range(of: "</file>"))
        let file = String(returned[start.lowerBound..<end.upperBound])
        let copies = 12
        let replicated =
            String(returned[..<start.lowerBound]) + Array(repeating: file, count: copies).joined(separator: "\n")
            + String(returned[end.upperBound...])
        let data = Data(replicated.utf8)
        #expect(47 * copies > 2 * Verifier.streamBatchSize)

        var handed: [TranslationPair] = []
        let report = try Self.streamed(.data(data), path: "many.xlf") { pair, _, _ in handed.append(pair) }
        let expected = try Self.batch(data, path: "many.xlf")
        #expect(report == expected)
        // Each copy's findings, twelve times over.
        let single = try Self.batch(Data(returned.utf8), path: "one.xlf")
        #expect(single.summary.description == "47 units checked: 0 errors, 7 warnings")
        #expect(report.summary.description == "564 units checked: 0 errors, 84 warnings")
        #expect(
            report.diagnostics.map(\.message)
                == Array(repeating: single.diagnostics.map(\.message), count: copies).flatMap { $0 })
        #expect(report.diagnostics.map(\.line) == report.diagnostics.map(\.line).sorted())
        #expect(handed.count == 47 * copies)
        #expect(handed.map(\.line) == handed.map(\.line).sorted())
    }

    /// The pipeline hands back what checking each pair in turn gives, batch after batch, with
    /// batches of one slice or several, checked by the caller alone or with other threads.
    @Test(arguments: [(5, 1), (5, 3), (40, 1), (40, 3)])
    func thePipelineReturnsEveryPairInOrder(batchSize: Int, backgroundWorkers: Int) throws {
        let profile = try #require(try Self.profile("sq"))
        let pairs = (0..<100).map { index in
            TranslationPair(
                location: "p.xlf", line: index + 1, unitID: "u\(index)",
                source: InlineContent(text: "In 2008 the government identified \(index + 10) victims."),
                target: InlineContent(
                    text: "Në vitin 2008 qeveria identifikoi \(index % 3 == 0 ? 7 : index + 10) viktima."),
                state: .translated, profile: profile)
        }
        let verifier = Verifier()
        let pipeline = VerificationPipeline(
            verifier: verifier, batchSize: batchSize, backgroundWorkers: backgroundWorkers)
        var results: [VerificationPipeline.Checked] = []
        for pair in pairs { results += pipeline.add(pair) }
        results += pipeline.finish()
        #expect(results.map(\.pair.unitID) == pairs.map(\.unitID))
        #expect(results.map(\.diagnostics) == pairs.map { verifier.check($0).diagnostics })
        // Units 0, 3, 6, … 99 say 7 victims where the source says more.
        #expect(results.filter { !$0.diagnostics.isEmpty }.count == 34)
        // The same batches checked at once (`Verifier.check(_:)` over an array, across the cores).
        let atOnce = verifier.check(pairs)
        #expect(atOnce.map(\.diagnostics) == results.map(\.diagnostics))
        #expect(atOnce.filter { !$0.diagnostics.isEmpty }.count == 34)
        #expect(pipeline.finish().isEmpty)
    }

    @Test func everyXLIFFFixtureGivesTheSameReport() throws {
        var checked = 0
        for relativePath in XLIFFReaderTests.Golden.inputs {
            let url = TestPaths.repositoryRoot.appendingPathComponent(relativePath)
            let data = try Data(contentsOf: url)
            for bytes in [data, data.prefix(data.count / 2)] {
                let name = url.lastPathComponent
                let expected = try Self.batch(bytes, path: name, fallbackLanguage: "sq")
                #expect(
                    try Self.streamed(.data(bytes), path: name, fallbackLanguage: "sq") == expected, "\(relativePath)")
                checked += expected.unitsChecked
            }
            #expect(try Self.streamed(.file(url), path: "f.xlf") == (try Self.batch(data, path: "f.xlf")))
        }
        #expect(checked == 275)
    }

    @Test func aFileWithoutTargetLanguageWaitsForItsFirstTargetLanguage() throws {
        let xml = """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="09STATE61188" source-language="en"><body>
            <trans-unit id="narrative.prosecution.heading"><source>Prosecution</source></trans-unit>
            <trans-unit id="narrative.title"><source>Kosovo (TIER 2)</source><target xml:lang="sq">Kosova (NIVELI 3)</target></trans-unit>
            </body></file>
            <file original="x"><body><trans-unit id="a"><source>Two</source><target>Dy</target></trans-unit></body></file>
            </xliff>
            """
        let data = Data(xml.utf8)
        let report = try Self.streamed(.data(data), path: "t.xlf")
        #expect(report == (try Self.batch(data, path: "t.xlf")))
        // The first file takes Albanian from its second unit's target (its first unit was held
        // until then); the second names no language at all.
        #expect(
            report.diagnostics.map(\.description) == [
                "t.xlf:6: note: the <file> has no target-language: only the locale-independent checks ran",
                "t.xlf:3:narrative.prosecution.heading: warning: untranslated: no target for \"Prosecution\"",
                "t.xlf:4:narrative.title: error: figure `TIER 2` in the source is `NIVELI 3` in the target",
                "t.xlf:4:narrative.title: warning: glossary term \"Tier 2\" not rendered as \"Niveli 2\", "
                    + "\"Nivelin 2\", \"Nivelit 2\" or \"Nivel 2\"",
            ])
    }

    @Test func aFileThatBreaksOffAfterCheckedUnitsIsOneReadError() throws {
        let data = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(ImporterTests.path))
        // Cut inside a <target> of the 36th unit (the reference's embargo note on the first unit
        // is 353 bytes).
        let report = try Self.streamed(.data(data.prefix(20_353)), path: "cut.xlf")
        #expect(report.unitsChecked == 0)
        #expect(
            report.diagnostics.map(\.description) == [
                "cut.xlf:161:90: error: premature end of data in tag target line 161"
            ])
    }

    @Test func aProfileErrorAfterACleanReadIsThrownButABrokenFileWins() throws {
        struct Refused: Error {}
        let reference = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(ImporterTests.path))
        #expect(throws: Refused.self) {
            try Verifier().verify(xliff: .data(reference), path: "t.xlf", profile: { _ in throw Refused() })
        }
        let report = try Verifier().verify(
            xliff: .data(reference.prefix(20_000)), path: "t.xlf", profile: { _ in throw Refused() })
        #expect(report.diagnostics.map(\.check) == ["xliff"])
    }
}
