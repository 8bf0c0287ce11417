import Foundation

/// One numbered paragraph of the cable body.
///
/// A paragraph starts at a line beginning `N.` or `¶N.` where N is the next expected number;
/// any other numbered line continues the previous paragraph (see ``CableRepair/Kind/rejoinedParagraph``).
/// Damaged and missing numbers are recovered from the structure of the rollout cable (see
/// ``CableRepair/Kind/paragraphNumber`` and `Docs/Cables.md`).
public struct CableParagraph: Sendable, Equatable {
    /// The paragraph number as printed, or as recovered (1…N; a number the reader could not
    /// recover is skipped).
    public var number: Int
    /// The whole paragraph reflowed to single spaces, telegraphic artifacts repaired, without the
    /// `N.` mark, `¶` marks and `-----` separator lines:
    /// `This is an action cable; see paras 5 through 7 and 10.`
    public var text: String
    /// 1-based line (in ``Cable/text``) where the paragraph's number is printed (or, without
    /// one, where its text starts).
    public var line: Int
    /// The paragraph's lines after repairs, keeping the printed structure the extractor needs
    /// (blank lines, title and heading lines, `--` bullets, `Q1:` / `A:` labels, `¶` marks
    /// other than the paragraph's own): the first line without its `N.` mark, runs of spaces
    /// collapsed, no trailing blank lines. Blank lines before a rejoined line are removed.
    public var lines: [CableLine]

    /// Creates a paragraph.
    public init(number: Int, text: String, line: Int, lines: [CableLine] = []) {
        self.number = number
        self.text = text
        self.line = line
        self.lines = lines
    }
}
