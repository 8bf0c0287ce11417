import Foundation
import TipL10nXML

/// Adds verification findings to an XLIFF file as notes a CAT tool shows, changing nothing
/// else: every byte of the file stays as it was, and the notes are inserted where the format
/// allows them.
///
/// - XLIFF 1.x: `<note from="tipl10n" priority="P">` in the `<trans-unit>`, right after its
///   `<target>` (else its `<seg-source>`, else its `<source>`), where the 1.2 schema allows
///   notes; one note per finding.
/// - XLIFF 2.x: `<note category="tipl10n" priority="P" appliesTo="target">` in the `<unit>`'s
///   `<notes>` (added as the unit's first XLIFF child, after any elements of other
///   namespaces, when the unit has none). A finding on one segment of a unit with several
///   names the segment: `[segment s2] …`.
///
/// Priority follows severity: 1 for an error, 2 for a warning, 3 for a note. The text is
/// `warning (omission): target is 23% of the source length; sq is usually 93–128%`. Findings
/// without a unit (a note about the file's language) are not added. Each note is written by
/// libxml2's writer; positions come from ``XMLElementScanner`` (libxml2's parser); the
/// indentation of the line it follows is repeated. A file in UTF-16 or a legacy single-byte
/// encoding (ISO-8859-1, -2, -15, windows-1252, windows-1250, US-ASCII) is edited in that encoding, characters it
/// cannot hold written as character references.
public enum XLIFFAnnotator {
    /// The annotated file and how many notes were added.
    public struct Result: Sendable, Equatable {
        public var data: Data
        public var notes: Int
    }

