import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// The omission checks on a returned file (``ReturnedFile``) and their calibration: the
/// reference translations and the other locales' test translations are never flagged.
@Suite("Verification: omissions in a returned file")
struct ReturnedFileVerificationTests {
    static func input(_ text: String, path: String, tag: String) throws -> VerificationInput {
        let document = try XLIFFReader.read(Data(text.utf8), path: path)
        let builtIn = try DefaultCable.translationUnitsByCableID().mapValues { units in
            Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.source) })
        }
        let profile = try LocaleProfile.load(tag: tag, projectFolder: TestPaths.repositoryRoot)
        return try VerificationInput(
            document: document, path: path, profile: { $0 == tag ? profile : nil }, currentSources: builtIn)
    }

    @Test func eachDamagedUnitGetsAWarningNamingTheProblem() throws {
        let report = Verifier().verify(try Self.input(ReturnedFile.albanian(), path: "returned.xlf", tag: "sq"))
        #expect(
            report.diagnostics.map(\.description) == [
                "returned.xlf:20:narrative.intro.p1.s1: warning: target is 11% of the source length; sq is usually 93–128%",
                "returned.xlf:76:narrative.recommendations.p1.s1: warning: glossary term \"shelters\" not rendered as "
                    + "\"strehimor*\"",
                "returned.xlf:76:narrative.recommendations.p1.s1: warning: glossary term \"Protection\" not rendered "
                    + "as \"mbrojtj*\"",
                "returned.xlf:76:narrative.recommendations.p1.s1: warning: glossary term \"Prevention\" not rendered "
                    + "as \"parandalim*\"",
                "returned.xlf:76:narrative.recommendations.p1.s1: warning: target is 42% of the source length; sq is "
                    + "usually 93–128%",
                "returned.xlf:76:narrative.recommendations.p1.s1: warning: target has 6 clauses where the source has 13",
                "returned.xlf:134:narrative.protection.p1.s2: warning: English left in the target: \"the government, in "
                    + "cooperation with international donors, provided critical funding\"",
            ])
        #expect(Set(report.diagnostics.compactMap(\.unitID)) == Set(ReturnedFile.changedUnits))
        #expect(report.summary.description == "47 units checked: 0 errors, 7 warnings")
    }

    @Test(arguments: ["sq", "sr-Latn"])
    func theReferenceTranslationsAreNotFlagged(_ tag: String) throws {
        let text = try String(contentsOf: TestPaths.reference(tag), encoding: .utf8)
        let input = try Self.input(text, path: "ref.xlf", tag: tag)
        let checks: [any TranslationCheck] = [OmissionCheck(), AdditionCheck(), ClauseCheck(), EnglishCheck()]
        #expect(Verifier(checks: checks).verify(input).diagnostics.map(\.description) == [])
    }

    @Test(arguments: ["es", "nl", "ru", "ar"])
    func otherLocalesTestTranslationsAreNotFlagged(_ tag: String) throws {
        let url = TestPaths.fixture("translations/09STATE60550.\(tag).xlf")
        let document = try XLIFFReader.read(Data(contentsOf: url), path: "t.xlf")
        let profile = try LocaleProfile.load(tag: tag)
        let input = try VerificationInput(document: document, path: "t.xlf", profile: { _ in profile })
        #expect(input.pairs.count == 4)
        #expect(Verifier().verify(input).diagnostics.map(\.description) == [])
    }

    /// The sentences the figure tests translate into es, fr, nl, ru, ar and zh (written to keep
    /// every figure): none is flagged by the length, clause or English checks.
    @Test func theFigureTestsTranslationsAreNotFlagged() throws {
        let checks: [any TranslationCheck] = [OmissionCheck(), AdditionCheck(), ClauseCheck(), EnglishCheck()]
        var flagged: [String] = []
        for (tag, source, target) in Numbers.CLDRLocaleFigureTests.correct {
            let pair = TranslationPair(
                location: tag, unitID: "u", source: InlineContent(text: source), target: InlineContent(text: target),
                profile: try LocaleProfile.load(tag: tag))
            flagged += Verifier(checks: checks).diagnostics(for: pair).map(\.description)
        }
        #expect(flagged == [])
    }
}
