import Foundation
import TipL10nXML

/// Reads a TIP Report rollout cable in any of its published layouts into a ``Cable``.
///
/// Steps, in order (each rule is also in `Docs/Cables.md`):
///
/// 1. **Decode and detect.** A file over ``maximumSize`` is refused before anything else.
///    UTF-16 with a byte-order mark (or recognisably without one), else UTF-8, else
///    Windows-1252; any other file with NUL bytes is refused as binary. Newlines normalised
///    (`\r\n`, `\r`; a FORM FEED is a line break); trailing white space (including U+00A0)
///    stripped from every line. An empty file is refused, and so is a control character other
///    than TAB, newline and FORM FEED. The layout
///    comes from the first non-blank content: `<` → ``CableLayout/html``; `Identifier` or
///    `Reference ID` → ``CableLayout/webPage``; a cable ID such as `09STATE60550` →
///    ``CableLayout/archive``; anything else → ``CableLayout/telegram``.
/// 2. **Find the telegram.** A caption glued to the line before
///    (`…IMMEDIATE 0000UNCLAS STATE 060550`) is split into two lines with the same number.
///    The file must have a caption (`UNCLAS STATE 061188`, `UNCLAS SECTION 01 OF 06 REYKJAVIK
///    000049`) or an `FM` line within its first ``headerSearchLineLimit`` lines; the telegram
///    starts at the `VZCZC` line before it, else at the first DTG line, else at that line.
/// 3. **Header, once.** See ``CableHeader`` and `CableHeaderReader`; a missing `FM` or DTG
///    line leaves that field empty, except that a bare telegram needs the caption and the DTG
///    for its cable ID. Everything between a repeated caption and paragraph 1 (the web page
///    prints the caption block twice) is skipped.
/// 4. **Signature and trailer.** The signature is the last line, among the final 10 non-blank
///    lines after paragraph 1, that is a name in capitals (`CLINTON`, `VAN VOORST`; markings
///    such as `SENSITIVE BUT UNCLASSIFIED`, `BT`, `NNNN` and the narrative headings `PROSECUTION`,
///    `PROTECTION`, `PREVENTION` excepted), else such a name printed after a sentence end at the
///    end of one of those lines (`…action requests. CLINTON`, lines joined by a renderer). It and
///    everything after it (`Share this cable`, `facebook - bluesky -`, page numbers) are not
///    content. Page markers (`REYKJAVIK 00000049  002 OF 006`) and repeated captions inside the
///    body are dropped. The body starts at paragraph 1's mark, or, when it is lost, at the first
///    line after the header fields.
/// 5. **Renderer damage** on every body line, each recorded: HTML markup and character
///    references, invisible characters, tabs where punctuation was lost; see
///    `CableRendererRepairer`. A text file holding a web page's `<pre>` source has its
///    `&#x000A;` references read as line breaks first.
/// 6. **Paragraphs.** Numbered by their marks, damaged marks read and missing ones recovered from
///    the rollout cable's template (`Begin Final Text…`, `The following is press guidance…`, `The
///    Department appreciates…`), or, with no readable numbers, by position from blank lines and
///    the template; see `CableParagraphSplitter`. Any other numbered line (`3. Thus…`, `16.
///    The State…`, `¶2009. Two…`) continues the previous paragraph and a
///    ``CableRepair/Kind/rejoinedParagraph`` is recorded.
/// 7. **Layout** of the narrative paragraph: rules, title and headings run into the text set on
///    lines of their own, a boxed title unboxed; see `CableNarrativeLayout`.
/// 8. **Repairs** of telegraphic artifacts, each recorded: see ``CableArtifactRepairer``; they
///    consult the cable's own words (`CableVocabulary`). Text after the narrative's closing rule
///    becomes the next paragraph when that paragraph's number is missing.
/// 9. **Reflow.** ``CableParagraph/text`` joins the words with single spaces, dropping `¶`
///    marks and rules.
///
/// Line numbers count lines of ``Cable/text``: the file itself for text layouts, the `<pre>`
/// blocks joined by a newline for HTML.
public enum CableParser {
    /// How many lines from the top of the file (or of the HTML page's `<pre>` text) are
    /// searched for the telegram header.
    public static let headerSearchLineLimit = 60

