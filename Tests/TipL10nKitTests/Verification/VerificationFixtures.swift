import Foundation
import Testing

@testable import TipL10nKit

/// The verification suites (`swift test --filter Verif`), one per check, nested here.
/// Mirrors `Sources/TipL10nKit/Verification/Checks/`.
@Suite enum VerificationTests {}

/// Profiles and pairs shared by the verification suites (`swift test --filter Verif`).
/// Mirrors `Sources/TipL10nKit/Verification/`.
enum VerificationFixtures {
    /// A profile with only what the checks read: tag, script, allowed tokens, glossary.
    static func profile(
        _ tag: String, script: LocaleProfile.Script = .latin, allowed: [String] = [],
        glossary: [LocaleProfile.GlossaryEntry] = []
    ) -> LocaleProfile {
        LocaleProfile(
            version: 1, tag: tag, icuLocale: tag.replacingOccurrences(of: "-", with: "_"), script: script,
            allowedForeignTokens: allowed, questionLabel: "Q", answerLabel: "A",
            glossary: glossary, numbers: NumberConventions())
    }

    static let sq = profile("sq")
    static let serbianLatin = profile("sr-Latn")
    static let serbianCyrillic = profile("sr-Cyrl", script: .cyrillic, allowed: ["OSCE", "IOM", "UNMIK"])

    /// A pair in `t.xlf` at line 7, unit `u1`.
    static func pair(
        _ source: String, _ target: String?, profile: LocaleProfile? = nil, state: TranslationState? = .translated,
        isStale: Bool = false
    ) -> TranslationPair {
        TranslationPair(
            location: "t.xlf", line: 7, unitID: "u1", source: InlineContent(text: source),
            target: target.map { InlineContent(text: $0) }, state: state, isStale: isStale, profile: profile)
    }

    /// A pair with inline content on both sides.
    static func pair(_ source: [InlineContent.Piece], _ target: [InlineContent.Piece]) -> TranslationPair {
        TranslationPair(
            location: "t.xlf", line: 7, unitID: "u1", source: InlineContent(pieces: source),
            target: InlineContent(pieces: target), state: .translated)
    }

    /// The one-line descriptions the standard verifier gives for a pair.
    static func lines(_ pair: TranslationPair, checks: [any TranslationCheck] = Verifier.standardChecks) -> [String] {
        Verifier(checks: checks).diagnostics(for: pair).map(\.description)
    }

    // Inline pieces.
    static func text(_ text: String) -> InlineContent.Piece { .text(text) }
    static func x(_ id: String) -> InlineContent.Piece { .code(InlineCode(element: "x", id: id)) }
    static func open(_ id: String) -> InlineContent.Piece {
        .code(InlineCode(element: "g", position: .opening, id: id))
    }
    static func close(_ id: String) -> InlineContent.Piece {
        .code(InlineCode(element: "g", position: .closing, id: id))
    }
}
