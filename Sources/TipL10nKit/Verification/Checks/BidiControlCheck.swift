import Foundation

/// `bidi`: explicit bidirectional formatting characters in the target that reorder the text
/// around them on screen (the "Trojan Source" class, CVE-2021-42574).
///
/// The characters are those of Unicode's bidirectional algorithm (UAX #9, §2): the
/// embeddings and overrides LRE U+202A, RLE U+202B, LRO U+202D, RLO U+202E, closed by PDF
/// U+202C, and the isolates LRI U+2066, RLI U+2067, FSI U+2068, closed by PDI U+2069. An
/// override or embedding left open runs to the end of the paragraph, so on a published page
/// one unit would reverse the units after it. Findings, as compilers report such characters
/// (GCC's `-Wbidi-chars=unpaired`):
/// - an embedding, override or isolate the target does not close, or a closing character
///   with nothing open: error;
/// - an override (LRO, RLO), even closed: warning, since it shows characters in reverse
///   order, which translated text does not need (embeddings and isolates are how right-to-left
///   text marks a left-to-right passage, and pass).
///
/// The marks LRM U+200E, RLM U+200F and ALM U+061C change no order on their own and pass.
/// Characters the source has too are the source's business and are not reported.
public struct BidiControlCheck: TranslationCheck {
    public let id = "bidi"
    public let needsProfile = false

    public init() {}

    /// `U+202E RIGHT-TO-LEFT OVERRIDE` for each character this check reads.
    static let names: [Unicode.Scalar: String] = [
        "\u{202A}": "U+202A LEFT-TO-RIGHT EMBEDDING", "\u{202B}": "U+202B RIGHT-TO-LEFT EMBEDDING",
        "\u{202C}": "U+202C POP DIRECTIONAL FORMATTING", "\u{202D}": "U+202D LEFT-TO-RIGHT OVERRIDE",
        "\u{202E}": "U+202E RIGHT-TO-LEFT OVERRIDE", "\u{2066}": "U+2066 LEFT-TO-RIGHT ISOLATE",
        "\u{2067}": "U+2067 RIGHT-TO-LEFT ISOLATE", "\u{2068}": "U+2068 FIRST STRONG ISOLATE",
        "\u{2069}": "U+2069 POP DIRECTIONAL ISOLATE",
    ]

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let target = pair.target else { return [] }
        let text = target.plainText
        // Every control is U+202A–U+202E or U+2066–U+2069: a range test before the table.
        guard
            text.unicodeScalars.contains(where: {
                ((0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)) && Self.names[$0] != nil
            })
        else { return [] }
        if Self.controls(in: pair.source.plainText) == Self.controls(in: text) { return [] }
        var findings: [CheckFinding] = []
        var open: [Unicode.Scalar] = []
        var unmatched: [Unicode.Scalar] = []
        var overrides: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{202A}", "\u{202B}", "\u{2066}", "\u{2067}", "\u{2068}":
                open.append(scalar)
            case "\u{202D}", "\u{202E}":
                open.append(scalar)
                if !overrides.contains(scalar) { overrides.append(scalar) }
            case "\u{202C}":
                // PDF closes the innermost embedding or override, but not across an isolate.
                if let last = open.last, !Self.isIsolate(last) { open.removeLast() } else { unmatched.append(scalar) }
            case "\u{2069}":
                // PDI closes the innermost isolate and whatever was opened inside it.
                if let index = open.lastIndex(where: Self.isIsolate) {
                    open.removeSubrange(index...)
                } else {
                    unmatched.append(scalar)
                }
            default:
                break
            }
        }
        for scalar in Self.unique(open) {
            findings.append(
                CheckFinding(
                    .error,
                    "\(Self.names[scalar] ?? "") in the target is never closed: it reorders the rest of the text "
                        + "(and, on a page, the units after it)"))
        }
        for scalar in Self.unique(unmatched) {
            findings.append(CheckFinding(.error, "\(Self.names[scalar] ?? "") in the target closes nothing"))
        }
        for scalar in overrides where !open.contains(scalar) {
            findings.append(
                CheckFinding(
                    .warning, "\(Self.names[scalar] ?? "") in the target shows the characters it covers in reverse"))
        }
        return findings
    }

    private static func isIsolate(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2066}" || scalar == "\u{2067}" || scalar == "\u{2068}"
    }

    private static func controls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { names[$0] != nil }
    }

    private static func unique(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var seen: [Unicode.Scalar] = []
        for scalar in scalars where !seen.contains(scalar) { seen.append(scalar) }
        return seen
    }
}