    /// The largest cable file read, in bytes: 16 MiB (the 2009 cables are 30–110 KB).
    public static let maximumSize = 16 << 20

    /// Refuses a file over ``maximumSize`` bytes; call it with the file's size before reading
    /// the file, ``parse(_:path:)`` calls it first too.
    ///
    /// - Throws: ``CableError`` `path: error: not a cable: the file is N bytes; cables are at most 16 MiB`.
    public static func checkSize(_ byteCount: Int, path: String) throws {
        guard byteCount <= maximumSize else {
            throw CableError.tooLarge(path: path, byteCount: byteCount, limit: maximumSize)
        }
    }

    /// Parses cable bytes.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the file name as the user gave it, used in error messages.
    /// - Returns: the cable with header, paragraphs 1…N and repairs.
    /// - Throws: ``CableError``: `not a cable: the file is N bytes; cables are at most 16 MiB`
    ///   (checked first, see ``maximumSize``); `not a cable: the file is binary (it contains NUL
    ///   bytes)`; `not a cable: the file starts with a UTF-16 byte-order mark but is not valid
    ///   UTF-16`; `not a cable: the file is empty`; `path:line: error: the cable contains the
    ///   control character U+0001: expected plain text` (any C0 or C1 control but TAB, newlines
    ///   and FORM FEED; for HTML the line is the page's); `not a cable: expected a
    ///   telegram header (…) in the first 60 lines`; `not a cable: expected the telegram text in
    ///   <pre> blocks of the HTML page`; `incomplete telegram header: expected …` when a bare
    ///   telegram lacks the caption or the DTG its cable ID is derived from; `not a cable: the
    ///   HTML page could not be read: …`.
    public static func parse(_ data: Data, path: String) throws -> Cable {
        try checkSize(data.count, path: path)
        let (decoded, encoding) = try CableText.decode(data, path: path)
        guard !CableText.isBlank(decoded) else { throw CableError.emptyFile(path: path) }
        if let control = CableText.firstControlCharacter(in: decoded) {
            throw CableError.controlCharacter(path: path, line: control.line, scalar: control.scalar)
        }

        let layout: CableLayout
        var text: String
        var metadata = CableMetadata()
        var repairs: [CableRepair] = []
        if decoded.first(where: { !$0.isWhitespace }) == "<" {
            layout = .html
            // libxml2 reads the page as UTF-8 unless it starts with a UTF-16 byte-order mark.
            let page = try CableHTMLPage(data: encoding.isUTF16 ? Data(decoded.utf8) : data, path: path)
            text = page.telegramText
            metadata = page.metadata
        } else {
            text = decoded
            // The source of a web page's `<pre>` block saved as text: line breaks as `&#x000A;`.
            let newlines = CableRendererRepairer.decodingNewlineReferences(text)
            if newlines.count > 0 {
                text = newlines.text
                repairs.append(
                    CableRepair(
                        kind: .htmlMarkup, line: 1, original: "&#x000A;", replacement: "\n",
                        message:
                            "\(newlines.count) newline character references (`&#x000A;`, the HTML source of a web page) read as line breaks; line numbers count the lines they make",
                        paragraph: nil))
            }
            layout = detectTextLayout(text)
        }

        let lines = splittingGluedCaptions(CableText.lines(of: text))
        guard
            let anchor = lines.firstIndex(where: { line in
                line.number <= headerSearchLineLimit
                    && (CableCaption(line.text) != nil || CableText.trimmed(line.text).hasPrefix("FM "))
            })
        else { throw CableError.notACable(path: path, limit: headerSearchLineLimit) }
        let start = telegramStart(in: lines, anchor: anchor)

        switch layout {
        case .webPage: metadata = webPageMetadata(lines[..<start])
        case .archive: metadata = archiveMetadata(lines[..<start])
        case .html, .telegram: break
        }

        let telegram = Array(lines[start...])
        let reader = CableHeaderReader(lines: telegram)
        let body = bodyLines(telegram, from: reader.bodyStart, caption: reader.caption)
        let header = try reader.header(metadata: metadata, signature: body.signature, path: path)

        var renderer = CableRendererRepairer(lines: body.lines)
        renderer.repairAll()
        repairs += renderer.repairs
        let vocabulary = CableVocabulary(lines: renderer.lines.map(\.text))
        let splitter = CableParagraphSplitter(lines: renderer.lines)
        repairs += splitter.repairs
        var drafts = splitter.paragraphs
        var paragraphs: [CableParagraph] = []
        var index = 0
        while index < drafts.count {
            let draft = drafts[index]
            var lines = draft.lines
            let isNarrative = CableTemplate.anchor(in: String(CableText.reflow(lines).prefix(40)))?.anchor == .narrative
            if isNarrative {
                // Title, headings and rules first, so that a `--` after a heading or a `*` box is
                // read as layout, not as a dash.
                let layout = CableNarrativeLayout.normalized(lines, paragraph: draft.number)
                lines = layout.lines
                repairs += layout.repairs
            }
            var repairer = CableArtifactRepairer(paragraph: draft.number, lines: lines, vocabulary: vocabulary)
            repairer.repairAll()
            repairs += repairer.repairs
            lines = repairer.lines
            if isNarrative {
                // Text after the narrative's closing rule belongs to the next paragraph when its
                // number is missing (`9.` lost): it becomes that paragraph.
                if let closing = CableNarrativeLayout.closingRuleIndex(lines),
                    let firstText = lines[(closing + 1)...].firstIndex(where: { !CableText.isBlank($0.text) })
                {
                    let nextNumber = index + 1 < drafts.count ? drafts[index + 1].number : nil
                    if nextNumber != draft.number + 1 {
                        let moved = Array(lines[firstText...])
                        lines = Array(lines[...closing])
                        drafts.insert(
                            CableParagraphSplitter.Draft(
                                number: draft.number + 1, line: moved[0].number, lines: moved),
                            at: index + 1)
                        // Its artifacts were repaired with the narrative's.
                        drafts[index + 1].lines = moved
                        let head = CableText.head(CableText.trimmed(moved[0].text), words: 4)
                        repairs.append(
                            CableRepair(
                                kind: .paragraphNumber, line: moved[0].number, original: head, replacement: head,
                                message:
                                    "`\(head)…` follows the country narrative's closing rule without a paragraph number: read as paragraph \(draft.number + 1)",
                                paragraph: draft.number + 1, isReviewFlag: true))
                        paragraphs.append(
                            CableParagraph(
                                number: draft.number, text: CableText.reflow(lines), line: draft.line, lines: lines))
                        paragraphs.append(
                            CableParagraph(
                                number: draft.number + 1, text: CableText.reflow(moved), line: moved[0].number,
                                lines: moved))
                        index += 2
                        continue
                    }
                }
            }
            paragraphs.append(
                CableParagraph(number: draft.number, text: CableText.reflow(lines), line: draft.line, lines: lines))
            index += 1
        }
        if let glued = body.gluedSignature {
            repairs.append(
                CableRepair(
                    kind: .paragraphNumber, line: glued.line, original: glued.original, replacement: glued.signature,
                    message:
                        "the signature `\(glued.signature)` is printed at the end of the last line (lines joined by a renderer): read as the signature",
                    paragraph: paragraphs.last?.number))
        }
        // Repairs made before the paragraphs were known take the paragraph of their line.
        for (position, repair) in repairs.enumerated() where repair.paragraph == nil && repair.line > 1 {
            repairs[position].paragraph = paragraphs.last { $0.line <= repair.line }?.number
        }
        let sorted = repairs.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.offset) < (rhs.element.line, rhs.offset)
        }.map(\.element)
        return Cable(header: header, layout: layout, paragraphs: paragraphs, repairs: sorted, text: text)
    }

    /// The layout of a text (non-HTML) file, from its first non-blank line.
    static func detectTextLayout(_ text: String) -> CableLayout {
        let first = text.split(separator: "\n").first { !CableText.isBlank($0) }.map { CableText.trimmed($0) } ?? ""
        if CableMetadata.labels.contains(first) { return .webPage }
        if first.wholeMatch(of: archiveReferencePattern) != nil { return .archive }
        return .telegram
    }

    /// Splits a caption glued to the end of the line before it
    /// (`TO AMEMBASSY PARAMARIBO IMMEDIATE 0000UNCLAS STATE 060550`) into two lines that keep
    /// the same line number.
    static func splittingGluedCaptions(_ lines: [CableLine]) -> [CableLine] {
        var result: [CableLine] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            if CableCaption(line.text) == nil, let split = gluedCaptionSplit(line.text) {
                result.append(CableLine(number: line.number, text: split.before))
                result.append(CableLine(number: line.number, text: split.caption))
            } else {
                result.append(line)
            }
        }
        return result
    }

    private static func gluedCaptionSplit(_ text: String) -> (before: String, caption: String)? {
        for marking in CableCaption.markings {
            guard let range = CableText.lastRange(ofASCII: marking + " ", in: text), range.lowerBound > text.startIndex
            else { continue }
            // The character before, as far as the match: the match may begin inside the line's
            // first character (after U+0600, which joins the letter after it).
            guard let previous = text[..<range.lowerBound].last, !previous.isWhitespace else { continue }
            let caption = String(text[range.lowerBound...])
            guard CableCaption(caption) != nil else { continue }
            return (String(text[..<range.lowerBound]), caption)
        }
        return nil
    }

    /// The index where the telegram starts: the `VZCZC` line before the anchor, else the first
    /// DTG line before it, else the anchor.
    static func telegramStart(in lines: [CableLine], anchor: Int) -> Int {
        let before = lines[..<anchor]
        if let vzczc = before.lastIndex(where: { CableText.trimmed($0.text).hasPrefix("VZCZC") }) { return vzczc }
        if let dtg = before.firstIndex(where: { CableDTG($0.text) != nil }) { return dtg }
        return anchor
    }

    /// Metadata of the web-page layout: a run of label lines, then their values in order.
    static func webPageMetadata(_ lines: ArraySlice<CableLine>) -> CableMetadata {
        let texts = lines.map { CableText.trimmed($0.text) }.filter { !$0.isEmpty }
        let labels = texts.prefix { CableMetadata.labels.contains($0) }
        let values = texts.dropFirst(labels.count).prefix(labels.count)
        var metadata = CableMetadata()
        for (label, value) in zip(labels, values) { metadata.set(label, value) }
        return metadata
    }

    /// Metadata of the archive layout: cable ID, title, created, classification, origin, one a
    /// line; with another count of lines only the cable ID is taken.
    static func archiveMetadata(_ lines: ArraySlice<CableLine>) -> CableMetadata {
        let texts = lines.map { CableText.trimmed($0.text) }.filter { !$0.isEmpty }
        var metadata = CableMetadata()
        metadata.cableID = texts.first
        if texts.count == 5 {
            metadata.created = texts[2]
            metadata.classification = texts[3]
            metadata.origin = texts[4]
        }
        return metadata
    }

    /// The body lines from paragraph 1 to the line before the signature, without page markers
    /// and repeated captions; and the signature.
    static func bodyLines(
        _ telegram: [CableLine], from start: Int, caption: CableCaption?
    ) -> (
        lines: [CableLine], signature: String?, gluedSignature: (line: Int, original: String, signature: String)?
    ) {
        guard start < telegram.count else { return ([], nil, nil) }
        var end = telegram.count
        var signature: String?
        var glued: (line: Int, original: String, signature: String)?
        var lastLine: CableLine?
        let nonBlank = telegram.indices.filter { $0 >= start && !CableText.isBlank(telegram[$0].text) }
        if let index = nonBlank.suffix(10).last(where: { isSignature(telegram[$0].text) }) {
            end = index
            signature = CableText.collapsingSpaces(telegram[index].text)
        } else if let index = nonBlank.suffix(10).last(where: { gluedSignature(telegram[$0].text) != nil }),
            let split = gluedSignature(telegram[index].text)
        {
            // `…the preceding action requests. CLINTON`: lines joined by a renderer.
            end = index
            signature = split.signature
            lastLine = CableLine(number: telegram[index].number, text: split.text)
            glued = (telegram[index].number, CableText.tail(telegram[index].text, words: 3), split.signature)
        }
        var lines = telegram[start..<end].filter { line in
            guard let caption else { return true }
            if let other = CableCaption(line.text), other.isSameCable(as: caption) { return false }
            return !caption.isPageMarker(line.text)
        }
        if let lastLine { lines.append(lastLine) }
        return (lines, signature, glued)
    }

    /// A line that ends a sentence and then prints the signature (`…action requests. CLINTON`):
    /// the text and the signature; `nil` otherwise.
    static func gluedSignature(_ text: String) -> (text: String, signature: String)? {
        let collapsed = CableText.collapsingSpaces(text)
        guard let match = collapsed.wholeMatch(of: sentenceThenSignaturePattern),
            isSignature(String(match.2)), String(match.2).filter(\.isLetter).count >= 4,
            !["END TEXT", "END NOTE", "END SUMMARY", "END COMMENT"].contains(String(match.2))
        else { return nil }
        return (String(match.1), String(match.2))
    }

    /// A name in capitals alone on its line, not a marking.
    static func isSignature(_ text: String) -> Bool {
        let trimmed = CableText.trimmed(text)
        guard trimmed.wholeMatch(of: signatureNamePattern) != nil else { return false }
        // A narrative heading in capitals (`PREVENTION`) is not a name.
        if ["PROSECUTION", "PROTECTION", "PREVENTION"].contains(trimmed) { return false }
        let markings = ["UNCLAS", "CLASSIFIED", "SENSITIVE", "CONFIDENTIAL", "SECRET", "NOFORN", "SIPDIS"]
        if markings.contains(where: { trimmed.contains($0) }) { return false }
        return !["BT", "NNNN"].contains(trimmed)
    }
}