    /// Adds `diagnostics` (those with a unit ID and a line, as ``VerificationInput`` located
    /// them in this file) to `data` as notes.
    ///
    /// - Parameters:
    ///   - data: the file's bytes, as read.
    ///   - document: the same file as ``XLIFFReader`` read it.
    ///   - path: the file name used in errors.
    ///   - diagnostics: the findings, in order.
    /// - Throws: ``ImportError`` for an encoding that cannot be edited in place (with what to
    ///   do), `XMLError` when libxml2 cannot read the file; ``ImportError`` when the result
    ///   would read back differently from the file (a safety check that should never fire).
    public static func annotate(
        _ data: Data, document: XLIFFReadDocument, path: String, diagnostics: [Diagnostic]
    ) throws -> Result {
        let encoding = try FileEncoding(data, path: path)
        let utf8 = try encoding.utf8(data, path: path)
        let elements = try XMLElementScanner.elements(in: utf8, path: path)
        let bytes = [UInt8](utf8)

        // Which reader unit each finding is on: ID and line, as the pairs were located.
        var unitsByKey: [String: (file: Int, unit: XLIFFReadUnit, segments: Int)] = [:]
        for (fileIndex, file) in document.files.enumerated() {
            let segmentCounts = Dictionary(grouping: file.units, by: \.unitID).mapValues(\.count)
            for unit in file.units {
                unitsByKey["\(unit.id)\u{0}\(unit.line)"] = (fileIndex, unit, segmentCounts[unit.unitID] ?? 1)
            }
        }
        var notesByElement: [String: [(severity: Diagnostic.Severity, text: String)]] = [:]
        var order: [String] = []
        for diagnostic in diagnostics {
            guard let unitID = diagnostic.unitID, let found = unitsByKey["\(unitID)\u{0}\(diagnostic.line)"] else {
                continue
            }
            let key = "\(found.file)\u{0}\(found.unit.unitID)"
            var text = "\(diagnostic.severity.rawValue) (\(diagnostic.check)): \(diagnostic.message)"
            if document.isVersion2, found.segments > 1 {
                text = "[segment \(found.unit.segmentID ?? found.unit.id)] " + text
            } else if !document.isVersion2, found.unit.id != found.unit.unitID {
                text = "[segment \(found.unit.segmentID ?? found.unit.id)] " + text
            }
            // A file annotated before already has the note: it is not added twice.
            if found.unit.notes.contains(text) { continue }
            if notesByElement[key] == nil { order.append(key) }
            notesByElement[key, default: []].append((diagnostic.severity, text))
        }

        // The unit elements, by file index and ID.
        let unitElement = document.isVersion2 ? "unit" : "trans-unit"
        var fileIndex = -1
        var insertions: [(offset: Int, replacing: Int, bytes: [UInt8])] = []
        var added = 0
        for (index, element) in elements.enumerated() {
            if element.name == "file" { fileIndex += 1 }
            guard element.name == unitElement, let id = element.attributes["id"],
                let notes = notesByElement["\(max(fileIndex, 0))\u{0}\(id)"]
            else { continue }
            notesByElement["\(max(fileIndex, 0))\u{0}\(id)"] = nil
            let descendants = Array(elements[(index + 1)...].prefix { $0.end <= element.end })
            let children = descendants.filter { $0.depth == element.depth + 1 }
            let insertion =
                document.isVersion2
                ? try version2Insertion(
                    unit: element, descendants: descendants, notes: notes, bytes: bytes, path: path)
                : try version1Insertion(unit: element, children: children, notes: notes, bytes: bytes, path: path)
            insertions.append(insertion)
            added += notes.count
        }

        var output = bytes
        for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
            output.replaceSubrange(insertion.offset..<(insertion.offset + insertion.replacing), with: insertion.bytes)
        }
        let result = try encoding.encoded(Data(output), path: path)
        try checkUnchanged(original: document, annotated: result, path: path)
        return Result(data: result, notes: added)
    }

    // MARK: - Where notes go

    private static func version1Insertion(
        unit: XMLElementScanner.Element, children: [XMLElementScanner.Element],
        notes: [(severity: Diagnostic.Severity, text: String)], bytes: [UInt8], path: String
    ) throws -> (offset: Int, replacing: Int, bytes: [UInt8]) {
        let anchor =
            children.last { $0.name == "target" } ?? children.last { $0.name == "seg-source" }
            ?? children.last { $0.name == "source" }
        guard let anchor, !unit.isEmpty else {
            throw ImportError(
                path: path, line: unit.line, message: "the trans-unit has no <source>: cannot add a note to it")
        }
        let name = unit.prefix.map { "\($0):note" } ?? "note"
        var markup: [UInt8] = []
        let separator = lineBreak(before: anchor.end, unitStart: unit.startTagEnd, bytes: bytes)
        for note in notes {
            markup += separator
            markup += try noteElement(
                name, attributes: ["from": "tipl10n", "priority": priority(note.severity)], text: note.text, path: path)
        }
        return (anchor.end, 0, markup)
    }

    private static func version2Insertion(
        unit: XMLElementScanner.Element, descendants: [XMLElementScanner.Element],
        notes: [(severity: Diagnostic.Severity, text: String)], bytes: [UInt8], path: String
    ) throws -> (offset: Int, replacing: Int, bytes: [UInt8]) {
        let children = descendants.filter { $0.depth == unit.depth + 1 }
        let prefix = unit.prefix.map { "\($0):" } ?? ""
        func elements(indent: [UInt8]) throws -> [UInt8] {
            var markup: [UInt8] = []
            for note in notes {
                markup += indent
                markup += try noteElement(
                    "\(prefix)note",
                    attributes: ["category": "tipl10n", "priority": priority(note.severity), "appliesTo": "target"],
                    text: note.text, path: path)
            }
            return markup
        }
        if let existing = children.first(where: { $0.name == "notes" && $0.namespaceURI == unit.namespaceURI }) {
            if existing.isEmpty {
                // `<notes/>`: written again as `<notes>…</notes>`.
                guard let start = lastIndex(of: Array("<".utf8), before: existing.end, in: bytes) else {
                    throw ImportError(path: path, line: existing.line, message: "cannot find the start of <notes/>")
                }
                let open = Array("<\(prefix)notes>".utf8)
                let close = Array("</\(prefix)notes>".utf8)
                return (start, existing.end - start, open + (try elements(indent: [])) + close)
            }
            // After its last note, indented like it; in an empty `<notes></notes>`, before the end tag.
            let last = descendants.last { $0.depth == existing.depth + 1 && $0.end <= existing.end }
            if let last {
                return (
                    last.end, 0,
                    try elements(indent: lineBreak(before: last.end, unitStart: existing.startTagEnd, bytes: bytes))
                )
            }
            guard let close = lastIndex(of: Array("</".utf8), before: existing.end, in: bytes) else {
                throw ImportError(path: path, line: existing.line, message: "cannot find the end of <notes>")
            }
            return (close, 0, try elements(indent: []))
        }
        guard !unit.isEmpty else {
            throw ImportError(path: path, line: unit.line, message: "the unit is empty: cannot add a note to it")
        }
        let leading = children.prefix { $0.namespaceURI != unit.namespaceURI }
        let offset = leading.last?.end ?? unit.startTagEnd
        let anchorEnd = children.first?.end ?? unit.startTagEnd
        let separator = lineBreak(before: anchorEnd, unitStart: unit.startTagEnd, bytes: bytes)
        let childIndent = separator.isEmpty ? [] : separator + Array("  ".utf8)
        var markup = separator + Array("<\(prefix)notes>".utf8)
        markup += try elements(indent: childIndent)
        markup += separator + Array("</\(prefix)notes>".utf8)
        return (offset, 0, markup)
    }

    /// A line break and the indentation of the line `offset` is on, or nothing when that line
    /// also holds the unit's start tag (a file written on one line stays on one line).
    private static func lineBreak(before offset: Int, unitStart: Int, bytes: [UInt8]) -> [UInt8] {
        var lineStart = offset
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        guard lineStart >= unitStart else { return [] }
        let crlf = lineStart >= 2 && bytes[lineStart - 2] == UInt8(ascii: "\r")
        return (crlf ? Array("\r\n".utf8) : [UInt8(ascii: "\n")]) + indentation(ofLineAt: offset, bytes: bytes)
    }

    private static func indentation(ofLineAt offset: Int, bytes: [UInt8]) -> [UInt8] {
        var lineStart = offset
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        return Array(bytes[lineStart...].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
    }

    private static func lastIndex(of needle: [UInt8], before end: Int, in bytes: [UInt8]) -> Int? {
        var index = end - needle.count
        while index >= 0 {
            if Array(bytes[index..<(index + needle.count)]) == needle { return index }
            index -= 1
        }
        return nil
    }

    private static func priority(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "1"
        case .warning: "2"
        case .note: "3"
        }
    }

    /// One note element, markup and escaping by libxml2's writer (UTF-8).
    private static func noteElement(
        _ name: String, attributes: KeyValuePairs<String, String>, text: String, path: String
    ) throws -> [UInt8] {
        let writer = try XMLStreamWriter(path: path, indented: false)
        try writer.element(name, attributes: attributes, text: xmlSafe(text))
        var data = [UInt8](try writer.finish())
        while let last = data.last, last == UInt8(ascii: "\n") { data.removeLast() }
        return data
    }

    /// `text` without characters XML 1.0 cannot hold (named instead: `\u{1}`).
    private static func xmlSafe(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let allowed =
                value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || value >= 0x10000
            if allowed {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// Reads the result back and compares every unit with the original: same IDs, sources,
    /// targets and states, in the same order.
    private static func checkUnchanged(original: XLIFFReadDocument, annotated: Data, path: String) throws {
        let reread = try XLIFFReader.read(annotated, path: path)
        let before = original.units
        let after = reread.units
        let same =
            before.count == after.count
            && zip(before, after).allSatisfy {
                $0.id == $1.id && $0.source == $1.source && $0.target == $1.target && $0.state == $1.state
            }
        guard same else {
            throw ImportError(
                path: path, line: 0,
                message: "adding the notes would have changed the translation units; nothing written")
        }
    }
}

/// The encoding of an XLIFF file as found on disk, and the conversions to and from UTF-8.
private enum FileEncoding {
    case utf8(bom: Bool)
    case utf16(bigEndian: Bool, bom: Bool)
    case singleByte(String.Encoding, name: String)

    init(_ data: Data, path: String) throws {
        let prefix = [UInt8](data.prefix(4))
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) {
            self = .utf8(bom: true)
            return
        }
        if prefix.starts(with: [0xFE, 0xFF]) {
            self = .utf16(bigEndian: true, bom: true)
            return
        }
        if prefix.starts(with: [0xFF, 0xFE]) {
            self = .utf16(bigEndian: false, bom: true)
            return
        }
        if prefix.starts(with: [0x00, 0x3C]) {
            self = .utf16(bigEndian: true, bom: false)
            return
        }
        if prefix.starts(with: [0x3C, 0x00]) {
            self = .utf16(bigEndian: false, bom: false)
            return
        }
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let declarationEnd = head.range(of: "?>"),
            let match = head[..<declarationEnd.lowerBound].firstMatch(of: #/encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']/#)
        else {
            self = .utf8(bom: false)
            return
        }
        let name = String(match.1)
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8(bom: false)
        case "iso-8859-1", "latin1", "iso_8859-1", "latin-1": self = .singleByte(.isoLatin1, name: name)
        case "windows-1252", "cp1252": self = .singleByte(.windowsCP1252, name: name)
        // Central European, as Balkan posts' tools may still save: Serbian Latin, Croatian, Czech …
        case "windows-1250", "cp1250": self = .singleByte(.windowsCP1250, name: name)
        case "iso-8859-2", "latin2", "iso_8859-2", "latin-2": self = .singleByte(.isoLatin2, name: name)
        // ISO-8859-15 (Latin-9, with €): CoreFoundation's encoding 0x020F.
        case "iso-8859-15", "latin9", "iso_8859-15", "latin-9":
            self = .singleByte(String.Encoding(rawValue: 0x8000_020F), name: name)
        case "us-ascii", "ascii": self = .singleByte(.ascii, name: name)
        default:
            throw ImportError(
                path: path, line: 1,
                message: "the file is in the \(name) encoding, which tipl10n cannot edit in place: save it as UTF-8")
        }
    }

    /// The body as UTF-8 without a byte order mark.
    func utf8(_ data: Data, path: String) throws -> Data {
        switch self {
        case .utf8(let bom):
            return bom ? data.dropFirst(3) : data
        case .utf16(let bigEndian, let bom):
            let body = bom ? data.dropFirst(2) : data
            guard let text = String(data: Data(body), encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
            else { throw ImportError(path: path, line: 0, message: "the file is not valid UTF-16") }
            return Data(text.utf8)
        case .singleByte(let encoding, let name):
            guard let text = String(data: data, encoding: encoding) else {
                throw ImportError(path: path, line: 0, message: "the file is not valid \(name)")
            }
            return Data(text.utf8)
        }
    }

    /// UTF-8 back to the file's encoding (and byte order mark).
    func encoded(_ utf8: Data, path: String) throws -> Data {
        let text = String(decoding: utf8, as: UTF8.self)
        switch self {
        case .utf8(let bom):
            return bom ? Data([0xEF, 0xBB, 0xBF]) + utf8 : utf8
        case .utf16(let bigEndian, let bom):
            var result = Data()
            if bom { result += bigEndian ? Data([0xFE, 0xFF]) : Data([0xFF, 0xFE]) }
            for unit in text.utf16 {
                result +=
                    bigEndian
                    ? Data([UInt8(unit >> 8), UInt8(unit & 0xFF)]) : Data([UInt8(unit & 0xFF), UInt8(unit >> 8)])
            }
            return result
        case .singleByte(let encoding, _):
            var result = Data()
            for character in text {
                if let bytes = String(character).data(using: encoding) {
                    result += bytes
                } else {
                    for scalar in character.unicodeScalars {
                        result += Data("&#x\(String(scalar.value, radix: 16, uppercase: true));".utf8)
                    }
                }
            }
            return result
        }
    }
}
