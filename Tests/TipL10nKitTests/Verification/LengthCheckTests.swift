import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    /// `omission` and `addition`: the length ratio against the locale's usual band.
    @Suite("Verification: omission and addition")
    struct LengthCheckTests {
        typealias F = VerificationFixtures

        /// sq with the reference translation's thresholds (locales/sq.yaml).
        static let albanian: LocaleProfile = {
            var profile = F.profile("sq")
            profile.lengthRatio = LengthRatio(usual: [0.93, 1.28], omissionBelow: 0.75, additionAbove: 2.18)
            return profile
        }()

        static let source =
            "The government did not adequately investigate and prosecute trafficking offenders, address "
            + "trafficking-related corruption, and identify trafficking victims."
        static let full =
            "Qeveria nuk bëri sa duhet për hetimin dhe ndjekjen penale të autorëve të trafikimit, për trajtimin e "
            + "korrupsionit të lidhur me trafikimin dhe për identifikimin e viktimave të trafikimit."

        @Test func aFullTranslationPasses() {
            let pair = F.pair(Self.source, Self.full, profile: Self.albanian)
            #expect(F.lines(pair, checks: [OmissionCheck(), AdditionCheck()]) == [])
        }

        @Test func aTargetCutShortIsAnOmissionWithTheMeasuredRatio() {
            let pair = F.pair(Self.source, "Qeveria nuk bëri sa duhet.", profile: Self.albanian)
            #expect(
                F.lines(pair, checks: [OmissionCheck(), AdditionCheck()]) == [
                    "t.xlf:7:u1: warning: target is 15% of the source length; sq is usually 93–128%"
                ])
        }

        @Test func halfTheClausesDroppedIsAnOmission() {
            let pair = F.pair(
                Self.source, "Qeveria nuk bëri sa duhet për hetimin dhe ndjekjen penale të autorëve të trafikimit.",
                profile: Self.albanian)
            #expect(
                F.lines(pair, checks: [OmissionCheck()]) == [
                    "t.xlf:7:u1: warning: target is 51% of the source length; sq is usually 93–128%"
                ])
        }

        @Test func aTargetMoreThanTwiceTheUsualLengthIsAnAddition() {
            let pair = F.pair(Self.source, Self.full + " " + Self.full, profile: Self.albanian)
            #expect(
                F.lines(pair, checks: [OmissionCheck(), AdditionCheck()]) == [
                    "t.xlf:7:u1: warning: target is 229% of the source length; sq is usually 93–128%"
                ])
        }

        @Test func shortSourcesAreNotMeasured() {
            // 10 letters: a heading's ratio says nothing.
            #expect(LengthRatio.length(of: "Protection") == 10)
            let pair = F.pair("Protection", "M", profile: Self.albanian)
            #expect(F.lines(pair, checks: [OmissionCheck(), AdditionCheck()]) == [])
            // Punctuation, spaces and inline codes do not count; letters and digits do.
            #expect(LengthRatio.length(of: "$158,593 in 2008.") == 12)
        }

        @Test func withoutARatioTheChecksDoNotRun() {
            var profile = Self.albanian
            profile.lengthRatio = nil
            let pair = F.pair(Self.source, "Qeveria.", profile: profile)
            #expect(F.lines(pair, checks: [OmissionCheck(), AdditionCheck()]) == [])
        }

        @Test func theModelGivesTheProfileNumbers() {
            // Median and log spread of the sq reference translation: the values in locales/sq.yaml.
            #expect(
                LengthRatio(median: 1.089, spread: 0.124)
                    == LengthRatio(usual: [0.93, 1.28], omissionBelow: 0.75, additionAbove: 2.18))
            #expect(
                LengthRatio(median: 1.061, spread: 0.175)
                    == LengthRatio(usual: [0.85, 1.33], omissionBelow: 0.63, additionAbove: 2.12))
        }

        @Test func builtInProfilesCarryTheirRatios() throws {
            #expect(try LocaleProfile.builtIn(tag: "sq").lengthRatio?.usualText == "93–128%")
            #expect(try LocaleProfile.builtIn(tag: "sr-Latn").lengthRatio?.omissionBelow == 0.63)
            #expect(try LocaleProfile.builtIn(tag: "sr-Cyrl").lengthRatio?.usualText == "85–129%")
        }

        @Test(arguments: [
            ("es", "85–128%", 0.64), ("ru", "85–128%", 0.64), ("is", "85–128%", 0.64), ("el", "85–128%", 0.64),
            ("ar", "59–90%", 0.45), ("he", "59–90%", 0.45), ("zh", "34–52%", 0.26), ("zh-Hant", "34–52%", 0.26),
        ])
        func localesWithoutDataGetTheirScriptFamilysDefault(_ tag: String, _ usual: String, _ omission: Double) throws {
            let profile = try LocaleProfile.load(tag: tag)
            #expect(profile.lengthRatio?.usualText == usual)
            #expect(profile.lengthRatio?.omissionBelow == omission)
            #expect(profile.origins["lengthRatio"] == .fallback)
        }

        @Test(arguments: ["ja", "ko", "hi", "th"])
        func writingSystemsWithoutMeasuredTranslationsHaveNoRatio(_ tag: String) throws {
            let profile = try LocaleProfile.load(tag: tag)
            #expect(profile.lengthRatio == nil)
            let pair = F.pair(Self.source, "短い", profile: profile)
            #expect(F.lines(pair, checks: [OmissionCheck(), AdditionCheck()]) == [])
        }

        @Test func aProfileFileMayGiveItsOwnRatio() throws {
            let yaml = """
                version: 1
                tag: th
                lengthRatio:
                  usual: [0.7, 1.1]
                  omissionBelow: 0.5
                  additionAbove: 1.8
                """
            let profile = try LocaleProfile.layered(tag: "th", files: [("th", "locales/th.yaml", yaml)])
            #expect(profile.lengthRatio == LengthRatio(usual: [0.7, 1.1], omissionBelow: 0.5, additionAbove: 1.8))
            #expect(profile.origins["lengthRatio"] == .file("locales/th.yaml"))
        }

        @Test(arguments: [
            (
                "lengthRatio:\n  usual: [1.2, 0.9]\n  omissionBelow: 0.5\n  additionAbove: 2\n",
                "th.yaml:4:10: error: 'lengthRatio.usual' must be two ratios, lower first, e.g. [0.93, 1.28]"
            ),
            (
                "lengthRatio:\n  usual: [0.9, 1.2]\n  omissionBelow: 0.95\n  additionAbove: 2\n",
                "th.yaml:5:18: error: 'lengthRatio.omissionBelow' must be above 0 and at most the lower usual ratio (0.9)"
            ),
            (
                "lengthRatio:\n  usual: [0.9, 1.2]\n  omissionBelow: 0.5\n  additionAbove: 1.1\n",
                "th.yaml:6:18: error: 'lengthRatio.additionAbove' must be at least the upper usual ratio (1.2)"
            ),
            (
                "lengthRatio:\n  usual: [0.9, 1.2]\n  omission: 0.5\n",
                "th.yaml:5:3: error: unknown key 'omission' in 'lengthRatio': expected one of usual, omissionBelow, additionAbove"
            ),
        ])
        func badRatiosAreRefusedWithTheirPlace(_ body: String, _ message: String) {
            let yaml = "version: 1\ntag: th\n" + body
            #expect(throws: LocaleProfileError.self) { try LocaleProfile.parse(yaml: yaml, path: "th.yaml") }
            do {
                _ = try LocaleProfile.parse(yaml: yaml, path: "th.yaml")
            } catch {
                #expect(Diagnostic.from(error).description == message)
            }
        }
    }
}
