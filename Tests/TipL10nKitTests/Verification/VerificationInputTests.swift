import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

@Suite("Verification: input from XLIFF, the store and an import")
struct VerificationInputTests {
    typealias F = VerificationFixtures

    static func document(language: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="09STATE61188" source-language="en-US" target-language="\(language)" datatype="plaintext">
        <body>
        <trans-unit id="narrative.title"><source>Kosovo (TIER 3)</source><target>Kosova (NIVELI 2)</target></trans-unit>
        <trans-unit id="narrative.prosecution.heading"><source>Prosecution</source></trans-unit>
        <trans-unit id="keep" translate="no"><source>09STATE61188</source></trans-unit>
        </body>
        </file>
        </xliff>
        """
    }

    static let currentSources = [
        "09STATE61188": ["narrative.title": "Kosovo (TIER 2)", "narrative.prosecution.heading": "Prosecution"]
    ]

    @Test func xliffUnitsAreCheckedAgainstTheirOwnSourceAndCurrentSourceMakesStale() throws {
        let document = try XLIFFReader.read(Data(Self.document(language: "sq").utf8), path: "t.xlf")
        let input = try VerificationInput(
            document: document, path: "t.xlf", profile: { $0 == "sq" ? F.sq : nil },
            currentSources: Self.currentSources)
        #expect(input.diagnostics == [])
        #expect(input.pairs.map(\.unitID) == ["narrative.title", "narrative.prosecution.heading"])
        #expect(input.pairs.map(\.line) == [5, 6])
        #expect(input.pairs.map(\.isStale) == [true, false])
        #expect(input.pairs.allSatisfy { $0.profile == F.sq })
        // The figure check (Docs/Numbers.md) is left out: the fixture profile has no number conventions.
        let verifier = Verifier(checks: Verifier.standardChecks.filter { !($0 is FigureCheck) })
        #expect(
            verifier.verify(input).diagnostics.map(\.description) == [
                "t.xlf:5:narrative.title: warning: stale: translated against older source text: the file's source "
                    + "differs from the current source text of 09STATE61188",
                "t.xlf:6:narrative.prosecution.heading: warning: untranslated: no target for \"Prosecution\"",
            ])
    }

    @Test func unknownLanguageGetsOneNoteAndOnlyLocaleIndependentChecks() throws {
        let document = try XLIFFReader.read(Data(Self.document(language: "de").utf8), path: "t.xlf")
        let input = try VerificationInput(document: document, path: "t.xlf", profile: { _ in nil })
        #expect(
            input.diagnostics.map(\.description) == [
                "t.xlf:3: note: unknown target language 'de': only the locale-independent checks ran"
            ])
        #expect(input.pairs.allSatisfy { $0.profile == nil && !$0.isStale })
        let report = Verifier().verify(input)
        #expect(report.summary == VerificationSummary(unitsChecked: 2, errors: 0, warnings: 1, notes: 1))
    }

    @Test func storeAndImportPlanGiveThePairsOfTheReference() throws {
        let path = "xliff/09STATE61188.sq.done.xlf"
        let data = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(path))
        let document = try XLIFFReader.read(data, path: path)
        let store = try TranslationStore.inMemory()
        let plan = try Importer.plan(
            data: data, document: document, path: path, store: store, expectedLocale: nil, force: false,
            builtInUnits: try DefaultCable.translationUnitsByCableID())
        let fromPlan = try VerificationInput(plan: plan, document: document, profile: { _ in F.sq })
        #expect(fromPlan.pairs.count == 47)
        #expect(fromPlan.pairs.first?.location == path)
        #expect(fromPlan.pairs.first?.line == 12)
        #expect(fromPlan.pairs.first?.target == InlineContent(text: "Kosova (NIVELI 2)"))

        try Importer.apply(plan, to: store, at: Date(timeIntervalSince1970: 1_245_160_800))
        var asked: [String] = []
        let fromStore = try VerificationInput(
            store: store,
            profile: { tag in
                asked.append(tag)
                return F.sq
            })
        #expect(asked == ["sq"])
        #expect(fromStore.pairs.count == 47)
        #expect(fromStore.pairs.first?.location == "09STATE61188/sq")
        #expect(fromStore.pairs.first?.source == InlineContent(text: "Kosovo (TIER 2)"))
        #expect(fromStore.pairs.map(\.unitID) == fromPlan.pairs.map(\.unitID))
        #expect(fromStore.pairs.allSatisfy { !$0.isStale && $0.state == .translated })
        #expect(try VerificationInput(store: store, locales: ["sr-Latn"], profile: { _ in nil }).pairs == [])
    }

    @Test func storedTranslationOfChangedSourceIsStale() throws {
        let path = "xliff/09STATE61188.sq.done.xlf"
        let data = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(path))
        let document = try XLIFFReader.read(data, path: path)
        let store = try TranslationStore.inMemory()
        let builtIn = try DefaultCable.translationUnitsByCableID()
        let plan = try Importer.plan(
            data: data, document: document, path: path, store: store, expectedLocale: nil, force: false,
            builtInUnits: builtIn)
        try Importer.apply(plan, to: store, at: Date(timeIntervalSince1970: 1_245_160_800))
        // The English of the title changes after the translation was made.
        var units = try #require(builtIn["09STATE61188"])
        let title = try #require(units.firstIndex { $0.id == "narrative.title" })
        units[title].source = "Kosovo (TIER 2 WATCH LIST)"
        units[title].sourceHash = TranslationUnit.hash(of: units[title].source)
        try store.register(units: units, cableID: "09STATE61188", at: Date(timeIntervalSince1970: 1_245_200_000))

        let input = try VerificationInput(store: store, profile: { _ in F.sq })
        #expect(input.pairs.filter(\.isStale).map(\.unitID) == ["narrative.title"])
        #expect(input.pairs.first?.source == InlineContent(text: "Kosovo (TIER 2 WATCH LIST)"))
        let report = Verifier(checks: [StaleCheck()]).verify(input)
        #expect(
            report.diagnostics.map(\.description) == [
                "09STATE61188/sq:narrative.title: warning: stale: translated against older source text: the source "
                    + "text changed after the translation was made"
            ])
    }
}
