import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    @Suite("Verification: inline codes")
    struct InlineCodeCheckTests {
        typealias F = VerificationFixtures

        static let source: [InlineContent.Piece] = [
            F.text("See "), F.open("1"), F.text("the report"), F.close("1"), F.x("2"), F.text("."),
        ]

        @Test func sameCodesInTheSameOrderPass() {
            let target = [F.text("Shih "), F.open("1"), F.text("raportin"), F.close("1"), F.x("2"), F.text(".")]
            #expect(F.lines(F.pair(Self.source, target), checks: [InlineCodeCheck()]) == [])
        }

        @Test func missingCodesAreAnError() {
            let target = [F.text("Shih raportin"), F.x("2"), F.text(".")]
            #expect(
                F.lines(F.pair(Self.source, target), checks: [InlineCodeCheck()]) == [
                    "t.xlf:7:u1: error: inline codes <g id=\"1\"> </g id=\"1\"> missing from the target"
                ])
        }

        @Test func extraCodeIsAnError() {
            let target = [
                F.text("Shih "), F.open("1"), F.text("raportin"), F.close("1"), F.x("2"), F.x("3"), F.text("."),
            ]
            #expect(
                F.lines(F.pair(Self.source, target), checks: [InlineCodeCheck()]) == [
                    "t.xlf:7:u1: error: inline code <x id=\"3\"/> in the target but not in the source"
                ])
        }

        @Test func reorderedCodesAreAWarning() {
            let target = [F.x("2"), F.text("Shih "), F.open("1"), F.text("raportin"), F.close("1"), F.text(".")]
            #expect(
                F.lines(F.pair(Self.source, target), checks: [InlineCodeCheck()]) == [
                    "t.xlf:7:u1: warning: inline codes reordered: source <g id=\"1\"> </g id=\"1\"> <x id=\"2\"/>, "
                        + "target <x id=\"2\"/> <g id=\"1\"> </g id=\"1\">"
                ])
        }

        @Test func closingBeforeOpeningIsAnError() {
            let target = [F.text("Shih "), F.close("1"), F.text("raportin"), F.open("1"), F.x("2"), F.text(".")]
            #expect(
                F.lines(F.pair(Self.source, target), checks: [InlineCodeCheck()]) == [
                    "t.xlf:7:u1: error: inline code </g id=\"1\"> closes before it opens in the target"
                ])
        }
    }
}
