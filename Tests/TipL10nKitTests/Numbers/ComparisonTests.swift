import Foundation
import Testing

@testable import TipL10nKit

extension Numbers {
    /// `FigureComparison.findings(source:target:profile:)` on the correct alternatives and
    /// errors. Invisible characters are named: `\u{00A0}` NO-BREAK SPACE, `\u{202F}` NARROW
    /// NO-BREAK SPACE.
    @Suite struct ComparisonTests {
        static func findings(_ source: String, _ target: String, _ tag: String) throws -> [FigureFinding] {
            FigureComparison.findings(source: source, target: target, profile: try LocaleProfile.builtIn(tag: tag))
        }

        static let funding = "The government provided critical funding totaling $158,593."
        static let penalties = "penalties for human trafficking of two to 12 years' imprisonment"
        static let release = "Public release is June 16, 2009."

        @Test(arguments: [
            ("sq", "Qeveria ndau gjithsej 158\u{00A0}593 dollarë."),
            ("sq", "Qeveria ndau gjithsej 158\u{202F}593 dollarë."),
            ("sq", "Qeveria ndau gjithsej 158 593 dollarë."),
            ("sq", "Qeveria ndau gjithsej 158.593 $."),
            ("sq", "Qeveria ndau gjithsej 158.593 dollarësh."),
            ("sr-Latn", "Vlada je obezbedila 158.593 američkih dolara."),
            ("sr-Latn", "Vlada je obezbedila 158.593 dolara."),
            ("sr-Latn", "Vlada je obezbedila 158.593 $."),
            ("sr-Latn", "Vlada je obezbedila US$ 158.593."),
            ("sr-Latn", "Vlada je obezbedila 158\u{00A0}593 USD."),
            ("sr-Cyrl", "Влада је обезбедила 158.593 америчких долара."),
            ("sr-Cyrl", "Влада је обезбедила 158.593 долара."),
        ])
        func correctCurrencyFormsPass(_ tag: String, _ target: String) throws {
            #expect(try Self.findings(Self.funding, target, tag) == [])
        }

        @Test(arguments: [
            ("sq", "dënime nga dy deri në 12 vjet burgim"),
            ("sq", "dënime nga 2 deri në 12 vjet burgim"),
            ("sq", "dënime prej dy vjetësh e deri në dymbëdhjetë vjet"),
            ("sr-Latn", "kazne zatvora od dve do 12 godina"),
            ("sr-Latn", "kazne zatvora od dvije do dvanaest godina"),
            ("sr-Latn", "kazne zatvora od 2 do 12 godina"),
            ("sr-Cyrl", "казне затвора од две до 12 година"),
        ])
        func correctRangesPass(_ tag: String, _ target: String) throws {
            #expect(try Self.findings(Self.penalties, target, tag) == [])
        }

        @Test(arguments: [
            ("sq", "Publikimi është më 16 qershor 2009."),
            ("sq", "Publikimi është më 16.06.2009."),
            ("sr-Latn", "Objavljivanje je 16. jun 2009."),
            ("sr-Latn", "Objavljivanje je 16. juna 2009. godine."),
            ("sr-Latn", "Objavljivanje je 16.6.2009. godine."),
            ("sr-Cyrl", "Објављивање је 16. јун 2009."),
            ("sr-Cyrl", "Објављивање је 16. јуна 2009. године."),
        ])
        func correctDatesPass(_ tag: String, _ target: String) throws {
            #expect(try Self.findings(Self.release, target, tag) == [])
        }

        @Test func targetThatAddsTheYearIsAWarning() throws {
            let findings = try Self.findings("until June 15", "deri më 15 qershor 2009", "sq")
            #expect(
                findings.map(\.message) == [
                    "figure `June 15` in the source is `15 qershor 2009` in the target: the target adds to the date"
                ])
            #expect(findings.map(\.severity) == [.warning])
        }

        @Test func serbianYearsWithTheOrdinalDotPass() throws {
            let source = "In 2008, the government prosecuted 24 cases, a decline from 33 in 2007."
            let target =
                "Vlada je 2008. godine pokrenula postupke u 24 slučaja, što je pad u odnosu na 33 u 2007. godini."
            #expect(try Self.findings(source, target, "sr-Latn") == [])
        }

        @Test func wordsAndDigitsAreTheSameFigure() throws {
            let source = "Only two victims and three children; 24 cases."
            #expect(try Self.findings(source, "Vetëm 2 viktima dhe tre fëmijë; njëzet e katër raste.", "sq") == [])
            #expect(try Self.findings(source, "Samo dve žrtve i troje dece; dvadeset četiri slučaja.", "sr-Latn") == [])
            #expect(try Self.findings(source, "Samo dvoje žrtava i 3 deteta; 24 slučaja.", "sr-Latn") == [])
            #expect(try Self.findings(source, "Само две жртве и троје деце; двадесет четири случаја.", "sr-Cyrl") == [])
        }

