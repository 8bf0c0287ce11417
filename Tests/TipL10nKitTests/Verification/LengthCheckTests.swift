import Foundation
import Testing
import TipL10nTestSupport

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

        /// The length ratios of a reference translation (`xliff/09STATE61188.<tag>.done.xlf`), one per
        /// unit whose source is measured, each target first passed through `convert`.
        static func referenceRatios(_ tag: String, convert: (String) -> String = { $0 }) throws -> [Double] {
            let data = try Data(contentsOf: TestPaths.reference(tag))
            let document = try XLIFFReader.read(data, path: "\(tag).done.xlf")
            return document.units.compactMap { unit in
                let source = LengthRatio.length(of: unit.source.plainText)
                guard source >= LengthRatio.measuredFrom, let target = unit.target else { return nil }
                return Double(LengthRatio.length(of: convert(target.plainText))) / Double(source)
            }
        }

        /// The model of `Docs/Verification.md`, "Length ratios": the median ratio (the mean of the
        /// two middle ones for an even count) and σ, the interquartile range of the natural
        /// logarithms ÷ 1.349, quartiles by linear interpolation between order statistics
        /// (Hyndman & Fan type 7: R's and NumPy's default).
        static func model(_ ratios: [Double]) -> (median: Double, spread: Double) {
            func quantile(_ sorted: [Double], _ p: Double) -> Double {
                let position = p * Double(sorted.count - 1)
                let lower = Int(position.rounded(.down))
                let upper = min(lower + 1, sorted.count - 1)
                return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
            }
            let sorted = ratios.sorted()
            let logs = sorted.map { log($0) }
            return (quantile(sorted, 0.5), (quantile(logs, 0.75) - quantile(logs, 0.25)) / 1.349)
        }

        /// The ratios in the sq, sr-Latn and sr-Cyrl profiles are the model of the reference
        /// translations (sr-Cyrl: the sr-Latn one converted to Cyrillic, where lj, nj, dž are one
        /// letter each), and no unit of a reference falls outside omission and addition.
        @Test(arguments: [("sq", "sq"), ("sr-Latn", "sr-Latn"), ("sr-Cyrl", "sr-Latn")])
        func theProfileRatiosAreTheModelOfTheReferenceTranslations(_ tag: String, _ reference: String) throws {
            let transliterator = SerbianTransliterator()
            let ratios = try Self.referenceRatios(reference) { text in
                tag == "sr-Cyrl" ? transliterator.cyrillic(fromLatin: text) : text
            }
            #expect(ratios.count == 42)
            let (median, spread) = Self.model(ratios)
            let profile = try #require(try LocaleProfile.builtIn(tag: tag).lengthRatio)
            #expect(
                LengthRatio(median: median, spread: spread) == profile,
                "\(tag): median \(median), spread \(spread), range \(ratios.min() ?? 0)–\(ratios.max() ?? 0)")
            #expect(ratios.allSatisfy { $0 >= profile.omissionBelow && $0 <= profile.additionAbove })
        }

        @Test func builtInProfilesCarryTheirRatios() throws {
            #expect(try LocaleProfile.builtIn(tag: "sq").lengthRatio?.usualText == "93–128%")
            #expect(try LocaleProfile.builtIn(tag: "sr-Latn").lengthRatio?.omissionBelow == 0.65)
            #expect(try LocaleProfile.builtIn(tag: "sr-Cyrl").lengthRatio?.usualText == "86–129%")
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