/// Published metadata of a cable (web page, archive or HTML table).
struct CableMetadata: Sendable, Equatable {
    static let labels: Set<String> = ["Identifier", "Reference ID", "Created", "Released", "Classification", "Origin"]

    var cableID: String?
    var created: String?
    var released: String?
    var classification: String?
    var origin: String?

    mutating func set(_ label: String, _ value: String) {
        let value = CableText.collapsingSpaces(value)
        guard !value.isEmpty else { return }
        switch label {
        case "Identifier", "Reference ID": cableID = value
        case "Created": created = value
        case "Released": released = value
        case "Classification": classification = value
        case "Origin": origin = value
        default: break
        }
    }
}

/// A caption line: `UNCLAS STATE 061188`, `UNCLAS SECTION 01 OF 06 REYKJAVIK 000049`.
struct CableCaption: Sendable, Equatable {
    /// Classification markings a caption may start with, longest first.
    static let markings = [
        "C O N F I D E N T I A L", "LIMITED OFFICIAL USE", "UNCLASSIFIED", "CONFIDENTIAL", "S E C R E T", "UNCLAS",
        "SECRET",
    ]

    var marking: String
    var originator: String
    var serial: String
    var text: String

    init?(_ line: String) {
        // Cheap test first: Swift regexes are slow in debug builds and this runs on every line.
        let start = line.drop { $0 == " " }
        // Every marking starts with one of these letters.
        guard let first = start.utf8.first,
            first == UInt8(ascii: "C") || first == UInt8(ascii: "L")
                || first == UInt8(ascii: "U") || first == UInt8(ascii: "S")
        else { return nil }
        guard start.last?.isNumber == true, Self.markings.contains(where: { start.hasPrefix($0) }) else { return nil }
        let text = CableText.collapsingSpaces(line)
        guard let match = text.wholeMatch(of: captionLinePattern) else { return nil }
        marking = String(match.1)
        originator = String(match.2)
        serial = String(match.3)
        self.text = text
    }

