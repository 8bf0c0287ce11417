import Foundation
import Testing

@testable import TipL10nKit

extension Numbers {
    /// Figures that survive as a multiset but are swapped or reversed in the target.
    @Suite struct OrderTests {
        static func findings(_ source: String, _ target: String, _ tag: String = "sq") throws -> [FigureFinding] {
            FigureComparison.findings(source: source, target: target, profile: try LocaleProfile.builtIn(tag: tag))
        }

        @Test func swappedCountsAreAWarning() throws {
            let findings = try Self.findings(
                "The government prosecuted 24 cases and obtained the conviction of 15 offenders.",
                "Qeveria ndoqi penalisht 15 raste dhe siguroi dënimin e 24 autorëve.")
            #expect(
                findings.map(\.message) == [
                    "figures `24` and `15` appear in the opposite order in the target: check they are not swapped"
                ])
            #expect(findings.map(\.severity) == [.warning])
        }

        @Test func swappedCountsInTheTestersExamplesAreWarnings() throws {
            #expect(
                try Self.findings(
                    "The government assisted 24 victims, down from 33.", "Qeveria ndihmoi 33 viktima, nga 24."
                )
                .map(\.message) == [
                    "figures `24` and `33` appear in the opposite order in the target: check they are not swapped"
                ])
            #expect(
                try Self.findings(
                    "In 2008 it prosecuted more than in 2007.", "Në vitin 2007 ndoqi më shumë se në 2008."
                )
                .map(\.message) == [
                    "figures `2008` and `2007` appear in the opposite order in the target: check they are not swapped"
                ])
        }

        @Test func figuresInSourceOrderOrOfDifferentKindsPass() throws {
            #expect(
                try Self.findings(
                    "The government prosecuted 24 cases and obtained the conviction of 15 offenders.",
                    "Qeveria ndoqi penalisht 24 raste dhe siguroi dënimin e 15 autorëve.") == [])
            // Reordering figures of different kinds, or date parts, is legitimate.
            #expect(
                try Self.findings("It gave $158,593 to 24 victims.", "24 viktimave u dha 158 593 dollarë.") == [])
            #expect(try Self.findings("Public release is June 16, 2009.", "Publikimi është më 16 qershor 2009.") == [])
        }

        @Test func reversedRangesAreErrors() throws {
            let penalties = try Self.findings(
                "penalties of two to 12 years' imprisonment", "dënime nga 12 deri në dy vjet burgim")
            #expect(
                penalties.map(\.message) == [
                    "figure `two to 12` in the source is `12 deri në dy` in the target: the range is reversed"
                ])
            #expect(penalties.map(\.severity) == [.error])
            #expect(
                try Self.findings("in 2008-2009", "në 2009-2008").map(\.message) == [
                    "figure `2008-2009` in the source is `2009-2008` in the target: the range is reversed"
                ])
            #expect(try Self.findings("in 2008-2009", "në 2008-2009") == [])
        }

        @Test(arguments: [
            ("sq", "Publikimi është më 16/06/2009."),
            ("sq", "Publikimi është më 16 qershor 2009."),
            ("sq", "Publikimi është më 16.06.2009."),
            ("sr-Latn", "Objavljivanje je 16.06.2009."),
        ])
        func englishDayFirstSlashDateMatches(_ tag: String, _ target: String) throws {
            #expect(
                NumberExtractor.englishSource.facts(in: "Public release is 16/06/2009.").map(\.value) == [
                    .date(year: 2009, month: 6, day: 16)
                ])
            #expect(try Self.findings("Public release is 16/06/2009.", target, tag) == [])
        }

        @Test func englishMonthFirstSlashDateStaysMonthFirst() throws {
            #expect(
                NumberExtractor.englishSource.facts(in: "on 6/16/2009 and 06/05/2009").map(\.value) == [
                    .date(year: 2009, month: 6, day: 16), .date(year: 2009, month: 6, day: 5),
                ])
        }

        @Test(arguments: ["deri në orën 10.00 më 16 qershor", "deri në ora 10.00 më 16 qershor"])
        func albanianHourWordBeforeADottedTimeMatches(_ target: String) throws {
            #expect(try Self.findings("until 10:00 a.m. EDT June 16", target) == [])
            let changed = try Self.findings(
                "until 10:00 a.m. EDT June 16", target.replacingOccurrences(of: "10.00", with: "11.00"))
            #expect(
                changed.map(\.message) == [
                    "figure `10:00 a.m.` in the source is `11.00` in the target (sq reads 11.00 as 11:00)"
                ])
        }

        @Test func longRunsOfDigitGroupsAreNotReadButWarnedAbout() throws {
            #expect(FigureComparison.longestDigitRun(in: "In 2008, 24 cases; $158,593 and 1 2 3.") == 3)
            #expect(FigureComparison.longestDigitRun(in: "1 2 3 4 5") == 5)
            #expect(FigureComparison.longestDigitRun(in: "1  2 x 3") == 1)
            let run = Array(repeating: "1", count: 65).joined(separator: " ")
            let findings = try Self.findings("figures \(run)", "shifra \(run)")
            #expect(
                findings.map(\.message) == [
                    "figures not checked: a run of 65 digit groups is longer than the 64 tipl10n reads"
                ])
            #expect(findings.map(\.severity) == [.warning])
            let shorter = Array(repeating: "1", count: 64).joined(separator: " ")
            #expect(try Self.findings("figures \(shorter)", "shifra \(shorter)") == [])
        }
    }
}
