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
        /// A damaged paragraph number was read, or a paragraph was recovered without one: a
        /// number glued to its text (`1.This` → `1. This`), printed alone on its line, garbled
        /// (`l.` for `1.`), missing (numbering goes from 8 to 10), or no number at all (the
        /// paragraph recovered from the rollout cable's structure: `Begin Final Text of…`, the
        /// press guidance lead, paragraph 12's thanks, blank lines); also a signature glued to
        /// the last line.
        case paragraphNumber
        /// The narrative's title or a heading in another shape was read: a boxed title
        /// (`| Kosovo (TIER 2) |`), a title or a dashed rule run into the text, a heading run
        /// into its paragraph (`Prosecution: Kosovo law…`).
        case layout
        /// A word hyphenated across a line break was joined: hyphen kept when the word is a
        /// compound (`anti-` / `trafficking` → `anti-trafficking`), dropped when the hyphen only
        /// broke the word (`traf-` / `ficking` → `trafficking`); a soft hyphen always joins.
        case joinedHyphenation
        /// A telegraphic comma standing for an apostrophe was replaced (`Kosovo,s` → `Kosovo's`,
        /// `12 years, imprisonment` → `12 years' imprisonment`, `don,t` → `don't`).
        case apostrophe
        /// A ` ) `, ` * ` or `--` standing for a dash became an en dash ` – ` (U+2013).
        case dash
        /// A doubling for emphasis was reduced (`not/not` → `not`).
        case emphasisDoubling
        /// A tab or a run of spaces between two words where punctuation was lost: `;` when a
        /// lower-case word follows (`United States<TAB> some fall victim` → `United States; some
        /// fall victim`), a space (flagged) otherwise.
        case lostPunctuation
        /// Quotation marks doubled by a renderer (`""three Ps""` → `"three Ps"`).
        case doubledQuotes
        /// Curly quotation marks an old encoding turned into `&` and `8`
        /// (`&There is No Excuse,8` → `“There is No Excuse,”`).
        case mangledQuotes
        /// HTML markup or a character reference left by a web rendering (`<a href='#par3'>¶</a>`
        /// → `¶`, `&amp;` → `&`, `&#8217;` → `’`).
        case htmlMarkup
        /// An invisible or special space character: a no-break space became a space, a soft
        /// hyphen or a zero-width character was removed.
        case invisibleCharacter
        /// Words run together where a space or punctuation was lost (`traffickinghowever`):
        /// always a review flag, the text left as printed, the likely reading in the message.
        case runTogetherWords
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
    /// The text now in the paragraph; equal to ``original`` for ``Kind/needsReview`` and
    /// ``Kind/runTogetherWords``.
    public var replacement: String
    /// One line for the user, e.g. "`Kosovo,s` → `Kosovo's` (telegraphic comma for an apostrophe)".
    public var message: String
    /// The cable paragraph number, when the repair lies inside a paragraph.
    public var paragraph: Int?
    /// Whether a person should look at the place: the text may be left as printed
    /// (``Kind/needsReview``, ``Kind/runTogetherWords``) or the reader had to choose a reading
    /// it cannot be sure of (a recovered paragraph number, a hyphen it could not place). Shown
    /// as `warning:` and given to the translator as a note on the unit that contains
    /// ``replacement``. Other repairs are `note:`s.
    public var isReviewFlag: Bool

    /// Whether the repair is about the words of the text (a translator may need to know), as
    /// opposed to the cable's structure (``Kind/paragraphNumber``, ``Kind/layout``,
    /// ``Kind/rejoinedParagraph``), which concerns whoever prepares the export.
    public var concernsText: Bool {
        switch kind {
        case .paragraphNumber, .layout, .rejoinedParagraph: false
        default: true
        }
    }

    /// Creates a repair record; `isReviewFlag` defaults to `true` for ``Kind/needsReview`` and
    /// ``Kind/runTogetherWords``.
    public init(
        kind: Kind, line: Int, original: String, replacement: String, message: String, paragraph: Int?,
        isReviewFlag: Bool? = nil
    ) {
        self.kind = kind
        self.line = line
        self.original = original
        self.replacement = replacement
        self.message = message
        self.paragraph = paragraph
        self.isReviewFlag = isReviewFlag ?? (kind == .needsReview || kind == .runTogetherWords)
    }
}

extension CableRepair {
    /// The repair as a diagnostic at its line of `path` (check `cable`): a `note` for a repair
    /// made, a `warning` for a place flagged for review.
    public func diagnostic(path: String) -> Diagnostic {
        Diagnostic(
            location: path, line: line, unitID: nil, severity: isReviewFlag ? .warning : .note, check: "cable",
            message: message)
    }
}