    /// The classification the marking stands for: `UNCLAS` → `UNCLASSIFIED`.
    var classification: String {
        switch marking {
        case "UNCLAS": "UNCLASSIFIED"
        case "C O N F I D E N T I A L": "CONFIDENTIAL"
        case "S E C R E T": "SECRET"
        default: marking
        }
    }

    /// The originator without spaces and the serial without leading zeros: `STATE61188`.
    var idSuffix: String {
        originator.replacingOccurrences(of: " ", with: "") + String(Int(serial) ?? 0)
    }

    func isSameCable(as other: CableCaption) -> Bool {
        originator == other.originator && Int(serial) == Int(other.serial)
    }

    /// `REYKJAVIK 00000049  002 OF 006`: the originator, the serial and a page count.
    func isPageMarker(_ line: String) -> Bool {
        guard line.contains(" OF "), line.hasPrefix(originator) else { return false }
        let text = CableText.collapsingSpaces(line)
        guard let match = text.wholeMatch(of: pageHeaderPattern) else { return false }
        return String(match.1) == originator && Int(match.2) == Int(serial)
    }
}

/// A date-time group line: precedence, then `DDHHMMZ MON YY` (`O 122209Z JUN 09`).
struct CableDTG: Sendable, Equatable {
    /// The DTG without the precedence: `122209Z JUN 09`.
    var text: String
    /// The two-digit year: `09`.
    var year: String
    /// The instant in UTC, `nil` for an impossible date.
    var date: Date?