        @Test func usStyleFigureInATargetIsAWarning() throws {
            let sq = try Self.findings(Self.funding, "Qeveria ndau gjithsej 158,593 dollarë.", "sq")
            #expect(
                sq == [
                    FigureFinding(
                        severity: .warning,
                        message:
                            "figure `158,593 dollarë` in the target uses US digit grouping; sq writes 158\u{00A0}593 (it matches `$158,593` in the source)",
                        sourceFigure: "$158,593", targetFigure: "158,593 dollarë", problem: .style,
                        sourceRange: 50..<58,
                        targetRange: 22..<37)
                ])
            let latin = try Self.findings(Self.funding, "Vlada je obezbedila USD 158,593.", "sr-Latn")
            #expect(latin.map(\.severity) == [.warning])
            #expect(
                latin.first?.message
                    == "figure `USD 158,593` in the target uses US digit grouping; sr-Latn writes 158.593 (it matches `$158,593` in the source)"
            )
            let point = try Self.findings("a rate of 1.5 percent", "stopa od 1.5 odsto", "sr-Latn")
            #expect(
                point.map(\.message) == [
                    "figure `1.5 odsto` in the target uses a decimal point; sr-Latn writes 1,5 (it matches `1.5 percent` in the source)"
                ])
        }

        @Test func changedAmountIsAnErrorThatSaysHowTheTargetWasRead() throws {
            let findings = try Self.findings(Self.funding, "Vlada je obezbedila 158.539 dolara.", "sr-Latn")
            #expect(
                findings == [
                    FigureFinding(
                        severity: .error,
                        message:
                            "figure `$158,593` in the source is `158.539 dolara` in the target (sr-Latn reads 158.539 as 158539)",
                        sourceFigure: "$158,593", targetFigure: "158.539 dolara", problem: .changed,
                        sourceRange: 50..<58,
                        targetRange: 20..<34)
                ])
        }

        @Test func ambiguousFigureIsResolvedByTheTargetLocale() throws {
            let findings = try Self.findings("a ratio of 1.024", "odnos od 1.024", "sr-Latn")
            #expect(
                findings.map(\.message) == [
                    "figure `1.024` in the source is `1.024` in the target (sr-Latn reads 1.024 as 1024; in the English source 1.024 is 1.024)"
                ])
            let comma = try Self.findings("a ratio of 1.024", "odnos od 1,024", "sr-Latn")
            #expect(comma == [])
        }

        @Test func droppedFigureIsMissing() throws {
            let source = "the government reportedly prosecuted 24 trafficking cases"
            let findings = try Self.findings(source, "Qeveria ndoqi penalisht raste trafikimi", "sq")
            #expect(findings.map(\.message) == ["figure `24` in the source is missing from the target"])
            #expect(findings.map(\.severity) == [.error])
            #expect(findings.map(\.problem) == [.missing])
        }

        @Test func changedRangeEndIsNamed() throws {
            let findings = try Self.findings(Self.penalties, "dënime nga dy deri në 13 vjet burgim", "sq")
            #expect(findings.map(\.message) == ["figure `12` in the source is `13` in the target"])
            #expect(findings.map(\.sourceFigure) == ["12"])
            #expect(findings.map(\.targetFigure) == ["13"])
        }

        @Test func changedDayIsAnError() throws {
            let findings = try Self.findings(Self.release, "Objavljivanje je 17. juna 2009. godine.", "sr-Latn")
            #expect(
                findings.map(\.message) == [
                    "figure `June 16, 2009` in the source is `17. juna 2009.` in the target (sr-Latn reads 17. juna 2009. as 17 June 2009)"
                ])
        }

        @Test func droppedCurrencyIsAnError() throws {
            let findings = try Self.findings(Self.funding, "Qeveria ndau gjithsej 158\u{00A0}593.", "sq")
            #expect(
                findings.map(\.message) == [
                    "figure `$158,593` in the source is `158\u{00A0}593` in the target: the currency (USD) is missing (sq reads 158\u{00A0}593 as 158593)"
                ])
        }

        @Test func droppedTierWordAndExtraFigure() throws {
            #expect(
                try Self.findings("Kosovo (TIER 2)", "Kosova, 2", "sq").map(\.message) == [
                    "figure `TIER 2` in the source is `2` in the target: the tier word is missing"
                ])
            #expect(
                try Self.findings("Kosovo (TIER 2)", "Kosova (NIVELI 2), 13 raste", "sq").map(\.message) == [
                    "figure `13` in the target is not in the source"
                ])
        }

        @Test func articlesAreNotExtraFigures() throws {
            #expect(try Self.findings("It was an increasing problem.", "Ishte një problem në rritje.", "sq") == [])
            #expect(try Self.findings("other grave crimes", "druga teška krivična dela", "sr-Latn") == [])
            #expect(
                try Self.findings("one conviction", "dënim", "sq").map(\.message) == [
                    "figure `one` in the source is missing from the target"
                ])
        }

        @Test func timesAndEmbargo() throws {
            let source = "from 12:00 noon local time June 15 until 10:00 a.m. EDT June 16"
            #expect(
                try Self.findings(source, "nga ora 12:00 më 15 qershor deri në orën 10:00 më 16 qershor", "sq") == [])
            #expect(try Self.findings(source, "od podne 15. juna do 10 časova pre podne 16. juna", "sr-Latn") == [])
            #expect(
                try Self.findings(source, "od podne 15. juna do 11 časova pre podne 16. juna", "sr-Latn").map(\.message)
                    == [
                        "figure `10:00 a.m.` in the source is `11 časova pre podne` in the target"
                    ])
        }
    }
}
