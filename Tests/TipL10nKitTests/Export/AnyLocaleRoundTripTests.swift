import Foundation
import TipL10nTestSupport
import Testing

@testable import TipL10nKit
@testable import TipL10nXML

/// Export → translator's file → import → verify → build for locales with no deep profile:
/// the Suriname cable (09STATE60550) in Spanish, Dutch, Russian and Arabic. The translated
/// files are `Tests/Fixtures/translations/09STATE60550.<tag>.xlf` (four units each).
@Suite struct AnyLocaleRoundTripTests {
    static let cableName = "09STATE60550.txt"

    static func export(_ tag: String) throws -> Exporter.Result {
        let data = try Data(contentsOf: TestPaths.cable(cableName))
        return try Exporter.run(
            Exporter.Request(
                cableData: data, cablePath: cableName, targetLocale: try TargetLocale.resolve(tag).locale,
                segmenter: try Segmenter.defaultEnglish()))
    }

    static func translated(_ tag: String) throws -> (path: String, data: Data) {
        let path = "09STATE60550.\(tag).xlf"
        return (path, try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("translations/\(path)")))
    }

    static func profile(_ tag: String) throws -> LocaleProfile? { try LocaleProfile.load(tag: tag) }

    /// A store holding the Suriname units and the translated file.
    static func importing(_ tag: String, data: Data, path: String) throws -> (TranslationStore, ImportPlan) {
        let store = try TranslationStore.inMemory()
        let export = try export(tag)
        _ = try store.register(
            units: export.units, cableID: export.cable.header.cableID, at: Date(timeIntervalSince1970: 0))
        let document = try XLIFFReader.read(data, path: path)
        let plan = try Importer.plan(
            data: data, document: document, path: path, store: store,
            expectedLocale: try TargetLocale.resolve(tag).locale, force: false, builtInUnits: [:])
        try Importer.apply(plan, to: store, at: Date(timeIntervalSince1970: 1_245_160_800))
        return (store, plan)
    }

    @Test(arguments: ["es", "nl", "ru", "ar"])
    func exportIsSchemaValidForAnyLocale(_ tag: String) throws {
        let result = try Self.export(tag)
        #expect(result.defaultFileName == "09STATE60550.\(tag).xlf")
        let validator = try XMLSchemaValidator(contentsOf: TestPaths.xliff12StrictSchema)
        #expect(try validator.validate(result.xliff, path: result.defaultFileName) == [])
        let text = try #require(String(data: result.xliff, encoding: .utf8))
        #expect(text.contains("target-language=\"\(tag)\""))
        #expect(result.units.first?.source == "Suriname (TIER 2)")
    }

    @Test(arguments: ["es", "nl", "ru", "ar"])
    func translatedFileImportsVerifiesAndBuilds(_ tag: String) throws {
        let (path, data) = try Self.translated(tag)
        let (store, plan) = try Self.importing(tag, data: data, path: path)
        #expect(plan.refusals.isEmpty)
        #expect(plan.entries.map(\.outcome) == [.new, .new, .new, .new])

        let input = try VerificationInput(store: store, locales: [tag], profile: Self.profile)
        let report = Verifier().verify(input)
        #expect(report.summary.unitsChecked == 4)
        #expect(report.summary.errors == 0, "\(report.diagnostics.map(\.description))")
        #expect(report.summary.warnings == 0, "\(report.diagnostics.map(\.description))")

        var request = Publisher.Request(
            cableData: try Data(contentsOf: TestPaths.cable(Self.cableName)), cablePath: Self.cableName, locale: tag,
            now: try Date("2009-06-16T14:30:00Z", strategy: .iso8601), isDraft: true,
            segmenter: try Segmenter.defaultEnglish())
        request.includedParts = [.press]
        let built = try Publisher.build(request, store: store, profile: Self.profile)
        let translated = built.document.segments.filter { !$0.isUntranslated }
        #expect(translated.count == 4)
        let page = LocalizedPage(document: built.document, labels: built.labels)
        let html = try #require(String(data: try page.html(path: "p.html"), encoding: .utf8))
        #expect(html.contains("lang=\"\(tag)\""))
        #expect(html.contains("dir=\"rtl\"") == (tag == "ar"))
    }

    /// (tag, text replaced in the translated file, replacement, the error expected).
    static let seeded: [(String, String, String, String)] = [
        (
            "es", "nueve detenciones", "ocho detenciones",
            "figure `nine` in the source is `ocho` in the target (es reads ocho as 8)"
        ),
        ("es", "reforma de 2006", "reforma de 2007", "figure `2006` in the source is `2007` in the target"),
        (
            "nl", "maart 2008", "mei 2008",
            "figure `March 2008` in the source is `mei 2008` in the target (nl reads mei 2008 as May 2008)"
        ),
        ("nl", "tot 12 maanden", "tot 21 maanden", "figure `12` in the source is `21` in the target"),
        (
            "ru", "от пяти до 20", "от шести до 20",
            "figure `five` in the source is `шести` in the target (ru reads шести as 6)"
        ),
        ("ru", "к 12 месяцам", "к 13 месяцам", "figure `12` in the source is `13` in the target"),
        (
            "ar", "بالسجن ١٢ شهراً", "بالسجن ١٨ شهراً",
            "figure `12` in the source is `١٨` in the target (ar reads ١٨ as 18)"
        ),
        (
            "ar", "مارس ٢٠٠٨", "مارس ٢٠٠٧",
            "figure `March 2008` in the source is `مارس ٢٠٠٧` in the target (ar reads مارس ٢٠٠٧ as March 2007)"
        ),
    ]

    @Test(arguments: seeded.indices)
    func seededFigureErrorInAFileIsReported(_ index: Int) throws {
        let (tag, original, replacement, message) = Self.seeded[index]
        let (path, data) = try Self.translated(tag)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains(original))
        let changed = Data(text.replacingOccurrences(of: original, with: replacement).utf8)
        let document = try XLIFFReader.read(changed, path: path)
        let input = try VerificationInput(document: document, path: path, profile: Self.profile)
        let errors = Verifier().verify(input).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == [message])
    }

    @Test func reducedChecksAreNamedOnce() throws {
        let (path, data) = try Self.translated("es")
        let document = try XLIFFReader.read(data, path: path)
        let input = try VerificationInput(document: document, path: path, profile: { _ in nil })
        #expect(
            input.diagnostics.map(\.message) == ["unknown target language 'es': only the locale-independent checks ran"]
        )
        let zh = try LocaleProfile.load(tag: "zh")
        #expect(
            VerificationInput.reducedChecksNote(zh, location: "z.xlf", line: 3)?.description
                == "z.xlf:3: note: figures in zh are checked with reduced rules: a percentage matches a plain number "
                + "of the same value, since a percent word is not known (CLDR through Foundation has none for zh; add "
                + "percentSigns to locales/zh.yaml); a tier matches a plain number of the same value, since no tier "
                + "word is known (add tierWords to locales/zh.yaml)")
        let spanish = try LocaleProfile.load(tag: "es")
        #expect(VerificationInput.reducedChecksNote(spanish, location: "e.xlf", line: 3) == nil)
    }
}
