import Foundation

/// How a cable file was laid out when it was published; decides where the reader finds the
/// metadata and the telegram text.
///
/// Detected from the first non-blank content of the file (see ``CableParser``).
public enum CableLayout: String, Sendable {
    /// The cable web page saved as text: an `Identifier` / `Created` / `Classification` /
    /// `Origin` label block, their values, `Cable title:` and `Tags:` lines, then the
    /// telegram (which may print its caption block twice). Example: `09STATE61188.txt`.
    case webPage
    /// The plain-text archive layout: five bare metadata lines (cable ID, title, created,
    /// classification, origin), then the telegram with `¶N.` paragraph marks and trailing
    /// spaces. Example: `09STATE60550.txt`.
    case archive
    /// The raw HTML page of the cable viewer: metadata in `<table class='cable'>`, the
    /// telegram in `<pre>` blocks. Example: `09STATE60608.html`.
    case html
    /// A bare telegram: the text starts at `VZCZC…`, a DTG line, `FM …` or the caption, with
    /// no published metadata; the cable ID is derived from the caption and the DTG year.
    case telegram
}

/// One line of telegram text with its 1-based line number.
///
/// Line numbers count lines of ``Cable/text``: the input file itself for the text layouts,
/// the joined `<pre>` text for ``CableLayout/html``. Trailing white space is already removed.
public struct CableLine: Sendable, Equatable {
    /// 1-based line number in ``Cable/text``.
    public var number: Int
    /// The line's text without trailing white space.
    public var text: String

    /// Creates a line.
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// A parsed cable: header, numbered paragraphs (reflowed and repaired) and the list of every
/// repair the reader made.
///
/// Produced by ``CableParser/parse(_:path:)``; turned into translatable content by
/// ``SourceDocument/extract(from:path:)``.
public struct Cable: Sendable {
    /// The metadata and telegram header, parsed once.
    public var header: CableHeader
    /// The layout the file was published in.
    public var layout: CableLayout
    /// Paragraphs in order, numbered 1…N as printed; where the cable lost a number that the
    /// reader could not recover, the numbering skips it (a review flag in ``repairs`` says so).
    public var paragraphs: [CableParagraph]
    /// Every change the reader made to the printed text, and every place it left for review,
    /// sorted by line.
    public var repairs: [CableRepair]
    /// The text that all `line` fields count in: the decoded file for the text layouts
    /// (newlines normalised to `\n`), the `<pre>` blocks joined by a newline for HTML.
    public var text: String

    /// Creates a cable from its parts.
    public init(
        header: CableHeader, layout: CableLayout, paragraphs: [CableParagraph], repairs: [CableRepair],
        text: String
    ) {
        self.header = header
        self.layout = layout
        self.paragraphs = paragraphs
        self.repairs = repairs
        self.text = text
    }

    /// The paragraph with this number, or `nil`.
    public func paragraph(_ number: Int) -> CableParagraph? {
        paragraphs.first { $0.number == number }
    }
}
