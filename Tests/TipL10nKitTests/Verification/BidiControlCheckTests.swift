import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    /// `bidi`: the "Trojan Source" class of input — one unit's open override reversing the
    /// units after it on a published page.
    @Suite("Verification: bidirectional controls")
    struct BidiControlCheckTests {
        typealias F = VerificationFixtures

        static let source = "Kosovo (TIER 2)"

        static func lines(_ target: String, source: String = Self.source) -> [String] {
            F.lines(F.pair(source, target), checks: [BidiControlCheck()])
        }

        @Test func balancedIsolatesEmbeddingsAndMarksPass() {
            #expect(Self.lines("\u{2067}Kosova\u{2069} (NIVELI 2)") == [])
            #expect(Self.lines("\u{202B}Kosova\u{202C} (NIVELI 2)") == [])
            #expect(Self.lines("\u{200F}Kosova\u{200E} (NIVELI 2)") == [])
            // Isolates nested in an embedding, closed in order.
            #expect(Self.lines("\u{202A}a \u{2068}b\u{2069} c\u{202C}") == [])
        }

        @Test func anOverrideLeftOpenIsAnError() {
            #expect(
                Self.lines("\u{202E}Kosova (NIVELI 2)") == [
                    "t.xlf:7:u1: error: U+202E RIGHT-TO-LEFT OVERRIDE in the target is never closed: it reorders "
                        + "the rest of the text (and, on a page, the units after it)"
                ])
        }

        @Test func aClosedOverrideIsAWarning() {
            #expect(
                Self.lines("\u{202D}Kosova\u{202C} (NIVELI 2)") == [
                    "t.xlf:7:u1: warning: U+202D LEFT-TO-RIGHT OVERRIDE in the target shows the characters it "
                        + "covers in reverse"
                ])
        }

        @Test func aClosingCharacterWithNothingOpenIsAnError() {
            #expect(
                Self.lines("Kosova\u{202C} (NIVELI 2)\u{2069}") == [
                    "t.xlf:7:u1: error: U+202C POP DIRECTIONAL FORMATTING in the target closes nothing",
                    "t.xlf:7:u1: error: U+2069 POP DIRECTIONAL ISOLATE in the target closes nothing",
                ])
            // A PDF does not close an embedding across an isolate: the isolate stays open too.
            #expect(
                Self.lines("\u{202B}a \u{2067}b\u{202C}") == [
                    "t.xlf:7:u1: error: U+202B RIGHT-TO-LEFT EMBEDDING in the target is never closed: it reorders "
                        + "the rest of the text (and, on a page, the units after it)",
                    "t.xlf:7:u1: error: U+2067 RIGHT-TO-LEFT ISOLATE in the target is never closed: it reorders "
                        + "the rest of the text (and, on a page, the units after it)",
                    "t.xlf:7:u1: error: U+202C POP DIRECTIONAL FORMATTING in the target closes nothing",
                ])
        }

        @Test func controlsTheSourceHasTooAreTheSources() {
            let source = "\u{202E}odd\u{202C} text"
            #expect(Self.lines("\u{202E}tekst\u{202C} i çuditshëm", source: source) == [])
        }

        @Test func quotedTextShowsTheControlsByCodePoint() {
            #expect(VerificationText.quoted("did not \u{202E}adequately") == "\"did not \\u{202E}adequately\"")
        }

        @Test func theStandardVerifierRunsIt() {
            #expect(Verifier.checkIDs.contains("bidi"))
            let lines = F.lines(F.pair(Self.source, "\u{202E}Kosova (NIVELI 2)"))
            #expect(lines.contains { $0.contains("U+202E RIGHT-TO-LEFT OVERRIDE") })
        }
    }
}
