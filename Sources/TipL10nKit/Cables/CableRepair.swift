import Foundation

/// One change the cable reader made to the printed text, or one place it left for a person to
/// review; shown to the user and kept with the cable.
///
/// `line` is 1-based in ``Cable/text``; `paragraph` is the cable paragraph it belongs to.
/// The rules are listed in `Docs/Cables.md`.
public struct CableRepair: Sendable, Equatable {
    /// What kind of repair.
    public enum Kind: String, Sendable {
        /// A line starting `N.` that is not the next paragraph number was kept as text of the
        /// previous paragraph (`…ranked as Tier` / `3. Thus…` → `…ranked as Tier 3. Thus…`).
        case rejoinedParagraph
        /// A word hyphenated across a line break was joined, hyphen kept (`anti-` / `trafficking`
        /// → `anti-trafficking`).
        case joinedHyphenation
        /// A telegraphic comma standing for an apostrophe was replaced (`Kosovo,s` → `Kosovo's`,
        /// `12 years, imprisonment` → `12 years' imprisonment`).
        case apostrophe
        /// A ` ) ` or ` -- ` standing for a dash became an en dash ` – ` (U+2013).
        case dash
        /// A doubling for emphasis was reduced (`not/not` → `not`).
        case emphasisDoubling
        /// A comma after a plural that may stand for an apostrophe (`workers, home countries`);
        /// the text is left as printed and `replacement == original`.
        case needsReview
    }

    /// What kind of repair.
    public var kind: Kind
    /// 1-based line in ``Cable/text`` where the repaired text starts.
    public var line: Int
    /// The text as printed (for a span over a line break, the break is shown as `\n`).
    public var original: String
    /// The text now in the paragraph; equal to ``original`` for ``Kind/needsReview``.
    public var replacement: String
    /// One line for the user, e.g. "`Kosovo,s` → `Kosovo's` (telegraphic comma for an apostrophe)".
    public var message: String
    /// The cable paragraph number, when the repair lies inside a paragraph.
    public var paragraph: Int?

    /// Creates a repair record.
    public init(kind: Kind, line: Int, original: String, replacement: String, message: String, paragraph: Int?) {
        self.kind = kind
        self.line = line
        self.original = original
        self.replacement = replacement
        self.message = message
        self.paragraph = paragraph
    }
}

extension CableRepair {
    /// The repair as a diagnostic at its line of `path` (check `cable`): a `note` for a repair
    /// made, a `warning` for a place flagged for review.
    public func diagnostic(path: String) -> Diagnostic {
        Diagnostic(
            location: path, line: line, unitID: nil, severity: kind == .needsReview ? .warning : .note, check: "cable",
            message: message)
    }
}