    init?(_ line: String) {
        guard line.count < 40, line.contains("Z ") else { return nil }
        let text = CableText.collapsingSpaces(line)
        guard let match = text.wholeMatch(of: dateTimeGroupLinePattern) else {
            return nil
        }
        let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        guard let monthIndex = months.firstIndex(of: String(match.5)) else { return nil }
        self.text = String(match.1)
        year = String(match.6)
        var components = DateComponents()
        let twoDigitYear = Int(match.6) ?? 0
        components.year = twoDigitYear < 70 ? 2000 + twoDigitYear : 1900 + twoDigitYear
        components.month = monthIndex + 1
        components.day = Int(match.2)
        components.hour = Int(match.3)
        components.minute = Int(match.4)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        components.timeZone = calendar.timeZone
        if components.isValidDate(in: calendar) {
            date = calendar.date(from: components)
        } else {
            date = nil
        }
    }
}

// Regex literals evaluated once per process: a literal inside a function is parsed again
// every time the function runs (`Docs/Performance.md`).
nonisolated(unsafe) private let archiveReferencePattern = /\d{2}[A-Z][A-Z]*\d+/
nonisolated(unsafe) private let sentenceThenSignaturePattern = /(.*[.?!]["')”’]?) ([A-Z][A-Z.' -]{3,39})/
nonisolated(unsafe) private let signatureNamePattern = /[A-Z][A-Z.' -]{1,39}/
nonisolated(unsafe) private let pageHeaderPattern = /([A-Z]+(?: [A-Z]+)*) (\d+) \d+ OF \d+/

/// A caption line, spaces collapsed: marking, originator, serial (`UNCLAS STATE 061188`). Built
/// once: a regex literal inside a function is parsed every time it runs.
nonisolated(unsafe) private let captionLinePattern =
    /(C O N F I D E N T I A L|LIMITED OFFICIAL USE|UNCLASSIFIED|CONFIDENTIAL|S E C R E T|UNCLAS|SECRET)(?: E F T O)?(?: SECTION \d+ OF \d+)? ([A-Z]+(?: [A-Z]+)*) (\d+)/

nonisolated(unsafe) private let dateTimeGroupLinePattern = /[A-Z]{1,2} ((\d{2})(\d{2})(\d{2})Z ([A-Z]{3}) (\d{2}))/
