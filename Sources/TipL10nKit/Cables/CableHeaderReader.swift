import Foundation

/// Reads the telegram header (routing, DTG, `FM`, `TO`, `INFO`, caption, `TAGS`, `SUBJECT`,
/// `REF`) from the lines before paragraph 1, once.
///
/// Rules: `TO` and `INFO` take their own line and the lines after it up to a blank line or the
/// next field; `SUBJECT` and `TAGS` continue over following lines up to a blank line or the next
/// field; `REF` continues over directly following lines, and after blank lines over lines that
/// start with a reference label (`B.`, `(B)`, `B)`, `¶B.`). A second caption before paragraph 1
/// starts the repeated caption block, which is skipped to paragraph 1.
struct CableHeaderReader {
    /// Index (into the telegram lines) of paragraph 1, or the line count when there is none.
    private(set) var bodyStart: Int
    private(set) var caption: CableCaption?
    private var captionLine: Int?
    private var dtg: CableDTG?
    private var from: String?
    private var fromLine: Int?
    private var to: [String] = []
    private var info: [String] = []
    private var subject: [String] = []
    private var tags: [String] = []
    private var referenceText: [String] = []
    private let firstLine: Int?

    private enum Field { case none, to, info, subject, tags, references }

    init(lines: [CableLine]) {
        firstLine = lines.first?.number
        let captionIndex = lines.firstIndex { CableCaption($0.text) != nil }
        let searchFrom = captionIndex ?? lines.startIndex
        bodyStart =
            lines[searchFrom...].firstIndex { line in
                CableParagraphSplitter.paragraphMark(in: line.text)?.number == 1
            } ?? lines.count
        read(lines[..<bodyStart])
    }

    private mutating func read(_ lines: ArraySlice<CableLine>) {
        var field = Field.none
        var blankSinceReference = false
        for line in lines {
            let text = CableText.collapsingSpaces(line.text)
            if text.isEmpty {
                if field == .references {
                    blankSinceReference = true
                } else {
                    field = .none
                }
                continue
            }
            if let found = CableCaption(text) {
                if caption == nil {
                    caption = found
                    captionLine = line.number
                    field = .none
                    continue
                }
                return  // the repeated caption block: the header was read once
            }
            if let found = CableDTG(text) {
                if dtg == nil { dtg = found }
                field = .none
                continue
            }
            if let value = Self.value(of: text, after: ["FM "]) {
                if from == nil {
                    from = value
                    fromLine = line.number
                }
                field = .none
            } else if let value = Self.value(of: text, after: ["TO "]) {
                to.append(value)
                field = .to
            } else if let value = Self.value(of: text, after: ["INFO "]) {
                info.append(value)
                field = .info
            } else if let value = Self.value(of: text, after: ["SUBJECT:", "SUBJ:"]) {
                if subject.isEmpty { subject = value.isEmpty ? [] : [value] }
                field = .subject
            } else if let value = Self.value(of: text, after: ["TAGS:"]) {
                if tags.isEmpty { tags = CableText.words(value) }
                field = .tags
            } else if let value = Self.value(of: text, after: ["REF:", "REFS:", "REFTEL:", "REFERENCE:"]) {
                if referenceText.isEmpty { referenceText = [value] }
                field = .references
                blankSinceReference = false
            } else if Self.isOtherField(text) {
                field = .none
            } else {
                switch field {
                case .to: to.append(text)
                case .info: info.append(text)
                case .subject: subject.append(text)
                case .tags: tags += CableText.words(text)
                case .references:
                    if !blankSinceReference || Self.startsWithReferenceLabel(text) {
                        referenceText.append(text)
                        blankSinceReference = false
                    } else {
                        field = .none
                    }
                case .none: break
                }
            }
        }
    }

    /// The text after one of the field names, trimmed; `nil` when the line is not that field.
    private static func value(of text: String, after names: [String]) -> String? {
        for name in names where text.hasPrefix(name) {
            return CableText.trimmed(text.dropFirst(name.count))
        }
        return nil
    }

    /// Header lines that end a continued field without being read.
    private static func isOtherField(_ text: String) -> Bool {
        let names = [
            "E.O.", "E. O.", "SIPDIS", "SENSITIVE", "NOFORN", "CLASSIFIED BY", "BT", "DE ", "ZNR ", "ZNY ", "VZCZC",
            "PASS ", "STATE PASS", "DEPARTMENT FOR", "DEPT FOR",
        ]
        return names.contains { text.hasPrefix($0) }
    }

    private static func startsWithReferenceLabel(_ text: String) -> Bool {
        guard let first = CableText.words(text).first else { return false }
        return referenceLabel(first) != nil
    }

    /// `A.`, `(A)`, `A)` (a `¶` before it is dropped) → `A`.
    static func referenceLabel(_ word: String) -> String? {
        let word = word.hasPrefix("¶") ? String(word.dropFirst()) : word
        if let match = word.wholeMatch(of: /([A-Z])\./) { return String(match.1) }
        if let match = word.wholeMatch(of: /\(([A-Z])\)/) { return String(match.1) }
        if let match = word.wholeMatch(of: /([A-Z])\)/) { return String(match.1) }
        return nil
    }

    /// Splits the joined `REF` text at labels; a label directly after another with no text
    /// between (`A. (A)`) is the same label printed twice.
    static func references(from text: String) -> [CableReference] {
        var result: [(label: String?, words: [String])] = []
        for word in CableText.words(text) {
            if let label = referenceLabel(word) {
                if let last = result.last, last.words.isEmpty, last.label == nil || last.label == label {
                    result[result.count - 1].label = label
                } else {
                    result.append((label, []))
                }
            } else {
                if result.isEmpty { result.append((nil, [])) }
                result[result.count - 1].words.append(word.hasPrefix("¶") ? String(word.dropFirst()) : word)
            }
        }
        return result.filter { !$0.words.isEmpty }.map {
            CableReference(label: $0.label, text: $0.words.joined(separator: " "))
        }
    }

    /// The header, with published metadata taking precedence.
    ///
    /// A missing `FM` line leaves ``CableHeader/from`` empty and a missing DTG leaves
    /// ``CableHeader/dtg`` empty, except that a bare telegram needs both the caption and the
    /// DTG to derive its cable ID.
    func header(metadata: CableMetadata, signature: String?, path: String) throws -> CableHeader {
        let cableID: String
        if let published = metadata.cableID {
            cableID = published
        } else if let caption, let dtg {
            cableID = dtg.year + caption.idSuffix
        } else if caption != nil {
            throw CableError.incompleteHeader(
                path: path, line: captionLine ?? firstLine,
                expected:
                    "a date-time group line such as 'O 122209Z JUN 09' before the caption, for the year of the cable ID"
            )
        } else {
            throw CableError.incompleteHeader(
                path: path, line: fromLine ?? firstLine,
                expected: "a caption line such as 'UNCLAS STATE 061188' to take the cable ID from")
        }
        return CableHeader(
            cableID: cableID, created: metadata.created, released: metadata.released,
            classification: metadata.classification ?? caption?.classification ?? "",
            origin: metadata.origin, dtg: dtg?.text ?? "", dtgDate: dtg?.date, from: from ?? "", to: to, info: info,
            caption: caption?.text ?? "", subject: subject.joined(separator: " "), tags: tags,
            references: Self.references(from: referenceText.joined(separator: " ")), signature: signature)
    }
}
